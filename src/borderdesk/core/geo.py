"""Plain-math geography: great-circle lengths and the map's Lambert conformal conic projection.

No numpy here (core imports nothing heavy); the map has a few hundred points, so plain floats do.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from functools import cached_property

from borderdesk.core.record import frozen

EARTH_RADIUS_KM = 6371.0088  # the IUGG mean radius


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Return the great-circle distance in km between two (lon, lat) points in degrees."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def line_length_km(points: Iterable[tuple[float, float]]) -> float:
    """Return the length of a polyline, the sum of its great-circle steps, in km."""
    items = list(points)
    return sum(haversine_km(a, b) for a, b in itertools.pairwise(items))


def every_other(points: Sequence[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
    """Return a coarser line: every other point, both ends kept."""
    kept = list(points[::2])
    if len(points) > 1 and (len(points) - 1) % 2:
        kept.append(points[-1])
    return tuple(kept)


@frozen
class LambertConformalConic:
    """Lambert conformal conic on a sphere (Snyder, Map Projections, 1987, pp. 104-107).

    Output is in km on the map plane, with the centre at (0, 0), x east, y north.
    """

    centre_lon: float = 68.0
    centre_lat: float = 48.0
    parallel_1: float = 44.0
    parallel_2: float = 52.0
    radius_km: float = EARTH_RADIUS_KM

    @cached_property
    def _constants(self) -> tuple[float, float, float]:
        p1, p2, p0 = map(math.radians, (self.parallel_1, self.parallel_2, self.centre_lat))
        if math.isclose(p1, p2):
            n = math.sin(p1)
        else:
            n = math.log(math.cos(p1) / math.cos(p2)) / math.log(
                math.tan(math.pi / 4 + p2 / 2) / math.tan(math.pi / 4 + p1 / 2)
            )
        f = math.cos(p1) * math.tan(math.pi / 4 + p1 / 2) ** n / n
        rho0 = self.radius_km * f / math.tan(math.pi / 4 + p0 / 2) ** n
        return n, f, rho0

    def cone(self) -> tuple[float, float, float]:
        """Return the cone's constants (n, F, rho0) of Snyder's formulas, worked out once."""
        return self._constants

    def forward(self, lon: float, lat: float) -> tuple[float, float]:
        """Return the map (x, y) in km of a point given in degrees."""
        n, f, rho0 = self._constants
        phi = math.radians(max(-89.9, min(89.9, lat)))
        rho = self.radius_km * f / math.tan(math.pi / 4 + phi / 2) ** n
        theta = n * math.radians(_wrap(lon - self.centre_lon))
        return rho * math.sin(theta), rho0 - rho * math.cos(theta)

    def forward_many(self, points: Iterable[Sequence[float]]) -> list[tuple[float, float]]:
        """Return the map (x, y) in km of many points (the same sums as ``forward``, faster)."""
        n, f, rho0 = self._constants
        radius_f, quarter, centre = self.radius_km * f, math.pi / 4, self.centre_lon
        sin, cos, tan, half_rad = math.sin, math.cos, math.tan, math.pi / 360
        n_rad = n * math.pi / 180
        out = []
        for lon, lat in points:
            if lat > 89.9:
                lat = 89.9
            elif lat < -89.9:
                lat = -89.9
            rho = radius_f / tan(quarter + lat * half_rad) ** n
            d = lon - centre
            if d >= 180.0 or d < -180.0:
                d = (d + 180.0) % 360.0 - 180.0
            theta = n_rad * d
            out.append((rho * sin(theta), rho0 - rho * cos(theta)))
        return out

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """Return the (lon, lat) in degrees of a map point given in km."""
        n, f, rho0 = self._constants
        dy = rho0 - y
        rho = math.copysign(math.hypot(x, dy), n)
        theta = math.atan2(x * math.copysign(1, n), dy * math.copysign(1, n))
        phi = 2 * math.atan((self.radius_km * f / rho) ** (1 / n)) - math.pi / 2
        return _wrap(self.centre_lon + math.degrees(theta / n)), math.degrees(phi)


def _wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0


CENTRAL_ASIA = LambertConformalConic()


def simplify_indices(points: Sequence[tuple[float, float]], tolerance: float) -> list[int]:
    """Return the indices Douglas–Peucker keeps for a plane polyline (both ends always kept).

    Iterative, so a line of many thousand points needs no deep recursion; the result depends
    only on the input, so a rebuild gives the same lines.
    """
    count = len(points)
    if count <= 2 or tolerance <= 0:
        return list(range(count))
    keep = [False] * count
    keep[0] = keep[-1] = True
    stack = [(0, count - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        worst, worst_at = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length2 == 0:
                distance = math.hypot(px - ax, py - ay)
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
                distance = math.hypot(px - ax - t * dx, py - ay - t * dy)
            if distance > worst:
                worst, worst_at = distance, i
        if worst > tolerance:
            keep[worst_at] = True
            stack.extend(((first, worst_at), (worst_at, last)))
    return [i for i, kept in enumerate(keep) if kept]


def deviation(points: Sequence[tuple[float, float]], kept: Sequence[int]) -> float:
    """Return how far any dropped point lies from the simplified line (plane units)."""
    worst = 0.0
    for first, last in itertools.pairwise(kept):
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        for px, py in points[first + 1 : last]:
            t = 0.0 if length2 == 0 else ((px - ax) * dx + (py - ay) * dy) / length2
            t = max(0.0, min(1.0, t))
            worst = max(worst, math.hypot(px - ax - t * dx, py - ay - t * dy))
    return worst
