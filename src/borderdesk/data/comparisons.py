"""Session-level reads for the side-by-side views: grid, timeline, totals, a source's figures."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from borderdesk.core.grid import GridOrganisation, build_grid
from borderdesk.core.language import DEFAULT_LANGUAGE, wording
from borderdesk.core.model import (
    LIST_LIMIT,
    BorderSummary,
    Figure,
    FigureUse,
    ItemKind,
    ItemRef,
    Link,
    Membership,
    SourceRef,
)
from borderdesk.core.pages import OrganisationGrid, Timeline, TimelineEntry
from borderdesk.data import convert, listings, queries
from borderdesk.data import model_rows as rows
from borderdesk.data import models as orm
from borderdesk.data.localise import Texts, Wordings, asked, current, reading_in
from borderdesk.data.records import KAZAKHSTAN, SEGMENTS_TOTAL

# A sentence ends before a capital, Latin or Cyrillic (Kazakh letters too), or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ“«\"'])")


def first_sentence(text: str) -> str:
    """Return the first sentence of a description (all of it when it has one sentence)."""
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def source_totals(country: orm.Country) -> tuple[Figure, ...]:
    """Return each source's stated total of the five segments: the default first, then by date."""
    totals = [f for f in country.figures if f.quantity == SEGMENTS_TOTAL]
    totals.sort(key=lambda f: (not f.is_default, *convert.date_order(f.source)))
    return tuple(convert.figure(f) for f in totals)


def figures_from(
    session: Session, source: orm.Source, limit: int = LIST_LIMIT
) -> tuple[FigureUse, ...]:
    """Return the first ``limit`` figures resting on ``source``, with the items they are on."""
    query = (
        select(orm.Figure)
        .where(orm.Figure.source_id == source.id)
        .options(joinedload(orm.Figure.item), joinedload(orm.Figure.source))
        .order_by(orm.Figure.position)
        .limit(limit)
    )
    uses = []
    for row in session.scalars(query):
        link = convert.link(row.item)
        if link is not None:
            uses.append(FigureUse(link, convert.figure(row)))
    return tuple(uses)


_GRID_NEIGHBOURS = (
    "SELECT i.key, n.key FROM segments g JOIN items i ON i.id = g.id "
    "JOIN items n ON n.id = g.country_b_id"
)
_GRID_ORGANISATIONS = (
    "SELECT i.key, o.id, o.abbreviation, o.name, s.key FROM organisations o "
    "JOIN items i ON i.id = o.id LEFT JOIN items s ON s.id = o.successor_id "
    "ORDER BY i.position, i.id"
)
# In id order, which the build gives in the order of the text: no sort, no joins (a large
# pack has 100,000 rows); the member's and the source's columns are looked up by id.
_GRID_MEMBERSHIPS = (
    "SELECT member_id, organisation_id, id, role, since, until, note, quote, source_id "
    "FROM memberships ORDER BY id"
)
_GRID_COUNTRIES = "SELECT c.id, i.key, c.name FROM countries c JOIN items i ON i.id = c.id"
_GRID_SOURCES = (
    "SELECT s.id, i.key, s.label, s.title, s.publisher, s.edition, s.date "
    "FROM sources s JOIN items i ON i.id = s.id"
)


def organisation_grid(
    session: Session, now: str, ranked: Sequence[BorderSummary]
) -> OrganisationGrid:
    """Return the borders x organisations grid, from every membership record.

    Read as plain rows, not ORM objects: a large pack holds 100,000 memberships, and the
    grid works a cell out only when it is read. Names and notes are picked in the language
    asked for, as ``convert`` picks them.
    """
    connection = session.connection()
    neighbours = {row[0]: row[1] for row in connection.exec_driver_sql(_GRID_NEIGHBOURS)}
    borders = [
        (
            Link(
                ItemRef(ItemKind.BORDER, summary.key),
                summary.neighbour,
                wording=wording(asked(), {"title": summary.wording.language_of("neighbour")}),
            ),
            neighbours[summary.key],
        )
        for summary in ranked
    ]
    organisations = []
    abbreviations: dict[int, str] = {}
    titles: dict[int, str] = {}  # an organisation's title (its abbreviation, translated)
    for key, row_id, abbreviation, name, after in connection.exec_driver_sql(_GRID_ORGANISATIONS):
        title, language = current().text("organisations", row_id, "abbreviation", abbreviation)
        abbreviations[row_id], titles[row_id] = abbreviation, title
        link = Link(
            ItemRef(ItemKind.ORGANISATION, key),
            title,
            name,
            wording=wording(asked(), {"title": language}),
        )
        organisations.append(GridOrganisation(link, after or ""))
    # The driver's own cursor: SQLAlchemy's rows cost more than the query for 100,000 of them.
    driver = connection.connection.driver_connection
    assert driver is not None  # noqa: S101 - an open session's connection has one
    raw: dict[str, list[tuple[int, Sequence[Any]]]] = {}
    for number, row in enumerate(driver.execute(_GRID_MEMBERSHIPS).fetchall()):
        raw.setdefault(titles[row[1]], []).append((number, row))
    lookups = _Lookups(
        countries={row[0]: row[1:] for row in driver.execute(_GRID_COUNTRIES).fetchall()},
        sources={row[0]: row for row in driver.execute(_GRID_SOURCES).fetchall()},
        abbreviations=abbreviations,
    )
    memberships = _Memberships(raw, lookups, current())
    return build_grid(borders, organisations, memberships, home=KAZAKHSTAN, now_date=now)


