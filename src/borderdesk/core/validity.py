"""What holds on a date: the one rule every view asks about a time-bound record.

A time-bound record (a membership's role, a headquarters, a member count, a chairmanship, a
border's legal status, a place name) has a validity: when it began (``since``, with the source
that says so), when it ended (``until``, the first day it no longer held, with its source) and
the sources that confirm it held on some date (``as of``). A record whose end is unknown holds
as far as its latest confirmation; after that it is only *last confirmed* on that date, never
silently current. An undated statement of the article (c. 2012) confirms its record for 2012
and says nothing about earlier or later years.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import field, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Generic, TypeVar

from borderdesk.core.citation import SourceRef
from borderdesk.core.language import ENGLISH, Wording
from borderdesk.core.record import frozen

T = TypeVar("T")

_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class Standing(StrEnum):
    """How a record stands on a date."""

    HOLDS = "holds"  # a source places the date inside the record's time
    LAST_CONFIRMED = "last confirmed"  # open-ended; the latest source is older than the date
    NOT_YET = "not yet"  # before it began, or before any source says anything of it
    ENDED = "ended"  # on or after the day it ended
    UNDATED = "undated"  # no date at all: cannot be placed in time (the checks refuse it)

    @property
    def in_force(self) -> bool:
        """Tell whether the record is taken to hold (held, or last confirmed and not replaced)."""
        return self in (Standing.HOLDS, Standing.LAST_CONFIRMED)


@frozen
class Span:
    """The days a date as written may mean: ``2012`` is 1 January to 31 December 2012."""

    first: date
    last: date


@lru_cache(maxsize=4096)
def parse_when(text: str) -> Span | None:
    """Return the days a date text covers, or None when it names none.

    ``2024-02-22`` is one day, ``2023-07`` a month, ``2012`` and ``c. 2012`` a year, and a range
    (``1992–2007``, ``2010-05-19/2010-06``) runs from the first day of its first part to the
    last day of its last. Remembered: a page asks for the same few dates thousands of times
    (every role of every member, on every handout), and a Span cannot be changed.
    """
    found = (_part(match) for match in _PART.finditer(text))
    parts = [part for part in found if part is not None]
    if not parts:
        return None
    return Span(parts[0].first, parts[-1].last)


def _part(match: re.Match[str]) -> Span | None:
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else 0
    day = int(match.group(3)) if match.group(3) else 0
    try:
        if not month:
            return Span(date(year, 1, 1), date(year, 12, 31))
        if not day:
            last = calendar.monthrange(year, month)[1]
            return Span(date(year, month, 1), date(year, month, last))
        return Span(date(year, month, day), date(year, month, day))
    except ValueError:
        return None


def is_date(text: str) -> bool:
    """Tell whether a date text names a real date (a year, a month or a day)."""
    return parse_when(text) is not None


@frozen
class Confirmation:
    """A source stating that a record held on a date (``as_of``), with its quote if any."""

    source: SourceRef
    as_of: str
    quote: str = ""
    note: str = ""
    # Our translation of ``quote`` into the language asked for ("" in English or when none).
    quote_translation: str = field(default="", compare=False)
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what


@frozen
class Validity:
    """When a record holds: its start and end, each with its source, and its confirmations."""

    since: str = ""
    since_source: SourceRef | None = None
    until: str = ""  # the first day it no longer holds
    until_source: SourceRef | None = None
    confirmations: tuple[Confirmation, ...] = ()

    @property
    def is_dated(self) -> bool:
        """Tell whether anything places the record in time (a start, an end, an as-of date)."""
        dates = [self.since, self.until, *(c.as_of for c in self.confirmations)]
        return any(is_date(text) for text in dates)

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        """Return every source the record rests on, once each: start, end, confirmations."""
        found = [self.since_source, self.until_source, *(c.source for c in self.confirmations)]
        return tuple(dict.fromkeys(s for s in found if s is not None))

    def start(self) -> date | None:
        """Return the first day known to hold: the start, else the earliest confirmation."""
        since = parse_when(self.since)
        if since is not None:
            return since.first
        spans = [span for span in self._confirmed_spans() if span is not None]
        return min((span.first for span in spans), default=None)

    def end(self) -> date | None:
        """Return the first day it no longer holds, or None while open."""
        until = parse_when(self.until)
        return until.first if until is not None else None

    def last_confirmed(self) -> Confirmation | None:
        """Return the latest statement that it held: a confirmation, the start or its source.

        A source published after the start that gives the start confirms the record on its
        own date (``member since 1992``, written in 2006, says it held in 2006).
        """
        candidates = list(self.confirmations)
        if self.since_source is not None and self.since:
            candidates.append(_by(self.since_source, self.since))
            published = parse_when(self.since_source.date)
            since = parse_when(self.since)
            if published is not None and since is not None and published.first > since.last:
                candidates.append(_by(self.since_source, self.since_source.date))
        dated = [(parse_when(c.as_of), c) for c in candidates]
        known = [(span.last, c) for span, c in dated if span is not None]
        return max(known, key=lambda pair: pair[0], default=(None, None))[1]

    def last_confirmed_day(self) -> date | None:
        """Return the last day its latest confirmation covers."""
        latest = self.last_confirmed()
        span = parse_when(latest.as_of) if latest is not None else None
        return span.last if span is not None else None

    def standing(self, on: date) -> Standing:
        """Return how the record stands on a day: the rule every view uses."""
        begin = self.start()
        end = self.end()
        if begin is None and end is None:
            return Standing.UNDATED
        if end is not None and on >= end:
            return Standing.ENDED
        if begin is not None and on < begin:
            return Standing.NOT_YET
        if begin is None:
            return Standing.NOT_YET  # only its end is known: nothing says when it held
        if end is not None:
            return Standing.HOLDS
        last = self.last_confirmed_day()
        return Standing.HOLDS if last is not None and on <= last else Standing.LAST_CONFIRMED

    def _confirmed_spans(self) -> Iterable[Span | None]:
        return (parse_when(c.as_of) for c in self.confirmations)


def _by(
    source: SourceRef, as_of: str, quote: str = "", quote_translation: str = ""
) -> Confirmation:
    """Return a source's confirmation made from a record's own fields, read as its source is."""
    read_in = Wording(source.wording.asked)  # no text of its own: nothing to fall back
    return Confirmation(source, as_of, quote, "", quote_translation, read_in)


def with_own(
    dates: Validity, source: SourceRef, as_of: str, quote: str = "", quote_translation: str = ""
) -> Validity:
    """Return a record's validity: its dates, and its own source confirming it as of its date."""
    if not is_date(as_of):
        return dates
    own = _by(source, as_of, quote, quote_translation)
    return replace(dates, confirmations=(own, *dates.confirmations))


