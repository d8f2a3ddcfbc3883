"""Quiz questions about the organisations: who is a member, where they sit, how many members.

Membership changes, so a membership question names its date: that of the latest member count
the dataset records, and it is asked only when the members the dataset lists for that date
add up to that count (so every state not listed is known not to be a member). A country's
standing is its latest record: a row with an end date ends it, a later row replaces an earlier
one. A headquarters question uses each organisation's latest headquarters fact that names
exactly one city of the map.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from functools import partial

from borderdesk.core.format import format_number
from borderdesk.core.members import MEMBER_ROLES
from borderdesk.core.model import Fact, Figure, ItemKind, ItemRef, Membership, OrganisationDetail
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

_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
STANDING_ROLES = (*MEMBER_ROLES, "former member", "observer", "non-member")
MEMBERS_PER_ORGANISATION = 3  # "member" and "not a member" questions per organisation


def when(text: str) -> str:
    """Return the first ISO-like date in a text ("c. 2012" -> "2012"), or ""."""
    found = _DATE.search(text)
    return found.group() if found else ""


def _row_time(row: Membership) -> tuple[str, bool]:
    """Return when a row last says something: its end, else its start or its source's date.

    On the same date a row that starts (India a member from 9 June 2017) comes after one that
    ends then (India an observer until 9 June 2017).
    """
    if row.until:
        return when(row.until), False
    return max(when(row.since), when(row.source.date)), True


def standings(organisation: OrganisationDetail) -> dict[str, Membership]:
    """Return each state's latest membership row (member, former, observer, non-member)."""
    latest: dict[str, Membership] = {}
    for row in (*organisation.members, *organisation.observers):
        if row.role not in STANDING_ROLES or len(row.member_key) != 2:
            continue
        held = latest.get(row.member_key)
        if held is None or _row_time(row) >= _row_time(held):
            latest[row.member_key] = row
    return latest


def is_member(row: Membership) -> bool:
    """Return whether a state's latest row makes it a member still."""
    return row.role in MEMBER_ROLES and not row.until


def latest_count(organisation: OrganisationDetail) -> Figure | None:
    """Return the latest member count, or None when none or two differ for that date."""
    counts = [f for f in organisation.figures if f.quantity == "member_count" and when(f.as_of)]
    if not counts:
        return None
    latest = max(when(f.as_of) for f in counts)
    at_latest = [f for f in counts if when(f.as_of) == latest]
    return at_latest[0] if len({f.value for f in at_latest}) == 1 else None


def _membership_line(row: Membership) -> Evidence:
    values = (row.member, row.role, row.since, row.until)
    return Evidence(EvidenceKind.MEMBERSHIP, values, row.source)


def _count_line(organisation: OrganisationDetail, count: Figure) -> Evidence:
    values = (organisation.abbreviation, format_number(count.value), count.as_of)
    return Evidence(EvidenceKind.COUNT, values, count.source)


def member_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return "which of these is a member" and "which is not", as of the latest count."""
    home = data.overview.title
    around = {o.key: o.name for o in data.outlines if o.name != home and o.wording.complete}
    questions = []
    for organisation in data.organisations:
        count = latest_count(organisation)
        rows = standings(organisation)
        members = {key: row for key, row in rows.items() if is_member(row)}
        if count is None or len(members) != int(count.value):
            continue  # the listed members do not add up to the count: not sure who is out
        members = {key: row for key, row in members.items() if row.member != home}
        outside = {key: row for key, row in rows.items() if not is_member(row)}
        others = {key: name for key, name in around.items() if key not in rows}
        names = {**others, **{key: row.member for key, row in rows.items()}}
        ask = partial(_membership_question, organisation, count, names, rows)
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
    count: Figure,
    names: dict[str, str],
    rows: dict[str, Membership],
    kind: QuestionKind,
    drawn: tuple[tuple[str, ...], tuple[int, ...]],
) -> Question:
    """Return one membership question: the states by key, the right one, the evidence."""
    keys, answer = drawn
    right = keys[answer[0]]
    evidence = [
        _membership_line(rows[key])
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
        as_of=count.as_of,
        ref=ItemRef(ItemKind.ORGANISATION, organisation.key),
    )


def count_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return, for each member count with its source and date, how many members there were."""
    questions = []
    for organisation in data.organisations:
        counts = [f for f in organisation.figures if f.quantity == "member_count" and f.as_of]
        for figure in counts:
            rivals = {f.value for f in counts if when(f.as_of) == when(figure.as_of)}
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


def _fact_time(fact: Fact) -> str:
    return when(fact.as_of) or when(fact.source.date)


def seats(
    organisations: Iterable[OrganisationDetail], cities: list[str]
) -> dict[str, tuple[str, Fact]]:
    """Return, by organisation key, the city of its latest one-city headquarters fact."""
    found: dict[str, tuple[str, Fact]] = {}
    for organisation in organisations:
        named = [(f, _names_city(f.text, cities)) for f in organisation.headquarters]
        single = [(f, places[0]) for f, places in named if len(places) == 1]
        if single:
            fact, city = max(single, key=lambda pair: _fact_time(pair[0]))
            found[organisation.key] = (city, fact)
    return found


def headquarters_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return, for each city one organisation sits in, which organisation that is."""
    organisations = {o.key: o for o in data.organisations}
    seated = seats(organisations.values(), list(data.cities))
    questions = []
    for city in sorted({city for city, _fact in seated.values()}):
        here = [key for key, (place, _fact) in seated.items() if place == city]
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
            fact = seated[key][1]
            # A foil that sat in this city before says so: "moved from Almaty to Astana".
            earlier = [f for f in organisation.headquarters if _names_city(f.text, [city])]
            if key != right and earlier:
                fact = max(earlier, key=_fact_time)
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
