"""The borders x organisations grid, read as plain rows: memberships, their roles, sources."""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from sqlite3 import Connection
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection

from borderdesk.core.grid import GridOrganisation, build_grid
from borderdesk.core.language import DEFAULT_LANGUAGE, wording
from borderdesk.core.model import (
    BorderSummary,
    ItemKind,
    ItemRef,
    Link,
    Membership,
    Role,
    SourceRef,
)
from borderdesk.core.pages import OrganisationGrid
from borderdesk.core.validity import Confirmation, Validity
from borderdesk.data import listings
from borderdesk.data.localise import Texts, Wordings, asked, current, reading_in
from borderdesk.data.records import KAZAKHSTAN

_GRID_NEIGHBOURS = (
    "SELECT i.key, n.key FROM segments g JOIN items i ON i.id = g.id "
    "JOIN items n ON n.id = g.country_b_id"
)
_GRID_ORGANISATIONS = (
    "SELECT i.key, o.id, o.abbreviation, o.name, s.key FROM organisations o "
    "JOIN items i ON i.id = o.id LEFT JOIN items s ON s.id = o.successor_id "
    "ORDER BY i.position, i.id"
)
# One organisation column's records, read when the column is first shown (a large pack has
# 100,000 memberships and a table view shows a few columns): in id order, which the build
# gives in the order of the text; the roles and confirmations of those records in the order
# of the whole list; members and sources looked up by id once each. ``{ids}`` is a list of
# placeholders, one for each organisation of the same title.
_COLUMN_MEMBERSHIPS = (
    "SELECT member_id, organisation_id, id, note FROM memberships "
    "WHERE organisation_id IN ({ids}) ORDER BY id"
)
_COLUMN_ROLES = (
    "SELECT r.membership_id, r.id, r.role, r.note, r.since, r.since_source_id, r.until, "
    "r.until_source_id FROM membership_roles r JOIN memberships m ON m.id = r.membership_id "
    "WHERE m.organisation_id IN ({ids}) ORDER BY r.position, r.id"
)
_COLUMN_CONFIRMATIONS = (
    "SELECT c.role_id, c.id, c.source_id, c.as_of, c.quote, c.note FROM role_confirmations c "
    "JOIN membership_roles r ON r.id = c.role_id JOIN memberships m ON m.id = r.membership_id "
    "WHERE m.organisation_id IN ({ids}) ORDER BY c.position, c.id"
)
_COUNTRIES = (
    "SELECT c.id, i.key, c.name, c.kind FROM countries c JOIN items i ON i.id = c.id "
    "WHERE c.id IN ({ids})"
)
_SOURCES = (
    "SELECT s.id, i.key, s.label, s.title, s.publisher, s.edition, s.date, s.series, "
    "s.discontinued FROM sources s JOIN items i ON i.id = s.id WHERE s.id IN ({ids})"
)
_WITH_MEMBERSHIPS = "SELECT DISTINCT organisation_id FROM memberships"
_LOOKUP_CHUNK = 500  # ids a lookup asks for at once (SQLite takes 32,766 parameters at most)

Rows = dict[int, list[Sequence[Any]]]


