"""What the window needs before its first paint, read with plain SQL: no ORM, no mapped classes.

Importing SQLAlchemy and mapping the ORM classes cost more than the rest of the start-up
together, so the navigation listings, the edition and the chart's series are read here with
plain SQL on the read-only DB-API connection the ORM's engine is made from (``sqlite3``, as the
store check). Each function returns exactly what the ORM ``Repository`` method of the same name
returns (titles, order, search words, errors); ``tests/data/test_listings.py`` holds the two to
that on the real and the fixture database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from sqlite3 import Connection
from typing import Any

from borderdesk.core.display import quoted
from borderdesk.core.errors import ItemNotFoundError
from borderdesk.core.language import DEFAULT_LANGUAGE, ENGLISH, Language, wording
from borderdesk.core.model import (
    Bar,
    BorderSummary,
    ChartSource,
    DatasetEdition,
    Figure,
    ItemKind,
    ItemRef,
    Link,
    SegmentSeries,
    SourceRef,
)
from borderdesk.core.record import frozen
from borderdesk.core.validity import Validity
from borderdesk.data.localise import Wordings, asked, current
from borderdesk.data.vocabulary import KAZAKHSTAN, LENGTH, SEGMENTS_TOTAL

_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")

_EDITION = "SELECT version, date, checksum FROM dataset_edition"
_SCHEMA = "SELECT value FROM meta WHERE key = 'schema_version'"
_SEGMENTS = (
    "SELECT i.id, i.key, i.position, c.name, c.id FROM segments g JOIN items i ON i.id = g.id "
    "JOIN countries c ON c.id = g.country_b_id ORDER BY i.id"
)
# Both end in a source's short citation: the columns ``_source_ref`` reads, in its order.
_DEFAULT_LENGTHS = (
    "SELECT f.item_id, f.id, f.quantity, f.value, f.unit, f.as_of, f.note, f.quote, f.is_default, "
    "f.reason, f.since, f.until, f.unlisted, "
    "s.id, src.key, s.label, s.title, s.publisher, s.edition, s.date, s.series, s.discontinued, "
    "fs.id, fi.key, fs.label, fs.title, fs.publisher, fs.edition, fs.date, fs.series, "
    "fs.discontinued, "
    "us.id, ui.key, us.label, us.title, us.publisher, us.edition, us.date, us.series, "
    "us.discontinued "
    "FROM figures f "
    "JOIN sources s ON s.id = f.source_id JOIN items src ON src.id = s.id "
    "LEFT JOIN sources fs ON fs.id = f.since_source_id LEFT JOIN items fi ON fi.id = fs.id "
    "LEFT JOIN sources us ON us.id = f.until_source_id LEFT JOIN items ui ON ui.id = us.id "
    "WHERE f.quantity = :quantity AND f.is_default ORDER BY f.item_id, f.position, f.id"
)
# Every segment with its neighbour's name, and the chosen sources' lengths (one read for all).
_NAMED_SEGMENTS = (
    "SELECT g.id, i.key, i.position, c.name, c.id FROM segments g JOIN items i ON i.id = g.id "
    "JOIN countries c ON c.id = g.country_b_id"
)
_SOURCES_LENGTHS = (
    "SELECT f.source_id, f.item_id, f.value, f.note, f.id FROM figures f "
    "WHERE f.quantity = ? AND f.source_id IN ({ids}) ORDER BY f.position, f.id"
)
_SEGMENT_COUNT = "SELECT COUNT(*) FROM segments"
# The sources that give a length for every segment, each with its first length's default flag.
_COMPLETE_SOURCES = (
    "SELECT f.source_id, src.position, src.key, s.label, s.title, s.publisher, s.edition, "
    "s.date, s.series, s.discontinued, (SELECT first.is_default FROM figures first "
    "JOIN segments fg ON fg.id = first.item_id WHERE first.quantity = :quantity "
    "AND first.source_id = f.source_id ORDER BY first.position, first.id LIMIT 1) "
    "FROM figures f JOIN segments g ON g.id = f.item_id "
    "JOIN sources s ON s.id = f.source_id JOIN items src ON src.id = s.id "
    "WHERE f.quantity = :quantity GROUP BY f.source_id "
    "HAVING COUNT(DISTINCT f.item_id) = :count"
)
_COUNTRY_TOTALS = (
    "SELECT f.value, src.key, f.is_default FROM countries c JOIN items i ON i.id = c.id "
    "JOIN figures f ON f.item_id = c.id JOIN items src ON src.id = f.source_id "
    "WHERE i.item_kind = 'country' AND i.key = :key AND f.quantity = :quantity "
    "ORDER BY f.position, f.id"
)
_COUNTRY = (
    "SELECT 1 FROM countries c JOIN items i ON i.id = c.id "
    "WHERE i.item_kind = 'country' AND i.key = :key"
)
_SOURCE = (
    "SELECT 1 FROM sources s JOIN items i ON i.id = s.id "
    "WHERE i.item_kind = 'source' AND i.key = :key"
)
_ORGANISATIONS = (
    "SELECT i.item_kind, i.key, o.abbreviation, o.name, o.id FROM organisations o "
    "JOIN items i ON i.id = o.id ORDER BY i.position, i.id"
)
_TOPICS = (
    "SELECT i.item_kind, i.key, t.name, '', t.id FROM topics t JOIN items i ON i.id = t.id "
    "ORDER BY i.position, i.id"
)
_PEOPLE = (
    "SELECT i.item_kind, i.key, p.name, p.role, p.id FROM people p JOIN items i ON i.id = p.id "
    "ORDER BY i.position, i.id"
)
_ALIASES = "SELECT person_id, alias FROM person_aliases ORDER BY person_id, position"
_EVENTS = (
    "SELECT i.item_kind, i.key, e.title, e.date, i.position, e.id FROM events e "
    "JOIN items i ON i.id = e.id ORDER BY i.position, i.id"
)
_SOURCES = (
    "SELECT i.item_kind, i.key, s.label, s.title, s.publisher, s.kind, s.date, i.position, s.id "
    "FROM sources s JOIN items i ON i.id = s.id ORDER BY i.id"
)


class InconsistentDataError(Exception):
    """The database breaks a rule the build guarantees (the caller names the file)."""


def sortable_date(text: str) -> str:
    """Return the first ISO-like date in ``text`` ("c. 2012" -> "2012"); "9999" if none."""
    match = _DATE.search(text)
    return match.group() if match else "9999"


def edition(connection: Connection) -> DatasetEdition:
    """Return the dataset edition (exactly one row, and the schema version in ``meta``)."""
    version, date, checksum = _one(connection.execute(_EDITION).fetchall(), "dataset edition")
    (schema,) = _one(connection.execute(_SCHEMA).fetchall(), "schema version")
    return DatasetEdition(version, date, checksum, int(schema))


def borders(connection: Connection) -> tuple[BorderSummary, ...]:
    """Return every segment with its default length, longest first."""
    lengths: dict[int, Figure] = {}
    for row in connection.execute(_DEFAULT_LENGTHS, {"quantity": LENGTH}):
        lengths.setdefault(row[0], _figure(row[1:]))
    ranked: list[tuple[float, int, BorderSummary]] = []
    for item_id, key, position, english, country_id in connection.execute(_SEGMENTS):
        length = lengths.get(item_id)
        if length is None:
            raise InconsistentDataError(f"border {key!r} has no default length")
        w = Wordings()
        neighbour = w.text("neighbour", "countries", country_id, "name", english)
        summary = BorderSummary(key, neighbour, length, wording=w.done())
        ranked.append((-length.value, position, summary))
    ranked.sort(key=lambda entry: entry[:2])
    return tuple(summary for _, _, summary in ranked)


def organisations(connection: Connection) -> tuple[Link, ...]:
    """Return the organisations in dataset order, searchable by their full names."""
    return _links(
        (
            kind,
            key,
            _title("organisations", row_id, "abbreviation", title),
            _title("organisations", row_id, "name", name)[0],
        )
        for kind, key, title, name, row_id in connection.execute(_ORGANISATIONS)
    )


def topics(connection: Connection) -> tuple[Link, ...]:
    """Return the topics and threats in dataset order."""
    return _links(
        (kind, key, _title("topics", row_id, "name", title), keywords)
        for kind, key, title, keywords, row_id in connection.execute(_TOPICS)
    )


def people(connection: Connection) -> tuple[Link, ...]:
    """Return the people in dataset order, searchable by their aliases and role."""
    aliases: dict[int, list[str]] = {}
    for person_id, alias in connection.execute(_ALIASES):
        aliases.setdefault(person_id, []).append(alias)
    return _links(
        (
            kind,
            key,
            _title("people", person_id, "name", name),
            " ".join([*aliases.get(person_id, ()), role]),
        )
        for kind, key, name, role, person_id in connection.execute(_PEOPLE)
    )


def events(connection: Connection) -> tuple[Link, ...]:
    """Return the events by date, then in dataset order."""
    rows = sorted(connection.execute(_EVENTS), key=lambda r: (sortable_date(r[3]), r[4]))
    return _links(
        (kind, key, _title("events", row_id, "title", title), "")
        for kind, key, title, _, _, row_id in rows
    )


def sources(connection: Connection) -> tuple[Link, ...]:
    """Return the sources: the article first, then by date (undated last), then as written."""
    rows = sorted(
        connection.execute(_SOURCES),
        key=lambda r: (r[5] != "article", not r[6], sortable_date(r[6]), r[7]),
    )
    return _links(
        (kind, key, _title("sources", row[-1], "label", label), f"{title} {publisher}")
        for kind, key, label, title, publisher, *row in rows
    )


@frozen
class CompleteSource:
    """A source that gives every segment's length, and where it goes in the Source box."""

    row_id: int
    position: int
    ref: SourceRef
    is_default: bool  # its first length is the default one


