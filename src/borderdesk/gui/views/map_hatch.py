"""Hatch member states with computed diagonal lines that end exactly at their edges.

The lines are cut by computation rather than by a clip region or a pattern brush: SVG
ignores clipping, and a pattern brush is drawn per device pixel (dense at 300 dpi).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPolygonF

from borderdesk.gui.style.colour import mix
from borderdesk.gui.style.theme import Theme
from borderdesk.gui.views.map_style import map_pen

HATCH_STEP = 9.0  # px between hatching lines at the reference size
HATCH_INK_ALPHA = 150  # how much of the edge colour the hatching's ink has over the fill


def hatch_polygons(
    painter: QPainter, polygons: Sequence[QPolygonF], rect: QRectF, theme: Theme, k: float
) -> None:
    """Hatch the area of some rings within ``rect`` and draw their edges thicker."""
    lines = hatch_segments(polygons, rect, HATCH_STEP * k)
    if not lines:
        return
    painter.save()
    painter.setPen(map_pen(hatch_ink(theme), 1.1 * k * theme.line_scale))
    painter.drawLines(lines)
    painter.setPen(map_pen(theme.member_edge, 2.2 * k * theme.line_scale))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for polygon in polygons:
        painter.drawPolygon(polygon)
    painter.restore()


def hatch_ink(theme: Theme) -> str:
    """Return the hatching's colour: the members' edge colour let through onto their fill.

    The lines lie on the members' fill only, so the colour is mixed here, opaque, as the
    see-through ink would look: a PDF then strokes each line as a line. A see-through pen is
    written as each line's outline filled, round ends and all, several times the bytes.
    """
    return mix(theme.member_fill, theme.member_edge, HATCH_INK_ALPHA / 255).name()


def hatch_segments(polygons: Sequence[QPolygonF], rect: QRectF, step: float) -> list[QLineF]:
    """Return 45-degree hatching lines inside the rings (even-odd), within ``rect``.

    Each line x - y = c is cut where it crosses the rings' edges; the pieces between the
    first and second crossing, the third and fourth and so on are inside. The crossings of
    every line with every edge are worked out at once (numpy), not line by line and edge by
    edge in Python: a 4K map's member states have thousands of edges and hundreds of lines.
    """
    rings = [_points(polygon) for polygon in polygons]
    rings = [ring for ring in rings if len(ring)]
    if not rings or step <= 0:
        return []
    starts = np.concatenate(rings)
    ends = np.concatenate([np.roll(ring, -1, axis=0) for ring in rings])
    da, db = starts[:, 0] - starts[:, 1], ends[:, 0] - ends[:, 1]  # x - y at each end
    low = max(float(min(da.min(), db.min())), rect.left() - rect.bottom())
    high = min(float(max(da.max(), db.max())), rect.right() - rect.top())
    first = math.floor(low / step) * step + step  # the first line's c
    if first >= high:
        return []
    count = math.ceil((high - first) / step)  # lines with c < high
    # Line k (c = first + k * step) crosses an edge when one end is above it: lo <= c < hi.
    lo, hi = np.minimum(da, db), np.maximum(da, db)
    k_first = np.maximum(np.ceil((lo - first) / step), 0).astype(np.int64)
    k_last = np.minimum(np.ceil((hi - first) / step) - 1, count - 1).astype(np.int64)
    crossings = np.maximum(k_last - k_first + 1, 0)
    edge = np.repeat(np.arange(len(da)), crossings)
    if not len(edge):
        return []
    offsets = np.cumsum(crossings) - crossings
    k = k_first[edge] + np.arange(len(edge)) - offsets[edge]
    c = first + k * step
    t = (da[edge] - c) / (da[edge] - db[edge])
    x = starts[edge, 0] + t * (ends[edge, 0] - starts[edge, 0])
    order = np.lexsort((x, k))
    k, x, c = k[order], x[order], c[order]
    # Pair the crossings of each line in turn: (1st, 2nd), (3rd, 4th) ...
    line_start = np.concatenate(([True], k[1:] != k[:-1]))
    rank = np.arange(len(k)) - np.maximum.accumulate(np.where(line_start, np.arange(len(k)), 0))
    left = np.flatnonzero((rank % 2 == 0)[:-1] & (k[1:] == k[:-1]))
    x1, x2, cs = x[left], x[left + 1], c[left]
    # Cut to the rectangle: on y = x - c, left <= x <= right and top <= x - c <= bottom.
    x1 = np.maximum(x1, np.maximum(rect.left(), rect.top() + cs))
    x2 = np.minimum(x2, np.minimum(rect.right(), rect.bottom() + cs))
    keep = x2 > x1
    return [
        QLineF(a, a - cc, b, b - cc)
        for a, b, cc in zip(x1[keep].tolist(), x2[keep].tolist(), cs[keep].tolist(), strict=True)
    ]


def _points(polygon: QPolygonF) -> np.ndarray:
    """Return a ring's points as an (n, 2) array."""
    points = (polygon.at(i) for i in range(polygon.count()))
    return np.array([(p.x(), p.y()) for p in points], dtype=float).reshape(-1, 2)
