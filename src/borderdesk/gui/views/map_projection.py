"""Project the border map onto the km plane, level by level, and place that plane in pixels.

Features are projected (Lambert conformal conic, ``core.geo``) into km on the map plane. The
map holds each line at several levels of detail; a level is projected the first time a view
needs it (``Projected.layer``), and ``level_for`` picks the coarsest level whose simplification
stays under a pixel at the current scale, so the whole region draws a few thousand points and
one border section the full 1:10m line. A ``MapFrame`` places the plane in a rectangle of pixels
(fit, zoom, pan) with one ``QTransform``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPolygonF, QTransform

from borderdesk.core.geo import CENTRAL_ASIA, LambertConformalConic
from borderdesk.core.model import BorderMap, LonLat, MapArea, PackedLine
from borderdesk.core.record import frozen

FIT_MARGIN = 0.11  # of the view, around Kazakhstan's outline
PIXEL_ERROR = 0.8  # a level is fine enough while its tolerance stays under this many pixels


@frozen
class Area:
    """A sea, lake or disputed area at one level: its polygons in km and their bounds."""

    area: MapArea
    polygons: list[QPolygonF]
    bounds: QRectF


@frozen
class Layer:
    """The map at one level of detail, in km on the plane."""

    outlines: list[tuple[str, str, list[QPolygonF], QRectF]]  # key, role, rings, bounds
    segments: dict[str, QPolygonF]
    shore: list[QPolygonF]
    waters: list[Area]
    disputed: list[Area]
    # Rings in pixels cut to a view (``map_clip.cut_to_view``), by ring, transform and view:
    # the pages of a PDF that draw the map in the same frame cut each ring once.
    cuts: dict[tuple[float, ...], QPolygonF] = field(
        default_factory=dict, compare=False, repr=False
    )


def _polygons(
    lines: Sequence[Sequence[Sequence[float]]], projection: LambertConformalConic
) -> list[QPolygonF]:
    """Return lines given in degrees as polygons in km, projected by numpy in one pass.

    Every line of a level goes in at once (a level is some 260 lines): the projection's dozen
    array steps run once instead of once a line, and each polygon gets its slice of the
    result written into its own memory.
    """
    import numpy as np  # paid for when a map level is first drawn, not at start-up
    import shiboken6

    packed = [line for line in lines if getattr(line, "packed", None) is not None]
    others = [line for line in lines if getattr(line, "packed", None) is None]
    # Whole ten-thousandths of a degree, every packed line's read in place and joined; the
    # other lines (a few, given as pairs) after them.
    joined = b"".join(line.packed for line in packed)  # type: ignore[attr-defined]
    lonlat = np.concatenate(
        (
            np.frombuffer(joined, np.int32).reshape((-1, 2)) / PackedLine.SCALE,
            np.array([p for line in others for p in line], dtype=np.double).reshape((-1, 2)),
        )
    )
    n, f, rho0 = projection.cone()
    phi = np.radians(np.clip(lonlat[:, 1], -89.9, 89.9))
    rho = projection.radius_km * f / np.tan(np.pi / 4 + phi / 2) ** n
    theta = n * np.radians((lonlat[:, 0] - projection.centre_lon + 180.0) % 360.0 - 180.0)
    km = np.empty_like(lonlat)
    km[:, 0] = rho * np.sin(theta)
    km[:, 1] = rho0 - rho * np.cos(theta)
    # Where each line's points start in ``km``: the packed lines' first, then the others'
    # (the running total has one more entry, the end of the last line).
    in_order = packed + others
    start = dict(zip(map(id, in_order), accumulate(map(len, in_order), initial=0), strict=False))
    polygons = []
    for line in lines:
        polygon = QPolygonF()
        if count := len(line):
            polygon.resize(count)
            # The polygon's own memory, as pyqtgraph reaches it: two doubles per point.
            memory: Any = shiboken6.VoidPtr(polygon.data(), 16 * count, True)  # type: ignore[call-arg, arg-type]
            at = start[id(line)]
            np.frombuffer(memory, np.double)[:] = km[at : at + count].ravel()
        polygons.append(polygon)
    return polygons


def _bounds(polygons: Sequence[QPolygonF]) -> QRectF:
    rect = QRectF()
    for polygon in polygons:
        rect = rect.united(polygon.boundingRect())
    return rect


@dataclass
class Projected:
    """The map's features in km on the projection plane, each level projected when needed."""

    border_map: BorderMap
    projection: LambertConformalConic = CENTRAL_ASIA
    segments: dict[str, list[QPointF]] = field(init=False)  # the finest lines
    segment_names: dict[str, str] = field(init=False)
    shore: list[list[QPointF]] = field(init=False)
    roles: dict[str, str] = field(init=False)  # country key: kazakhstan, neighbour, context
    labels: dict[str, tuple[str, QPointF]] = field(init=False)  # country: name, label point
    points: list[tuple[str, str, str, QPointF]] = field(init=False)  # key, name, kind, place
    bounds: QRectF = field(init=False)  # Kazakhstan's outline, to fit the view to
    _layers: dict[int, Layer] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        """Project the finest border lines, the points and the label places."""
        line = self.line
        self.segments = {s.key: line(s.points) for s in self.border_map.segments}
        self.segment_names = {s.key: s.name for s in self.border_map.segments}
        self.shore = [line(s.points) for s in self.border_map.shore]
        self.roles = {o.key: o.role for o in self.border_map.outlines}
        self.labels = {
            o.key: (o.name, line([o.label])[0]) for o in self.border_map.outlines if o.label
        }
        self.points = [(p.key, p.name, p.kind, line([p.point])[0]) for p in self.border_map.points]
        home = [p for points in (*self.segments.values(), *self.shore) for p in points]
        self.bounds = QPolygonF(home).boundingRect() if home else QRectF(-1500, -1000, 3000, 2000)
        self._layers = {}

    def line(self, points: Iterable[LonLat]) -> list[QPointF]:
        """Return points given in degrees as km on the plane."""
        return [QPointF(x, y) for x, y in self.projection.forward_many(points)]

    @property
    def levels(self) -> tuple[float, ...]:
        """Return each level's simplification tolerance in km (0 = the line as published)."""
        return self.border_map.levels

    def level_for(self, px_per_km: float) -> int:
        """Return the coarsest level whose tolerance is under ``PIXEL_ERROR`` pixels."""
        fine_enough = [
            n for n, tolerance in enumerate(self.levels) if tolerance * px_per_km <= PIXEL_ERROR
        ]
        return max(fine_enough, default=0)

    def layer(self, level: int) -> Layer:
        """Return the map at a level of detail, projecting it the first time."""
        if level not in self._layers:
            self._layers[level] = self._project(level)
        return self._layers[level]

    def _project(self, level: int) -> Layer:
        m = self.border_map
        outlines = [o.at_level(level) for o in m.outlines]
        waters = [item.at_level(level) for item in m.waters]
        disputed = [item.at_level(level) for item in m.disputed]
        lines = [ring for rings in (*outlines, *waters, *disputed) for ring in rings]
        lines += [s.at_level(level) for s in m.segments]
        lines += [s.at_level(level) for s in m.shore]
        projected = iter(_polygons(lines, self.projection))  # in the order listed above

        def take(rings: Sequence[object]) -> list[QPolygonF]:
            return [next(projected) for _ in rings]

        def areas(items: Sequence[MapArea], rings: Sequence[Sequence[object]]) -> list[Area]:
            return [
                Area(item, p, _bounds(p)) for item, p in zip(items, map(take, rings), strict=True)
            ]

        shown = [(o, take(rings)) for o, rings in zip(m.outlines, outlines, strict=True)]
        found_waters = areas(m.waters, waters)
        found_disputed = areas(m.disputed, disputed)
        return Layer(
            outlines=[(o.key, o.role, rings, _bounds(rings)) for o, rings in shown],
            segments={s.key: next(projected) for s in m.segments},
            shore=[next(projected) for _ in m.shore],
            waters=found_waters,
            disputed=found_disputed,
        )


