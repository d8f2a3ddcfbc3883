"""Draw the graticule: dashed parallels and meridians every 5 degrees, labelled at the edges.

The labels sit where the lines cross the view's left edge and its bottom band, clear of the
title, the scale bar and the legend.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from borderdesk.core.geo import LambertConformalConic
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
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
    lift: float = 0.0,
) -> None:
    """Draw the parallels and meridians and label them where they leave the view."""
    pen = map_pen(theme.graticule, 0.8 * k, Qt.PenStyle.DashLine)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    painter.setFont(map_font(10 * k))
    for lon in LONS:
        line = [QPointF(*projection.forward(lon, lat)) for lat in range(25, 71)]
        painter.setPen(pen)
        painter.drawPolyline(frame.polygon(projected, rect, line))
    for lat in LATS:
        line = [QPointF(*projection.forward(lon, lat)) for lon in range(20, 121)]
        painter.drawPolyline(frame.polygon(projected, rect, line))
    # Labels along the view's left and bottom edges, where the lines cross them.
    painter.setPen(QColor(theme.graticule_label))
    for lat in LATS:
        at = edge_crossing(rect, projected, frame, projection, lat=lat)
        # Clear of the title (top) and the scale bar (bottom).
        if at is not None and rect.top() + 50 * k < at.y() < rect.bottom() - 50 * k - lift:
            painter.drawText(QPointF(rect.left() + 4 * k, at.y() - 3 * k), f"{lat}°N")
    for lon in LONS:
        at = edge_crossing(rect, projected, frame, projection, lon=lon, lift=lift)
        if at is None:
            continue
        # Clear of the scale bar (left) and the legend (right).
        if rect.left() + rect.width() * 0.25 < at.x() < rect.right() - rect.width() * 0.3:
            painter.drawText(QPointF(at.x() + 3 * k, rect.bottom() - 26 * k - lift), f"{lon}°E")


def edge_crossing(
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    projection: LambertConformalConic,
    *,
    lat: float | None = None,
    lon: float | None = None,
    lift: float = 0.0,
) -> QPointF | None:
    """Return where a parallel meets the left edge, or a meridian the bottom band of the view."""
    if lat is not None:
        samples = [(float(x), lat) for x in range(20, 121)]
        edge = rect.left() + 2
        for a, b in itertools.pairwise(samples):
            pa = frame.to_pixels(projected, rect, QPointF(*projection.forward(*a)))
            pb = frame.to_pixels(projected, rect, QPointF(*projection.forward(*b)))
            if (pa.x() - edge) * (pb.x() - edge) <= 0 and rect.top() < pa.y() < rect.bottom():
                return pa
        return None
    assert lon is not None  # noqa: S101 - one of the two is given
    edge = rect.bottom() - 30 - lift
    samples = [(lon, float(y)) for y in range(25, 71)]
    for a, b in itertools.pairwise(samples):
        pa = frame.to_pixels(projected, rect, QPointF(*projection.forward(*a)))
        pb = frame.to_pixels(projected, rect, QPointF(*projection.forward(*b)))
        if (pa.y() - edge) * (pb.y() - edge) <= 0 and rect.left() + 40 < pa.x() < rect.right():
            return pa
    return None
