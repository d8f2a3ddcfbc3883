"""Turn ORM rows into the frozen core records the screens show, and order them."""

from __future__ import annotations

from collections.abc import Iterable

from borderdesk.core.model import (
    OVERVIEW_REF,
    Fact,
    Figure,
    ItemKind,
    ItemRef,
    Link,
    Membership,
    Quote,
    Role,
    Source,
    SourceRef,
)
from borderdesk.core.validity import Confirmation, Validity
from borderdesk.data import membership_rows as members
from borderdesk.data import model_rows as rows
from borderdesk.data import models as orm
from borderdesk.data.listings import sortable_date as sortable_date  # one rule for both readers
from borderdesk.data.records import KAZAKHSTAN

_KIND_ORDER = tuple(ItemKind)  # overview, border, organisation, topic, person, event, source


def source_ref(source: orm.Source) -> SourceRef:
    """Return the short citation of a source."""
    return SourceRef(
        source.key,
        source.label,
        source.title_text,
        source.publisher,
        source.edition,
        source.date,
        source.series,
        source.discontinued,
    )


def full_source(source: orm.Source) -> Source:
    """Return the full source record."""
    return Source(
        ref=source_ref(source),
        author=source.author,
        date=source.date,
        url=source.url,
        covers=source.covers,
        note=source.note,
        kind=source.kind,
    )


def validity(row: orm.Dated, confirmations: Iterable[Confirmation] = ()) -> Validity:
    """Return when a row holds: its two ends with their sources, and the confirmations."""
    return Validity(
        since=row.since,
        since_source=source_ref(row.since_source) if row.since_source is not None else None,
        until=row.until,
        until_source=source_ref(row.until_source) if row.until_source is not None else None,
        confirmations=tuple(confirmations),
    )


def figure(row: orm.Figure) -> Figure:
    """Return a figure with its source."""
    return Figure(
        quantity=row.quantity,
        value=row.value,
        unit=row.unit,
        source=source_ref(row.source),
        as_of=row.as_of,
        note=row.note,
        quote=row.quote,
        is_default=row.is_default,
        reason=row.reason,
        dates=validity(row),
        unlisted=row.unlisted,
    )


def fact(row: orm.Fact) -> Fact:
    """Return a fact with its source; a state also with its value and dates."""
    return Fact(
        row.text,
        source_ref(row.source),
        row.as_of,
        row.quote,
        row.label,
        row.value,
        validity(row),
    )


def facts(items: Iterable[orm.Fact]) -> tuple[Fact, ...]:
    """Return facts, in the order given."""
    return tuple(fact(row) for row in items)


def membership(row: members.Membership) -> Membership:
    """Return a membership with its dated roles and their sources."""
    return Membership(
        member=row.member.name,
        member_key=row.member.key,
        organisation=row.organisation.abbreviation,
        roles=tuple(role(r) for r in row.roles),
        note=row.note,
        organisation_key=row.organisation.key,
        member_kind=row.member.kind,
    )


def role(row: members.MembershipRole) -> Role:
    """Return one dated role with the sources that confirm it."""
    confirmations = (
        Confirmation(source_ref(c.source), c.as_of, c.quote, c.note) for c in row.confirmations
    )
    return Role(row.role, validity(row, confirmations), row.note)


def quote(row: orm.Quote) -> Quote:
    """Return a quote with its speaker and source."""
    speaker = link(row.speaker) if row.speaker is not None else None
    return Quote(
        text=row.text,
        speaker=speaker,
        speaker_name=row.speaker_name,
        speaker_role=row.speaker_role,
        attribution=row.attribution,
        source=source_ref(row.source),
        note=row.note,
        status=row.status,
    )


def item_ref(item: orm.Item) -> ItemRef | None:
    """Return the reference a reader can select for an item, or None (quotes, countries)."""
    if isinstance(item, orm.Country):
        return OVERVIEW_REF if item.key == KAZAKHSTAN else None
    if isinstance(item, rows.OverviewPage):
        return OVERVIEW_REF
    try:
        return ItemRef(ItemKind(item.item_kind), item.key)
    except ValueError:
        return None


def link(item: orm.Item) -> Link | None:
    """Return a titled link to an item, or None when a reader cannot select it."""
    ref = item_ref(item)
    return None if ref is None else Link(ref, item.title, item.search_text)


def links(items: Iterable[orm.Item], *, ordered: bool = True) -> tuple[Link, ...]:
    """Return links to the selectable items, once each; by kind and position if ``ordered``."""
    unique: dict[ItemRef, Link] = {}
    for item in sorted(items, key=item_order) if ordered else items:
        found = link(item)
        if found is not None:
            unique.setdefault(found.ref, found)
    return tuple(unique.values())


def item_order(item: orm.Item) -> tuple[int, str, int]:
    """Order items by kind (as the navigation lists them), events by date, then position."""
    ref = item_ref(item)
    kind = _KIND_ORDER.index(ref.kind) if ref is not None else len(_KIND_ORDER)
    date = sortable_date(item.date) if isinstance(item, rows.Event) else ""
    return kind, date, item.position


def date_order(source: orm.Source) -> tuple[bool, str, int]:
    """Order sources by date (undated last), then as written."""
    return not source.date, sortable_date(source.date), source.position


def source_order(source: orm.Source) -> tuple[bool, bool, str, int]:
    """Order sources: the article first, then by date."""
    return (source.kind != "article", *date_order(source))


def length_order(row: orm.Figure) -> tuple[bool, bool, str, float, int]:
    """Order a segment's lengths: the default source first, then by source date, then value."""
    date = row.source.date
    return not row.is_default, not date, sortable_date(date), row.value, row.position
