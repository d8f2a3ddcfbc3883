"""What changed since the article: per border and organisation, then, now and the dates between.

For each item: what the article said (its own records), what holds on the date viewed (the
validity rule: members by role, seats, chairs, counts, a border's legal status and the
organisations the neighbour shares with Kazakhstan), and every dated event between the
article's date and that day, each with its sources. Core returns records, not sentences: the
page words them (and translates them).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from borderdesk.core.as_of import ARTICLE_DATE
from borderdesk.core.language import Wording
from borderdesk.core.members import Roster, roster, shared_on, titled
from borderdesk.core.model import (
    BorderDetail,
    Fact,
    Figure,
    ItemKind,
    ItemRef,
    Link,
    Membership,
    OrganisationDetail,
    Overview,
    SourceRef,
)
from borderdesk.core.on_date import TIME_BOUND_QUANTITIES, StateOn, figures_on, states_on
from borderdesk.core.record import frozen
from borderdesk.core.validity import Held, first_day
from borderdesk.core.vocabulary import counted

if TYPE_CHECKING:
    from borderdesk.core.service import ReferenceService

ARTICLE_ID = "ART"
HOME = "KZ"
SINCE_ARTICLE_REF = ItemRef(ItemKind.COMPARISON, "since-article")


class Change(StrEnum):
    """What kind of thing happened on a date."""

    FOUNDED = "founded"  # the organisation began
    DISSOLVED = "dissolved"  # the organisation ended (taken over by its successor)
    ROLE_BEGAN = "role began"  # a member took up a role: joined, froze, became a partner
    ROLE_ENDED = "role ended"  # a role ended with nothing after it: the member left
    STATE_BEGAN = "state began"  # a seat, a chair, a legal status, a name took effect
    COUNT = "count"  # a count took a new value


@frozen
class DatedChange:
    """One dated event between the article and the day viewed, with its sources."""

    when: str  # as in the dataset: "2024-02-22", "2014-09"
    change: Change
    subject: str  # the member, or the state's label ("headquarters", "chair", "status")
    value: str  # the role, the state's value, the count ("10 states")
    sources: tuple[SourceRef, ...]
    organisation: str = ""  # a role's organisation (a border's page lists several)


@frozen
class ArticleSaid:
    """One record of the article about the item: a statement, a figure or a membership."""

    text: str  # our words for a statement ("" for a figure or a membership)
    quote: str  # the article's own words, where given
    source: SourceRef
    figure: Figure | None = None  # a figure the article gives
    member: str = ""  # a membership the article names: the member and its role
    role: str = ""
    quote_translation: str = ""  # our translation of the quote ("" in English or when none)


@frozen
class ItemSince:
    """One border or organisation: the article's records, what holds on the day, the events."""

    item: Link
    article: tuple[ArticleSaid, ...]
    members: Roster | None  # an organisation's roster on the day
    states: tuple[StateOn, ...]  # seats, chairs, legal status in force on the day
    counts: tuple[Held[Figure], ...]  # counts in force on the day
    shared: tuple[Link, ...]  # a border: the organisations both sides belong to on the day
    changes: tuple[DatedChange, ...]  # after the article's date, up to the day, in order
    corrections: tuple[Fact, ...]  # corrections of the article, with their sources


@frozen
class SinceArticle:
    """The page: every border, then every organisation, as of a day."""

    on: date
    article_date: date
    items: tuple[ItemSince, ...]


def since_article(service: ReferenceService, on: date) -> SinceArticle:
    """Return what changed between the article and the day, for each border and organisation."""
    home = service.overview()
    borders = [_border(service.border(b.key), on, home) for b in service.borders()]
    organisations = [
        _organisation(service.organisation(o.ref.key), on) for o in service.organisations()
    ]
    return SinceArticle(on, ARTICLE_DATE, (*borders, *organisations))


def _border(border: BorderDetail, on: date, home: Overview) -> ItemSince:
    facts = (*border.challenges, *border.relations, *border.history, *border.status)
    said = [*_said_facts(facts), *_said_figures(border.lengths)]
    neighbour = [m for m in border.memberships if m.member_key == border.neighbour_key]
    changes = [
        *_state_changes(border.status, on),
        *(c for m in neighbour for c in _role_changes(m, on)),
    ]
    return ItemSince(
        item=Link(
            ItemRef(ItemKind.BORDER, border.key),
            f"{home.title} – {border.neighbour}",  # as the tree names it, in the language read
            wording=_both(titled(home.wording, "title"), titled(border.wording, "neighbour")),
        ),
        article=tuple(said),
        members=None,
        states=states_on(border.status, on),
        counts=(),
        shared=shared_on(border.memberships, HOME, border.neighbour_key, on),
        changes=_ordered(changes),
        corrections=tuple(
            f for f in (*border.history, *border.discrepancies) if f.label == "correction"
        ),
    )


