"""Hatch member states with computed diagonal lines that end exactly at their edges.

The lines are cut by computation rather than by a clip region or a pattern brush: SVG
ignores clipping, and a pattern brush is drawn per device pixel (dense at 300 dpi).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF

from borderdesk.gui.style.theme import Theme
from borderdesk.gui.views.chart_style import clip_line
from borderdesk.gui.views.map_style import map_pen

HATCH_STEP = 9.0  # px between hatching lines at the reference size
HATCH_INK_ALPHA = 150


def hatch_polygons(
    painter: QPainter, polygons: Sequence[QPolygonF], rect: QRectF, theme: Theme, k: float
) -> None:
    """Hatch the area of some rings within ``rect`` and draw their edges thicker."""
    lines = hatch_segments(polygons, rect, HATCH_STEP * k)
    if not lines:
        return
    ink = QColor(theme.member_edge)
    ink.setAlpha(HATCH_INK_ALPHA)
    painter.save()
    painter.setPen(map_pen(ink.name(QColor.NameFormat.HexArgb), 1.1 * k * theme.line_scale))
    painter.drawLines(lines)
    painter.setPen(map_pen(theme.member_edge, 2.2 * k * theme.line_scale))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for polygon in polygons:
        painter.drawPolygon(polygon)
    painter.restore()


def hatch_segments(polygons: Sequence[QPolygonF], rect: QRectF, step: float) -> list[QLineF]:
    """Return 45-degree hatching lines inside the rings (even-odd), within ``rect``.

    Each line x - y = c is cut where it crosses the rings' edges; the pieces between the
    first and second crossing, the third and fourth and so on are inside.
    """
    rings = [[polygon.at(i) for i in range(polygon.count())] for polygon in polygons]
    edges = [(a, b) for ring in rings if ring for a, b in itertools.pairwise([*ring, ring[0]])]
    if not edges or step <= 0:
        return []
    low = min(p.x() - p.y() for ring in rings for p in ring)
    high = max(p.x() - p.y() for ring in rings for p in ring)
    low = max(low, rect.left() - rect.bottom())
    high = min(high, rect.right() - rect.top())
    lines: list[QLineF] = []
    c = math.floor(low / step) * step + step
    while c < high:
        crossings: list[float] = []  # x of each crossing of x - y = c
        for a, b in edges:
            da, db = a.x() - a.y() - c, b.x() - b.y() - c
            if (da > 0) != (db > 0):
                t = da / (da - db)
                crossings.append(a.x() + t * (b.x() - a.x()))
        crossings.sort()
        for x1, x2 in zip(crossings[::2], crossings[1::2], strict=False):
            line = clip_line(QLineF(x1, x1 - c, x2, x2 - c), rect)
            if line is not None and line.length() > 0:
                lines.append(line)
        c += step
    return lines
