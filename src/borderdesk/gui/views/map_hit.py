"""Find the segment under the pointer and name it with its published length and source."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF

from borderdesk.core.format import format_km
from borderdesk.gui.views.map_projection import MapFrame, Projected

HIT_PX = 8.0  # how near the pointer must be to a line to name it


def nearest_segment(
    projected: Projected, frame: MapFrame, rect: QRectF, pixel: QPointF, reach: float = HIT_PX
) -> str | None:
    """Return the key of the segment drawn within ``reach`` pixels of a point, nearest first."""
    best: tuple[float, str] | None = None
    to_px = frame.transform(projected, rect)
    layer = projected.layer(projected.level_for(frame.scale(projected, rect)))
    for key, line in layer.segments.items():
        points = to_px.map(line)
        for a, b in itertools.pairwise(points.at(i) for i in range(points.count())):
            distance = distance_to_segment(pixel, a, b)
            if distance <= reach and (best is None or distance < best[0]):
                best = (distance, key)
    return best[1] if best else None


def distance_to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    """Return the distance from a point to the straight piece from ``a`` to ``b``."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2
    t = max(0.0, min(1.0, t))
    return math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy))


def hover_text(key: str, projected: Projected, published: Mapping[str, tuple[float, str]]) -> str:
    """Return "Kazakhstan–China: 1,533 km (Article (c. 2012))": the published figure only."""
    name = projected.segment_names.get(key, key)
    if key in published:
        value, label = published[key]
        return f"{name}: {format_km(value)} ({label})"
    return name
