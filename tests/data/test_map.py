"""The bundled map: geometry checks on db/map.json, the build that stores it, measured lengths."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable

from borderdesk.core.geo import line_length_km
from borderdesk.core.model import BorderMap
from borderdesk.data.map_rows import MAP_FILE, Stored, map_from_database, write_map
from borderdesk.data.model_rows import Base
from borderdesk.data.store import bundled_path, open_store
from borderdesk.data.store_service import StoreService
from borderdesk.data.translated_text import read_text

DB = Path(__file__).resolve().parents[2] / "db"
NEIGHBOURS = ("RU", "CN", "KG", "TM", "UZ")
# The lengths measured along the 1:110m line (km), as reported; the published figures are longer.
ARTICLE_KM = {"kz-ru": 6846, "kz-cn": 1533, "kz-kg": 1051, "kz-tm": 379, "kz-uz": 2203}

Point = tuple[float, float]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    """Return db/map.json as parsed JSON."""
    return json.loads((DB / MAP_FILE).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def store() -> Iterator[StoreService]:
    """Return the bundled database's service."""
    service = open_store()
    yield service
    service.close()


@pytest.fixture(scope="module")
def bundled_map(store: StoreService) -> BorderMap:
    """Return the bundled map."""
    return store.border_map()


def rings(document: dict[str, Any], key: str) -> list[list[Point]]:
    outline = next(o for o in document["outlines"] if o["key"] == key)
    return [[(p[0], p[1]) for p in ring] for ring in outline["rings"]]


def vertices(document: dict[str, Any], key: str) -> set[Point]:
    return {p for ring in rings(document, key) for p in ring}


def segments(document: dict[str, Any]) -> dict[str, list[Point]]:
    return {s["key"]: [(p[0], p[1]) for p in s["points"]] for s in document["segments"]}


def test_the_map_names_its_source_and_scale(document: dict[str, Any]) -> None:
    assert document["source"] == "NE10"
    assert document["scale"] == "1:10m"
    assert "ne_10m_admin_0_countries_deu" in document["origin"]
    assert "ne_110m_admin_0_countries" in document["origin"]  # the coarse lengths
    assert all(city["source"] == "GEONAMES" for city in document["cities"])
    assert all(isinstance(city["geonameid"], int) for city in document["cities"])


def test_there_are_five_segments_one_per_neighbour(document: dict[str, Any]) -> None:
    assert sorted(segments(document)) == sorted(f"kz-{code.lower()}" for code in NEIGHBOURS)
    for segment in document["segments"]:
        assert segment["countries"] == ["KZ", segment["key"][3:].upper()]


def test_each_segment_lies_on_both_countries_outlines(document: dict[str, Any]) -> None:
    kazakhstan = vertices(document, "KZ")
    for key, points in segments(document).items():
        neighbour = vertices(document, key[3:].upper())
        assert set(points) <= kazakhstan, key
        assert set(points) <= neighbour, key


def test_segments_meet_at_tri_points_and_end_at_the_caspian(document: dict[str, Any]) -> None:
    ends = {tuple(t["point"]): t for t in document["tripoints"]}
    lines = segments(document)
    for key, points in lines.items():
        for end in (points[0], points[-1]):
            assert end in ends, (key, end)
            assert key[3:].upper() in ends[end]["countries"]
    tripoints = [t for t in document["tripoints"] if t["kind"] == "tripoint"]
    assert len(tripoints) == 4  # RU-CN, CN-KG, KG-UZ, UZ-TM
    for t in tripoints:
        point = tuple(t["point"])
        sharing = [k for k, pts in lines.items() if point in (pts[0], pts[-1])]
        assert len(sharing) == 2
        # A true tri-point: on all three countries' outlines.
        for country in t["countries"]:
            assert point in vertices(document, country)
    shore_ends = {tuple(t["point"]) for t in document["tripoints"] if t["kind"] == "shore-end"}
    (shore,) = document["shore"]
    assert {tuple(shore["points"][0]), tuple(shore["points"][-1])} == shore_ends