def project(border_map: BorderMap, projection: LambertConformalConic = CENTRAL_ASIA) -> Projected:
    """Project the map (its finer levels wait until a view needs them)."""
    return Projected(border_map, projection)


@dataclass
class MapFrame:
    """Where the km plane sits in the pixel rectangle: zoom about a centre, fitted by default."""

    zoom: float = 1.0  # 1 = Kazakhstan fitted with a margin
    centre: QPointF | None = None  # km at the middle of the view; None = the fit's centre
    fit: QRectF | None = None  # the km rectangle to fit; None = Kazakhstan's outline

    def scale(self, projected: Projected, rect: QRectF) -> float:
        """Return pixels per km."""
        bounds = self.fit or projected.bounds
        usable = 1 - 2 * FIT_MARGIN
        fit = min(
            rect.width() * usable / max(bounds.width(), 1.0),
            rect.height() * usable / max(bounds.height(), 1.0),
        )
        return fit * self.zoom

    def _centre(self, projected: Projected) -> QPointF:
        return self.centre or (self.fit or projected.bounds).center()

    def transform(self, projected: Projected, rect: QRectF) -> QTransform:
        """Return the transform from km on the plane to pixels (y grows downwards)."""
        s = self.scale(projected, rect)
        c = self._centre(projected)
        return QTransform(s, 0, 0, -s, rect.center().x() - c.x() * s, rect.center().y() + c.y() * s)

    def to_pixels(self, projected: Projected, rect: QRectF, km: QPointF) -> QPointF:
        """Return the pixel position of a point in km (y grows downwards on screen)."""
        s = self.scale(projected, rect)
        c = self._centre(projected)
        return QPointF(
            rect.center().x() + (km.x() - c.x()) * s, rect.center().y() - (km.y() - c.y()) * s
        )

    def to_km(self, projected: Projected, rect: QRectF, pixel: QPointF) -> QPointF:
        """Return the km position under a pixel."""
        s = self.scale(projected, rect)
        c = self._centre(projected)
        return QPointF(
            c.x() + (pixel.x() - rect.center().x()) / s, c.y() - (pixel.y() - rect.center().y()) / s
        )

    def visible_km(self, projected: Projected, rect: QRectF) -> QRectF:
        """Return the km rectangle the view shows."""
        a = self.to_km(projected, rect, rect.topLeft())
        b = self.to_km(projected, rect, rect.bottomRight())
        return QRectF(a, b).normalized()

    def polygon(self, projected: Projected, rect: QRectF, points: Iterable[QPointF]) -> QPolygonF:
        """Return a line or ring in km as a polygon in pixels."""
        if isinstance(points, QPolygonF):
            return self.transform(projected, rect).map(points)
        return self.transform(projected, rect).map(QPolygonF(list(points)))
