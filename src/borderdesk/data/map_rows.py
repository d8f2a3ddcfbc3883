"""The bundled map: db/map.json read with the standard library, stored as ``map_features`` rows.

``db/build_map.py`` derives db/map.json from Natural Earth at build time; this module only reads
that text, checks its shape and writes one row per feature (and one per measured length), so
the normal build needs no geographic library. Coordinates are kept as compact JSON text: the
finest line, and the line at each coarser level of detail (``lod``; null where a level is the
same as the finer one).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.record import frozen
from borderdesk.data.bulk_insert import Row, insert_rows
from borderdesk.data.map_packing import pack, unpack_json
from borderdesk.data.models import Base, Source
from borderdesk.data.records import Translation
from borderdesk.data.translatable import text_hash

MAP_FILE = "map.json"
RING_KINDS = ("outline", "sea", "lake", "disputed")  # stored packed (``map_packing``)
KINDS = (
    "segment",
    "shore",
    "outline",
    "tripoint",
    "shore-end",
    "city",
    "sea",
    "lake",
    "disputed",
)


class MapFeature(Base):
    """One feature of the map: a border line, the shore, an outline, a tri-point or a city."""

    __tablename__ = "map_features"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    kind: Mapped[str]  # one of KINDS
    key: Mapped[str]  # border key, country key, tri-point or city key
    name: Mapped[str]
    countries: Mapped[str]  # country keys, space-separated
    role: Mapped[str]  # an outline's role (kazakhstan, neighbour, context) or a city's
    coordinates: Mapped[str]  # JSON [lon, lat] or [[lon, lat], ...]; rings packed (map_packing)
    lod: Mapped[str]  # JSON list: each coarser level packed (null = as the finer one)
    label: Mapped[str]  # JSON [lon, lat] where an outline's name goes, or ""
    note: Mapped[str]  # a disputed area's note
    scale: Mapped[str]  # e.g. "1:10m"
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)

    source: Mapped[Source] = relationship(foreign_keys=[source_id])


class MapLengthRow(Base):
    """A border's length measured on a map line of one scale and level of detail."""

    __tablename__ = "map_lengths"

    id: Mapped[int] = mapped_column(primary_key=True)
    segment: Mapped[str] = mapped_column(index=True)  # the border's key
    scale: Mapped[str]
    detail_km: Mapped[float]
    points: Mapped[int]
    length_km: Mapped[float]
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)

    source: Mapped[Source] = relationship(foreign_keys=[source_id])


class MapFileError(BorderDeskError):
    """db/map.json is not what the build expects: names the file and the problem."""


@frozen
class MapFeatureText:
    """One feature as read from db/map.json."""

    kind: str
    key: str
    name: str
    countries: tuple[str, ...]
    role: str
    coordinates: object
    source: str
    translations: tuple[Translation, ...] = ()  # of the name and a city's role, from catalogues
    lod: object = ()
    label: object = None
    note: str = ""


@frozen
class MapLengthText:
    """One measured length as read from db/map.json."""

    segment: str
    scale: str
    detail_km: float
    points: int
    length_km: float
    source: str


@frozen
class MapText:
    """The whole map file: its features, their default source and the scale."""

    scale: str
    features: tuple[MapFeatureText, ...]
    levels: tuple[float, ...] = (0.0,)
    lengths: tuple[MapLengthText, ...] = ()


def load_map(path: Path) -> MapText | None:
    """Read db/map.json; return None when the dataset folder has no map."""
    if not path.is_file():
        return None
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MapFileError(f"{path}: not valid JSON text: {error}") from None
    try:
        return _parse(document)
    except (KeyError, TypeError, ValueError) as error:
        raise MapFileError(f"{path}: {error!r}") from None


