"""Session-level lookups the repository composes: items by key, ranked segments, links."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import Select, func, select, union
from sqlalchemy.orm import Session, selectinload, with_polymorphic

from borderdesk.core.display import quoted
from borderdesk.core.errors import ItemNotFoundError
from borderdesk.core.model import LIST_LIMIT, ItemRef
from borderdesk.data import convert
from borderdesk.data import membership_rows as members
from borderdesk.data import model_rows as rows
from borderdesk.data import models as orm
from borderdesk.data.listings import InconsistentDataError as InconsistentDataError
from borderdesk.data.records import KAZAKHSTAN, LENGTH

ItemT = TypeVar("ItemT", bound=orm.Item)


def get_item(session: Session, cls: type[ItemT], key: str) -> ItemT:
    """Return the item of class ``cls`` with ``key``; raise ItemNotFoundError if none."""
    kind = cls.__mapper__.polymorphic_identity
    # By kind and key: the unique index on (item_kind, key) finds it without a scan.
    query = select(cls).where(cls.item_kind == kind, cls.key == key)
    item = session.scalars(query).one_or_none()
    if item is None:
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
            selectinload(orm.Segment.neighbour),
            selectinload(orm.Segment.figures).selectinload(orm.Figure.source),
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
        .options(selectinload(orm.Figure.source))
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


# What a page shows of each membership, loaded with it rather than row by row as it is read.
# Each by its ids (``selectinload``), never joined: a countries, organisations or sources row
# is an items row too, and SQLite answers a LEFT JOIN to (items JOIN sources) by first
# building that join for every item of the pack (25 ms a query on a large pack).
_ROLES = selectinload(members.Membership.roles)
_MEMBERSHIP_GRAPH = (
    selectinload(members.Membership.member),
    selectinload(members.Membership.organisation),
    _ROLES.selectinload(members.MembershipRole.confirmations).selectinload(
        members.RoleConfirmation.source
    ),
    _ROLES.selectinload(members.MembershipRole.since_source),
    _ROLES.selectinload(members.MembershipRole.until_source),
)


def border_memberships(session: Session, segment: orm.Segment) -> list[members.Membership]:
    """Return Kazakhstan's and the neighbour's memberships, of every organisation, in order."""
    wanted = (kazakhstan(session).id, segment.neighbour.id)
    query = (
        select(members.Membership)
        .where(members.Membership.member_id.in_(wanted))
        .options(*_MEMBERSHIP_GRAPH)
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


def count(session: Session, query: Select[Any]) -> int:
    """Return how many rows ``query`` selects."""
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def label_counts(session: Session, item: orm.Item) -> dict[str, int]:
    """Return how many facts an item holds under each label, in one pass."""
    query = (
        select(orm.Fact.label, func.count())
        .where(orm.Fact.item_id == item.id)
        .group_by(orm.Fact.label)
    )
    return {str(row[0]): int(row[1]) for row in session.execute(query)}


def facts_of(
    session: Session,
    item: orm.Item,
    labels: Iterable[str] = (),
    exclude: Iterable[str] = (),
    limit: int = LIST_LIMIT,
) -> list[orm.Fact]:
    """Return an item's first ``limit`` facts with (or without) these labels, in text order.

    Read with a LIMIT, not through ``item.facts``: an overview may hold 90,000 facts. The
    build numbers facts in the order of the text, so the id order is that order, and the
    index on the item gives the first ones without sorting them all.
    """
    query = select(orm.Fact).where(orm.Fact.item_id == item.id)
    wanted, unwanted = tuple(labels), tuple(exclude)
    if wanted:
        query = query.where(orm.Fact.label.in_(wanted))
    if unwanted:
        query = query.where(orm.Fact.label.not_in(unwanted))
    query = query.options(selectinload(orm.Fact.source)).order_by(orm.Fact.id).limit(limit)
    return list(session.scalars(query))


def first_memberships(
    session: Session, organisation: orm.Organisation, limit: int = LIST_LIMIT
) -> tuple[list[members.Membership], int]:
    """Return an organisation's first memberships (with their roles) and how many it has."""
    query = select(members.Membership).where(members.Membership.organisation_id == organisation.id)
    first = query.options(*_MEMBERSHIP_GRAPH).order_by(members.Membership.position).limit(limit)
    return list(session.scalars(first)), count(session, query)


def first_users(
    session: Session, source: orm.Source, limit: int = LIST_LIMIT
) -> tuple[list[orm.Item], int]:
    """Return the first items resting on ``source`` (as ``used_by`` orders them) and their number.

    The article of a large pack carries thousands of figures: the items are ordered from their
    ids, kinds, positions and dates, and only the first ``limit`` are loaded whole.
    """
    quotes = select(orm.Quote.id).where(orm.Quote.source_id == source.id)
    ids = union(
        select(orm.Figure.item_id.label("id")).where(orm.Figure.source_id == source.id),
        select(orm.Fact.item_id).where(orm.Fact.source_id == source.id),
        select(orm.Figure.item_id).where(
            (orm.Figure.since_source_id == source.id) | (orm.Figure.until_source_id == source.id)
        ),
        select(orm.Fact.item_id).where(
            (orm.Fact.since_source_id == source.id) | (orm.Fact.until_source_id == source.id)
        ),
        select(orm.Organisation.id).where(
            (orm.Organisation.since_source_id == source.id)
            | (orm.Organisation.until_source_id == source.id)
        ),
        select(members.Membership.organisation_id)
        .join(members.MembershipRole)
        .where(
            (members.MembershipRole.since_source_id == source.id)
            | (members.MembershipRole.until_source_id == source.id)
        ),
        select(members.Membership.organisation_id)
        .join(members.MembershipRole)
        .join(members.RoleConfirmation)
        .where(members.RoleConfirmation.source_id == source.id),
        select(orm.Quote.speaker_id).where(
            orm.Quote.source_id == source.id, orm.Quote.speaker_id.is_not(None)
        ),
        select(orm.ItemLink.to_id).where(orm.ItemLink.from_id.in_(quotes)),
    ).subquery()
    events = rows.Event.__table__  # the table alone: the mapped class would join items again
    found = session.execute(
        select(orm.Item.id, orm.Item.item_kind, orm.Item.key, orm.Item.position, events.c.date)
        .join(ids, ids.c.id == orm.Item.id)
        .outerjoin(events, events.c.id == orm.Item.id)
    ).all()
    unique: dict[ItemRef, tuple[tuple[int, str, int], int]] = {}
    for item_id, kind, key, position, date in found:
        ref = convert.ref_of(kind, key)
        if ref is not None:
            order = convert.kind_order(ref, date or "", position)
            if ref not in unique or order < unique[ref][0]:
                unique[ref] = (order, item_id)
    chosen = sorted(unique.values())[:limit]
    loaded = whole_items(session, [item_id for _, item_id in chosen])
    return [loaded[item_id] for _, item_id in chosen], len(unique)


def whole_items(session: Session, ids: Iterable[int]) -> dict[int, orm.Item]:
    """Return items by id with what their links show: each kind's columns, a border's
    neighbour (its title) and a person's aliases (its search words).

    Read in three queries, not item by item: a source's page links a hundred items of any
    kind, and loading each one's own table, neighbour and aliases as it is read took a
    hundred queries (35 ms on a large pack).
    """
    every = with_polymorphic(orm.Item, "*")
    query = (
        select(every)
        .where(every.id.in_(list(ids)))
        .options(selectinload(every.Segment.neighbour), selectinload(every.Person.aliases))
    )
    return {item.id: item for item in session.scalars(query)}