def chart_sources(
    connection: Connection, complete: Sequence[CompleteSource] | None = None
) -> tuple[ChartSource, ...]:
    """Return the sources that give a length for every segment, default first.

    ``complete`` is what ``complete_sources`` returned, when the caller kept it.
    """
    if complete is None:
        complete = complete_sources(connection)
    return tuple(ChartSource(source.ref, source.is_default) for source in complete)


def segment_series(
    connection: Connection,
    source_id: str | None = None,
    complete: Sequence[CompleteSource] | None = None,
) -> SegmentSeries:
    """Return the segment lengths from one source (the default when None)."""
    return segment_series_of(connection, [source_id], complete)[0]


def segment_series_of(
    connection: Connection,
    source_ids: Sequence[str | None],
    complete: Sequence[CompleteSource] | None = None,
) -> tuple[SegmentSeries, ...]:
    """Return the segment lengths from each source (the default for None), read in one go.

    Lengths by source shows every chart source's: one query reads them all.
    """
    chosen: list[CompleteSource] = []
    for source_id in source_ids:
        if source_id is not None and not connection.execute(_SOURCE, {"key": source_id}).fetchone():
            raise ItemNotFoundError(f"no source {quoted(source_id)} in this dataset")
        if complete is None:
            complete = complete_sources(connection)
        found = next((s for s in complete if source_id in (None, s.ref.id)), None)
        if found is None:
            raise ItemNotFoundError(f"source {quoted(source_id)} gives no length for every border")
        chosen.append(found)
    if not chosen:
        return ()
    segments: _Segments = {row[0]: row[1:] for row in connection.execute(_NAMED_SEGMENTS)}
    wanted = list(dict.fromkeys(source.row_id for source in chosen))
    query = _SOURCES_LENGTHS.format(ids=", ".join("?" * len(wanted)))
    # By source, then segment key: the segment's first length, as read.
    firsts: dict[int, dict[str, _Length]] = {row_id: {} for row_id in wanted}
    for row in connection.execute(query, (LENGTH, *wanted)):
        segment = segments.get(row[1])
        if segment is None:  # not a segment's length (or one with no neighbour): not charted
            continue
        first = firsts[row[0]]
        if segment[0] not in first:
            first[segment[0]] = row  # kept as read: 20,000 of them in a large pack
    stated = [_stated_total(connection, SEGMENTS_TOTAL, source.ref.id) for source in chosen]
    dated = edition(connection)
    return tuple(
        _series(source, firsts[source.row_id], segments, total, dated)
        for source, total in zip(chosen, stated, strict=True)
    )


