"""Session-level lookups the repository composes: items by key, ranked segments, links."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from borderdesk.core.display import quoted
from borderdesk.core.errors import ItemNotFoundError
from borderdesk.data import convert
from borderdesk.data import membership_rows as members
from borderdesk.data import models as orm
from borderdesk.data.listings import InconsistentDataError as InconsistentDataError
from borderdesk.data.records import KAZAKHSTAN, LENGTH

ItemT = TypeVar("ItemT", bound=orm.Item)


def get_item(session: Session, cls: type[ItemT], key: str) -> ItemT:
    """Return the item of class ``cls`` with ``key``; raise ItemNotFoundError if none."""
    item = session.scalars(select(cls).where(cls.key == key)).one_or_none()
    if item is None:
        kind = cls.__mapper__.polymorphic_identity
        raise ItemNotFoundError(f"no {kind} {quoted(key)} in this dataset")
    return item


def kazakhstan(session: Session) -> orm.Country:
    """Return the country the whole dataset is about."""
    try:
        return get_item(session, orm.Country, KAZAKHSTAN)
    except ItemNotFoundError:
        raise InconsistentDataError(f"no country {KAZAKHSTAN}") from None


def ranked_segments(session: Session) -> list[tuple[orm.Segment, orm.Figure]]:
    """Return every segment with its default length, longest first."""
    segments = session.scalars(
        select(orm.Segment).options(
            joinedload(orm.Segment.neighbour),
            selectinload(orm.Segment.figures).joinedload(orm.Figure.source),
        )
    )
    ranked = [(segment, default_length(segment)) for segment in segments]
    ranked.sort(key=lambda pair: (-pair[1].value, pair[0].position))
    return ranked


def default_length(segment: orm.Segment) -> orm.Figure:
    """Return the segment's length from the default source."""
    for figure in segment.figures:
        if figure.quantity == LENGTH and figure.is_default:
            return figure
    raise InconsistentDataError(f"border {segment.key!r} has no default length")


def chart_lengths(session: Session) -> list[tuple[orm.Figure, list[orm.Figure]]]:
    """Return (first length, lengths) of each source that gives every segment's length.

    The default source comes first, then the others by date.
    """
    count = segment_count(session)
    complete = [
        (lengths[0], lengths)
        for lengths in (list(by_key.values()) for by_key in lengths_by_source(session).values())
        if len(lengths) == count
    ]
    complete.sort(key=lambda pair: (not pair[0].is_default, *convert.date_order(pair[0].source)))
    return complete


def lengths_by_source(session: Session) -> dict[str, dict[str, orm.Figure]]:
    """Return, for each source id, its first length of each segment (by segment key)."""
    figures = session.scalars(
        select(orm.Figure)
        .join(orm.Segment, orm.Figure.item_id == orm.Segment.id)
        .where(orm.Figure.quantity == LENGTH)
        .options(joinedload(orm.Figure.source))
        .order_by(orm.Figure.position)
    )
    by_source: dict[str, dict[str, orm.Figure]] = {}
    for figure in figures:
        by_source.setdefault(figure.source.key, {}).setdefault(figure.item.key, figure)
    return by_source


def segment_count(session: Session) -> int:
    """Return the number of border segments."""
    return session.scalar(select(func.count()).select_from(orm.Segment)) or 0


def stated_total(
    session: Session, quantity: str, source_id: str | None = None
) -> orm.Figure | None:
    """Return Kazakhstan's figure for a total: the default one, or ``source_id``'s."""
    for figure in kazakhstan(session).figures:
        if figure.quantity != quantity:
            continue
        if figure.source.key == source_id or (source_id is None and figure.is_default):
            return figure
    return None


def border_memberships(session: Session, segment: orm.Segment) -> list[members.Membership]:
    """Return Kazakhstan's and the neighbour's memberships, of every organisation, in order."""
    wanted = (kazakhstan(session).id, segment.neighbour.id)
    query = (
        select(members.Membership)
        .where(members.Membership.member_id.in_(wanted))
        .order_by(members.Membership.position)
    )
    return list(session.scalars(query))


def membership_sources(membership: members.Membership) -> list[orm.Source]:
    """Return every source a membership's roles rest on: their ends and confirmations."""
    found: list[orm.Source] = []
    for role in membership.roles:
        found += [s for s in (role.since_source, role.until_source) if s is not None]
        found += [c.source for c in role.confirmations]
    return found


def related(item: orm.Item) -> list[orm.Item]:
    """Return the items linked to ``item`` either way (what it concerns, what concerns it)."""
    return [link.target for link in item.links_out] + [link.origin for link in item.links_in]


def quotes_about(item: orm.Item) -> list[orm.Quote]:
    """Return the quotes that concern ``item``, in dataset order."""
    quotes = [link.origin for link in item.links_in if isinstance(link.origin, orm.Quote)]
    return sorted(quotes, key=lambda quote: quote.position)


def used_by(session: Session, source: orm.Source) -> list[orm.Item]:
    """Return the items whose figures, facts, memberships or quotes rest on ``source``."""
    items: list[orm.Item] = []
    figures = select(orm.Figure).where(
        (orm.Figure.source_id == source.id)
        | (orm.Figure.since_source_id == source.id)
        | (orm.Figure.until_source_id == source.id)
    )
    items += (row.item for row in session.scalars(figures))
    facts = select(orm.Fact).where(
        (orm.Fact.source_id == source.id)
        | (orm.Fact.since_source_id == source.id)
        | (orm.Fact.until_source_id == source.id)
    )
    items += (row.item for row in session.scalars(facts))
    organisations = select(orm.Organisation).where(
        (orm.Organisation.since_source_id == source.id)
        | (orm.Organisation.until_source_id == source.id)
    )
    items += session.scalars(organisations)
    roles = select(members.MembershipRole).where(
        (members.MembershipRole.since_source_id == source.id)
        | (members.MembershipRole.until_source_id == source.id)
    )
    items += (row.membership.organisation for row in session.scalars(roles))
    confirmations = select(members.RoleConfirmation).where(
        members.RoleConfirmation.source_id == source.id
    )
    items += (row.role.membership.organisation for row in session.scalars(confirmations))
    for quote in session.scalars(select(orm.Quote).where(orm.Quote.source_id == source.id)):
        if quote.speaker is not None:
            items.append(quote.speaker)
        items += (link.target for link in quote.links_out)
    return items


def figure_count(session: Session, source: orm.Source) -> int:
    """Return the number of figures from ``source``."""
    query = select(func.count()).select_from(orm.Figure).where(orm.Figure.source_id == source.id)
    return session.scalar(query) or 0
