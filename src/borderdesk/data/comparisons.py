"""Session-level reads for the side-by-side views: grid, timeline, totals, a source's figures."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from borderdesk.core.model import (
    LIST_LIMIT,
    Figure,
    FigureUse,
    Link,
)
from borderdesk.core.pages import Timeline, TimelineEntry
from borderdesk.data import convert, queries
from borderdesk.data import model_rows as rows
from borderdesk.data import models as orm
from borderdesk.data.grid_rows import organisation_grid as organisation_grid
from borderdesk.data.localise import current
from borderdesk.data.records import SEGMENTS_TOTAL

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
        .options(selectinload(orm.Figure.source))
        .order_by(orm.Figure.position)
        .limit(limit)
    )
    figures = list(session.scalars(query))
    queries.whole_items(session, {row.item_id for row in figures})  # each row.item, loaded
    uses = []
    for row in figures:
        link = convert.link(row.item)
        if link is not None:
            uses.append(FigureUse(link, convert.figure(row)))
    return tuple(uses)


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
            .options(selectinload(rows.Event.facts).selectinload(orm.Fact.source))
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
