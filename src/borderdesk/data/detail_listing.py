"""Read the overview, a border's and an organisation's page with plain SQL, without the ORM.

Importing SQLAlchemy and mapping the ORM classes took longer than making a handout's pages, and
delayed a first start's first page (the overview), so those pages are read here from the
read-only DB-API connection, as the listings and the map are (``listings``, ``map_listing``).
Each function answers exactly what the ``Repository`` method of the same name answers (texts,
order, sources, errors); ``tests/data/test_detail_listing.py`` holds the two to that for the
overview and every border and organisation, in every language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from sqlite3 import Connection
from typing import Any

from borderdesk.core.display import quoted
from borderdesk.core.errors import ItemNotFoundError
from borderdesk.core.model import (
    LIST_LIMIT,
    BorderDetail,
    BorderSummary,
    Fact,
    Figure,
    MapLength,
    MapMeasure,
    OrganisationDetail,
    Overview,
    SourceRef,
    shortened,
)
from borderdesk.core.series_source import LengthTotals
from borderdesk.data import detail_rows as plain
from borderdesk.data.listings import InconsistentDataError, figure, sortable_date, source_ref
from borderdesk.data.localise import Wordings, current
from borderdesk.data.vocabulary import (
    BORDER_SECTIONS,
    DISCREPANCY,
    KAZAKHSTAN,
    LAND_BORDER_TOTAL,
    LENGTH,
    NOTES,
    ORGANISATION_SECTIONS,
    SEGMENTS_TOTAL,
)

_FACTS_FROM = (  # ``detail_rows.fact``'s columns: the fact's, then its three sources'
    "SELECT f.id, f.label, f.text, f.as_of, f.quote, f.value, f.since, f.until, s.id, si.key, "
    "s.label, s.title, s.publisher, s.edition, s.date, s.series, s.discontinued, fs.id, "
    "fi.key, fs.label, fs.title, fs.publisher, fs.edition, fs.date, fs.series, "
    "fs.discontinued, us.id, ui.key, us.label, us.title, us.publisher, us.edition, us.date, "
    "us.series, us.discontinued FROM facts f JOIN sources s ON s.id = f.source_id JOIN items "
    "si ON si.id = s.id LEFT JOIN sources fs ON fs.id = f.since_source_id LEFT JOIN items fi "
    "ON fi.id = fs.id LEFT JOIN sources us ON us.id = f.until_source_id LEFT JOIN items ui ON "
    "ui.id = us.id "
)
_FACTS = _FACTS_FROM + "WHERE f.item_id = ? ORDER BY f.position, f.id"
# As ``queries.facts_of`` reads them: the first ones in text order (the id order), by label.
_FACTS_WITH = _FACTS_FROM + "WHERE f.item_id = ? AND f.label IN ({labels}) ORDER BY f.id LIMIT ?"
_FACTS_WITHOUT = (
    _FACTS_FROM + "WHERE f.item_id = ? AND f.label NOT IN ({labels}) ORDER BY f.id LIMIT ?"
)
_LABEL_COUNTS = "SELECT label, COUNT(*) FROM facts WHERE item_id = ? GROUP BY label"
_FIGURES_FROM = (  # the columns ``listings.figure`` reads, then the source's position
    "SELECT f.id, f.quantity, f.value, f.unit, f.as_of, f.note, f.quote, f.is_default, "
    "f.reason, f.since, f.until, f.unlisted, s.id, si.key, s.label, s.title, s.publisher, "
    "s.edition, s.date, s.series, s.discontinued, fs.id, fi.key, fs.label, fs.title, "
    "fs.publisher, fs.edition, fs.date, fs.series, fs.discontinued, us.id, ui.key, us.label, "
    "us.title, us.publisher, us.edition, us.date, us.series, us.discontinued, si.position "
    "FROM figures f JOIN sources s ON s.id = f.source_id JOIN items si ON si.id = s.id LEFT "
    "JOIN sources fs ON fs.id = f.since_source_id LEFT JOIN items fi ON fi.id = fs.id LEFT "
    "JOIN sources us ON us.id = f.until_source_id LEFT JOIN items ui ON ui.id = us.id "
)
_FIGURES = _FIGURES_FROM + "WHERE f.item_id = ? ORDER BY f.position, f.id"
_FIGURES_OF = _FIGURES_FROM + "WHERE f.item_id = ? AND f.quantity = ? ORDER BY f.position, f.id"
_SEGMENT = (
    "SELECT g.id, i.key, g.description, n.id, ni.key, n.name FROM segments g "
    "JOIN items i ON i.id = g.id JOIN countries n ON n.id = g.country_b_id "
    "JOIN items ni ON ni.id = n.id WHERE i.item_kind = 'border' AND i.key = ?"
)
_OVERVIEW = (  # as the ORM asks for the page, so that a damaged file says the same
    "SELECT overview.id, overview.country_id, overview.title, overview.description, "
    "overview.landlocked_note FROM items JOIN overview ON items.id = overview.id"
)
_COUNTRY = (
    "SELECT c.id FROM countries c JOIN items i ON i.id = c.id "
    "WHERE i.item_kind = 'country' AND i.key = ?"
)
_BORDER_MEMBERSHIPS = (
    "SELECT m.id, m.note, mi.key, c.name, c.kind, c.id, oi.key, o.abbreviation, o.id FROM "
    "memberships m JOIN countries c ON c.id = m.member_id JOIN items mi ON mi.id = c.id JOIN "
    "organisations o ON o.id = m.organisation_id JOIN items oi ON oi.id = o.id WHERE "
    "m.member_id IN (?, ?) ORDER BY m.position, m.id"
)
_MAP_LENGTHS = (
    "SELECT m.scale, m.detail_km, m.points, m.length_km, s.id, si.key, s.label, s.title, "
    "s.publisher, s.edition, s.date, s.series, s.discontinued FROM map_lengths m JOIN sources "
    "s ON s.id = m.source_id JOIN items si ON si.id = s.id WHERE m.segment = ? ORDER BY m.id"
)
_ORGANISATION = (
    "SELECT o.id, i.key, o.abbreviation, o.name, o.description, o.predecessor_id, "
    "o.successor_id, o.since, o.until, fs.id, fi.key, fs.label, fs.title, fs.publisher, "
    "fs.edition, fs.date, fs.series, fs.discontinued, us.id, ui.key, us.label, us.title, "
    "us.publisher, us.edition, us.date, us.series, us.discontinued FROM organisations o JOIN "
    "items i ON i.id = o.id LEFT JOIN sources fs ON fs.id = o.since_source_id LEFT JOIN items "
    "fi ON fi.id = fs.id LEFT JOIN sources us ON us.id = o.until_source_id LEFT JOIN items ui "
    "ON ui.id = us.id WHERE i.item_kind = 'organisation' AND i.key = ?"
)
_ORGANISATION_MEMBERSHIPS = (
    "SELECT m.id, m.note, mi.key, c.name, c.kind, c.id, oi.key, o.abbreviation, o.id FROM "
    "memberships m JOIN countries c ON c.id = m.member_id JOIN items mi ON mi.id = c.id JOIN "
    "organisations o ON o.id = m.organisation_id JOIN items oi ON oi.id = o.id WHERE "
    "m.organisation_id = ? ORDER BY m.position, m.id LIMIT ?"
)
_MEMBERSHIP_COUNT = "SELECT COUNT(*) FROM memberships WHERE organisation_id = ?"
# As the ORM asks, so that SQLite gives them in the same order.
_SUCCESSORS = (
    "SELECT organisations.id FROM items JOIN organisations ON items.id = organisations.id "
    "WHERE organisations.predecessor_id = ? OR organisations.successor_id = ?"
)
_CITED = (
    "SELECT s.id, si.key, s.label, s.title, s.publisher, s.edition, s.date, s.series, "
    "s.discontinued, s.kind, si.position FROM sources s JOIN items si ON si.id = s.id WHERE "
    "s.id IN ({ids})"
)


def border(connection: Connection, key: str, ranked: Sequence[BorderSummary]) -> BorderDetail:
    """Return one border segment; ``ranked`` is ``listings.borders``' answer."""
    found = connection.execute(_SEGMENT, (key,)).fetchone()
    if found is None:
        raise ItemNotFoundError(f"no border {quoted(key)} in this dataset")
    segment_id, segment_key, description, neighbour_id, neighbour_key, neighbour = found
    total = sum(summary.length.value for summary in ranked)
    rank, default = next(
        (n, summary.length) for n, summary in enumerate(ranked, 1) if summary.key == key
    )
    facts = _facts(connection, segment_id)
    lengths = [
        figure(row) for row in connection.execute(_FIGURES, (segment_id,)) if row[1] == LENGTH
    ]
    # As ``convert.length_order``: the default source first, then by source date, then value
    # (then as written: the rows come in that order).
    lengths.sort(
        key=lambda f: (not f.is_default, not f.source.date, sortable_date(f.source.date), f.value)
    )
    related = plain.related(connection, segment_id)
    kazakhstan = _kazakhstan(connection)
    members = connection.execute(_BORDER_MEMBERSHIPS, (kazakhstan, neighbour_id)).fetchall()
    title, language = current().text("countries", neighbour_id, "name", neighbour)
    w = Wordings()
    w.keep("neighbour", language)
    return BorderDetail(
        key=segment_key,
        neighbour=title,
        neighbour_key=neighbour_key,
        description=w.text("description", "segments", segment_id, "description", description),
        lengths=tuple(lengths),
        share_of_total=default.value / total if total else 0.0,
        rank=rank,
        challenges=_labelled(facts, "challenge"),
        relations=tuple(f for f in facts if f.label not in BORDER_SECTIONS),
        history=_labelled(facts, "history"),
        memberships=tuple(m for m, _ in plain.memberships(connection, members)),
        quotes=tuple(q for q, _ in plain.quotes_about(connection, segment_id)),
        topics=plain.links(row for row in related if row.kind == "topic"),
        events=plain.links(row for row in related if row.kind == "event"),
        discrepancies=_labelled(facts, "discrepancy"),
        status=_labelled(facts, "status"),
        map_measure=_map_measure(connection, segment_key),
        wording=w.done(),
    )


