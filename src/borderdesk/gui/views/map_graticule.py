"""Draw the graticule: dashed parallels and meridians every 5 degrees, labelled at the edges.

The labels sit where the lines cross the view's left edge and the top of the caption band,
and only where they cover no piece of furniture and no other graticule label.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPolygonF

from borderdesk.core.geo import LambertConformalConic
from borderdesk.core.i18n import translate
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.map_clip import cuts_to_view, line_until_view_ends, points_of
from borderdesk.gui.views.map_projection import MapFrame, Projected
from borderdesk.gui.views.map_style import map_font, map_pen

GRATICULE_STEP = 5  # degrees
LONS = range(20, 125, GRATICULE_STEP)
LATS = range(25, 75, GRATICULE_STEP)


def paint_graticule(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    projection: LambertConformalConic,
    k: float,
    theme: Theme = DEFAULT_THEME,
) -> None:
    """Draw the parallels and meridians as dashed lines.

    The dashes have square ends, as long as round ones: at the graticule's hairline width the
    two look alike, and a round end is an arc Qt strokes at each of a 4K map's thousands of
    dashes.
    """
    pen = map_pen(theme.graticule, 0.8 * k, Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    to_px = frame.transform(projected, rect)
    cut = cuts_to_view(painter)
    lines = [_meridian_line(projection, lon) for lon in LONS]
    lines += [_parallel(projection, lat) for lat in LATS]
    for km in lines:
        line = to_px.map(km)
        if cut:  # a PDF: not the part beyond the view at the line's end
            line = line_until_view_ends(line, rect)
        painter.drawPolyline(line)


def paint_graticule_labels(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    projection: LambertConformalConic,
    k: float,
    theme: Theme = DEFAULT_THEME,
    keep_clear: Sequence[QRectF] = (),
) -> list[QRectF]:
    """Label the parallels and meridians where they leave the view; return the boxes.

    A label that would cover a box in ``keep_clear`` (the furniture, the names) or another
    label is left out: the lines themselves still show where the parallel or meridian runs.
    """
    font = map_font(10 * k)
    metrics = QFontMetricsF(font)
    wanted: list[tuple[str, QPointF]] = []
    for lat in LATS:
        at = edge_crossing(rect, projected, frame, projection, lat=lat)
        if at is not None:
            text = translate("Map", "{degrees}°N").format(degrees=lat)
            wanted.append((text, QPointF(rect.left() + 4 * k, at.y() - 3 * k)))
    bottom = min(
        (box.top() for box in keep_clear if box.width() >= rect.width() * 0.9),
        default=rect.bottom(),
    )
    for lon in LONS:
        at = edge_crossing(rect, projected, frame, projection, lon=lon, edge=bottom - 6 * k)
        if at is not None:
            text = translate("Map", "{degrees}°E").format(degrees=lon)
            wanted.append((text, QPointF(at.x() + 3 * k, bottom - 6 * k)))
    placed: list[QRectF] = []
    painter.setFont(font)
    painter.setPen(QColor(theme.graticule_label))
    for text, baseline in wanted:
        box = QRectF(
            baseline.x(),
            baseline.y() - metrics.ascent(),
            metrics.horizontalAdvance(text),
            metrics.height(),
        )
        if not rect.contains(box) or any(box.intersects(other) for other in (*keep_clear, *placed)):
            continue
        placed.append(box)
        painter.drawText(baseline, text)
    return placed


def edge_crossing(
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    projection: LambertConformalConic,
    *,
    lat: float | None = None,
    lon: float | None = None,
    edge: float | None = None,
) -> QPointF | None:
    """Return where a parallel meets the left edge, or a meridian the bottom band of the view."""
    to_px = frame.transform(projected, rect)
    # Each step of the line from a to b, all at once (numpy over the polygon's memory): a
    # page asks for thirty of these, and point by point they cost more than the map's names.
    if lat is not None:
        edge = rect.left() + 2
        line = to_px.map(_parallel(projection, lat))
        a, b = _steps(line)
        found = ((a[:, 0] - edge) * (b[:, 0] - edge) <= 0) & (rect.top() < a[:, 1])
        return _first(line, found & (a[:, 1] < rect.bottom()))
    assert lon is not None  # noqa: S101 - one of the two is given
    edge = rect.bottom() - 30 if edge is None else edge
    line = to_px.map(_meridian(projection, lon))
    a, b = _steps(line)
    found = ((a[:, 1] - edge) * (b[:, 1] - edge) <= 0) & (rect.left() + 40 < a[:, 0])
    return _first(line, found & (a[:, 0] < rect.right()))


def _steps(line: QPolygonF) -> tuple[Any, Any]:
    """Return the starts and the ends of a line's steps, as two n x 2 arrays."""
    points = points_of(line)
    return points[:-1], points[1:]


def _first(line: QPolygonF, found: Any) -> QPointF | None:
    """Return the start of the first step found, or None."""
    if not found.any():
        return None
    return line.at(int(found.argmax()))


@functools.lru_cache(maxsize=64)
def _meridian(projection: LambertConformalConic, lon: float) -> QPolygonF:
    """Return a meridian in km on the plane, a point a degree (worked out once)."""
    return _km_line(projection, [(float(lon), float(lat)) for lat in range(25, 71)])


@functools.lru_cache(maxsize=64)
def _meridian_line(projection: LambertConformalConic, lon: float) -> QPolygonF:
    """Return a meridian to draw: its two ends (on this projection's plane it is straight).

    Drawn as one step instead of 45, a meridian is the same line: 10% less to write into a
    PDF page, and less to stroke.
    """
    line = _meridian(projection, lon)
    return QPolygonF([line.first(), line.last()])


@functools.lru_cache(maxsize=64)
def _parallel(projection: LambertConformalConic, lat: float) -> QPolygonF:
    """Return a parallel in km on the plane, a point a degree (worked out once)."""
    return _km_line(projection, [(float(lon), float(lat)) for lon in range(20, 121)])


def _km_line(
    projection: LambertConformalConic, samples: Sequence[tuple[float, float]]
) -> QPolygonF:
    """Return a line of samples (longitude, latitude) in km on the plane."""
    return QPolygonF([QPointF(x, y) for x, y in projection.forward_many(samples)])