def organisation_grid(
    session: Session, on: date, ranked: Sequence[BorderSummary]
) -> OrganisationGrid:
    """Return the borders x organisations grid, from every membership record and its roles.

    Read as plain rows, not ORM objects, and each organisation's records only when its column
    is first read: a large pack holds 100,000 memberships, and the grid works a cell out only
    when it is read. Names and notes are picked in the language asked for, as ``convert``
    picks them.
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
    abbreviations: dict[int, tuple[str, str]] = {}  # (key, abbreviation) by row id
    by_title: dict[str, list[int]] = {}  # the row ids of the organisations of each title
    for key, row_id, abbreviation, name, after in connection.exec_driver_sql(_GRID_ORGANISATIONS):
        title, language = current().text("organisations", row_id, "abbreviation", abbreviation)
        abbreviations[row_id] = (key, abbreviation)
        by_title.setdefault(title, []).append(row_id)
        link = Link(
            ItemRef(ItemKind.ORGANISATION, key),
            title,
            name,
            wording=wording(asked(), {"title": language}),
        )
        organisations.append(GridOrganisation(link, after or ""))
    driver, pooled = _own_connection(session)
    memberships = _Memberships(by_title, abbreviations, driver, current())
    weakref.finalize(memberships, pooled.close)
    return build_grid(borders, organisations, memberships, home=KAZAKHSTAN, on=on)


def _own_connection(session: Session) -> tuple[Connection, PoolProxiedConnection]:
    """Return a connection of the session's engine for the grid's later reads, and its closer.

    Opened with the grid and taken out of the pool: the columns read through it after the
    session is closed read the file the grid was read from (a pack imported again replaces
    its file), and a grid kept on screen holds none of the connections pages read through.
    Closed with the grid. Read through the driver's own cursor: SQLAlchemy's rows cost more
    than the query for thousands of them.
    """
    pooled = session.get_bind().engine.raw_connection()
    driver = pooled.driver_connection  # asked first: once detached, the proxy has no record
    pooled.detach()
    assert isinstance(driver, Connection)  # noqa: S101 - the engine is sqlite3's
    return driver, pooled


def _placeholders(count: int) -> str:
    return ", ".join("?" * count)


@dataclass
class _Column:
    """The rows of one title's records: memberships, and their roles and confirmations."""

    memberships: list[Sequence[Any]]
    roles: Rows  # by membership id
    confirmations: Rows  # by role id


