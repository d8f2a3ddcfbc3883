"""The bundled map: db/map.json read with the standard library, stored as ``map_features`` rows.

``db/build_map.py`` derives db/map.json from Natural Earth at build time; this module only reads
that text, checks its shape and writes one row per feature, so the normal build needs no
geographic library. Coordinates are kept as compact JSON text, a few hundred points in all.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ForeignKey, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from borderdesk.core.errors import BorderDeskError
from borderdesk.data.models import Base, Source
from borderdesk.data.records import Translation
from borderdesk.data.translatable import text_hash

MAP_FILE = "map.json"
KINDS = ("segment", "shore", "outline", "tripoint", "shore-end", "city")


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
    coordinates: Mapped[str]  # JSON: [lon, lat], [[lon, lat], ...] or a list of rings
    scale: Mapped[str]  # e.g. "1:110m"
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)

    source: Mapped[Source] = relationship(foreign_keys=[source_id])


class MapFileError(BorderDeskError):
    """db/map.json is not what the build expects: names the file and the problem."""


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class MapText:
    """The whole map file: its features, their default source and the scale."""

    scale: str
    features: tuple[MapFeatureText, ...]


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
            )
        )

    for item in _items(document, "segments"):
        add("segment", item, item["points"])
    for item in _items(document, "shore"):
        add("shore", item, item["points"])
    for item in _items(document, "outlines"):
        add("outline", item, item["rings"])
    for item in _items(document, "tripoints"):
        add(str(item["kind"]), item, item["point"])
    for item in _items(document, "cities"):
        add("city", item, item["point"])
    unknown = {f.kind for f in features} - set(KINDS)
    if unknown:
        raise ValueError(f"unknown feature kinds {sorted(unknown)}")
    return MapText(scale=str(document["scale"]), features=tuple(features))


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


def map_from_database(connection: sqlite3.Connection) -> MapText | None:
    """Read the map back from a built database (a data pack takes the bundled one's map)."""
    try:
        found = connection.execute(
            "SELECT f.kind, f.key, f.name, f.countries, f.role, f.coordinates, s.key, f.scale, "
            "f.id FROM map_features f JOIN items s ON s.id = f.source_id ORDER BY f.position"
        ).fetchall()
    except sqlite3.OperationalError:  # a database from before the map
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
            json.loads(coords),
            source,
            translated.get(position, ()),
        )
        for kind, key, name, countries, role, coords, source, _scale, position in found
    )
    scale = next((row[7] for row in found if row[7]), "")
    return MapText(scale=scale, features=features)


def _map_translations(connection: sqlite3.Connection) -> dict[int, tuple[Translation, ...]]:
    """Return the current translations of the map's names and roles, by feature row."""
    try:
        rows = connection.execute(
            "SELECT t.row_id, t.column_name, t.language, t.text, t.english_hash, "
            "CASE t.column_name WHEN 'name' THEN f.name ELSE f.role END "
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
    return {feature.source for feature in text.features}


def write_map(session: Session, text: MapText) -> None:
    """Add one ``map_features`` row per feature, in the file's order (after the sources)."""
    source_ids = {row.key: row.id for row in session.execute(select(Source.key, Source.id))}
    for n, feature in enumerate(text.features, 1):
        if feature.source not in source_ids:
            raise MapFileError(f"map feature {feature.key}: unknown source {feature.source!r}")
        session.add(
            MapFeature(
                id=n,
                position=n,
                kind=feature.kind,
                key=feature.key,
                name=feature.name,
                countries=" ".join(feature.countries),
                role=feature.role,
                coordinates=json.dumps(feature.coordinates, separators=(",", ":")),
                scale="" if feature.kind == "city" else text.scale,
                source_id=source_ids[feature.source],
            )
        )
    session.flush()
