"""Session-level reads for the side-by-side views: grid, timeline, totals, a source's figures."""

from __future__ import annotations

import re
from collections.abc import Sequence
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
from borderdesk.data.localise import Wordings, asked, current
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
_GRID_MEMBERSHIPS = (
    "SELECT mi.key, c.id, c.name, o.id, o.abbreviation, m.id, m.role, m.since, m.until, "
    "m.note, m.quote, s.id, si.key, s.label, s.title, s.publisher, s.edition, s.date "
    "FROM memberships m "
    "JOIN countries c ON c.id = m.member_id JOIN items mi ON mi.id = c.id "
    "JOIN organisations o ON o.id = m.organisation_id "
    "JOIN sources s ON s.id = m.source_id JOIN items si ON si.id = s.id "
    "ORDER BY m.position, m.id"
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
    for key, row_id, abbreviation, name, after in connection.exec_driver_sql(_GRID_ORGANISATIONS):
        title, language = current().text("organisations", row_id, "abbreviation", abbreviation)
        link = Link(
            ItemRef(ItemKind.ORGANISATION, key),
            title,
            name,
            wording=wording(asked(), {"title": language}),
        )
        organisations.append(GridOrganisation(link, after or ""))
    sources: dict[int, SourceRef] = {}
    memberships = [
        _membership(row, sources) for row in connection.exec_driver_sql(_GRID_MEMBERSHIPS)
    ]
    return build_grid(borders, organisations, memberships, home=KAZAKHSTAN, now_date=now)


def _membership(row: Sequence[Any], sources: dict[int, SourceRef]) -> Membership:
    """Return a membership from a row of ``_GRID_MEMBERSHIPS``, as ``convert.membership``."""
    member, country, name, organisation, abbreviation, row_id, role, since, until = row[:9]
    note, quote, source = row[9:12]
    if source not in sources:
        sources[source] = listings.source_ref(row[11:])
    if asked() == DEFAULT_LANGUAGE:  # nothing to pick: a large pack has 100,000 of these
        return Membership(
            name, member, abbreviation, role, since, until, sources[source], note, quote
        )
    w = Wordings()
    return Membership(
        member=w.text("member", "countries", country, "name", name),
        member_key=member,
        organisation=w.text(
            "organisation", "organisations", organisation, "abbreviation", abbreviation
        ),
        role=role,
        since=since,
        until=until,
        source=sources[source],
        note=w.text("note", "memberships", row_id, "note", note),
        quote=quote,
        quote_translation=w.translation("quote_translation", "memberships", row_id, "quote", quote),
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