def test_the_five_segments_and_the_shore_close_kazakhstans_outline(
    document: dict[str, Any],
) -> None:
    ring = max(rings(document, "KZ"), key=len)  # the mainland; the rest are Caspian islands
    assert ring[0] == ring[-1]
    pieces = [*segments(document).values(), [tuple(p) for p in document["shore"][0]["points"]]]
    # Chain the pieces end to start: they must form one closed loop using every piece once.
    chain = list(pieces.pop(0))
    while pieces:
        following = next(p for p in pieces if p[0] == chain[-1])
        pieces.remove(following)
        chain.extend(following[1:])
    assert chain[0] == chain[-1]
    loop, outline = chain[:-1], ring[:-1]
    assert len(loop) == len(outline)
    assert set(loop) == set(outline)
    start = outline.index(loop[0])
    assert outline[start:] + outline[:start] == loop  # the same ring, in the same order


def test_no_shore_point_lies_on_a_neighbours_border(document: dict[str, Any]) -> None:
    inner = [tuple(p) for p in document["shore"][0]["points"][1:-1]]
    for code in NEIGHBOURS:
        assert not set(inner) & vertices(document, code)


def test_the_build_stores_what_the_file_holds(document: dict[str, Any]) -> None:
    text = read_text(DB).map_text  # the file with the catalogues' names and roles
    assert text is not None
    with closing(sqlite3.connect(f"file:{bundled_path()}?mode=ro", uri=True)) as connection:
        assert map_from_database(connection) == text
    assert {t.language for f in text.features for t in f.translations} == {"kk", "ru"}


def test_the_service_returns_the_map_with_its_source(bundled_map: BorderMap) -> None:
    assert bundled_map.scale == "1:10m"
    assert bundled_map.source is not None
    assert bundled_map.source.id == "NE10"
    assert "Natural Earth" in bundled_map.caption
    assert "1:10m" in bundled_map.caption
    assert "Natural Earth 1:10m lakes and coastline" in bundled_map.caption
    assert [s.key for s in bundled_map.segments] == ["kz-cn", "kz-kg", "kz-uz", "kz-tm", "kz-ru"]
    names = {p.name for p in bundled_map.points if p.kind == "city"}
    assert {"Astana", "Almaty", "Moscow", "Beijing", "Bishkek", "Ashgabat", "Tashkent"} <= names
    assert {"Minsk"} <= names
    assert all(p.source is not None for p in bundled_map.points)
    assert "GeoNames (city positions)" in bundled_map.caption  # the cities' own source


def _inside(point: Point, ring: list[Point]) -> bool:
    """Tell whether a point lies inside a ring (even-odd rule)."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_every_city_lies_in_its_country(document: dict[str, Any]) -> None:
    # A check on the gazetteer lookup: a wrong id or swapped coordinates lands elsewhere.
    for city in document["cities"]:
        point = (city["point"][0], city["point"][1])
        assert any(_inside(point, ring) for ring in rings(document, city["country"])), city["key"]


def vincenty_km(a: Point, b: Point) -> float:
    """An independent geodesic: Vincenty's inverse formula on the WGS 84 ellipsoid."""
    major, flattening = 6378.137, 1 / 298.257223563
    minor = (1 - flattening) * major
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    u1 = math.atan((1 - flattening) * math.tan(lat1))
    u2 = math.atan((1 - flattening) * math.tan(lat2))
    lam = big_l = lon2 - lon1
    for _ in range(200):
        sin_sigma = math.hypot(
            math.cos(u2) * math.sin(lam),
            math.cos(u1) * math.sin(u2) - math.sin(u1) * math.cos(u2) * math.cos(lam),
        )
        if sin_sigma == 0:
            return 0.0
        cos_sigma = math.sin(u1) * math.sin(u2) + math.cos(u1) * math.cos(u2) * math.cos(lam)
        sigma = math.atan2(sin_sigma, cos_sigma)
        sin_alpha = math.cos(u1) * math.cos(u2) * math.sin(lam) / sin_sigma
        cos2_alpha = 1 - sin_alpha**2
        cos_2sm = cos_sigma - 2 * math.sin(u1) * math.sin(u2) / cos2_alpha if cos2_alpha else 0.0
        c = flattening / 16 * cos2_alpha * (4 + flattening * (4 - 3 * cos2_alpha))
        previous = lam
        lam = big_l + (1 - c) * flattening * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1 + 2 * cos_2sm**2))
        )
        if abs(lam - previous) < 1e-12:
            break
    u_sq = cos2_alpha * (major**2 - minor**2) / minor**2
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    delta = (
        big_b
        * sin_sigma
        * (
            cos_2sm
            + big_b
            / 4
            * (
                cos_sigma * (-1 + 2 * cos_2sm**2)
                - big_b / 6 * cos_2sm * (-3 + 4 * sin_sigma**2) * (-3 + 4 * cos_2sm**2)
            )
        )
    )
    return minor * big_a * (sigma - delta)


