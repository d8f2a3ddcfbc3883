"""Cut a ring to the part of it a view can show, before it is drawn.

A country's outline reaches far beyond the map's frame (Russia's to the Arctic): drawn whole,
every page of a PDF carries thousands of points nobody sees, and the writer spends its time
compressing them. ``in_view`` clips a ring to a rectangle a margin larger than the view
(Sutherland-Hodgman, one side at a time). Inside that rectangle the ring is the same: every
point inside keeps its place, an edge that leaves is cut where it crosses, and the new edges
run along the margin, out of sight even with the widest pen; a point of the view is inside
the clipped ring exactly as often as inside the whole one, so the fill is the same too.

Only a PDF (a file, a printer) is drawn cut (``cuts_to_view``): it keeps each point as a
number, and a page rasterised from it is the same, pixel for pixel. Qt's raster engine rounds
each point to 1/64 px, so a cut edge's end moves a little and a few pixels along it change by
a level or two; on screen and in an image the rings are drawn whole (clipping is cheap there).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPaintEngine, QPainter, QPolygonF, QTransform

MARGIN_PX = 16.0  # beyond the view: wider than half of any pen and its antialiasing


def cuts_to_view(painter: QPainter) -> bool:
    """Return whether rings are cut to the view before ``painter`` draws them: on a PDF."""
    engine = painter.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Pdf


def cut_to_view(
    ring: QPolygonF, to_px: QTransform, view: QRectF, kept: dict[tuple[float, ...], QPolygonF]
) -> QPolygonF:
    """Return a ring in km as pixels cut to ``view`` (``in_view``), remembered in ``kept``.

    ``kept`` must live no longer than the rings it is asked about (a map layer's): it knows
    them by their identity, with the transform and the view.
    """
    key = (
        float(id(ring)),
        to_px.m11(),
        to_px.m12(),
        to_px.m21(),
        to_px.m22(),
        to_px.dx(),
        to_px.dy(),
        view.x(),
        view.y(),
        view.width(),
        view.height(),
    )
    found = kept.get(key)
    if found is None:
        found = kept[key] = in_view(to_px.map(ring), view)
    return found


def in_view(ring: QPolygonF, view: QRectF) -> QPolygonF:
    """Return the ring (in pixels) cut to ``view`` and a margin; the ring itself if inside."""
    outer = view.adjusted(-MARGIN_PX, -MARGIN_PX, MARGIN_PX, MARGIN_PX)
    bounds = ring.boundingRect()
    if outer.contains(bounds) or ring.count() < 3:
        return ring
    if not outer.intersects(bounds):  # wholly beyond the margin: nothing of it shows
        return QPolygonF()
    import numpy as np  # loaded with the map's projection already

    points = points_of(ring).copy()
    sides = (
        (0, outer.left(), True),
        (0, outer.right(), False),
        (1, outer.top(), True),
        (1, outer.bottom(), False),
    )
    for axis, bound, above in sides:
        here = points[:, axis] >= bound if above else points[:, axis] <= bound
        if here.all():  # nothing beyond this side: the pass would keep every point
            continue
        if not here.any():  # all beyond it: nothing is left
            return QPolygonF()
        before = np.roll(points, 1, axis=0)
        crossing = here != np.roll(here, 1)
        step = points - before
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(crossing, (bound - before[:, axis]) / step[:, axis], 0.0)
        cut = before + t[:, None] * step
        cut[:, axis] = bound
        # Each edge gives where it crosses the side (if it does), then its end (if inside).
        points = np.stack((cut, points), axis=1)[np.stack((crossing, here), axis=1)]
    return _polygon(points)


def line_until_view_ends(line: QPolygonF, view: QRectF) -> QPolygonF:
    """Return a polyline up to the end of its last step that comes within the view's margin.

    Only the end is left out: a dashed pen counts its dashes from the line's first point, so
    they fall where they fell on the whole line. (Leaving out the start too, with the dashes
    moved back by the length left out, rounds the dash offset: a pixel in a million changed
    by a level at 300 dpi.)
    """
    import numpy as np

    outer = view.adjusted(-MARGIN_PX, -MARGIN_PX, MARGIN_PX, MARGIN_PX)
    if line.count() < 2 or outer.contains(line.boundingRect()):
        return line
    points = points_of(line)
    a, b = points[:-1], points[1:]
    near = (
        (np.maximum(a[:, 0], b[:, 0]) >= outer.left())
        & (np.minimum(a[:, 0], b[:, 0]) <= outer.right())
        & (np.maximum(a[:, 1], b[:, 1]) >= outer.top())
        & (np.minimum(a[:, 1], b[:, 1]) <= outer.bottom())
    )
    if not near.any():
        return QPolygonF()
    last = len(near) - int(near[::-1].argmax())  # the end of the last step near the view
    return _polygon(points[: last + 1])


def inside(points: Any, box: QRectF) -> int:
    """Return how many of an n x 2 array's points ``box.contains``, edges included."""
    left, top, width, height = box.x(), box.y(), box.width(), box.height()
    right, bottom = left + width, top + height
    if width < 0:
        left, right = right, left
    if height < 0:
        top, bottom = bottom, top
    if left == right or top == bottom:  # as QRectF.contains: an empty box holds no point
        return 0
    x, y = points[:, 0], points[:, 1]
    return int(((x >= left) & (x <= right) & (y >= top) & (y <= bottom)).sum())


def points_of(polygon: QPolygonF) -> Any:
    """Return the polygon's points as an n x 2 array over its own memory (no copy)."""
    import numpy as np
    import shiboken6

    count = polygon.count()
    memory: Any = shiboken6.VoidPtr(polygon.data(), 16 * count, True)  # type: ignore[call-arg, arg-type]
    return np.frombuffer(memory, np.double).reshape((count, 2))


def _polygon(points: Any) -> QPolygonF:
    """Return an n x 2 array of points as a polygon."""
    polygon = QPolygonF()
    if len(points):
        polygon.resize(len(points))
        points_of(polygon)[:] = points
    return polygon