def _parse(document: dict[str, object]) -> MapText:
    source = str(document["source"])
    features: list[MapFeatureText] = []

    def add(kind: str, item: dict[str, object], coordinates: object, name: str = "") -> None:
        countries = item.get("countries") or ([item["country"]] if "country" in item else [])
        if not isinstance(countries, list):
            raise TypeError(f"{kind} {item['key']}: countries must be a list")
        features.append(
            MapFeatureText(
                kind=kind,
                key=str(item["key"]),
                name=str(item.get("name", name)),
                countries=tuple(str(c) for c in countries),
                role=str(item.get("role", "")),
                coordinates=_checked(coordinates),
                source=str(item.get("source", source)),
                lod=[None if level is None else _checked(level) for level in _list(item, "lod")],
                label=_checked(item["label"]) if item.get("label") else None,
                note=str(item.get("note", "")),
            )
        )

    for item in _items(document, "segments"):
        add("segment", item, item["points"])
    for item in _items(document, "shore"):
        add("shore", item, item["points"])
    for item in _items(document, "outlines"):
        add("outline", item, item["rings"])
    for item in _items(document, "waters"):
        add(str(item["kind"]), item, item["rings"])
    for item in _items(document, "disputed"):
        add("disputed", item, item["rings"])
    for item in _items(document, "tripoints"):
        add(str(item["kind"]), item, item["point"])
    for item in _items(document, "cities"):
        add("city", item, item["point"])
    unknown = {f.kind for f in features} - set(KINDS)
    if unknown:
        raise ValueError(f"unknown feature kinds {sorted(unknown)}")
    levels = tuple(float(str(level)) for level in _list(document, "levels") or [0.0])
    lengths = tuple(
        MapLengthText(
            segment=str(item["key"]),
            scale=str(item["scale"]),
            detail_km=float(str(item["detail"])),
            points=int(str(item["points"])),
            length_km=float(str(item["km"])),
            source=str(item["source"]),
        )
        for item in _items(document, "measures")
    )
    return MapText(str(document["scale"]), tuple(features), levels, lengths)


def _list(document: dict[str, object], key: str) -> list[object]:
    value = document.get(key, [])
    if not isinstance(value, list):
        raise TypeError(f"'{key}' must be a list")
    return value


def _items(document: dict[str, object], key: str) -> list[dict[str, object]]:
    items = document.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise TypeError(f"'{key}' must be a list of objects")
    return items


def _checked(value: object) -> object:
    """Return coordinates unchanged after checking every number is a plausible lon or lat."""
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int | float) for v in value)
    ):
        lon, lat = value
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise ValueError(f"not a longitude and latitude: {value}")
        return value
    if isinstance(value, list) and value:
        for item in value:
            _checked(item)
        return value
    raise ValueError(f"not coordinates: {value!r}")


@frozen
class Stored:
    """A feature's coordinates or coarser levels as a built database holds them (packed text).

    A data pack's import writes the bundled map's rows again: kept as stored, they are written
    as they are, not unpacked to be packed again into the same text.
    """

    text: str


def map_from_database(connection: sqlite3.Connection, *, stored: bool = False) -> MapText | None:
    """Read the map back from a built database (a data pack takes the bundled one's map).

    With ``stored`` a feature's coordinates and levels are left as the database holds them
    (``Stored``), for ``write_map`` to write again.
    """
    try:
        found = connection.execute(
            "SELECT f.kind, f.key, f.name, f.countries, f.role, f.coordinates, s.key, f.scale, "
            "f.id, f.lod, f.label, f.note "
            "FROM map_features f JOIN items s ON s.id = f.source_id ORDER BY f.position"
        ).fetchall()
        measured = connection.execute(
            "SELECT m.segment, m.scale, m.detail_km, m.points, m.length_km, s.key "
            "FROM map_lengths m JOIN items s ON s.id = m.source_id ORDER BY m.id"
        ).fetchall()
        levels = connection.execute("SELECT value FROM meta WHERE key = 'map_levels'").fetchone()
    except sqlite3.OperationalError:  # a database from before the map (or before its levels)
        return None
    if not found:
        return None
    translated = _map_translations(connection)
    features = tuple(
        MapFeatureText(
            kind,
            key,
            name,
            tuple(countries.split()),
            role,
            Stored(coords) if stored else _coordinates_read(kind, coords),
            source,
            translated.get(position, ()),
            Stored(lod) if stored else _lod_read(lod),
            json.loads(label) if label else None,
            note,
        )
        for (
            kind,
            key,
            name,
            countries,
            role,
            coords,
            source,
            _scale,
            position,
            lod,
            label,
            note,
        ) in found
    )
    scale = next((row[7] for row in found if row[7]), "")
    lengths = tuple(MapLengthText(*row) for row in measured)
    return MapText(scale, features, tuple(json.loads(levels[0])) if levels else (0.0,), lengths)


def _coordinates_text(feature: MapFeatureText) -> str:
    """Return a feature's coordinates as its row holds them: rings packed, else JSON."""
    if isinstance(feature.coordinates, Stored):
        return feature.coordinates.text
    if feature.kind in RING_KINDS:
        return pack(feature.coordinates, rings=True)
    return json.dumps(feature.coordinates, separators=(",", ":"))


