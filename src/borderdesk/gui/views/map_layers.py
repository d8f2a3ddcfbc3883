"""Draw the map's layers: land, the Caspian shore, the border segments, points, the marker.

Colours come from a ``Theme`` and follow the chart: the segments in the bars' colour, the
selected one in the highlight's, thicker, with a marker and its name, so the selection never
rests on colour alone. An organisation's members are tinted and hatched.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPolygonF

from borderdesk.core.format import format_km
from borderdesk.gui.style.theme import Theme
from borderdesk.gui.views.map_hatch import hatch_polygons
from borderdesk.gui.views.map_labels import boxed_text, city_label_places, place_label
from borderdesk.gui.views.map_projection import MapFrame, Projected
from borderdesk.gui.views.map_style import MapLook, map_font, map_pen

SEA_NAME = "Caspian Sea"


def paint_land(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    members: frozenset[str],
    theme: Theme,
    k: float,
) -> None:
    """Fill the context, the neighbours and Kazakhstan; tint and hatch the members."""
    w = k * theme.line_scale
    fills = {"kazakhstan": theme.kazakhstan_fill, "neighbour": theme.neighbour_fill}
    for key, role, rings in projected.outlines:
        fill = fills.get(role, theme.context_fill)
        member = key in members
        painter.setPen(map_pen(theme.outline, 0.8 * w))
        polygons = [frame.polygon(projected, rect, ring) for ring in rings]
        painter.setBrush(QBrush(QColor(theme.member_fill if member else fill)))
        for polygon in polygons:
            painter.drawPolygon(polygon)
        if member:  # hatched and a thicker edge too: not colour alone
            hatch_polygons(painter, polygons, rect, theme, k)
            painter.setPen(map_pen(theme.bar_edge, 2.2 * w))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for polygon in polygons:
                painter.drawPolygon(polygon)


def paint_shore(
    painter: QPainter, rect: QRectF, projected: Projected, frame: MapFrame, theme: Theme, k: float
) -> None:
    """Draw the Caspian shore (a shore, not a border) and name the sea beside it."""
    w = k * theme.line_scale
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for line in projected.shore:
        painter.setPen(map_pen(theme.sea, 3.0 * w))
        painter.drawPolyline(frame.polygon(projected, rect, line))
    if projected.shore and projected.shore[0]:
        middle = projected.shore[0][len(projected.shore[0]) // 2]
        at = frame.to_pixels(projected, rect, middle)
        painter.setFont(map_font(12 * k))
        painter.setPen(QColor(theme.sea_label))
        width = QFontMetricsF(painter.font()).horizontalAdvance(SEA_NAME)
        painter.drawText(QPointF(at.x() - width - 10 * k, at.y()), SEA_NAME)


def paint_segments(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    highlight: str | None,
    theme: Theme,
    k: float,
) -> None:
    """Draw the border segments, the selected one last (on top), cased and thicker."""
    w = k * theme.line_scale
    keys = sorted(projected.segments, key=lambda key: key == highlight)
    for key in keys:
        polygon = frame.polygon(projected, rect, projected.segments[key])
        if key == highlight:
            painter.setPen(map_pen(theme.highlight_edge, 9.0 * w))
            painter.drawPolyline(polygon)
            painter.setPen(map_pen(theme.highlight_fill, 6.0 * w))
        else:
            painter.setPen(map_pen(theme.bar_fill, 3.2 * w))
        painter.drawPolyline(polygon)


def paint_points(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    theme: Theme,
    k: float,
    inner: QRectF,
    taken: list[QRectF],
) -> None:
    """Draw tri-points and shore ends as diamonds, and cities as dots with their names.

    The diamonds are white with a black edge on any ground. A city's name goes where it
    covers no label in ``taken``, and only for a city inside ``inner``.
    """
    w = k * theme.line_scale
    font = map_font(12 * k)
    for _key, name, kind, where in projected.points:
        at = frame.to_pixels(projected, rect, where)
        if kind == "city":
            painter.setPen(map_pen(theme.text, 1.0 * w))
            painter.setBrush(QBrush(QColor(theme.text)))
            painter.drawEllipse(at, 3.2 * k, 3.2 * k)
            if inner.contains(at):
                places = city_label_places(at, name, font, k)
                place_label(painter, places, name, font, theme.text, inner, theme, taken)
        else:
            painter.setPen(map_pen("#000000", 1.0 * w))
            painter.setBrush(QBrush(QColor("#FFFFFF")))
            r = 4.5 * k
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - r),
                        QPointF(at.x() + r, at.y()),
                        QPointF(at.x(), at.y() + r),
                        QPointF(at.x() - r, at.y()),
                    ]
                )
            )


def paint_marker(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    look: MapLook,
    theme: Theme,
    k: float,
    within: QRectF,
) -> None:
    """Mark the selected segment: a ringed dot halfway along, its name and length in a box."""
    if look.highlight not in projected.segments:
        return
    w = k * theme.line_scale
    mid = frame.to_pixels(projected, rect, midpoint(projected.segments[look.highlight]))
    painter.setPen(map_pen(theme.highlight_edge, 2.5 * w))
    painter.setBrush(QBrush(QColor(theme.highlight_fill)))
    painter.drawEllipse(mid, 8 * k, 8 * k)
    name = projected.segment_names.get(look.highlight, look.highlight)
    text = f"{name}: map line {format_km(round(projected.measured_km[look.highlight]))}"
    at = QPointF(mid.x() + 12 * k, mid.y() + 12 * k)
    boxed_text(painter, at, text, 13 * k, k, within, theme)


def midpoint(line: Sequence[QPointF]) -> QPointF:
    """Return the point halfway along a polyline (by length on the plane)."""
    steps = [QLineF(a, b).length() for a, b in itertools.pairwise(line)]
    half = sum(steps) / 2
    for (a, b), step in zip(itertools.pairwise(line), steps, strict=True):
        if half <= step and step > 0:
            return QLineF(a, b).pointAt(half / step)
        half -= step
    return line[len(line) // 2]
