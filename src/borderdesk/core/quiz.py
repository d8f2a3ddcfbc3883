"""A quiz for the class, made from the dataset and its sources: the records and the draw.

Every question says which source it rests on where sources give different figures ("According
to CIA World Factbook 2015–2025, …") or for which date it holds ("As of July 2024, …"), and its
answer carries the evidence: each line a figure or a fact with its source. Questions are
plain data; the words around them are put together where they are shown (``gui.pages.
quiz_text``), so they can be translated. The same dataset and seed give the same quiz.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from enum import StrEnum

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.i18n import Counted, translate
from borderdesk.core.model import (
    BorderDetail,
    DatasetEdition,
    ItemRef,
    MapOutline,
    OrganisationDetail,
    Overview,
    SegmentSeries,
    SourceRef,
)
from borderdesk.core.record import frozen
from borderdesk.core.service import ReferenceService

DEFAULT_QUESTIONS = 10
MAX_OPTIONS = 4
MIN_OPTIONS = 3
LETTERS = "ABCDEFGH"


class QuestionKind(StrEnum):
    """What a question asks."""

    LONGEST = "longest"  # which neighbour shares the longest border (by one source)
    SHORTEST = "shortest"
    LENGTH = "length"  # how long is the border with X (by one source)
    ORDER = "order"  # put these borders in order of length (by one source)
    TOTAL = "total"  # which source gives the total as N km
    NOT_NEIGHBOUR = "not-neighbour"  # which of these countries is not a neighbour
    MEMBER = "member"  # which of these states is a member of X (as of a date)
    NOT_MEMBER = "not-member"
    HEADQUARTERS = "headquarters"  # which organisation has its headquarters in city X
    MEMBER_COUNT = "member-count"  # how many member states did X have (by one source)


class EvidenceKind(StrEnum):
    """What a line of an answer says; its ``values`` are filled in this order."""

    LENGTH = "length"  # neighbour, length ("Russia", "7,644 km")
    TOTAL = "total"  # source label, total ("CIA World Factbook 2015–2025", "13,364 km")
    NEIGHBOURS = "neighbours"  # how many, their names ("5", "Russia, Uzbekistan, …")
    MEMBERSHIP = "membership"  # country, role, since, until ("India", "member", "2017-06-09", "")
    NO_RECORD = "no-record"  # country: no membership of the organisation recorded
    COUNT = "count"  # organisation, number, as of ("SCO", "10", "2024-07")
    FACT = "fact"  # organisation, the fact's text, as of


@frozen
class Evidence:
    """One line of an answer: a figure or a fact, from one source."""

    kind: EvidenceKind
    values: tuple[str, ...]
    source: SourceRef | None  # None: what the dataset itself records (no membership row)


@frozen
class Question:
    """One question: its options, the right one (or the right order), and the evidence."""

    kind: QuestionKind
    subject: str  # what it is about: a neighbour, an organisation, a city, a total ("" if none)
    options: tuple[str, ...]  # names or figures from the data, in the order shown
    answer: tuple[int, ...]  # the right option's index; for ORDER every index, in order
    evidence: tuple[Evidence, ...]
    according_to: SourceRef | None = None  # the one source the question's figures come from
    as_of: str = ""  # the date the question holds for, as the data gives it ("2024-07")
    ref: ItemRef | None = None  # the item to read more about

    @property
    def answer_letters(self) -> str:
        """Return the right option's letter ("B"), or the right order ("B, D, A, C")."""
        return ", ".join(LETTERS[index] for index in self.answer)

    @property
    def answer_options(self) -> tuple[str, ...]:
        """Return the right option, or every option in the right order."""
        return tuple(self.options[index] for index in self.answer)

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        """Return every source the question and its answer cite, once each, in order."""
        cited = [self.according_to, *(line.source for line in self.evidence)]
        return tuple(dict.fromkeys(source for source in cited if source is not None))


@frozen
class Quiz:
    """Questions drawn with a seed from one dataset edition."""

    questions: tuple[Question, ...]
    seed: int
    edition: DatasetEdition


