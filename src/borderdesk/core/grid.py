"""Borders x organisations: which organisations each neighbour shares with Kazakhstan, when.

Computed from the membership records with the one validity rule (``core.roles``): at the
article's date (c. 2012) and at the date viewed. The article's undated statements confirm a
membership for 2012 only; a membership whose end is unknown is shown as last confirmed.

A large pack's grid has millions of cells: the records are grouped by organisation and member
once, and a cell is worked out when it is first read (a table view reads the cells it shows).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from borderdesk.core.as_of import ARTICLE_DATE
from borderdesk.core.lazy import Lazy
from borderdesk.core.model import Link, Membership, SourceRef
from borderdesk.core.pages import (
    ARTICLE_YEAR,
    GridCell,
    GridColumn,
    GridRow,
    GridStatus,
    OrganisationGrid,
    Standing,
)
from borderdesk.core.record import frozen
from borderdesk.core.roles import Group, MemberStanding, standing_on
from borderdesk.core.validity import Standing as Validity

MAX_EVIDENCE = 3  # sources cited for "not in the member list"


@frozen
class GridOrganisation:
    """An organisation as the grid needs it: its link (title = abbreviation), its successor."""

    link: Link
    successor: str = ""  # key of the organisation it was folded into, or ""


def columns(organisations: Sequence[GridOrganisation]) -> list[tuple[str, list[Link]]]:
    """Group organisations into columns: each chain of predecessors with its last successor."""
    by_key = {o.link.ref.key: o for o in organisations}

    def last(org: GridOrganisation) -> str:
        seen = {org.link.ref.key}
        while org.successor and org.successor in by_key and org.successor not in seen:
            org = by_key[org.successor]
            seen.add(org.link.ref.key)
        return org.link.ref.key

    groups: dict[str, list[Link]] = {}
    for org in organisations:
        groups.setdefault(last(org), []).append(org.link)
    result = []
    for final, links in groups.items():
        earlier = [link.title for link in links if link.ref.key != final]
        title = by_key[final].link.title
        result.append((f"{', '.join(earlier)} → {title}" if earlier else title, links))
    return result


class _Column:
    """The membership records of one column, by member."""

    def __init__(self, links: list[Link], by_organisation: Mapping[str, Numbered]) -> None:
        self.order = [link.title for link in links]
        numbered = (
            pair for name in dict.fromkeys(self.order) for pair in by_organisation.get(name, ())
        )
        self.rows = [m for _, m in sorted(numbered, key=lambda pair: pair[0])]  # as recorded
        self._by_member: dict[str, list[Membership]] = {}
        for m in self.rows:
            self._by_member.setdefault(m.member_key, []).append(m)
        self._home_in: dict[tuple[str, date], set[str]] = {}
        self._listed: dict[date, list[Membership]] = {}

    def standings(self, member: str, on: date) -> list[MemberStanding]:
        found = (standing_on(m, on) for m in self._by_member.get(member, ()))
        return [s for s in found if s is not None]

    def status(self, home: str, member: str, on: date) -> tuple[GridStatus, list[Membership]]:
        """Return the member's standing on a day and the records it rests on."""
        home_in = self._home_in.get((home, on))
        if home_in is None:
            counted = (s for s in self.standings(home, on) if s.is_counted)
            home_in = self._home_in[home, on] = {s.membership.organisation for s in counted}
        mine = self.standings(member, on)
        shared = [s for s in mine if s.is_counted and s.membership.organisation in home_in]
        if shared:
            standing = (
                Standing.SHARED if any(s.is_full_member for s in shared) else (Standing.SUSPENDED)
            )
            return self._status(standing, shared), [s.membership for s in shared]
        associated = [s for s in mine if s.group in (Group.OBSERVERS, Group.PARTNERS)]
        if associated and home_in:
            return self._status(Standing.OBSERVER, associated), [s.membership for s in associated]
        former = [s for s in mine if s.group is Group.FORMER]
        if former:
            latest = max(former, key=lambda s: s.role.validity.end() or date.min)
            status = GridStatus(Standing.FORMER, self._names([latest]), latest.role.validity.until)
            return status, [latest.membership]
        explicit = [s for s in mine if s.group is Group.NOT_MEMBERS]
        if explicit:
            return GridStatus(Standing.NOT_MEMBER), [s.membership for s in explicit]
        # No record of its own: the member list on that day is the evidence.
        return GridStatus(Standing.NOT_MEMBER), self._evidence(on)

    def _evidence(self, on: date) -> list[Membership]:
        listed = self._listed.get(on)
        if listed is None:
            first: dict[str, Membership] = {}
            for m in self.rows:
                if len(first) == MAX_EVIDENCE:
                    break
                s = standing_on(m, on)
                if s is not None and s.is_counted:
                    for source in m.sources[:1]:
                        first.setdefault(source.id, m)
            listed = self._listed[on] = list(first.values())
        return listed

    def _status(self, standing: Standing, rows: Sequence[MemberStanding]) -> GridStatus:
        starts = [s.role.validity.since for s in rows if s.role.validity.since]
        confirmed = all(s.standing is Validity.HOLDS for s in rows)
        last = [s.role.validity.last_confirmed() for s in rows]
        seen = max((c.as_of for c in last if c is not None), default="")
        return GridStatus(
            standing,
            self._names(rows),
            min(starts, key=lambda text: text) if starts else "",
            confirmed=confirmed,
            last_confirmed="" if confirmed else seen,
        )

    def _names(self, rows: Iterable[MemberStanding]) -> tuple[str, ...]:
        found = {s.membership.organisation for s in rows}
        return tuple(name for name in self.order if name in found)