def organisation(connection: Connection, key: str) -> OrganisationDetail:
    """Return one organisation, its first LIST_LIMIT memberships and how many more it has."""
    found = connection.execute(_ORGANISATION, (key,)).fetchone()
    if found is None:
        raise ItemNotFoundError(f"no organisation {quoted(key)} in this dataset")
    org_id, org_key, abbreviation, name, description, predecessor, successor = found[:7]
    since, until = found[7:9]
    ends = found[9:]
    rows = connection.execute(_ORGANISATION_MEMBERSHIPS, (org_id, LIST_LIMIT)).fetchall()
    memberships = plain.memberships(connection, rows)
    (membership_count,) = connection.execute(_MEMBERSHIP_COUNT, (org_id,)).fetchone()
    fact_rows = connection.execute(_FACTS, (org_id,)).fetchall()
    facts = [plain.fact(row) for row in fact_rows]
    figure_rows = connection.execute(_FIGURES, (org_id,)).fetchall()
    quotes = plain.quotes_about(connection, org_id)
    successors = [row[0] for row in connection.execute(_SUCCESSORS, (org_id, org_id))]
    neighbours = [i for i in (predecessor, successor) if i is not None]
    related = plain.related(connection, org_id)
    titled = plain.items(connection, [*neighbours, *successors])
    cited = [row[8] for row in fact_rows] + [row[12] for row in figure_rows]
    cited += [source for _, sources in memberships for source in sources]
    cited += [source for _, source in quotes]
    w = Wordings()
    return OrganisationDetail(
        key=org_key,
        abbreviation=w.text("abbreviation", "organisations", org_id, "abbreviation", abbreviation),
        name=w.text("name", "organisations", org_id, "name", name),
        description=w.text("description", "organisations", org_id, "description", description),
        founded=_labelled(facts, "founded"),
        headquarters=_labelled(facts, "headquarters"),
        memberships=tuple(m for m, _ in memberships),
        mandate=tuple(f for f in facts if f.label not in ORGANISATION_SECTIONS),
        kazakhstan_role=_labelled(facts, "kazakhstan_role"),
        figures=tuple(figure(row) for row in figure_rows),
        related=plain.links(
            [*(titled[i] for i in (*neighbours, *successors)), *related], ordered=False
        ),
        quotes=tuple(q for q, _ in quotes),
        sources=_sources(connection, cited),
        # Corrections of the article first, then other notes, each as written.
        notes=tuple(
            sorted((f for f in facts if f.label in NOTES), key=lambda f: NOTES.index(f.label))
        ),
        wording=w.done(),
        chairs=_labelled(facts, "chair"),
        validity=plain.validity(since, until, ends),
        more=shortened("memberships", membership_count, len(memberships)),
    )