class QuizError(BorderDeskError):
    """A quiz cannot be made as asked (too many questions for this dataset, or none)."""


@frozen
class QuizData:
    """Everything the questions are made from, read from the service once."""

    edition: DatasetEdition
    overview: Overview
    series: tuple[SegmentSeries, ...]  # each chart source's five lengths, the default first
    borders: tuple[BorderDetail, ...]  # longest first
    organisations: tuple[OrganisationDetail, ...]
    outlines: tuple[MapOutline, ...]  # the countries the map draws
    cities: tuple[str, ...]  # the cities the map names

    @classmethod
    def read(cls, service: ReferenceService) -> QuizData:
        """Read what the questions need (the map once: it is the slowest to read)."""
        border_map = service.border_map()
        return cls(
            edition=service.edition(),
            overview=service.overview(),
            series=tuple(service.segment_series(o.ref.id) for o in service.chart_sources()),
            borders=tuple(service.border(summary.key) for summary in service.borders()),
            organisations=tuple(
                service.organisation(link.ref.key) for link in service.organisations()
            ),
            outlines=border_map.outlines,
            cities=tuple(point.name for point in border_map.points if point.kind == "city"),
        )


Maker = Callable[[QuizData, random.Random], list[Question]]
Source = ReferenceService | QuizData  # a service is read once per call


def _data(source: Source) -> QuizData:
    return source if isinstance(source, QuizData) else QuizData.read(source)


def makers() -> tuple[Maker, ...]:
    """Return every question maker, in a fixed order (the draw depends on it)."""
    from borderdesk.core import quiz_borders, quiz_organisations

    return (*quiz_borders.MAKERS, *quiz_organisations.MAKERS)


def candidates(source: Source, seed: int) -> dict[QuestionKind, list[Question]]:
    """Return every question the dataset allows, by kind, options shuffled with the seed."""
    data = _data(source)
    rng = random.Random(seed)  # noqa: S311 - a quiz draw, not a secret
    found: dict[QuestionKind, list[Question]] = {}
    for make in makers():
        for question in make(data, rng):
            found.setdefault(question.kind, []).append(question)
    return found


def available(source: Source) -> int:
    """Return how many different questions this dataset allows."""
    return sum(len(questions) for questions in candidates(source, 0).values())


def build_quiz(source: Source, count: int = DEFAULT_QUESTIONS, seed: int = 0) -> Quiz:
    """Draw ``count`` questions with a seed, one kind after another so the kinds mix.

    Raise QuizError when count is below 1 or above what the dataset allows.
    """
    if count < 1:
        raise QuizError(
            translate("Quiz", "a quiz needs at least one question, not {count}").format(count=count)
        )
    data = _data(source)
    pools = candidates(data, seed)
    total = sum(len(questions) for questions in pools.values())
    if count > total:
        raise QuizError(
            Counted.tr(
                "this dataset allows %n different question(s): ask for %n or fewer", "", total
            )
        )
    rng = random.Random(seed + 1)  # noqa: S311 - a quiz draw, not a secret
    kinds = sorted(pools)
    rng.shuffle(kinds)
    for kind in kinds:
        rng.shuffle(pools[kind])
    chosen: list[Question] = []
    while len(chosen) < count:
        for kind in kinds:
            if pools[kind] and len(chosen) < count:
                chosen.append(pools[kind].pop())
    return Quiz(tuple(chosen), seed, data.edition)


def shuffled_options(
    rng: random.Random, right: str, wrong: Sequence[str]
) -> tuple[tuple[str, ...], tuple[int, ...]] | None:
    """Return the right option among up to three wrong ones, shuffled, and its index.

    None when fewer than MIN_OPTIONS distinct options can be offered.
    """
    others = [option for option in dict.fromkeys(wrong) if option != right]
    if len(others) + 1 < MIN_OPTIONS:
        return None
    picked = rng.sample(others, min(len(others), MAX_OPTIONS - 1))
    options = [right, *picked]
    rng.shuffle(options)
    return tuple(options), (options.index(right),)