# A row of ``_SOURCES_LENGTHS``: source row, segment row, value, note, figure row.
_Length = tuple[int, int, float, str, int]
# By segment row: its key, position, neighbour's English name and neighbour's row.
_Segments = dict[int, tuple[str, int, str, int]]


def _series(
    source: CompleteSource,
    first: dict[str, _Length],
    segments: _Segments,
    stated: float | None,
    dated: DatasetEdition,
) -> SegmentSeries:
    """Return one source's series from each segment's first length: longest first."""
    english = asked() == DEFAULT_LANGUAGE  # nothing to pick: the English as it is
    bars: list[Bar] = []
    notes: list[str] = []
    ordered = sorted(first.values(), key=lambda row: (-row[2], segments[row[1]][1]))
    for _, item_id, value, note, figure_id in ordered:
        key, _, name, country = segments[item_id]
        if english:
            bars.append(Bar(key, name, value, wording=ENGLISH))
        else:
            w = Wordings()
            name = w.text("label", "countries", country, "name", name)
            note = current().text("figures", figure_id, "note", note)[0]
            bars.append(Bar(key, name, value, wording=w.done()))
        if note:
            notes.append(f"{name}: {note}")
    return SegmentSeries(
        source=ChartSource(source.ref, source.is_default),
        bars=tuple(bars),
        edition=dated,
        stated_total=stated,
        notes=tuple(notes),
    )


