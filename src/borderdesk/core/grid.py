"""Borders x organisations: which organisations each neighbour shares with Kazakhstan, when.

Computed from the membership records and their dates (plain Python). Undated records are
read by their source: the article's describe its own date; other undated ones hold from
their source's date on, or only now when the source is undated too.

A large pack's grid has millions of cells: the records are grouped by organisation and member
once, and a cell is worked out when it is first read (a table view reads the cells it shows).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import overload

from borderdesk.core.compare import sortable_date
from borderdesk.core.model import Link, Membership, SourceRef
from borderdesk.core.pages import (
    ARTICLE_ID,
    ARTICLE_YEAR,
    GridCell,
    GridColumn,
    GridRow,
    GridStatus,
    OrganisationGrid,
    Standing,
)

THEN_DATE = f"{ARTICLE_YEAR}-06"  # mid-2012: the article is inferred early-to-mid 2012
MAX_EVIDENCE = 3  # sources cited for "not in the member list"


@dataclass(frozen=True)
class GridOrganisation:
    """An organisation as the grid needs it: its link (title = abbreviation), its successor."""

    link: Link
    successor: str = ""  # key of the organisation it was folded into, or ""


def is_member_role(role: str) -> bool:
    """Tell whether a role is a membership (member, founding or former member, chair)."""
    text = role.lower()
    return ("member" in text and "non-member" not in text) or "chair" in text


def holds(membership: Membership, date: str, *, at_article_date: bool) -> bool:
    """Tell whether a membership record holds at ``date``."""
    m = membership
    if m.source.id == ARTICLE_ID and not m.since and not m.until:
        return at_article_date
    start = m.since or m.source.date
    if not start:
        return not at_article_date
    if sortable_date(start) > date:
        return False
    return not (m.until and sortable_date(m.until) <= date)


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
        self._home_in: dict[tuple[str, str, bool], set[str]] = {}
        self._listed: dict[tuple[str, bool], list[Membership]] = {}

    def of(self, member: str) -> list[Membership]:
        return self._by_member.get(member, [])

    def status(
        self, home: str, member: str, date: str, *, then: bool
    ) -> tuple[GridStatus, list[Membership]]:
        """Return the member's standing at ``date`` and the records it rests on."""

        def at(m: Membership) -> bool:
            return holds(m, date, at_article_date=then)

        home_in = self._home_in.get((home, date, then))
        if home_in is None:
            home_in = {m.organisation for m in self.of(home) if is_member_role(m.role) and at(m)}
            self._home_in[home, date, then] = home_in
        mine = self.of(member)
        shared = [m for m in mine if is_member_role(m.role) and at(m) and m.organisation in home_in]
        if shared:
            return GridStatus(Standing.SHARED, self._names(shared), _earliest(shared)), shared
        observing = [m for m in mine if "observer" in m.role.lower() and at(m)]
        if observing and home_in:
            status = GridStatus(Standing.OBSERVER, self._names(observing), _earliest(observing))
            return status, observing
        ended = [m for m in mine if is_member_role(m.role) and m.until and _ended(m, date)]
        if ended:
            latest = max(ended, key=lambda m: sortable_date(m.until))
            return GridStatus(Standing.FORMER, self._names([latest]), latest.until), [latest]
        explicit = [m for m in mine if "non-member" in m.role.lower() and at(m)]
        if explicit:
            return GridStatus(Standing.NOT_MEMBER), explicit
        # No record of its own: the member list at that date is the evidence.
        return GridStatus(Standing.NOT_MEMBER), self._evidence(date, then=then)

    def _evidence(self, date: str, *, then: bool) -> list[Membership]:
        listed = self._listed.get((date, then))
        if listed is None:
            first: dict[str, Membership] = {}
            for m in self.rows:
                if len(first) == MAX_EVIDENCE:
                    break
                if is_member_role(m.role) and holds(m, date, at_article_date=then):
                    first.setdefault(m.source.id, m)
            listed = self._listed[date, then] = list(first.values())
        return listed

    def _names(self, rows: Iterable[Membership]) -> tuple[str, ...]:
        found = {m.organisation for m in rows}
        return tuple(name for name in self.order if name in found)


class LazyCells(Sequence[GridCell]):
    """A row's cells, each worked out when first read and then kept."""

    def __init__(self, count: int, compute: Callable[[int], GridCell]) -> None:
        self._cells: list[GridCell | None] = [None] * count
        self._compute = compute

    def __len__(self) -> int:
        return len(self._cells)

    @overload
    def __getitem__(self, index: int) -> GridCell: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[GridCell, ...]: ...

    def __getitem__(self, index: int | slice) -> GridCell | tuple[GridCell, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        cell = self._cells[index]
        if cell is None:
            cell = self._cells[index] = self._compute(index % len(self._cells))
        return cell

    def __iter__(self) -> Iterator[GridCell]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))


def _ended(membership: Membership, date: str) -> bool:
    return sortable_date(membership.until) <= date


def _earliest(rows: Sequence[Membership]) -> str:
    dated = [m.since for m in rows if m.since]
    return min(dated, key=sortable_date) if dated else ""


def _unique_sources(rows: Iterable[Membership]) -> tuple[SourceRef, ...]:
    return tuple({m.source.id: m.source for m in rows}.values())


def _notes(rows: Iterable[Membership]) -> tuple[str, ...]:
    """Keep what explains a gap: notes on non-member, observer and former-member records."""
    wanted = ("non-member", "observer", "former")
    notes = (m.note for m in rows if m.note and any(w in m.role.lower() for w in wanted))
    return tuple(dict.fromkeys(notes))


Numbered = Sequence[tuple[int, Membership]]  # records with their place in the whole list


def build_grid(
    borders: Sequence[tuple[Link, str]],
    organisations: Sequence[GridOrganisation],
    memberships: Sequence[Membership] | Mapping[str, Numbered],
    *,
    home: str,
    now_date: str,
) -> OrganisationGrid:
    """Return the grid: one row per border (link, neighbour key), one column per chain.

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
            then, then_rows = column.status(home, neighbour, THEN_DATE, then=True)
            now, now_rows = column.status(home, neighbour, now_date, then=False)
            used = [*then_rows, *now_rows]
            own = [m for m in used if m.member_key == neighbour]
            return GridCell(then, now, _unique_sources(used), _notes(own))

        return LazyCells(len(parts), cell)

    rows = [GridRow(border, neighbour, cells(neighbour)) for border, neighbour in borders]
    return OrganisationGrid(
        then_label=ARTICLE_YEAR,
        then_date=THEN_DATE,
        now_date=now_date,
        columns=tuple(GridColumn(title, tuple(links)) for title, links in grouped),
        rows=tuple(rows),
    )