def overview(connection: Connection, ranked: Sequence[BorderSummary]) -> Overview:
    """Return the Kazakhstan overview; ``ranked`` is ``listings.borders``' answer.

    Its lists are read with a LIMIT, as ``Repository.overview`` reads them: a pack may give
    the overview 90,000 facts.
    """
    pages = connection.execute(_OVERVIEW).fetchall()
    if len(pages) != 1:
        raise InconsistentDataError(f"{len(pages)} rows of the overview, not one")
    page_id, country, title, description, landlocked_note = pages[0]
    kazakhstan = _kazakhstan(connection)
    stated_figures = connection.execute(_FIGURES, (kazakhstan,)).fetchall()
    stated = _default_of(stated_figures, LAND_BORDER_TOTAL) or _default_of(
        stated_figures, SEGMENTS_TOTAL
    )
    if stated is None:
        raise InconsistentDataError("the default source states no total")
    figure_rows = (
        stated_figures
        if country == kazakhstan
        else connection.execute(_FIGURES, (country,)).fetchall()
    )
    counts = {str(label): int(n) for label, n in connection.execute(_LABEL_COUNTS, (country,))}
    caspian = _first_facts(connection, _FACTS_WITH, country, ("caspian",))
    facts = _first_facts(connection, _FACTS_WITHOUT, country, ("caspian", DISCREPANCY))
    why = _first_facts(connection, _FACTS_WITH, country, (DISCREPANCY,))
    caspian_count, why_count = counts.get("caspian", 0), counts.get(DISCREPANCY, 0)
    fact_count = sum(counts.values()) - caspian_count - why_count
    figures = [row for row in figure_rows if row[1] != SEGMENTS_TOTAL and row[0] != stated[0]]
    segments = tuple(ranked[:LIST_LIMIT])
    w = Wordings()
    return Overview(
        title=w.text("title", "overview", page_id, "title", title),
        description=w.text("description", "overview", page_id, "description", description),
        stated_total=figure(stated),
        computed_total_km=sum(summary.length.value for summary in ranked),
        segments=segments,
        landlocked_note=w.text(
            "landlocked_note", "overview", page_id, "landlocked_note", landlocked_note
        ),
        caspian=caspian,
        facts=facts,
        figures=tuple(figure(row) for row in figures[:LIST_LIMIT]),
        totals=_totals(row for row in figure_rows if row[1] == SEGMENTS_TOTAL),
        discrepancies=why,
        wording=w.done(),
        more=(
            *shortened("segments", len(ranked), len(segments)),
            *shortened("caspian", caspian_count, len(caspian)),
            *shortened("facts", fact_count, len(facts)),
            *shortened("figures", len(figures), min(len(figures), LIST_LIMIT)),
            *shortened("discrepancies", why_count, len(why)),
        ),
    )


