"""Turn plain-SQL rows into the records of a detail page, as ``convert`` turns the ORM's rows.

Each SELECT of the plain-SQL readers (``listings``, ``map_listing``, ``detail_listing``) ends a
row with a source's short citation, the columns ``listings.source_ref`` reads, in its order;
a dated row (a fact, a role) with its ends' too, each of those LEFT-joined (NULLs when none).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from sqlite3 import Connection
from typing import Any

from borderdesk.core.language import DEFAULT_LANGUAGE, Language, wording
from borderdesk.core.model import (
    OVERVIEW_REF,
    Fact,
    ItemKind,
    ItemRef,
    Link,
    Membership,
    Quote,
    Role,
    SourceRef,
)
from borderdesk.core.record import frozen
from borderdesk.core.validity import Confirmation, Validity
from borderdesk.data.listings import sortable_date, source_ref
from borderdesk.data.localise import Wordings, asked, current
from borderdesk.data.vocabulary import KAZAKHSTAN

SOURCE = 9  # the columns of one source: id, key, label, title ... series, discontinued
_KIND_ORDER = tuple(ItemKind)  # as ``convert.item_order`` orders items


def optional_source(row: Sequence[Any]) -> SourceRef | None:
    """Return the short citation of a LEFT-joined source, or None when there is none."""
    return source_ref(row) if row[0] is not None else None


def validity(
    since: str, until: str, ends: Sequence[Any], confirmations: Iterable[Confirmation] = ()
) -> Validity:
    """Return when a row holds: ``ends`` are the columns of its two ends' sources."""
    return Validity(
        since=since,
        since_source=optional_source(ends[:SOURCE]),
        until=until,
        until_source=optional_source(ends[SOURCE : 2 * SOURCE]),
        confirmations=tuple(confirmations),
    )


FACT_COLUMNS = "f.id, f.label, f.text, f.as_of, f.quote, f.value, f.since, f.until"


def fact(row: Sequence[Any]) -> Fact:
    """Return a fact from ``FACT_COLUMNS`` and its three sources (as ``convert.fact`` does)."""
    fact_id, label, text, as_of, quote, value, since, until = row[:8]
    w = Wordings()
    return Fact(
        w.text("text", "facts", fact_id, "text", text),
        source_ref(row[8 : 8 + SOURCE]),
        as_of,
        quote,
        label,
        w.text("value", "facts", fact_id, "value", value),
        validity(since, until, row[8 + SOURCE :]),
        quote_translation=w.translation("quote_translation", "facts", fact_id, "quote", quote),
        wording=w.done(),
    )


@frozen
class ItemRow:
    """What a link to an item is made from: its kind, key, title and search words."""

    id: int
    kind: str
    key: str
    position: int
    title: tuple[str, Language]  # in the language read, or the one it fell back to
    search: str
    date: str  # an event's, else ""

    def ref(self) -> ItemRef | None:
        """Return the reference a reader can select (as ``convert.item_ref``), or None."""
        if self.kind == "country":
            return OVERVIEW_REF if self.key == KAZAKHSTAN else None
        if self.kind == "overview":
            return OVERVIEW_REF
        try:
            return ItemRef(ItemKind(self.kind), self.key)
        except ValueError:
            return None

    def order(self) -> tuple[int, str, int]:
        """Order as ``convert.item_order`` does: by kind, events by date, then position."""
        ref = self.ref()
        kind = _KIND_ORDER.index(ref.kind) if ref is not None else len(_KIND_ORDER)
        date = sortable_date(self.date) if self.kind == "event" else ""
        return kind, date, self.position

    def link(self) -> Link | None:
        """Return a titled link to the item (as ``convert.link``), or None."""
        ref = self.ref()
        if ref is None:
            return None
        text, language = self.title
        return Link(ref, text, self.search, wording=wording(asked(), {"title": language}))


_ITEMS = (
    "SELECT i.id, i.item_kind, i.key, i.position, c.name, o.abbreviation, o.name, p.name, "
    "p.role, e.title, e.date, t.name, s.label, s.title, s.publisher, v.title, n.id, n.name "
    "FROM items i LEFT JOIN countries c ON c.id = i.id "
    "LEFT JOIN organisations o ON o.id = i.id LEFT JOIN people p ON p.id = i.id "
    "LEFT JOIN events e ON e.id = i.id LEFT JOIN topics t ON t.id = i.id "
    "LEFT JOIN sources s ON s.id = i.id LEFT JOIN overview v ON v.id = i.id "
    "LEFT JOIN segments g ON g.id = i.id LEFT JOIN countries n ON n.id = g.country_b_id "
    "WHERE i.id IN ({ids})"
)
_ALIASES = (
    "SELECT person_id, alias FROM person_aliases WHERE person_id IN ({ids}) ORDER BY position"
)


