"""Quiz questions about the organisations: who is a member, where they sit, how many members.

Membership changes, so a membership question names its date: that of the latest member count
the dataset records, and it is asked only when the members the dataset lists for that date
add up to that count (so every state not listed is known not to be a member). Where each state
stood on that date is the validity rule's answer (``core.members.roster``); a state whose
participation is suspended is neither the answer nor a foil. A headquarters question asks, as
of the latest headquarters record, for a city only one organisation had a seat in then.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from datetime import date
from functools import partial

from borderdesk.core.format import format_number
from borderdesk.core.members import roster
from borderdesk.core.model import Fact, Figure, ItemKind, ItemRef, OrganisationDetail
from borderdesk.core.on_date import figures_on, states_on
from borderdesk.core.quiz import (
    MAX_OPTIONS,
    Evidence,
    EvidenceKind,
    Maker,
    Question,
    QuestionKind,
    QuizData,
    shuffled_options,
)
from borderdesk.core.roles import Group, MemberStanding
from borderdesk.core.validity import ordered

_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
MEMBERS_PER_ORGANISATION = 3  # "member" and "not a member" questions per organisation


def when(text: str) -> str:
    """Return the first ISO-like date in a text ("c. 2012" -> "2012"), or ""."""
    found = _DATE.search(text)
    return found.group() if found else ""


def _stated(figure: Figure) -> str:
    """Return the date a count is given for, as written ("2024-07", "c. 2012")."""
    return figure.as_of or figure.dates.since


def latest_count(organisation: OrganisationDetail) -> tuple[date, Figure] | None:
    """Return the latest member count and its first day, or None when none or two differ."""
    counts = [f for f in organisation.figures if f.quantity == "member_count"]
    starts = [start for f in counts if (start := f.validity.start()) is not None]
    if not starts:
        return None
    day = max(starts)
    held = figures_on(counts, day, "member_count")
    if len({h.record.value for h in held}) != 1:
        return None  # sources disagree on that day: no single right answer
    latest = [h.record for h in held if h.record.validity.start() == day]
    return day, (latest or [held[0].record])[0]


def standings(organisation: OrganisationDetail, on: date) -> dict[str, MemberStanding]:
    """Return where each state stood on a day (bodies such as Interpol left out)."""
    found = roster(organisation, on).standings
    return {s.membership.member_key: s for s in found if s.membership.member_kind == "country"}


def _membership_line(standing: MemberStanding, on: date) -> Evidence:
    validity = standing.role.validity
    values = (standing.membership.member, standing.role.role, validity.since, validity.until)
    return Evidence(EvidenceKind.MEMBERSHIP, values, standing.evidence(on))


def _count_line(organisation: OrganisationDetail, count: Figure) -> Evidence:
    values = (organisation.abbreviation, format_number(count.value), _stated(count))
    return Evidence(EvidenceKind.COUNT, values, count.source)


def member_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return "which of these is a member" and "which is not", as of the latest count."""
    home = data.overview.title
    around = {o.key: o.name for o in data.outlines if o.name != home and o.wording.complete}
    questions = []
    for organisation in data.organisations:
        latest = latest_count(organisation)
        if latest is None:
            continue
        day, count = latest
        rows = standings(organisation, day)
        counted = [s for s in rows.values() if s.is_counted]
        if len(counted) + count.unlisted != int(count.value):
            continue  # the listed members do not add up to the count: not sure who is out
        members = {
            key: s
            for key, s in rows.items()
            if s.group is Group.MEMBERS and s.membership.member != home
        }
        outside = {key: s for key, s in rows.items() if not s.is_counted}
        # A state with any standing (Armenia, its participation frozen) is no "no record" foil.
        others = {key: name for key, name in around.items() if key not in rows}
        rows = {key: s for key, s in rows.items() if s.group is not Group.SUSPENDED}
        names = {**others, **{key: s.membership.member for key, s in rows.items()}}
        ask = partial(_membership_question, organisation, (day, count), names, rows)
        for key in rng.sample(sorted(members), min(MEMBERS_PER_ORGANISATION, len(members))):
            # Up to two foils with a standing of their own (observer, former member), then
            # states of the map the organisation has no record of.
            known = rng.sample(sorted(outside), min(len(outside), MAX_OPTIONS - 2))
            foils = known + rng.sample(sorted(others), min(len(others), MAX_OPTIONS))
            drawn = shuffled_options(rng, key, foils[: MAX_OPTIONS - 1])
            if drawn is not None:
                questions.append(ask(QuestionKind.MEMBER, drawn))
        for key in rng.sample(sorted(outside), min(MEMBERS_PER_ORGANISATION, len(outside))):
            drawn = shuffled_options(rng, key, sorted(members))
            if drawn is not None:
                questions.append(ask(QuestionKind.NOT_MEMBER, drawn))
    return questions


