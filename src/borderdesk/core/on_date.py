"""Facts and figures as they stand on a date: the validity rule applied to whole pages.

Time-bound states (a fact with a value: a headquarters, a chair, a legal status, a name) and
time-bound figures (member counts, population) hold as ``core.validity`` says. Other dated
statements are shown once their date has come; undated ones always.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from borderdesk.core.model import BorderMap, Fact, Figure
from borderdesk.core.record import frozen
from borderdesk.core.validity import (
    Confirmation,
    Held,
    Standing,
    first_day,
    holding,
    parse_when,
)

# Quantities whose value holds for a time, compared on a date (others are measurements of a
# thing, such as a length, shown with the source that gives them).
TIME_BOUND_QUANTITIES = (
    "member_count",
    "observer_count",
    "partner_count",
    "population",
)
# Fact labels that are time-bound states: they must carry a value and a date (the checks).
STATE_LABELS = ("headquarters", "chair", "status", "name", "role")


@frozen
class StateOn:
    """One value a state has on a date, with every record that says so."""

    label: str
    value: str
    held: tuple[Held[Fact], ...]

    @property
    def facts(self) -> tuple[Fact, ...]:
        """Return the records giving this value."""
        return tuple(h.record for h in self.held)

    @property
    def standing(self) -> Standing:
        """Return HOLDS when any record places the day in its time, else LAST_CONFIRMED."""
        confirmed = any(h.standing is Standing.HOLDS for h in self.held)
        return Standing.HOLDS if confirmed else Standing.LAST_CONFIRMED

    @property
    def since(self) -> str:
        """Return the earliest start any record gives ("" when none does)."""
        starts = [h.record.validity.since for h in self.held if h.record.validity.since]
        return min(starts, key=lambda text: first_day(text) or date.max) if starts else ""

    @property
    def last_confirmed(self) -> Confirmation | None:
        """Return the latest confirmation among the records."""
        found = [h.last_confirmed for h in self.held if h.last_confirmed is not None]
        return max(found, key=lambda c: _last_day(c.as_of), default=None)


def _last_day(text: str) -> date:
    span = parse_when(text)
    return span.last if span is not None else date.min


def states_on(facts: Iterable[Fact], on: date, label: str | None = None) -> tuple[StateOn, ...]:
    """Return the states in force on a day (one label, or all), one line per value."""
    states = [f for f in facts if f.is_state and (label is None or f.label == label)]
    by_label: dict[str, list[Fact]] = {}
    for fact in states:
        by_label.setdefault(fact.label, []).append(fact)
    lines: list[StateOn] = []
    for name, group in by_label.items():
        held = holding(group, on, lambda f: f.validity, confirmation_begins=False)
        values: dict[str, list[Held[Fact]]] = {}
        for h in held:
            values.setdefault(h.record.value, []).append(h)
        lines += [StateOn(name, value, tuple(hs)) for value, hs in values.items()]
    return tuple(lines)


def figures_on(figures: Iterable[Figure], on: date, quantity: str) -> tuple[Held[Figure], ...]:
    """Return a time-bound quantity's figures in force on a day (all sources that hold)."""
    return holding((f for f in figures if f.quantity == quantity), on, lambda f: f.validity)


def has_come(when: str, on: date) -> bool:
    """Tell whether a date as written has begun by the day (undated: always)."""
    first = first_day(when)
    return first is None or first <= on


def said_by(facts: Iterable[Fact], on: date) -> tuple[Fact, ...]:
    """Return the statements a reader on that day can know: dated no later, or undated."""
    return tuple(f for f in facts if not f.is_state and _begun(f, on))


def figures_by(figures: Iterable[Figure], on: date) -> tuple[Figure, ...]:
    """Return the figures whose date (or start) has come by the day, undated ones too."""
    return tuple(f for f in figures if _begun(f, on))


def _begun(record: Fact | Figure, on: date) -> bool:
    start = record.validity.start()
    return start is None or start <= on


def map_on(border_map: BorderMap, on: date) -> BorderMap:
    """Return the map as of a day: each city named and described as it was then.

    A city with no dated names or roles keeps the map's own; names that overlap are joined.
    """
    points = []
    for point in border_map.points:
        names = states_on(point.names, on, "name")
        roles = states_on(point.roles, on, "role")
        name = " / ".join(s.value for s in names) if names else point.name
        note = "; ".join(s.value for s in roles) if point.roles else point.note
        points.append(replace(point, name=name, note=note))
    return replace(border_map, points=tuple(points))