def placeholders(count: int) -> str:
    """Return ``?, ?, ?`` for ``count`` parameters."""
    return ", ".join("?" * count)


def items(connection: Connection, ids: Iterable[int]) -> dict[int, ItemRow]:
    """Return the items with these ids, titled as ``convert.title`` titles them."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    found: dict[int, ItemRow] = {}
    people: list[int] = []
    texts = current()
    for row in connection.execute(_ITEMS.format(ids=placeholders(len(wanted))), wanted):
        item_id, kind, key, position = row[:4]
        country, abbreviation, name, person, role, event, date, topic = row[4:12]
        label, source_title, publisher, overview, neighbour_id, neighbour = row[12:]
        title: tuple[str, Language] = (key, DEFAULT_LANGUAGE)
        search = ""
        if kind == "border":
            title = texts.text("countries", neighbour_id, "name", neighbour)
        elif kind == "country":
            title = texts.text("countries", item_id, "name", country)
        elif kind == "organisation":
            title = texts.text("organisations", item_id, "abbreviation", abbreviation)
            search = texts.text("organisations", item_id, "name", name)[0]
        elif kind == "person":
            title = texts.text("people", item_id, "name", person)
            search = role
            people.append(item_id)
        elif kind == "event":
            title = texts.text("events", item_id, "title", event)
        elif kind == "topic":
            title = texts.text("topics", item_id, "name", topic)
        elif kind == "source":
            title = texts.text("sources", item_id, "label", label)
            search = f"{source_title} {publisher}"
        elif kind == "overview":
            title = texts.text("overview", item_id, "title", overview)
        found[item_id] = ItemRow(item_id, kind, key, position, title, search, date or "")
    if people:
        aliases: dict[int, list[str]] = {}
        query = _ALIASES.format(ids=placeholders(len(people)))
        for person_id, alias in connection.execute(query, people):
            aliases.setdefault(person_id, []).append(alias)
        for person_id in people:
            row_ = found[person_id]
            words = " ".join([*aliases.get(person_id, ()), row_.search])
            found[person_id] = ItemRow(
                row_.id, row_.kind, row_.key, row_.position, row_.title, words, row_.date
            )
    return found


def links(rows: Iterable[ItemRow], *, ordered: bool = True) -> tuple[Link, ...]:
    """Return links to the selectable items, once each (as ``convert.links``)."""
    unique: dict[ItemRef, Link] = {}
    for row in sorted(rows, key=ItemRow.order) if ordered else rows:
        found = row.link()
        if found is not None:
            unique.setdefault(found.ref, found)
    return tuple(unique.values())


_LINKS_OUT = "SELECT to_id FROM item_links WHERE from_id = ? ORDER BY position"
_LINKS_IN = "SELECT from_id FROM item_links WHERE to_id = ? ORDER BY position"


def related(connection: Connection, item_id: int) -> list[ItemRow]:
    """Return the items linked to an item either way (as ``queries.related``)."""
    ids = [row[0] for row in connection.execute(_LINKS_OUT, (item_id,))]
    ids += [row[0] for row in connection.execute(_LINKS_IN, (item_id,))]
    found = items(connection, ids)
    return [found[i] for i in ids]


_QUOTES = (
    "SELECT q.id, q.speaker_id, q.speaker_name, q.speaker_role, q.text, q.attribution, "
    "q.status, q.note, s.id, si.key, s.label, s.title, s.publisher, s.edition, s.date, "
    "s.series, s.discontinued FROM item_links l JOIN quotes q ON q.id = l.from_id JOIN items "
    "qi ON qi.id = q.id JOIN sources s ON s.id = q.source_id JOIN items si ON si.id = s.id "
    "WHERE l.to_id = ? ORDER BY qi.position, l.position"
)


def quotes_about(connection: Connection, item_id: int) -> tuple[tuple[Quote, int], ...]:
    """Return the quotes that concern an item in dataset order, each with its source's id."""
    rows = connection.execute(_QUOTES, (item_id,)).fetchall()
    speakers = items(connection, (row[1] for row in rows if row[1] is not None))
    found = []
    for row in rows:
        quote_id, speaker_id, speaker_name, speaker_role, text, attribution, status, note = row[:8]
        speaker = speakers[speaker_id].link() if speaker_id is not None else None
        w = Wordings()
        if speaker is not None:
            w.keep("speaker_name", speaker.wording.language_of("title"))
        quote = Quote(
            text=text,
            speaker=speaker,
            speaker_name=speaker.title if speaker is not None else speaker_name,
            speaker_role=w.text("speaker_role", "quotes", quote_id, "speaker_role", speaker_role),
            attribution=w.text("attribution", "quotes", quote_id, "attribution", attribution),
            source=source_ref(row[8:]),
            note=w.text("note", "quotes", quote_id, "note", note),
            status=status,
            translation=w.translation("translation", "quotes", quote_id, "text", text),
            wording=w.done(),
        )
        found.append((quote, row[8]))
    return tuple(found)


