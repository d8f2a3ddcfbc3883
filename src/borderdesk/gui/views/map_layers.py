"""Draw the map's layers: land, seas and lakes, disputed areas, the shore, segments, points.

Colours come from a ``Theme`` and follow the chart: the segments in the bars' colour, the
selected one in the highlight's, thicker, with a marker, so the selection never rests on colour
alone. An organisation's members are tinted and hatched in a colour of their own (never the
segments' blue); a disputed area is drawn neutral with a dashed edge on top, so no member's
hatching covers it. Each layer draws the level of detail the scale calls for, and only what
lies in view.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPolygonF, QTransform

from borderdesk.gui.style.theme import Theme
from borderdesk.gui.views.map_clip import cut_to_view, cuts_to_view
from borderdesk.gui.views.map_hatch import hatch_polygons
from borderdesk.gui.views.map_projection import Layer
from borderdesk.gui.views.map_style import edge_pen, map_pen


def paint_land(
    painter: QPainter,
    layer: Layer,
    hatch_layer: Layer,
    to_px: QTransform,
    seen: QRectF,
    members: frozenset[str],
    theme: Theme,
    k: float,
    rect: QRectF,
) -> None:
    """Fill the countries in view (``rect``, in pixels: nothing beyond it is drawn); tint and
    hatch the members.

    The hatching is cut against ``hatch_layer``, one level coarser than the fill (its lines
    end within a pixel or so of the edge, and there are far fewer edges to cut them at).
    """
    cut = cuts_to_view(painter)
    w = k * theme.line_scale
    fills = {"kazakhstan": theme.kazakhstan_fill, "neighbour": theme.neighbour_fill}
    painter.setPen(edge_pen(theme.outline, 0.8 * w))
    for key, role, rings, bounds in layer.outlines:
        if not bounds.intersects(seen):
            continue
        member = key in members
        painter.setBrush(
            QBrush(QColor(theme.member_fill if member else fills.get(role, theme.context_fill)))
        )
        for ring in rings:
            visible = cut_to_view(ring, to_px, rect, layer.cuts) if cut else to_px.map(ring)
            if visible.count():
                painter.drawPolygon(visible)
    view = QPolygonF(rect.adjusted(-4, -4, 4, 4))
    for key, _role, rings, bounds in hatch_layer.outlines:
        if key in members and bounds.intersects(seen):
            # Hatched and a thicker edge too: not colour alone. Only the part in view is
            # hatched: a member's outline reaches far beyond it (Russia's to the Arctic).
            shown = [to_px.map(r) for r in rings if r.boundingRect().intersects(seen)]
            shown = [
                p.intersected(view) if not rect.contains(p.boundingRect()) else p for p in shown
            ]
            hatch_polygons(painter, [p for p in shown if p.count() > 2], rect, theme, k)
            painter.setPen(edge_pen(theme.outline, 0.8 * w))


def paint_waters(
    painter: QPainter,
    layer: Layer,
    to_px: QTransform,
    seen: QRectF,
    theme: Theme,
    k: float,
    rect: QRectF,
) -> None:
    """Fill the Caspian and the lakes in view (``rect``, in pixels), with a thin shore line."""
    painter.setPen(edge_pen(theme.sea, 0.7 * k * theme.line_scale))
    painter.setBrush(QBrush(QColor(theme.water)))
    cut = cuts_to_view(painter)
    for area in layer.waters:
        if area.bounds.intersects(seen):
            for polygon in area.polygons:
                visible = (
                    cut_to_view(polygon, to_px, rect, layer.cuts) if cut else to_px.map(polygon)
                )
                if visible.count():
                    painter.drawPolygon(visible)


def paint_disputed(
    painter: QPainter, layer: Layer, to_px: QTransform, seen: QRectF, theme: Theme, k: float
) -> list[str]:
    """Draw the disputed areas in view, neutral with a dashed edge; return their keys."""
    pen = map_pen(theme.disputed_edge, 1.4 * k * theme.line_scale, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor(theme.disputed_fill)))
    shown = []
    view = QPolygonF(seen)
    for area in layer.disputed:
        # Only an area truly in view: its note goes into the caption.
        if area.bounds.intersects(seen) and any(p.intersects(view) for p in area.polygons):
            shown.append(area.area.key)
            for polygon in area.polygons:
                painter.drawPolygon(to_px.map(polygon))
    return shown


def paint_shore(painter: QPainter, layer: Layer, to_px: QTransform, theme: Theme, k: float) -> None:
    """Draw Kazakhstan's Caspian shore (a shore, not a border)."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(map_pen(theme.sea, 3.0 * k * theme.line_scale))
    for line in layer.shore:
        painter.drawPolyline(to_px.map(line))


def paint_segments(
    painter: QPainter,
    layer: Layer,
    to_px: QTransform,
    highlight: str | None,
    theme: Theme,
    k: float,
) -> None:
    """Draw the border segments, the selected one last (on top), cased and thicker."""
    w = k * theme.line_scale
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for key in sorted(layer.segments, key=lambda key: key == highlight):
        polygon = to_px.map(layer.segments[key])
        if key == highlight:
            painter.setPen(map_pen(theme.highlight_edge, 9.0 * w))
            painter.drawPolyline(polygon)
            painter.setPen(map_pen(theme.highlight_fill, 6.0 * w))
        else:
            painter.setPen(map_pen(theme.bar_fill, 3.2 * w))
        painter.drawPolyline(polygon)


def paint_points(
    painter: QPainter, places: Sequence[tuple[str, QPointF]], theme: Theme, k: float
) -> None:
    """Draw tri-points and shore ends as diamonds, and cities as dots (names come later).

    The diamonds are white with a black edge on any ground.
    """
    w = k * theme.line_scale
    for kind, at in places:
        if kind == "city":
            painter.setPen(map_pen(theme.text, 1.0 * w))
            painter.setBrush(QBrush(QColor(theme.text)))
            painter.drawEllipse(at, 3.2 * k, 3.2 * k)
            continue
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


def paint_marker_dot(painter: QPainter, at: QPointF, theme: Theme, k: float) -> None:
    """Mark the selected segment halfway along with a ringed dot."""
    painter.setPen(map_pen(theme.highlight_edge, 2.5 * k * theme.line_scale))
    painter.setBrush(QBrush(QColor(theme.highlight_fill)))
    painter.drawEllipse(at, 8 * k, 8 * k)


def midpoint(line: Sequence[QPointF]) -> QPointF:
    """Return the point halfway along a polyline (by length on the plane)."""
    steps = [QLineF(a, b).length() for a, b in itertools.pairwise(line)]
    half = sum(steps) / 2
    for (a, b), step in zip(itertools.pairwise(line), steps, strict=True):
        if half <= step and step > 0:
            return QLineF(a, b).pointAt(half / step)
        half -= step
    return line[len(line) // 2]