def _lod_text(lod: object, *, rings: bool) -> str:
    """Return the coarser levels as a JSON list of packed texts: a reader unpacks its level."""
    levels = lod if isinstance(lod, list | tuple) else []
    return json.dumps([None if level is None else pack(level, rings=rings) for level in levels])


def _lod_read(text: str) -> list[object]:
    """Return the coarser levels stored by ``_lod_text`` as db/map.json holds them."""
    return [None if level is None else unpack_json(level) for level in json.loads(text or "[]")]


def _coordinates_read(kind: str, text: str) -> object:
    return unpack_json(text) if kind in RING_KINDS else json.loads(text)


def _map_translations(connection: sqlite3.Connection) -> dict[int, tuple[Translation, ...]]:
    """Return the current translations of the map's names and roles, by feature row."""
    try:
        rows = connection.execute(
            "SELECT t.row_id, t.column_name, t.language, t.text, t.english_hash, "
            "CASE t.column_name WHEN 'name' THEN f.name WHEN 'note' THEN f.note ELSE f.role END "
            "FROM translations t JOIN map_features f ON f.id = t.row_id "
            "WHERE t.table_name = 'map_features' ORDER BY t.row_id, t.language, t.column_name"
        ).fetchall()
    except sqlite3.OperationalError:  # a database from before the translations' hashes
        return {}
    found: dict[int, list[Translation]] = {}
    for row_id, column, language, text, made_from, english in rows:
        if made_from == text_hash(english):  # an outdated one stays behind
            found.setdefault(row_id, []).append(Translation(column, language, text, english))
    return {row_id: tuple(translations) for row_id, translations in found.items()}


def map_sources(text: MapText) -> set[str]:
    """Return the ids of the sources the map rests on."""
    return {feature.source for feature in text.features} | {m.source for m in text.lengths}


FEATURE_COLUMNS = (
    "id",
    "position",
    "kind",
    "key",
    "name",
    "countries",
    "role",
    "coordinates",
    "lod",
    "label",
    "note",
    "scale",
    "source_id",
)
LENGTH_COLUMNS = ("id", "segment", "scale", "detail_km", "points", "length_km", "source_id")
_SOURCE_IDS = "SELECT items.key, sources.id FROM items JOIN sources ON sources.id = items.id"


def write_map(connection: Connection, text: MapText) -> None:
    """Add one ``map_features`` row per feature, in the file's order (after the sources).

    The rows go in as the dataset's do, a table at a time (``insert_rows``): made as ORM
    objects, a hundred and sixty rows cost a tenth of a second, most of it setting up the
    mappers that nothing else in a build uses.
    """
    source_ids: dict[str, int] = dict(connection.exec_driver_sql(_SOURCE_IDS).all())
    features: list[Row] = []
    for n, feature in enumerate(text.features, 1):
        if feature.source not in source_ids:
            raise MapFileError(f"map feature {feature.key}: unknown source {feature.source!r}")
        features.append(
            (
                n,
                n,
                feature.kind,
                feature.key,
                feature.name,
                " ".join(feature.countries),
                feature.role,
                _coordinates_text(feature),
                feature.lod.text
                if isinstance(feature.lod, Stored)
                else _lod_text(feature.lod, rings=feature.kind in RING_KINDS),
                json.dumps(feature.label) if feature.label else "",
                feature.note,
                "" if feature.kind == "city" else text.scale,
                source_ids[feature.source],
            )
        )
    lengths: list[Row] = []
    for n, length in enumerate(text.lengths, 1):
        if length.source not in source_ids:
            raise MapFileError(f"map length {length.segment}: unknown source {length.source!r}")
        lengths.append(
            (
                n,
                length.segment,
                length.scale,
                float(length.detail_km),  # as the ORM's Float binds it
                length.points,
                float(length.length_km),
                source_ids[length.source],
            )
        )
    tables = Base.metadata.tables
    levels = ("map_levels", json.dumps(list(text.levels)))
    insert_rows(connection, tables["meta"], ("key", "value"), [levels])
    for table, columns, rows in (
        (MapFeature.__tablename__, FEATURE_COLUMNS, features),
        (MapLengthRow.__tablename__, LENGTH_COLUMNS, lengths),
    ):
        if rows:
            insert_rows(connection, tables[table], columns, rows)