def test_vincenty_gives_the_known_flinders_peak_to_buninyong_distance() -> None:
    # Vincenty (1975)'s own example, 54,972.271 m on the ellipsoid the test is written for
    # (here WGS 84; the result differs from the Australian National one by under a metre).
    flinders = (144 + 25 / 60 + 29.52440 / 3600, -(37 + 57 / 60 + 3.72030 / 3600))
    buninyong = (143 + 55 / 60 + 35.38390 / 3600, -(37 + 39 / 60 + 10.15610 / 3600))
    assert vincenty_km(flinders, buninyong) == pytest.approx(54.972, abs=0.002)


def test_measured_lengths_agree_with_an_independent_ellipsoidal_geodesic(
    bundled_map: BorderMap,
) -> None:
    for line in bundled_map.segments:
        ours = line_length_km(line.points)
        theirs = sum(vincenty_km(a, b) for a, b in zip(line.points, line.points[1:], strict=False))
        # A sphere of mean radius against the ellipsoid: within half a per cent at these latitudes.
        assert ours == pytest.approx(theirs, rel=0.005), line.key


def test_every_map_line_is_shorter_than_the_published_length(
    store: StoreService, bundled_map: BorderMap
) -> None:
    for line in bundled_map.segments:
        measured = line_length_km(line.points)
        published = [f.value for f in store.border(line.key).lengths]
        assert measured < min(published), line.key
        assert measured > 0.6 * ARTICLE_KM[line.key], line.key  # same border, coarser line


def test_the_border_page_carries_the_lengths_measured_at_each_scale(store: StoreService) -> None:
    measure = store.border("kz-ru").map_measure
    assert measure is not None
    scales = [(m.scale, m.detail_km) for m in measure.lengths]
    assert ("1:110m", 0.0) in scales
    assert ("1:10m", 0.0) in scales
    assert {m.source.id for m in measure.lengths} == {"NE110", "NE10"}
    # The coastline paradox: the more points, the longer the line, and all short of the
    # published figures.
    by_points = sorted(measure.lengths, key=lambda m: m.points)
    assert [m.length_km for m in by_points] == sorted(m.length_km for m in by_points)
    assert measure.finest.scale == "1:10m"
    assert measure.finest.length_km < 6846


def test_the_stored_lengths_are_measured_on_the_stored_lines(document: dict[str, Any]) -> None:
    lines = segments(document)
    finest = {
        m["key"]: m for m in document["measures"] if m["scale"] == "1:10m" and not m["detail"]
    }
    for key, points in lines.items():
        assert finest[key]["points"] == len(points)
        assert finest[key]["km"] == pytest.approx(line_length_km(points), abs=0.06)
    levels = document["levels"]
    for segment in document["segments"]:
        coarser = [p for p in segment["lod"] if p is not None]
        measured = {
            m["detail"]: m["points"] for m in document["measures"] if m["key"] == segment["key"]
        }
        assert measured[levels[-1]] <= measured[levels[1]] <= len(segment["points"])
        assert len(coarser[-1]) == measured[levels[-1]]


def _level_points(finest: list[Any], lod: list[Any]) -> list[list[Any]]:
    found, previous = [], finest
    for level in lod:
        previous = previous if level is None else level
        found.append(previous)
    return found


