"""Session-level reads for the side-by-side views: grid, timeline, totals, a source's figures."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from borderdesk.core.grid import GridOrganisation, build_grid
from borderdesk.core.model import Figure, FigureUse, Link
from borderdesk.core.pages import OrganisationGrid, Timeline, TimelineEntry
from borderdesk.data import convert, queries
from borderdesk.data import membership_rows as members
from borderdesk.data import model_rows as rows
from borderdesk.data import models as orm
from borderdesk.data.localise import current
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


def figures_from(session: Session, source: orm.Source) -> tuple[FigureUse, ...]:
    """Return every figure resting on ``source``, with the item a reader finds it on."""
    query = (
        select(orm.Figure)
        .where(orm.Figure.source_id == source.id)
        .options(joinedload(orm.Figure.item), joinedload(orm.Figure.source))
        .order_by(orm.Figure.position)
    )
    uses = []
    for row in session.scalars(query):
        link = convert.link(row.item)
        if link is not None:
            uses.append(FigureUse(link, convert.figure(row)))
    return tuple(uses)


def organisation_grid(session: Session, on: date) -> OrganisationGrid:
    """Return the borders x organisations grid, from every membership record."""
    borders = [
        (_link(segment), segment.neighbour.key) for segment, _ in queries.ranked_segments(session)
    ]
    organisations = [
        GridOrganisation(_link(org), org.successor.key if org.successor is not None else "")
        for org in session.scalars(select(orm.Organisation).order_by(orm.Organisation.position))
    ]
    memberships = session.scalars(
        select(members.Membership)
        .options(
            joinedload(members.Membership.member),
            joinedload(members.Membership.organisation),
            selectinload(members.Membership.roles),
        )
        .order_by(members.Membership.position)
    )
    return build_grid(
        borders,
        organisations,
        [convert.membership(m) for m in memberships],
        home=KAZAKHSTAN,
        on=on,
    )


def timeline(session: Session) -> Timeline:
    """Return every event by date (then as written), with a one-line summary and its sources."""
    events = session.scalars(
        select(rows.Event).options(selectinload(rows.Event.facts).joinedload(orm.Fact.source))
    )
    ordered = sorted(events, key=lambda e: (convert.sortable_date(e.date), e.position))
    entries = []
    for event in ordered:
        sources = {f.source.key: convert.source_ref(f.source) for f in event.facts}
        description, _ = current().text(*convert.at(event, "description"), event.description)
        entries.append(
            TimelineEntry(
                _link(event), event.date, first_sentence(description), tuple(sources.values())
            )
        )
    return Timeline(tuple(entries))


def _link(item: orm.Item) -> Link:
    """Return a link to an item a reader can always select (a border, organisation, event)."""
    link = convert.link(item)
    if link is None:  # pragma: no cover - these kinds are always selectable
        raise queries.InconsistentDataError(f"{item.item_kind} {item.key!r} cannot be shown")
    return link
