"""The borders x organisations grid, read as plain rows: memberships, their roles, sources."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

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
# In id order, which the build gives in the order of the text: no sort, no joins (a large
# pack has 100,000 rows); the member's, the roles' and the sources' columns are looked up by id.
_GRID_MEMBERSHIPS = "SELECT member_id, organisation_id, id, note FROM memberships ORDER BY id"
_GRID_ROLES = (
    "SELECT membership_id, id, role, note, since, since_source_id, until, until_source_id "
    "FROM membership_roles ORDER BY position, id"
)
_GRID_CONFIRMATIONS = (
    "SELECT role_id, id, source_id, as_of, quote, note FROM role_confirmations "
    "ORDER BY position, id"
)
_GRID_COUNTRIES = "SELECT c.id, i.key, c.name, c.kind FROM countries c JOIN items i ON i.id = c.id"
_GRID_SOURCES = (
    "SELECT s.id, i.key, s.label, s.title, s.publisher, s.edition, s.date, s.series, "
    "s.discontinued FROM sources s JOIN items i ON i.id = s.id"
)

Rows = dict[int, list[Sequence[Any]]]


def organisation_grid(
    session: Session, on: date, ranked: Sequence[BorderSummary]
) -> OrganisationGrid:
    """Return the borders x organisations grid, from every membership record and its roles.

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
    abbreviations: dict[int, tuple[str, str]] = {}  # (key, abbreviation) by row id
    titles: dict[int, str] = {}  # an organisation's title (its abbreviation, translated)
    for key, row_id, abbreviation, name, after in connection.exec_driver_sql(_GRID_ORGANISATIONS):
        title, language = current().text("organisations", row_id, "abbreviation", abbreviation)
        abbreviations[row_id], titles[row_id] = (key, abbreviation), title
        link = Link(
            ItemRef(ItemKind.ORGANISATION, key),
            title,
            name,
            wording=wording(asked(), {"title": language}),
        )
        organisations.append(GridOrganisation(link, after or ""))
    # The driver's own cursor: SQLAlchemy's rows cost more than the query for 100,000 of them.
    driver = connection.connection.driver_connection
    assert driver is not None  # noqa: S101 - an open session's connection has one
    raw: dict[str, list[tuple[int, Sequence[Any]]]] = {}
    for number, row in enumerate(driver.execute(_GRID_MEMBERSHIPS).fetchall()):
        raw.setdefault(titles[row[1]], []).append((number, row))
    roles: Rows = {}
    for row in driver.execute(_GRID_ROLES).fetchall():
        roles.setdefault(row[0], []).append(row)
    confirmations: Rows = {}
    for row in driver.execute(_GRID_CONFIRMATIONS).fetchall():
        confirmations.setdefault(row[0], []).append(row)
    lookups = _Lookups(
        countries={row[0]: row[1:] for row in driver.execute(_GRID_COUNTRIES).fetchall()},
        sources={row[0]: row for row in driver.execute(_GRID_SOURCES).fetchall()},
        organisations=abbreviations,
        roles=roles,
        confirmations=confirmations,
    )
    memberships = _Memberships(raw, lookups, current())
    return build_grid(borders, organisations, memberships, home=KAZAKHSTAN, on=on)


@dataclass(frozen=True)
class _Lookups:
    """What a membership row refers to by id: members, organisations, roles, sources."""

    countries: dict[int, Sequence[Any]]  # (key, name, kind)
    sources: dict[int, Sequence[Any]]
    organisations: dict[int, tuple[str, str]]  # (key, abbreviation)
    roles: Rows  # by membership id
    confirmations: Rows  # by role id


class _Memberships(Mapping[str, Sequence[tuple[int, Membership]]]):
    """Each organisation's membership records, made into records when its column is read.

    A large pack has 100,000 of them and a table view shows a few columns at a time.
    """

    def __init__(
        self, raw: dict[str, list[tuple[int, Sequence[Any]]]], lookups: _Lookups, texts: Texts
    ) -> None:
        self._raw = raw
        self._lookups = lookups
        self._texts = texts  # the translations the grid was asked in, for later reads
        self._made: dict[str, list[tuple[int, Membership]]] = {}
        self._sources: dict[int, SourceRef] = {}

    def __getitem__(self, title: str) -> list[tuple[int, Membership]]:
        made = self._made.get(title)
        if made is None:
            rows = self._raw[title]
            with reading_in(self._texts):
                made = [(number, self._membership(row)) for number, row in rows]
            self._made[title] = made
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def _source(self, source_id: int | None) -> SourceRef | None:
        if source_id is None:
            return None
        source = self._sources.get(source_id)
        if source is None:
            row = self._lookups.sources[source_id]
            source = self._sources[source_id] = listings.source_ref(row)
        return source

    def _membership(self, row: Sequence[Any]) -> Membership:
        """Return a membership record from a ``_GRID_MEMBERSHIPS`` row, as ``convert`` does."""
        member_id, organisation, row_id, note = row
        member, name, kind = self._lookups.countries[member_id]
        key, abbreviation = self._lookups.organisations[organisation]
        roles = tuple(self._role(r) for r in self._lookups.roles.get(row_id, ()))
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

    def _role(self, row: Sequence[Any]) -> Role:
        """Return one dated role from a ``_GRID_ROLES`` row, with its confirmations."""
        _, row_id, role, note, since, since_source, until, until_source = row
        confirmations = tuple(
            self._confirmation(c) for c in self._lookups.confirmations.get(row_id, ())
        )
        validity = Validity(
            since, self._source(since_source), until, self._source(until_source), confirmations
        )
        if asked() == DEFAULT_LANGUAGE:
            return Role(role, validity, note)
        w = Wordings()
        note = w.text("note", "membership_roles", row_id, "note", note)
        return Role(role, validity, note, wording=w.done())

    def _confirmation(self, row: Sequence[Any]) -> Confirmation:
        """Return a source's confirmation of a role from a ``_GRID_CONFIRMATIONS`` row."""
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
