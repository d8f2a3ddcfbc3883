"""Turn ORM rows into the frozen core records the screens show, and order them."""

from __future__ import annotations

from collections.abc import Iterable

from borderdesk.core.language import DEFAULT_LANGUAGE, Language, wording
from borderdesk.core.model import (
    OVERVIEW_REF,
    Fact,
    Figure,
    ItemKind,
    ItemRef,
    Link,
    Membership,
    Quote,
    Source,
    SourceRef,
)
from borderdesk.data import model_rows as rows
from borderdesk.data import models as orm
from borderdesk.data.listings import sortable_date as sortable_date  # one rule for both readers
from borderdesk.data.localise import Wordings, asked, current
from borderdesk.data.map_rows import MapFeature
from borderdesk.data.records import KAZAKHSTAN

_KIND_ORDER = tuple(ItemKind)  # overview, border, organisation, topic, person, event, source


def source_ref(source: orm.Source) -> SourceRef:
    """Return the short citation of a source."""
    w = Wordings()
    return SourceRef(
        source.key,
        w.text("label", *at(source, "label"), source.label),
        source.title_text,
        source.publisher,
        w.text("edition", *at(source, "edition"), source.edition),
        source.date,
        wording=w.done(),
    )


def full_source(source: orm.Source) -> Source:
    """Return the full source record."""
    w = Wordings()
    return Source(
        ref=source_ref(source),
        author=source.author,
        date=source.date,
        url=source.url,
        covers=w.text("covers", *at(source, "covers"), source.covers),
        note=w.text("note", *at(source, "note"), source.note),
        kind=source.kind,
        wording=w.done(),
    )


def figure(row: orm.Figure) -> Figure:
    """Return a figure with its source."""
    w = Wordings()
    return Figure(
        quantity=row.quantity,
        value=row.value,
        unit=row.unit,
        source=source_ref(row.source),
        as_of=row.as_of,
        note=w.text("note", *at(row, "note"), row.note),
        quote=row.quote,
        is_default=row.is_default,
        reason=w.text("reason", *at(row, "reason"), row.reason),
        quote_translation=w.translation("quote_translation", *at(row, "quote"), row.quote),
        wording=w.done(),
    )


def fact(row: orm.Fact) -> Fact:
    """Return a fact with its source."""
    w = Wordings()
    return Fact(
        w.text("text", *at(row, "text"), row.text),
        source_ref(row.source),
        row.as_of,
        row.quote,
        row.label,
        quote_translation=w.translation("quote_translation", *at(row, "quote"), row.quote),
        wording=w.done(),
    )


def facts(items: Iterable[orm.Fact]) -> tuple[Fact, ...]:
    """Return facts, in the order given."""
    return tuple(fact(row) for row in items)


def membership(row: orm.Membership) -> Membership:
    """Return a membership with its source."""
    w = Wordings()
    member = row.member
    organisation = row.organisation
    return Membership(
        member=w.text("member", *at(member, "name"), member.name),
        member_key=member.key,
        organisation=w.text(
            "organisation", *at(organisation, "abbreviation"), organisation.abbreviation
        ),
        role=row.role,
        since=row.since,
        until=row.until,
        source=source_ref(row.source),
        note=w.text("note", *at(row, "note"), row.note),
        quote=row.quote,
        quote_translation=w.translation("quote_translation", *at(row, "quote"), row.quote),
        wording=w.done(),
    )


def quote(row: orm.Quote) -> Quote:
    """Return a quote with its speaker and source; the words stay as said, ours go under them."""
    speaker = link(row.speaker) if row.speaker is not None else None
    w = Wordings()
    if speaker is not None:
        w.keep("speaker_name", speaker.wording.language_of("title"))
    return Quote(
        text=row.text,
        speaker=speaker,
        speaker_name=speaker.title if speaker is not None else row.speaker_name,
        speaker_role=w.text("speaker_role", *at(row, "speaker_role"), row.speaker_role),
        attribution=w.text("attribution", *at(row, "attribution"), row.attribution),
        source=source_ref(row.source),
        note=w.text("note", *at(row, "note"), row.note),
        status=row.status,
        translation=w.translation("translation", *at(row, "text"), row.text),
        wording=w.done(),
    )


def title(item: orm.Item) -> tuple[str, Language]:
    """Return the name a reader sees for an item, in the language asked for or its fallback."""
    if isinstance(item, orm.Segment):  # a border is named after the neighbour
        return current().text(*at(item.neighbour, "name"), item.neighbour.name)
    column = _TITLE_COLUMN.get(item.__tablename__)
    if column is None:
        return item.title, DEFAULT_LANGUAGE
    return current().text(item.__tablename__, item.id, column, item.title)


def titled(w: Wordings, name: str, item: orm.Item) -> str:
    """Return an item's title for field ``name`` of a record, noting its language in ``w``."""
    text, language = title(item)
    w.keep(name, language)
    return text


# The column holding each kind's title (``Item.title``), where the title is a column's text.
_TITLE_COLUMN = {
    "countries": "name",
    "organisations": "abbreviation",
    "people": "name",
    "events": "title",
    "topics": "name",
    "sources": "label",
    "overview": "title",
}


Row = orm.Item | orm.Fact | orm.Figure | orm.Membership | MapFeature


def at(row: Row, column: str) -> tuple[str, int, str]:
    """Return where a column's translations are kept: table, row id, column."""
    return str(row.__tablename__), row.id, column


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


def ref_of(kind: str, key: str) -> ItemRef | None:
    """Return the reference of an item from its kind and key, as ``item_ref`` does."""
    if kind == "country":
        return OVERVIEW_REF if key == KAZAKHSTAN else None
    if kind == "overview":
        return OVERVIEW_REF
    try:
        return ItemRef(ItemKind(kind), key)
    except ValueError:
        return None


def kind_order(ref: ItemRef, date: str, position: int) -> tuple[int, str, int]:
    """Order a reference as ``item_order`` orders its item (``date`` is an event's)."""
    dated = sortable_date(date) if ref.kind is ItemKind.EVENT else ""
    return _KIND_ORDER.index(ref.kind), dated, position


def link(item: orm.Item) -> Link | None:
    """Return a titled link to an item, or None when a reader cannot select it."""
    ref = item_ref(item)
    if ref is None:
        return None
    text, language = title(item)
    return Link(ref, text, search_words(item), wording=wording(asked(), {"title": language}))


def search_words(item: orm.Item) -> str:
    """Return the words a search finds an item by: an organisation's full name translated."""
    if isinstance(item, orm.Organisation):
        return current().text(*at(item, "name"), item.name)[0]
    return item.search_text


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