@frozen
class Held(Generic[T]):
    """A record that holds on the day asked, and how: held, or only last confirmed earlier."""

    record: T
    standing: Standing
    last_confirmed: Confirmation | None

    @property
    def is_confirmed(self) -> bool:
        """Tell whether a source places the day inside the record's time."""
        return self.standing is Standing.HOLDS


def holding(
    records: Iterable[T],
    on: date,
    validity_of: Callable[[T], Validity],
    *,
    confirmation_begins: bool = True,
) -> tuple[Held[T], ...]:
    """Return what holds on a day among records of one kind, in the order given.

    Records that hold are kept; a record only last confirmed before the day is kept unless
    another record of the kind began after that confirmation and by the day (a new count, a
    moved headquarters, a renamed city). A quantity has one value at a time, so a record
    confirmed on a later date begins there (``confirmation_begins``); a state may have
    several values at once (a secretariat and a second seat), so for states only a record
    with a start of its own ends another. Nothing else picks "the latest row".
    """
    rows = [(r, validity_of(r)) for r in records]
    standings = [(r, v, v.standing(on)) for r, v in rows]
    begun = [
        v.start() if confirmation_begins else first_day(v.since)
        for _, v, s in standings
        if s.in_force
    ]
    result: list[Held[T]] = []
    for record, validity, standing in standings:
        if not standing.in_force:
            continue
        if standing is Standing.LAST_CONFIRMED:
            seen = validity.last_confirmed_day()
            if seen is not None and any(b is not None and seen < b <= on for b in begun):
                continue
        result.append(Held(record, standing, validity.last_confirmed()))
    return tuple(result)


def standing_on(validity: Validity, on: date) -> Standing:
    """Return how one record stands on a day (``Validity.standing``, as a function)."""
    return validity.standing(on)


def first_day(text: str) -> date | None:
    """Return the first day a date text covers, or None."""
    span = parse_when(text)
    return span.first if span is not None else None


def ordered(records: Sequence[T], validity_of: Callable[[T], Validity]) -> list[T]:
    """Return records by when they began (undated last), keeping the written order on ties."""
    far = date.max
    return sorted(records, key=lambda r: validity_of(r).start() or far)