def _membership_question(
    organisation: OrganisationDetail,
    latest: tuple[date, Figure],
    names: dict[str, str],
    rows: dict[str, MemberStanding],
    kind: QuestionKind,
    drawn: tuple[tuple[str, ...], tuple[int, ...]],
) -> Question:
    """Return one membership question: the states by key, the right one, the evidence."""
    keys, answer = drawn
    right = keys[answer[0]]
    day, count = latest
    evidence = [
        _membership_line(rows[key], day)
        if key in rows
        else Evidence(EvidenceKind.NO_RECORD, (names[key], organisation.abbreviation), None)
        for key in (right, *(k for k in keys if k != right))
    ]
    evidence.append(_count_line(organisation, count))
    return Question(
        kind=kind,
        subject=organisation.abbreviation,
        options=tuple(names[key] for key in keys),
        answer=answer,
        evidence=tuple(evidence),
        as_of=_stated(count),
        ref=ItemRef(ItemKind.ORGANISATION, organisation.key),
    )


def count_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return, for each member count with its source and date, how many members there were."""
    questions = []
    for organisation in data.organisations:
        counts = [f for f in organisation.figures if f.quantity == "member_count" and f.as_of]
        for figure in counts:
            # Every count in force on the day this one is given for must agree with it.
            day = figure.validity.start()
            rivals = (
                {h.record.value for h in figures_on(counts, day, "member_count")} if day else set()
            )
            rivals |= {f.value for f in counts if when(f.as_of) == when(figure.as_of)}
            if len(rivals) > 1:
                continue  # sources disagree for that date: no single right answer
            right = int(figure.value)
            near = [right + step for step in (-2, -1, 1, 2, 3) if right + step > 0]
            foils = [str(n) for n in near + [int(f.value) for f in counts] if n != right]
            drawn = shuffled_options(rng, str(right), foils)
            if drawn is None:
                continue
            options, answer = drawn
            questions.append(
                Question(
                    kind=QuestionKind.MEMBER_COUNT,
                    subject=organisation.abbreviation,
                    options=options,
                    answer=answer,
                    evidence=(_count_line(organisation, figure),),
                    according_to=figure.source,
                    as_of=figure.as_of,
                    ref=ItemRef(ItemKind.ORGANISATION, organisation.key),
                )
            )
    return questions


def _names_city(text: str, cities: Iterable[str]) -> list[str]:
    return [city for city in cities if re.search(rf"\b{re.escape(city)}\b", text)]


def _latest_record(facts: Iterable[Fact]) -> date | None:
    """Return the day of the latest headquarters record: its last confirmation or start."""
    days = [
        day
        for f in facts
        if f.is_state and (day := f.validity.last_confirmed_day() or f.validity.start())
    ]
    return max(days, default=None)


def seats(
    organisations: Iterable[OrganisationDetail], cities: list[str]
) -> dict[str, list[tuple[str, Fact]]]:
    """Return, by organisation key, the map's cities it had a seat in by its latest record."""
    found: dict[str, list[tuple[str, Fact]]] = {}
    for organisation in organisations:
        day = _latest_record(organisation.headquarters)
        if day is None:
            continue
        for state in states_on(organisation.headquarters, day, "headquarters"):
            places = _names_city(state.value, cities)
            if len(places) == 1:
                fact = ordered(state.facts, lambda f: f.validity)[-1]
                found.setdefault(organisation.key, []).append((places[0], fact))
    return found


def headquarters_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return, for each city one organisation sits in, which organisation that is."""
    organisations = {o.key: o for o in data.organisations}
    seated = seats(organisations.values(), list(data.cities))
    questions = []
    for city in sorted({city for found in seated.values() for city, _fact in found}):
        here = [key for key, found in seated.items() if any(c == city for c, _f in found)]
        if len(here) != 1:
            continue
        right = here[0]
        drawn = shuffled_options(rng, right, [key for key in seated if key != right])
        if drawn is None:
            continue
        keys, answer = drawn
        evidence = []
        for key in (right, *(k for k in keys if k != right)):
            organisation = organisations[key]
            fact = next((f for c, f in seated[key] if c == city), seated[key][0][1])
            # A foil that sat in this city before says so: "moved from Almaty to Astana".
            earlier = [f for f in organisation.headquarters if _names_city(f.text, [city])]
            if key != right and earlier:
                fact = ordered(earlier, lambda f: f.validity)[-1]
            values = (organisation.abbreviation, fact.text, fact.as_of)
            evidence.append(Evidence(EvidenceKind.FACT, values, fact.source))
        questions.append(
            Question(
                kind=QuestionKind.HEADQUARTERS,
                subject=city,
                options=tuple(organisations[key].abbreviation for key in keys),
                answer=answer,
                evidence=tuple(evidence),
                ref=ItemRef(ItemKind.ORGANISATION, right),
            )
        )
    return questions


MAKERS: tuple[Maker, ...] = (member_questions, count_questions, headquarters_questions)
