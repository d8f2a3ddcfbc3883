"""Session-level lookups the repository composes: items by key, ranked segments, links."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import Select, func, select, union
from sqlalchemy.orm import Session, joinedload, selectinload

from borderdesk.core.display import quoted
from borderdesk.core.errors import ItemNotFoundError
from borderdesk.core.model import LIST_LIMIT, ItemRef
from borderdesk.data import convert
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


def shared_organisations(session: Session, segment: orm.Segment) -> list[orm.Organisation]:
    """Return the organisations Kazakhstan and the segment's neighbour are both members of."""

    def current(country: orm.Country) -> set[int]:
        return {m.organisation_id for m in country.memberships if is_current_member(m)}

    shared = current(kazakhstan(session)) & current(segment.neighbour)
    query = select(orm.Organisation).where(orm.Organisation.id.in_(shared))
    return list(session.scalars(query.order_by(orm.Organisation.position)))


def related(item: orm.Item) -> list[orm.Item]:
    """Return the items linked to ``item`` either way (what it concerns, what concerns it)."""
    return [link.target for link in item.links_out] + [link.origin for link in item.links_in]


def quotes_about(item: orm.Item) -> list[orm.Quote]:
    """Return the quotes that concern ``item``, in dataset order."""
    quotes = [link.origin for link in item.links_in if isinstance(link.origin, orm.Quote)]
    return sorted(quotes, key=lambda quote: quote.position)


def is_member(membership: orm.Membership) -> bool:
    """Tell whether a role is a membership, past or present (member, founding, former ...)."""
    return is_member_role(membership.role)


def is_current_member(membership: orm.Membership) -> bool:
    """Tell whether a role is a current membership (not a non-member, former or ended one)."""
    role = membership.role.lower()
    ended = "former" in role or bool(membership.until)
    return "member" in role and "non-member" not in role and not ended


def used_by(session: Session, source: orm.Source) -> list[orm.Item]:
    """Return the items whose figures, facts, memberships or quotes rest on ``source``."""
    figures = select(orm.Figure).where(orm.Figure.source_id == source.id)
    facts = select(orm.Fact).where(orm.Fact.source_id == source.id)
    items = [row.item for row in session.scalars(figures)]
    items += (row.item for row in session.scalars(facts))
    memberships = select(orm.Membership).where(orm.Membership.source_id == source.id)
    items += (row.organisation for row in session.scalars(memberships))
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
    query = query.options(joinedload(orm.Fact.source)).order_by(orm.Fact.id).limit(limit)
    return list(session.scalars(query))


def first_memberships(
    session: Session, organisation: orm.Organisation, limit: int = LIST_LIMIT
) -> tuple[list[orm.Membership], int, list[orm.Membership], int]:
    """Return an organisation's first members and observers, and how many of each it has."""
    roles = session.execute(
        select(orm.Membership.id, orm.Membership.role)
        .where(orm.Membership.organisation_id == organisation.id)
        .order_by(orm.Membership.position)
    ).all()
    members = [row_id for row_id, role in roles if is_member_role(role)]
    observers = [row_id for row_id, role in roles if not is_member_role(role)]
    shown = [*members[:limit], *observers[:limit]]
    rows = {
        row.id: row
        for row in session.scalars(
            select(orm.Membership)
            .where(orm.Membership.id.in_(shown))
            .options(joinedload(orm.Membership.member), joinedload(orm.Membership.source))
        )
    }
    return (
        [rows[i] for i in members[:limit]],
        len(members),
        [rows[i] for i in observers[:limit]],
        len(observers),
    )


def is_member_role(role: str) -> bool:
    """Tell whether a role is a membership, past or present (member, founding, former ...)."""
    lowered = role.lower()
    return ("member" in lowered and "non-member" not in lowered) or "chair" in lowered


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
        select(orm.Membership.organisation_id).where(orm.Membership.source_id == source.id),
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
    loaded = {
        item.id: item
        for item in session.scalars(
            select(orm.Item).where(orm.Item.id.in_([item_id for _, item_id in chosen]))
        )
    }
    return [loaded[item_id] for _, item_id in chosen], len(unique)
