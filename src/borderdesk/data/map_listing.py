"""Read the border map with plain SQL: an export of the map needs no ORM.

Importing SQLAlchemy and mapping the ORM classes cost more than drawing the map, so the map is
read here from the read-only DB-API connection, as the listings are (``listings``). It answers
exactly what the ORM ``map_records.border_map`` answers: both hand their rows to
``map_assembly``, and ``tests/data/test_map_listing.py`` holds the two to that.
"""

from __future__ import annotations

from collections.abc import Sequence
from sqlite3 import Connection
from typing import Any

from borderdesk.core.model import BorderMap, Fact
from borderdesk.core.validity import Validity
from borderdesk.data.listings import source_ref
from borderdesk.data.localise import Wordings, current
from borderdesk.data.map_assembly import FeatureRow, MapNames, assemble_map

# Each ends in a source's short citation: the columns ``listings.source_ref`` reads, in order.
_FEATURES = (
    "SELECT m.id, m.kind, m.key, m.name, m.countries, m.role, m.coordinates, m.lod, m.label, "
    "m.note, m.scale, "
    "s.id, src.key, s.label, s.title, s.publisher, s.edition, s.date, s.series, s.discontinued "
    "FROM map_features m JOIN sources s ON s.id = m.source_id JOIN items src ON src.id = s.id "
    "ORDER BY m.position, m.id"
)
_COUNTRIES = "SELECT i.key, c.id, c.name FROM countries c JOIN items i ON i.id = c.id"
_SEGMENTS = (
    "SELECT i.key, c.id, c.name FROM segments g JOIN items i ON i.id = g.id "
    "JOIN countries c ON c.id = g.country_b_id"
)
_PLACE_FACTS = (
    "SELECT i.key, f.id, f.label, f.text, f.as_of, f.quote, f.value, f.since, f.until, "
    "s.id, src.key, s.label, s.title, s.publisher, s.edition, s.date, s.series, s.discontinued, "
    "fs.id, fi.key, fs.label, fs.title, fs.publisher, fs.edition, fs.date, fs.series, "
    "fs.discontinued, "
    "us.id, ui.key, us.label, us.title, us.publisher, us.edition, us.date, us.series, "
    "us.discontinued "
    "FROM places p JOIN items i ON i.id = p.id JOIN facts f ON f.item_id = p.id "
    "JOIN sources s ON s.id = f.source_id JOIN items src ON src.id = s.id "
    "LEFT JOIN sources fs ON fs.id = f.since_source_id LEFT JOIN items fi ON fi.id = fs.id "
    "LEFT JOIN sources us ON us.id = f.until_source_id LEFT JOIN items ui ON ui.id = us.id "
    "ORDER BY f.item_id, f.position, f.id"
)
_LEVELS = "SELECT value FROM meta WHERE key = 'map_levels'"


def border_map(connection: Connection) -> BorderMap:
    """Return the bundled map; an empty one (no lines, no source) when the database has none."""
    features = [_feature(row) for row in connection.execute(_FEATURES)]
    texts = current()
    names = {
        key: texts.text("countries", row_id, "name", name)[0]
        for key, row_id, name in connection.execute(_COUNTRIES)
    }
    segments = {
        key: texts.text("countries", row_id, "name", name)[0]
        for key, row_id, name in connection.execute(_SEGMENTS)
    }
    facts: dict[str, list[Fact]] = {}
    for row in connection.execute(_PLACE_FACTS):
        facts.setdefault(row[0], []).append(_fact(row[1:]))
    stored = connection.execute(_LEVELS).fetchone()
    return assemble_map(
        features,
        MapNames(names, segments, {key: tuple(found) for key, found in facts.items()}),
        stored[0] if stored is not None else None,
    )


def _feature(row: Sequence[Any]) -> FeatureRow:
    """Return a map feature from its columns and its source's."""
    row_id, kind, key, name, countries, role, coordinates, lod, label, note, scale = row[:11]
    return FeatureRow(
        row_id,
        kind,
        key,
        name,
        countries,
        role,
        coordinates,
        lod,
        label,
        note,
        scale,
        source_ref(row[11:]),
    )


def _fact(row: Sequence[Any]) -> Fact:
    """Return a fact from its columns and its three sources' (as ``convert.fact`` does)."""
    fact_id, label, text, as_of, quote, value, since, until = row[:8]
    since_source = source_ref(row[17:26]) if row[17] is not None else None
    until_source = source_ref(row[26:35]) if row[26] is not None else None
    w = Wordings()
    return Fact(
        w.text("text", "facts", fact_id, "text", text),
        source_ref(row[8:17]),
        as_of,
        quote,
        label,
        w.text("value", "facts", fact_id, "value", value),
        Validity(since, since_source, until, until_source),
        quote_translation=w.translation("quote_translation", "facts", fact_id, "quote", quote),
        wording=w.done(),
    )