def complete_sources(connection: Connection) -> list[CompleteSource]:
    """Return each source giving every segment's length, counted in SQL.

    The default source comes first, then the others by date, undated last.
    """
    (count,) = connection.execute(_SEGMENT_COUNT).fetchone()
    rows = connection.execute(_COMPLETE_SOURCES, {"quantity": LENGTH, "count": count})
    complete = [
        CompleteSource(row_id, position, _source_ref((row_id, *ref)), bool(is_default))
        for row_id, position, *ref, is_default in rows
    ]
    complete.sort(
        key=lambda source: (
            not source.is_default,
            not source.ref.date,
            sortable_date(source.ref.date),
            source.position,
        )
    )
    return complete


def _stated_total(connection: Connection, quantity: str, source_id: str) -> float | None:
    """Return Kazakhstan's figure for a total from ``source_id``, or None if it gives none."""
    if not connection.execute(_COUNTRY, {"key": KAZAKHSTAN}).fetchone():
        raise InconsistentDataError(f"no country {KAZAKHSTAN}")
    totals = connection.execute(_COUNTRY_TOTALS, {"key": KAZAKHSTAN, "quantity": quantity})
    return next((value for value, source, _ in totals if source == source_id), None)


def _one(rows: list[Any], what: str) -> Any:
    """Return the only row; the build writes exactly one."""
    if len(rows) != 1:
        raise InconsistentDataError(f"{len(rows)} rows of {what}, not one")
    return rows[0]


def source_ref(row: Sequence[Any]) -> SourceRef:
    """Return a source's short citation from its id, key, label ... date, series, discontinued."""
    return _source_ref(row)


def figure(row: Sequence[Any]) -> Figure:
    """Return a figure from its id, quantity, value ... unlisted, and its three sources."""
    return _figure(row)


def _source_ref(row: Sequence[Any]) -> SourceRef:
    source_id, key, label, title, publisher, edition_text, date, series, discontinued = row
    w = Wordings()
    return SourceRef(
        key,
        w.text("label", "sources", source_id, "label", label),
        title,
        publisher,
        w.text("edition", "sources", source_id, "edition", edition_text),
        date,
        series,
        discontinued,
        wording=w.done(),
    )


def _figure(row: Sequence[Any]) -> Figure:
    figure_id, quantity, value, unit, as_of, note, quote, is_default, reason = row[:9]
    since, until, unlisted = row[9:12]
    source = _source_ref(row[12:21])
    since_source = _source_ref(row[21:30]) if row[21] is not None else None
    until_source = _source_ref(row[30:39]) if row[30] is not None else None
    w = Wordings()
    return Figure(
        quantity=quantity,
        value=value,
        unit=unit,
        source=source,
        as_of=as_of,
        note=w.text("note", "figures", figure_id, "note", note),
        quote=quote,
        is_default=bool(is_default),
        reason=w.text("reason", "figures", figure_id, "reason", reason),
        quote_translation=w.translation("quote_translation", "figures", figure_id, "quote", quote),
        dates=Validity(since, since_source, until, until_source),
        unlisted=unlisted,
        wording=w.done(),
    )


def _title(table: str, row_id: int, column: str, english: str) -> tuple[str, Language]:
    """Return an item's title with the language it is in."""
    return current().text(table, row_id, column, english)


def _links(rows: Iterable[Sequence[Any]]) -> tuple[Link, ...]:
    """Return links to the rows a reader can select, once each, in the order given."""
    unique: dict[ItemRef, Link] = {}
    for kind, key, (title, language), keywords in rows:
        try:
            ref = ItemRef(ItemKind(kind), key)
        except ValueError:
            continue
        words = wording(asked(), {"title": language})
        unique.setdefault(ref, Link(ref, title, keywords, wording=words))
    return tuple(unique.values())