def length_totals(connection: Connection) -> LengthTotals:
    """Return the overview's totals by source and its reasons, without the rest of it.

    Lengths by source shows only these of the overview; ``overview`` gives the same ones.
    """
    pages = connection.execute(_OVERVIEW).fetchall()
    if len(pages) != 1:
        raise InconsistentDataError(f"{len(pages)} rows of the overview, not one")
    country = pages[0][1]
    rows = connection.execute(_FIGURES_OF, (country, SEGMENTS_TOTAL))
    why = _first_facts(connection, _FACTS_WITH, country, (DISCREPANCY,))
    return LengthTotals(totals=_totals(rows), discrepancies=why)


def _totals(rows: Iterable[Sequence[Any]]) -> tuple[Figure, ...]:
    """Return each source's stated total of the five segments from its figures' rows.

    The default first, then by the source's date (undated last), then as written (as
    ``comparisons.source_totals``).
    """
    ordered = sorted(
        rows, key=lambda row: (not row[7], not row[18], sortable_date(row[18]), row[-1])
    )
    return tuple(figure(row) for row in ordered)


def _default_of(rows: Sequence[Sequence[Any]], quantity: str) -> Sequence[Any] | None:
    """Return the first row of the default source's figure for ``quantity``, or None."""
    return next((row for row in rows if row[1] == quantity and row[7]), None)