def _organisation(org: OrganisationDetail, on: date) -> ItemSince:
    facts = (*org.founded, *org.headquarters, *org.mandate, *org.kazakhstan_role, *org.chairs)
    said = [*_said_facts(facts), *_said_figures(org.figures), *_said_members(org.memberships)]
    changes: list[DatedChange] = []
    validity = org.validity
    if _between(validity.since, on) and validity.since_source is not None:
        changes.append(
            DatedChange(
                validity.since, Change.FOUNDED, org.abbreviation, "", (validity.since_source,)
            )
        )
    if _between(validity.until, on) and validity.until_source is not None:
        changes.append(
            DatedChange(
                validity.until, Change.DISSOLVED, org.abbreviation, "", (validity.until_source,)
            )
        )
    # A member's role ends with the organisation itself: that is one change, not one a member.
    changes += [
        c
        for m in org.memberships
        for c in _role_changes(m, on)
        if not (c.change is Change.ROLE_ENDED and c.when == validity.until)
    ]
    changes += _state_changes((*org.headquarters, *org.chairs), on)
    changes += _count_changes(org.figures, on)
    counts = tuple(
        h for quantity in TIME_BOUND_QUANTITIES for h in figures_on(org.figures, on, quantity)
    )
    return ItemSince(
        item=Link(
            ItemRef(ItemKind.ORGANISATION, org.key),
            org.abbreviation,
            wording=titled(org.wording, "abbreviation"),
        ),
        article=tuple(said),
        members=roster(org, on),
        states=(
            *states_on(org.headquarters, on, "headquarters"),
            *states_on(org.chairs, on, "chair"),
        ),
        counts=counts,
        shared=(),
        changes=_ordered(changes),
        corrections=tuple(f for f in org.notes if f.label == "correction"),
    )


def _between(when: str, on: date) -> bool:
    """Tell whether a date falls after the article's date and by the day viewed."""
    day = first_day(when)
    return day is not None and ARTICLE_DATE < day <= on


def _both(first: Wording, second: Wording) -> Wording:
    """Return the wording of a title made of two texts: fallen back if either fell back."""
    return first if first.fell_back("title") is not None else second


def _said_facts(facts: Iterable[Fact]) -> list[ArticleSaid]:
    return [
        ArticleSaid(f.text, f.quote, f.source, quote_translation=f.quote_translation)
        for f in facts
        if f.source.id == ARTICLE_ID
    ]


def _said_figures(figures: Iterable[Figure]) -> list[ArticleSaid]:
    return [
        ArticleSaid("", f.quote, f.source, figure=f, quote_translation=f.quote_translation)
        for f in figures
        if f.source.id == ARTICLE_ID
    ]


def _said_members(memberships: Iterable[Membership]) -> list[ArticleSaid]:
    said = []
    for m in memberships:
        for role in m.roles:
            for c in role.validity.confirmations:
                if c.source.id == ARTICLE_ID:
                    said.append(
                        ArticleSaid(
                            "",
                            c.quote,
                            c.source,
                            member=m.member,
                            role=role.role,
                            quote_translation=c.quote_translation,
                        )
                    )
    return said


def _role_changes(membership: Membership, on: date) -> list[DatedChange]:
    """Return the roles a member took up, and left with nothing after, in the period."""
    changes = []
    starts = {first_day(r.validity.since) for r in membership.roles}
    for role in membership.roles:
        v = role.validity
        if _between(v.since, on) and v.since_source is not None:
            changes.append(
                DatedChange(
                    v.since,
                    Change.ROLE_BEGAN,
                    membership.member,
                    role.role,
                    (v.since_source,),
                    membership.organisation,
                )
            )
        if (
            _between(v.until, on)
            and v.until_source is not None
            and first_day(v.until) not in starts
        ):
            changes.append(
                DatedChange(
                    v.until,
                    Change.ROLE_ENDED,
                    membership.member,
                    role.role,
                    (v.until_source,),
                    membership.organisation,
                )
            )
    return changes


def _state_changes(facts: Iterable[Fact], on: date) -> list[DatedChange]:
    """Return the states that took effect in the period (one line per value and start)."""
    found: dict[tuple[str, str, str], list[SourceRef]] = {}
    for fact in facts:
        since = fact.dates.since
        if fact.is_state and _between(since, on):
            source = fact.dates.since_source or fact.source
            found.setdefault((since, fact.label, fact.value), []).append(source)
    return [
        DatedChange(since, Change.STATE_BEGAN, label, value, tuple(dict.fromkeys(sources)))
        for (since, label, value), sources in found.items()
    ]


def _count_changes(figures: Iterable[Figure], on: date) -> list[DatedChange]:
    """Return the counts that took a new value in the period, dated by their start."""
    figures = [f for f in figures if f.quantity in TIME_BOUND_QUANTITIES]
    changes = []
    seen: set[tuple[str, float]] = set()
    for figure in sorted(figures, key=lambda f: f.validity.start() or date.max):
        start = figure.validity.start()
        if start is None or not ARTICLE_DATE < start <= on:
            continue
        before = figures_on(figures, start - timedelta(days=1), figure.quantity)
        key = (figure.quantity, figure.value)
        if key in seen or any(h.record.value == figure.value for h in before):
            continue
        seen.add(key)
        when = figure.dates.since or figure.as_of
        value = counted(figure.value, figure.unit)  # "9 states", in the interface language
        changes.append(DatedChange(when, Change.COUNT, figure.quantity, value, (figure.source,)))
    return changes


def _ordered(changes: Iterable[DatedChange]) -> tuple[DatedChange, ...]:
    return tuple(sorted(changes, key=lambda c: first_day(c.when) or date.max))