class LazyCells(Lazy[GridCell]):
    """A row's cells, each worked out when first read and then kept."""


def _unique_sources(rows: Iterable[Membership]) -> tuple[SourceRef, ...]:
    return tuple(dict.fromkeys(source for m in rows for source in m.sources))


def _notes(rows: Iterable[Membership]) -> tuple[str, ...]:
    """Keep what explains a gap: the notes of the neighbour's own records."""
    notes = [m.note for m in rows if m.note]
    notes += [role.note for m in rows for role in m.roles if role.note]
    return tuple(dict.fromkeys(notes))


Numbered = Sequence[tuple[int, Membership]]  # records with their place in the whole list


def build_grid(
    borders: Sequence[tuple[Link, str]],
    organisations: Sequence[GridOrganisation],
    memberships: Sequence[Membership] | Mapping[str, Numbered],
    *,
    home: str,
    on: date,
) -> OrganisationGrid:
    """Return the grid at the article's date and on ``on``: a row per border, a column per chain.

    ``memberships`` is every record in order, or (for a large pack, read as a column is
    first shown) each organisation's records by its title, numbered in that order.
    """
    grouped = columns(organisations)
    by_organisation: Mapping[str, Numbered]
    if isinstance(memberships, Mapping):
        by_organisation = memberships
    else:
        grouping: dict[str, list[tuple[int, Membership]]] = defaultdict(list)
        for number, m in enumerate(memberships):
            grouping[m.organisation].append((number, m))
        by_organisation = grouping
    parts: list[_Column | None] = [None] * len(grouped)  # each made when first read

    def part(index: int) -> _Column:
        column = parts[index]
        if column is None:
            column = parts[index] = _Column(grouped[index][1], by_organisation)
        return column

    def cells(neighbour: str) -> LazyCells:
        def cell(index: int) -> GridCell:
            column = part(index)
            then, then_rows = column.status(home, neighbour, ARTICLE_DATE)
            now, now_rows = column.status(home, neighbour, on)
            used = [*then_rows, *now_rows]
            own = [m for m in used if m.member_key == neighbour]
            return GridCell(then, now, _unique_sources(used), _notes(own))

        return LazyCells(len(parts), cell)

    rows = [GridRow(border, neighbour, cells(neighbour)) for border, neighbour in borders]
    return OrganisationGrid(
        then_label=ARTICLE_YEAR,
        then_date=ARTICLE_DATE.isoformat(),
        now_date=on.isoformat(),
        columns=tuple(GridColumn(title, tuple(links)) for title, links in grouped),
        rows=tuple(rows),
    )