def _first_facts(
    connection: Connection, query: str, item_id: int, labels: Sequence[str]
) -> tuple[Fact, ...]:
    """Return an item's first LIST_LIMIT facts with (or without) ``labels``, in text order."""
    sql = query.format(labels=plain.placeholders(len(labels)))
    return tuple(plain.fact(row) for row in connection.execute(sql, (item_id, *labels, LIST_LIMIT)))


def _facts(connection: Connection, item_id: int) -> list[Fact]:
    """Return an item's facts, as written."""
    return [plain.fact(row) for row in connection.execute(_FACTS, (item_id,))]


def _labelled(facts: Sequence[Fact], label: str) -> tuple[Fact, ...]:
    """Return the facts with one label, in order."""
    return tuple(f for f in facts if f.label == label)


def _kazakhstan(connection: Connection) -> int:
    """Return the row id of the country the dataset is about."""
    found = connection.execute(_COUNTRY, (KAZAKHSTAN,)).fetchone()
    if found is None:
        raise InconsistentDataError(f"no country {KAZAKHSTAN}")
    return int(found[0])


def _map_measure(connection: Connection, key: str) -> MapMeasure | None:
    """Return a border's lengths measured on the map lines, or None (as ``map_records``)."""
    lengths = [
        MapLength(scale, detail_km, points, length_km, source_ref(source))
        for scale, detail_km, points, length_km, *source in connection.execute(_MAP_LENGTHS, (key,))
    ]
    if not lengths:
        return None
    return MapMeasure(tuple(sorted(lengths, key=lambda m: (m.points, m.length_km))))


def _sources(connection: Connection, cited: Sequence[int]) -> tuple[SourceRef, ...]:
    """Return the sources cited, once each: the article first, then by date, then as written."""
    unique = list(dict.fromkeys(cited))
    if not unique:
        return ()
    rows = {
        row[0]: row
        for row in connection.execute(_CITED.format(ids=plain.placeholders(len(unique))), unique)
    }
    ordered = sorted(
        (rows[i] for i in unique),
        key=lambda row: (row[-2] != "article", not row[6], sortable_date(row[6]), row[-1]),
    )
    return tuple(source_ref(row[:-2]) for row in ordered)
