"""Borders x organisations: which organisations each neighbour shares with Kazakhstan, when.

Computed from the membership records with the one validity rule (``core.roles``): at the
article's date (c. 2012) and at the date viewed. The article's undated statements confirm a
membership for 2012 only; a membership whose end is unknown is shown as last confirmed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from borderdesk.core.as_of import ARTICLE_DATE
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
from borderdesk.core.roles import Group, MemberStanding, standing_on
from borderdesk.core.validity import Standing as Validity

MAX_EVIDENCE = 3  # sources cited for "not in the member list"


@dataclass(frozen=True)
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

    def __init__(self, links: list[Link], memberships: Sequence[Membership]) -> None:
        names = {link.title for link in links}
        self.order = [link.title for link in links]
        self.rows = [m for m in memberships if m.organisation in names]

    def standings(self, member: str, on: date) -> list[MemberStanding]:
        found = (standing_on(m, on) for m in self.rows if m.member_key == member)
        return [s for s in found if s is not None]

    def status(self, home: str, member: str, on: date) -> tuple[GridStatus, list[Membership]]:
        """Return the member's standing on a day and the records it rests on."""
        home_in = {s.membership.organisation for s in self.standings(home, on) if s.is_counted}
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
        listed: dict[str, Membership] = {}
        for m in self.rows:
            s = standing_on(m, on)
            if s is not None and s.is_counted and len(listed) < MAX_EVIDENCE:
                for source in m.sources[:1]:
                    listed.setdefault(source.id, m)
        return GridStatus(Standing.NOT_MEMBER), list(listed.values())

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


def _unique_sources(rows: Iterable[Membership]) -> tuple[SourceRef, ...]:
    return tuple(dict.fromkeys(source for m in rows for source in m.sources))


def _notes(rows: Iterable[Membership]) -> tuple[str, ...]:
    """Keep what explains a gap: the notes of the neighbour's own records."""
    notes = [m.note for m in rows if m.note]
    notes += [role.note for m in rows for role in m.roles if role.note]
    return tuple(dict.fromkeys(notes))


def build_grid(
    borders: Sequence[tuple[Link, str]],
    organisations: Sequence[GridOrganisation],
    memberships: Sequence[Membership],
    *,
    home: str,
    on: date,
) -> OrganisationGrid:
    """Return the grid at the article's date and on ``on``: a row per border, a column per chain."""
    grouped = columns(organisations)
    parts = [_Column(links, memberships) for _, links in grouped]
    rows = []
    for border, neighbour in borders:
        cells = []
        for column in parts:
            then, then_rows = column.status(home, neighbour, ARTICLE_DATE)
            now, now_rows = column.status(home, neighbour, on)
            used = [*then_rows, *now_rows]
            own = [m for m in used if m.member_key == neighbour]
            cells.append(GridCell(then, now, _unique_sources(used), _notes(own)))
        rows.append(GridRow(border, neighbour, tuple(cells)))
    return OrganisationGrid(
        then_label=ARTICLE_YEAR,
        then_date=ARTICLE_DATE.isoformat(),
        now_date=on.isoformat(),
        columns=tuple(GridColumn(title, tuple(links)) for title, links in grouped),
        rows=tuple(rows),
    )
