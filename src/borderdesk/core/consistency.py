"""The dataset's time-bound records checked against each other: dates, duplicates, counts.

One set of checks for ``db/check_text.py`` (the text before it is built) and ``borderdesk
check`` (a built database): a time-bound record with no date, a member listed twice for one
organisation, a member's roles that overlap, and a stated count that disagrees with the
members listed for its dates (as the article's lengths are checked against its total).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import date

from borderdesk.core.model import BorderDetail, Fact, Figure, Membership, OrganisationDetail
from borderdesk.core.on_date import STATE_LABELS, TIME_BOUND_QUANTITIES, figures_on
from borderdesk.core.roles import COUNTED, RoleName, roles_on
from borderdesk.core.service import ReferenceService
from borderdesk.core.validity import first_day

COUNTS = {  # quantity -> the roles it counts
    "member_count": frozenset(COUNTED),
    "observer_count": frozenset({RoleName.OBSERVER}),
    "partner_count": frozenset({RoleName.PARTNER}),
}
STATES_UNIT = "states"  # a count of states leaves out bodies (INTERPOL, SELEC)


def undated_problems(where: str, facts: Iterable[Fact], figures: Iterable[Figure]) -> list[str]:
    """Report a time-bound state, statement or count that names no date."""
    problems = []
    for fact in facts:
        if (fact.is_state or fact.label in STATE_LABELS) and not fact.validity.is_dated:
            what = repr(fact.value) if fact.is_state else repr(fact.text[:50])
            problems.append(f"{where}: undated {fact.label} {what} ({fact.source.id})")
    for figure in figures:
        if figure.quantity in TIME_BOUND_QUANTITIES and not figure.validity.is_dated:
            problems.append(
                f"{where}: undated {figure.quantity} {figure.value:g} ({figure.source.id})"
            )
    return problems


def membership_problems(memberships: Sequence[Membership]) -> list[str]:
    """Report duplicate memberships, undated roles and roles of one member that overlap."""
    problems = []
    seen: set[tuple[str, str]] = set()
    for m in memberships:
        key = (m.member_key, m.organisation_key or m.organisation)
        where = f"{m.organisation}: {m.member}"
        if key in seen:
            problems.append(f"{where}: listed twice (one membership, several sources)")
        seen.add(key)
        for role in m.roles:
            if not role.validity.is_dated:
                problems.append(f"{where}: undated role {role.role!r}")
        problems += _overlaps(where, m)
    return problems


def _overlaps(where: str, membership: Membership) -> list[str]:
    """Report two roles of one membership in force on the same day (start to end)."""
    spans = []
    for role in membership.roles:
        start, end = role.validity.start(), role.validity.end()
        if start is not None:
            spans.append((start, end or date.max, role.role))
    spans.sort()
    return [
        f"{where}: roles {first!r} and {second!r} overlap from {b0.isoformat()}"
        for (_a0, a1, first), (b0, _b1, second) in itertools.pairwise(spans)
        if b0 < a1
    ]


def listed(organisation: OrganisationDetail, quantity: str, unit: str, on: date) -> int:
    """Return how many memberships a count of ``quantity`` finds on a day."""
    roles = COUNTS[quantity]
    found = 0
    for m in organisation.memberships:
        if unit == STATES_UNIT and m.member_kind != "country":
            continue
        held = roles_on(m, on)
        if any(h.record.role in roles for h in held):
            found += 1
    return found


def _checkpoints(figure: Figure, memberships: Sequence[Membership], until: date) -> list[date]:
    """Return the days a count is compared on: its date, then every change while it holds."""
    validity = figure.validity
    start = first_day(figure.dates.since) or first_day(figure.as_of)
    if start is None:
        return []
    if not figure.dates.since:  # a statement as of a date: compared on that date only
        return [start]
    end = validity.end() or until
    changes = {
        day
        for m in memberships
        for role in m.roles
        for day in (role.validity.start(), role.validity.end())
        if day is not None and start < day < end
    }
    return [start, *sorted(changes)]


def count_problems(organisation: OrganisationDetail, until: date) -> list[str]:
    """Report every stated count that disagrees with the members listed for its dates."""
    problems = []
    for figure in organisation.figures:
        if figure.quantity not in COUNTS:
            continue
        for day in _checkpoints(figure, organisation.memberships, until):
            found = listed(organisation, figure.quantity, figure.unit, day) + figure.unlisted
            if found != figure.value:
                problems.append(
                    f"{organisation.abbreviation}: {figure.source.id} counts "
                    f"{figure.value:g} {figure.unit} ({figure.quantity}) on {day.isoformat()}, "
                    f"the dataset lists {found}"
                    + (f" (with {figure.unlisted} unlisted)" if figure.unlisted else "")
                )
                break
    return problems


def counts_on(organisation: OrganisationDetail, on: date) -> list[str]:
    """Report every count in force on a day that disagrees with the members listed that day."""
    problems = []
    for quantity in COUNTS:
        for held in figures_on(organisation.figures, on, quantity):
            figure = held.record
            found = listed(organisation, quantity, figure.unit, on) + figure.unlisted
            if found != figure.value:
                problems.append(
                    f"{organisation.abbreviation}: {figure.source.id} counts {figure.value:g} "
                    f"{figure.unit} ({quantity}) in force on {on.isoformat()}, "
                    f"the dataset lists {found}"
                )
    return problems


def problems_on(service: ReferenceService, on: date) -> list[str]:
    """Report, for every organisation, the counts in force on a day that disagree with its list."""
    problems = []
    for link in service.organisations():
        problems += counts_on(service.organisation(link.ref.key), on)
    return problems


def organisation_problems(organisation: OrganisationDetail, until: date) -> list[str]:
    """Report every problem of one organisation's time-bound records."""
    facts = (*organisation.headquarters, *organisation.chairs)
    where = organisation.abbreviation
    problems = undated_problems(where, facts, organisation.figures)
    problems += membership_problems(organisation.memberships)
    problems += count_problems(organisation, until)
    return problems


def border_problems(border: BorderDetail) -> list[str]:
    """Report a border's undated legal-status states."""
    return undated_problems(f"border {border.key}", border.status, ())


def dataset_problems(service: ReferenceService, until: date) -> list[str]:
    """Report every problem of a dataset's time-bound records (counts compared up to ``until``)."""
    problems = []
    for link in service.organisations():
        problems += organisation_problems(service.organisation(link.ref.key), until)
    for summary in service.borders():
        problems += border_problems(service.border(summary.key))
    return problems