def test_each_level_keeps_points_of_the_finer_line_within_its_tolerance(
    document: dict[str, Any],
) -> None:
    from borderdesk.core.geo import CENTRAL_ASIA, deviation

    levels = document["levels"]
    assert levels[0] == 0
    assert levels == sorted(levels)
    for segment in document["segments"]:
        finest = [tuple(p) for p in segment["points"]]
        plane = [CENTRAL_ASIA.forward(*p) for p in finest]
        index = {p: i for i, p in enumerate(finest)}
        for tolerance, line in zip(
            levels[1:], _level_points(segment["points"], segment["lod"]), strict=True
        ):
            kept = [index[tuple(p)] for p in line]  # every point is one of the finer line's
            assert kept == sorted(kept)
            assert kept[0] == 0
            assert kept[-1] == len(finest) - 1
            assert deviation(plane, kept) <= tolerance + 1e-9


def test_at_every_level_each_segment_lies_on_both_outlines(document: dict[str, Any]) -> None:
    outlines = {o["key"]: o for o in document["outlines"]}
    for n in range(1, len(document["levels"])):
        for segment in document["segments"]:
            line = _level_points(segment["points"], segment["lod"])[n - 1]
            for country in segment["countries"]:
                o = outlines[country]
                rings = _level_points(o["rings"], o["lod"])[n - 1]
                on = {tuple(p) for ring in rings for p in ring}
                assert {tuple(p) for p in line} <= on, (n, segment["key"], country)


def test_the_seas_lakes_and_disputed_areas_are_there(bundled_map: BorderMap) -> None:
    names = {w.name for w in bundled_map.waters}
    for wanted in ("Caspian Sea", "Aral Sea (North)", "Aral Sea (South)", "Lake Balkhash"):
        assert wanted in names
    assert {"Lake Zaysan", "Alakol"} <= names
    assert all(w.source is not None and w.source.id == "NE10PHYS" for w in bundled_map.waters)
    disputed = {d.key: d for d in bundled_map.disputed}
    assert set(disputed) == {"crimea", "jammu-kashmir", "ladakh"}
    crimea = disputed["crimea"]
    assert crimea.source is not None
    assert crimea.source.id == "UNGA68262"
    assert "Ukraine" in crimea.note
    # Simferopol lies in the Crimea drawn, and in no member's outline but Ukraine's.
    simferopol = (34.1, 44.95)
    assert any(_inside(simferopol, list(r)) for r in crimea.rings)
    russia = next(o for o in bundled_map.outlines if o.key == "RU")
    assert not any(_inside(simferopol, list(r)) for r in russia.rings)


def test_an_import_writes_the_bundled_map_as_it_was_read_or_as_it_is_stored(
    tmp_path: Path,
) -> None:
    """A pack's import writes the bundled map's rows again from the packed text it read:
    the very rows unpacking and packing it again makes."""
    with closing(sqlite3.connect(f"file:{bundled_path()}?mode=ro", uri=True)) as connection:
        decoded = map_from_database(connection)
        stored = map_from_database(connection, stored=True)
    assert decoded is not None
    assert stored is not None
    assert any(isinstance(f.coordinates, Stored) for f in stored.features)
    rows = []
    for number, text in enumerate((decoded, stored)):
        out = tmp_path / f"{number}.sqlite"
        with closing(sqlite3.connect(out)) as connection:
            connection.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, key TEXT)")
            connection.execute("CREATE TABLE sources (id INTEGER PRIMARY KEY)")
            for name in ("meta", "map_features", "map_lengths"):
                table = CreateTable(Base.metadata.tables[name])
                connection.execute(str(table.compile(dialect=sqlite.dialect())))
            keys = sorted({f.source for f in text.features} | {m.source for m in text.lengths})
            for n, key in enumerate(keys, 1):
                connection.execute("INSERT INTO items VALUES (?, ?)", (n, key))
                connection.execute("INSERT INTO sources VALUES (?)", (n,))
            connection.commit()
            engine = create_engine("sqlite://", creator=lambda out=out: sqlite3.connect(out))
            with engine.begin() as writing:
                write_map(writing, text)
            engine.dispose()
            rows.append(
                [
                    connection.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall()  # noqa: S608
                    for name in ("map_features", "map_lengths", "meta")
                ]
            )
    assert rows[0] == rows[1]
    assert len(rows[0][0]) == len(decoded.features)