@dataclass(frozen=True)
class _Lookups:
    """What a membership row refers to by id: members (key, name), sources, abbreviations."""

    countries: dict[int, Sequence[Any]]
    sources: dict[int, Sequence[Any]]
    abbreviations: dict[int, str]


class _Memberships(Mapping[str, Sequence[tuple[int, Membership]]]):
    """Each organisation's membership records, made into records when its column is read.

    A large pack has 100,000 of them and a table view shows a few columns at a time.
    """

    def __init__(
        self, raw: dict[str, list[tuple[int, Sequence[Any]]]], lookups: _Lookups, texts: Texts
    ) -> None:
        self._raw = raw
        self._lookups = lookups
        self._texts = texts  # the translations the grid was asked in, for later reads
        self._made: dict[str, list[tuple[int, Membership]]] = {}
        self._sources: dict[int, SourceRef] = {}

    def __getitem__(self, title: str) -> list[tuple[int, Membership]]:
        made = self._made.get(title)
        if made is None:
            rows = self._raw[title]
            with reading_in(self._texts):
                made = [(number, self._membership(row)) for number, row in rows]
            self._made[title] = made
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def _membership(self, row: Sequence[Any]) -> Membership:
        """Return a membership record from a ``_GRID_MEMBERSHIPS`` row, as ``convert`` does."""
        member_id, organisation, row_id, role, since, until, note, quote, source_id = row
        member, name = self._lookups.countries[member_id]
        abbreviation = self._lookups.abbreviations[organisation]
        source = self._sources.get(source_id)
        if source is None:
            source = self._sources[source_id] = listings.source_ref(
                self._lookups.sources[source_id]
            )
        if asked() == DEFAULT_LANGUAGE:  # nothing to pick
            return Membership(name, member, abbreviation, role, since, until, source, note, quote)
        w = Wordings()
        return Membership(
            member=w.text("member", "countries", member_id, "name", name),
            member_key=member,
            organisation=w.text(
                "organisation", "organisations", organisation, "abbreviation", abbreviation
            ),
            role=role,
            since=since,
            until=until,
            source=source,
            note=w.text("note", "memberships", row_id, "note", note),
            quote=quote,
            quote_translation=w.translation(
                "quote_translation", "memberships", row_id, "quote", quote
            ),
            wording=w.done(),
        )


def timeline(session: Session, limit: int = LIST_LIMIT) -> Timeline:
    """Return the first ``limit`` events by date (then as written), each with a one-line
    summary and its sources, and how many later events are left out."""
    order = sorted(
        session.execute(select(rows.Event.id, rows.Event.date, rows.Event.position)),
        key=lambda row: (convert.sortable_date(row[1]), row[2]),
    )
    chosen = [row[0] for row in order[:limit]]
    events = {
        event.id: event
        for event in session.scalars(
            select(rows.Event)
            .where(rows.Event.id.in_(chosen))
            .options(selectinload(rows.Event.facts).joinedload(orm.Fact.source))
        )
    }
    entries = []
    for event in (events[event_id] for event_id in chosen):
        sources = {f.source.key: convert.source_ref(f.source) for f in event.facts}
        description, _ = current().text(*convert.at(event, "description"), event.description)
        entries.append(
            TimelineEntry(
                _link(event), event.date, first_sentence(description), tuple(sources.values())
            )
        )
    return Timeline(tuple(entries), len(order) - len(chosen))


def _link(item: orm.Item) -> Link:
    """Return a link to an item a reader can always select (a border, organisation, event)."""
    link = convert.link(item)
    if link is None:  # pragma: no cover - these kinds are always selectable
        raise queries.InconsistentDataError(f"{item.item_kind} {item.key!r} cannot be shown")
    return link