_ROLES = (  # a role rests on no source of its own: only its two ends have theirs
    "SELECT r.membership_id, r.id, r.role, r.note, r.since, r.until, fs.id, fi.key, fs.label, "
    "fs.title, fs.publisher, fs.edition, fs.date, fs.series, fs.discontinued, us.id, ui.key, "
    "us.label, us.title, us.publisher, us.edition, us.date, us.series, us.discontinued FROM "
    "membership_roles r LEFT JOIN sources fs ON fs.id = r.since_source_id LEFT JOIN items fi "
    "ON fi.id = fs.id LEFT JOIN sources us ON us.id = r.until_source_id LEFT JOIN items ui ON "
    "ui.id = us.id WHERE r.membership_id IN ({ids}) ORDER BY r.membership_id, r.position, "
    "r.id"
)
_CONFIRMATIONS = (
    "SELECT c.role_id, c.id, c.as_of, c.quote, c.note, s.id, si.key, s.label, s.title, "
    "s.publisher, s.edition, s.date, s.series, s.discontinued FROM role_confirmations c JOIN "
    "sources s ON s.id = c.source_id JOIN items si ON si.id = s.id WHERE c.role_id IN ({ids}) "
    "ORDER BY c.role_id, c.position, c.id"
)


def memberships(
    connection: Connection, rows: Sequence[Sequence[Any]]
) -> list[tuple[Membership, list[int]]]:
    """Return the memberships of the rows selected (id, note, member key, name, kind, row id,
    organisation key, abbreviation, row id), each with its roles' sources' ids.

    The ids are those ``queries.membership_sources`` lists: each role's ends, then its
    confirmations.
    """
    ids = [row[0] for row in rows]
    roles: dict[int, list[Sequence[Any]]] = {}
    if ids:
        query = _ROLES.format(ids=placeholders(len(ids)))
        for role_row in connection.execute(query, ids):
            roles.setdefault(role_row[0], []).append(role_row[1:])
    role_ids = [role_row[0] for found in roles.values() for role_row in found]
    confirmed: dict[int, list[tuple[Confirmation, int]]] = {}
    if role_ids:
        query = _CONFIRMATIONS.format(ids=placeholders(len(role_ids)))
        for row in connection.execute(query, role_ids):
            confirmed.setdefault(row[0], []).append((_confirmation(row[1:]), row[5]))
    found = []
    for (
        membership_id,
        note,
        member_key,
        member,
        member_kind,
        member_id,
        key,
        abbreviation,
        org,
    ) in rows:
        sources: list[int] = []
        made: list[Role] = []
        for role_id, role, role_note, since, until, *ends in roles.get(membership_id, ()):
            confirmations = confirmed.get(role_id, [])
            sources += [end for end in (ends[0], ends[SOURCE]) if end is not None]
            sources += [source for _, source in confirmations]
            w = Wordings()
            checked = tuple(confirmation for confirmation, _ in confirmations)
            text = w.text("note", "membership_roles", role_id, "note", role_note)
            made.append(Role(role, validity(since, until, ends, checked), text, wording=w.done()))
        w = Wordings()
        membership = Membership(
            member=w.text("member", "countries", member_id, "name", member),
            member_key=member_key,
            organisation=w.text("organisation", "organisations", org, "abbreviation", abbreviation),
            roles=tuple(made),
            note=w.text("note", "memberships", membership_id, "note", note),
            organisation_key=key,
            member_kind=member_kind,
            wording=w.done(),
        )
        found.append((membership, sources))
    return found


def _confirmation(row: Sequence[Any]) -> Confirmation:
    """Return a confirmation from its id, as_of, quote, note and source's columns."""
    confirmation_id, as_of, quote, note = row[:4]
    w = Wordings()
    return Confirmation(
        source_ref(row[4:]),
        as_of,
        quote,
        w.text("note", "role_confirmations", confirmation_id, "note", note),
        quote_translation=w.translation(
            "quote_translation", "role_confirmations", confirmation_id, "quote", quote
        ),
        wording=w.done(),
    )