class _Memberships(Mapping[str, Sequence[tuple[int, Membership]]]):
    """Each organisation's membership records by its title, read when its column is read.

    A large pack has 100,000 of them and a table view shows a few columns at a time. Each
    record is numbered by its id: the build numbers them in the order of the text.
    """

    def __init__(
        self,
        by_title: dict[str, list[int]],
        organisations: dict[int, tuple[str, str]],
        connection: Connection,
        texts: Texts,
    ) -> None:
        self._by_title = by_title
        self._organisations = organisations  # (key, abbreviation) by row id
        self._connection = connection  # the grid's own, closed with it
        self._texts = texts  # the translations the grid was asked in, for later reads
        self._made: dict[str, list[tuple[int, Membership]]] = {}
        self._countries: dict[int, Sequence[Any]] = {}  # (key, name, kind) by row id
        self._source_rows: dict[int, Sequence[Any]] = {}
        self._sources: dict[int, SourceRef] = {}
        self._titles: list[str] | None = None  # the titles that have records

    def __getitem__(self, title: str) -> list[tuple[int, Membership]]:
        made = self._made.get(title)
        if made is None:
            ids = self._by_title.get(title)
            column = self._read(ids) if ids else None
            with reading_in(self._texts):
                made = [] if column is None else self._records(column)
            self._made[title] = made
        if not made:
            raise KeyError(title)
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._with_records())

    def __len__(self) -> int:
        return len(self._with_records())

    def _with_records(self) -> list[str]:
        if self._titles is None:
            used = {row[0] for row in self._connection.execute(_WITH_MEMBERSHIPS)}
            self._titles = [t for t, ids in self._by_title.items() if used.intersection(ids)]
        return self._titles

    def _read(self, ids: list[int]) -> _Column:
        """Read the rows of the organisations ``ids`` (of one title) and what they refer to."""
        marks = _placeholders(len(ids))
        connection = self._connection
        rows = connection.execute(_COLUMN_MEMBERSHIPS.format(ids=marks), ids).fetchall()
        roles: Rows = {}
        for row in connection.execute(_COLUMN_ROLES.format(ids=marks), ids):
            roles.setdefault(row[0], []).append(row)
        confirmations: Rows = {}
        for row in connection.execute(_COLUMN_CONFIRMATIONS.format(ids=marks), ids):
            confirmations.setdefault(row[0], []).append(row)
        members = {row[0] for row in rows}
        self._look_up(connection, _COUNTRIES, members, self._countries, whole=False)
        cited = {r[i] for found in roles.values() for r in found for i in (5, 7)}
        cited |= {c[2] for found in confirmations.values() for c in found}
        self._look_up(connection, _SOURCES, cited - {None}, self._source_rows, whole=True)
        return _Column(rows, roles, confirmations)

    @staticmethod
    def _look_up(
        connection: Connection,
        query: str,
        wanted: set[Any],
        found: dict[int, Sequence[Any]],
        *,
        whole: bool,
    ) -> None:
        """Read the rows of the ids not read yet into ``found`` (the id kept in it if whole)."""
        missing = sorted(wanted.difference(found))
        for start in range(0, len(missing), _LOOKUP_CHUNK):
            chunk = missing[start : start + _LOOKUP_CHUNK]
            for row in connection.execute(query.format(ids=_placeholders(len(chunk))), chunk):
                found[row[0]] = row if whole else row[1:]

    def _records(self, column: _Column) -> list[tuple[int, Membership]]:
        return [(row[2], self._membership(row, column)) for row in column.memberships]

    def _source(self, source_id: int | None) -> SourceRef | None:
        if source_id is None:
            return None
        source = self._sources.get(source_id)
        if source is None:
            row = self._source_rows[source_id]
            source = self._sources[source_id] = listings.source_ref(row)
        return source

    def _membership(self, row: Sequence[Any], column: _Column) -> Membership:
        """Return a membership record from a ``_COLUMN_MEMBERSHIPS`` row, as ``convert`` does."""
        member_id, organisation, row_id, note = row
        member, name, kind = self._countries[member_id]
        key, abbreviation = self._organisations[organisation]
        roles = tuple(self._role(r, column) for r in column.roles.get(row_id, ()))
        if asked() == DEFAULT_LANGUAGE:  # nothing to pick
            return Membership(
                name, member, abbreviation, roles, note, organisation_key=key, member_kind=kind
            )
        w = Wordings()
        return Membership(
            member=w.text("member", "countries", member_id, "name", name),
            member_key=member,
            organisation=w.text(
                "organisation", "organisations", organisation, "abbreviation", abbreviation
            ),
            roles=roles,
            note=w.text("note", "memberships", row_id, "note", note),
            organisation_key=key,
            member_kind=kind,
            wording=w.done(),
        )

    def _role(self, row: Sequence[Any], column: _Column) -> Role:
        """Return one dated role from a ``_COLUMN_ROLES`` row, with its confirmations."""
        _, row_id, role, note, since, since_source, until, until_source = row
        confirmations = tuple(self._confirmation(c) for c in column.confirmations.get(row_id, ()))
        validity = Validity(
            since, self._source(since_source), until, self._source(until_source), confirmations
        )
        if asked() == DEFAULT_LANGUAGE:
            return Role(role, validity, note)
        w = Wordings()
        note = w.text("note", "membership_roles", row_id, "note", note)
        return Role(role, validity, note, wording=w.done())

    def _confirmation(self, row: Sequence[Any]) -> Confirmation:
        """Return a source's confirmation of a role from a ``_COLUMN_CONFIRMATIONS`` row."""
        _, row_id, source_id, as_of, quote, note = row
        source = self._source(source_id)
        assert source is not None  # noqa: S101 - the column is NOT NULL
        if asked() == DEFAULT_LANGUAGE:
            return Confirmation(source, as_of, quote, note)
        w = Wordings()
        return Confirmation(
            source,
            as_of,
            quote,
            w.text("note", "role_confirmations", row_id, "note", note),
            quote_translation=w.translation(
                "quote_translation", "role_confirmations", row_id, "quote", quote
            ),
            wording=w.done(),
        )
