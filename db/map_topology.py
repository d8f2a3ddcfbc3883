"""Build-time geometry for db/build_map.py: clip rings to the map, simplify shared lines once.

Neighbouring countries share their border's vertices exactly in Natural Earth, so a ring is cut
into arcs at the vertices where what it shares changes (as TopoJSON does); each arc is
simplified once, in km on the map's projection, and every ring or border line that runs along
it gets the same simplified points. Two countries' outlines therefore never gape or overlap at
any level of detail, and a border segment always lies on both outlines.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence

from borderdesk.core.geo import CENTRAL_ASIA, simplify_indices

Point = tuple[float, float]
Ring = list[Point]


def ring_area(ring: Sequence[Point]) -> float:
    """Return the signed area in square degrees (positive counter-clockwise)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring)) / 2


def clip_ring(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """Clip a closed ring to a lon/lat box (Sutherland–Hodgman); [] when nothing is left."""
    west, south, east, north = box
    edges = (
        (lambda p: p[0] >= west, lambda a, b: _at_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _at_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _at_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _at_y(a, b, north)),
    )
    points = ring[:-1] if ring and ring[0] == ring[-1] else list(ring)
    if all(west <= x <= east and south <= y <= north for x, y in points):
        return list(ring)
    for inside, cross in edges:
        result: list[Point] = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    result.append(cross(previous, current))
                result.append(current)
            elif inside(previous):
                result.append(cross(previous, current))
        points = result
        if not points:
            return []
    points = [(round(x, 4), round(y, 4)) for x, y in points]
    points = [p for p, q in zip(points, [*points[1:], points[0]], strict=True) if p != q]
    if len(points) < 3:
        return []
    return [*points, points[0]]


def _at_x(a: Point, b: Point, x: float) -> Point:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _at_y(a: Point, b: Point, y: float) -> Point:
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


class Topology:
    """Rings cut into shared arcs, so that each arc is simplified once for every ring."""

    def __init__(
        self,
        rings: Sequence[Ring],
        near: tuple[float, float, float, float] = (-180.0, -90.0, 180.0, 90.0),
        far_floor: float = 0.0,
    ) -> None:
        self._rings = [list(r) for r in rings]
        # An arc wholly outside ``near`` is never kept finer than ``far_floor`` km: the map
        # shows the region around Kazakhstan close up, never the far edges of the box.
        self._near = near
        self._far_floor = far_floor
        neighbours: dict[Point, set[frozenset[Point]]] = defaultdict(set)
        owners: dict[Point, set[int]] = defaultdict(set)
        for n, ring in enumerate(self._rings):
            body = ring[:-1]
            for i, point in enumerate(body):
                neighbours[point].add(frozenset((body[i - 1], body[(i + 1) % len(body)])))
                owners[point].add(n)
        # A junction: a point where the rings through it do not all run the same way.
        self._junctions = {p for p, ways in neighbours.items() if len(ways) > 1}
        self._owners = owners
        self._cache: dict[tuple[tuple[Point, ...], float], list[Point]] = {}

    def is_junction(self, point: Point) -> bool:
        """Tell whether a ring's path changes company at this point."""
        return point in self._junctions

    def simplify_ring(self, ring: Ring, tolerance: float) -> Ring:
        """Return a ring simplified arc by arc (junctions kept); at least a triangle."""
        body = ring[:-1]
        cuts = [i for i, p in enumerate(body) if p in self._junctions]
        if not cuts:
            # A ring of its own (an island, a lake): fix its westernmost point and a far one.
            start = min(range(len(body)), key=lambda i: body[i])
            far = (start + len(body) // 2) % len(body)
            cuts = sorted({start, far})
        out: list[Point] = []
        for a, b in itertools.pairwise([*cuts, cuts[0] + len(body)]):
            arc = [body[i % len(body)] for i in range(a, b + 1)]
            out.extend(self.simplify_line(arc, tolerance)[:-1])
        if len(out) < 3:
            out = [body[i] for i in sorted({0, len(body) // 3, 2 * len(body) // 3})]
        return [*out, out[0]]

    def simplify_line(self, line: Sequence[Point], tolerance: float) -> list[Point]:
        """Return a line simplified arc by arc (its junctions and ends kept)."""
        if len(line) <= 2:
            return list(line)
        cuts = [0, *(i for i in range(1, len(line) - 1) if line[i] in self._junctions)]
        cuts.append(len(line) - 1)
        out: list[Point] = [line[0]]
        for a, b in itertools.pairwise(cuts):
            out.extend(self._arc(tuple(line[a : b + 1]), tolerance)[1:])
        return out

    def _arc(self, arc: tuple[Point, ...], tolerance: float) -> list[Point]:
        # One orientation for both rings that share the arc, so both get the same points.
        west, south, east, north = self._near
        if not any(west <= x <= east and south <= y <= north for x, y in arc):
            tolerance = max(tolerance, self._far_floor)
        if tolerance <= 0:
            return list(arc)
        forward = arc <= arc[::-1]
        canonical = arc if forward else arc[::-1]
        key = (canonical, tolerance)
        if key not in self._cache:
            plane = [CENTRAL_ASIA.forward(lon, lat) for lon, lat in canonical]
            self._cache[key] = [canonical[i] for i in simplify_indices(plane, tolerance)]
        kept = self._cache[key]
        return kept if forward else kept[::-1]
