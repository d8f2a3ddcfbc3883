"""Quiz questions about the five borders: longest, shortest, how long, in order, the totals.

Sources give different lengths for every border, so each question names the one source its
figures come from (a source that gives all five, as the chart offers) and the answer shows
that source's figures. A question that would have two right answers by its source (two
borders of the same length, a total two sources share) is not asked.
"""

from __future__ import annotations

import random

from borderdesk.core.format import format_km, format_number
from borderdesk.core.model import (
    OVERVIEW_REF,
    Bar,
    ItemKind,
    ItemRef,
    SegmentSeries,
)
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


def _length_line(series: SegmentSeries, bar: Bar) -> Evidence:
    return Evidence(EvidenceKind.LENGTH, (bar.label, format_km(bar.value)), series.source.ref)


def _distinct(bars: tuple[Bar, ...]) -> bool:
    """Return whether no two bars have the same length (else "longest" could tie)."""
    return len({bar.value for bar in bars}) == len(bars)


def extreme_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return, per source, which neighbour shares the longest and the shortest border."""
    questions = []
    for series in data.series:
        bars = series.bars
        if len(bars) < 3 or not _distinct(bars):
            continue
        for kind, pick in ((QuestionKind.LONGEST, max), (QuestionKind.SHORTEST, min)):
            right = pick(bars, key=lambda bar: bar.value)
            wrong = [bar.label for bar in bars if bar is not right]
            drawn = shuffled_options(rng, right.label, wrong)
            if drawn is None:
                continue
            options, answer = drawn
            shown = sorted(
                (bar for bar in bars if bar.label in options), key=lambda bar: -bar.value
            )
            questions.append(
                Question(
                    kind=kind,
                    subject="",
                    options=options,
                    answer=answer,
                    evidence=tuple(_length_line(series, bar) for bar in shown),
                    according_to=series.source.ref,
                    ref=ItemRef(ItemKind.BORDER, right.key),
                )
            )
    return questions


def length_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return, per source and border, how long the border is (other borders' lengths as foils).

    A foil that some source gives for this very border is left out: it would not be wrong.
    """
    questions = []
    every = data.series
    for series in every:
        for bar in series.bars:
            elsewhere = {
                format_km(other.value)
                for each in every
                for other in each.bars
                if other.key == bar.key
            }
            wrong = [format_km(other.value) for other in series.bars if other.key != bar.key]
            drawn = shuffled_options(
                rng, format_km(bar.value), [text for text in wrong if text not in elsewhere]
            )
            if drawn is None:
                continue
            options, answer = drawn
            questions.append(
                Question(
                    kind=QuestionKind.LENGTH,
                    subject=bar.label,
                    options=options,
                    answer=answer,
                    evidence=(_length_line(series, bar),),
                    according_to=series.source.ref,
                    ref=ItemRef(ItemKind.BORDER, bar.key),
                )
            )
    return questions


def order_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return, per source, four borders to put in order of length, longest first."""
    questions = []
    for series in data.series:
        if len(series.bars) < 3 or not _distinct(series.bars):
            continue
        picked = rng.sample(list(series.bars), min(MAX_OPTIONS, len(series.bars)))
        rng.shuffle(picked)
        longest_first = sorted(picked, key=lambda bar: -bar.value)
        questions.append(
            Question(
                kind=QuestionKind.ORDER,
                subject="",
                options=tuple(bar.label for bar in picked),
                answer=tuple(picked.index(bar) for bar in longest_first),
                evidence=tuple(_length_line(series, bar) for bar in longest_first),
                according_to=series.source.ref,
                ref=OVERVIEW_REF,
            )
        )
    return questions


def total_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return, for each total only one source gives, which source gives it."""
    totals = [figure for figure in data.overview.totals if figure.unit == "km"]
    questions = []
    for figure in totals:
        same = [other for other in totals if other.value == figure.value]
        if len(same) > 1:
            continue  # two sources give it: two right answers
        wrong = [other.source.label for other in totals if other.value != figure.value]
        drawn = shuffled_options(rng, figure.source.label, wrong)
        if drawn is None:
            continue
        options, answer = drawn
        shown = [other for other in totals if other.source.label in options]
        questions.append(
            Question(
                kind=QuestionKind.TOTAL,
                subject=format_km(figure.value),
                options=options,
                answer=answer,
                evidence=tuple(
                    Evidence(
                        EvidenceKind.TOTAL,
                        (other.source.label, format_km(other.value)),
                        other.source,
                    )
                    for other in shown
                ),
                ref=OVERVIEW_REF,
            )
        )
    return questions


def neighbour_questions(data: QuizData, rng: random.Random) -> list[Question]:
    """Return which of four countries has no land border with Kazakhstan (three have one).

    The foil is a country the map draws around Kazakhstan without a shared border (Tajikistan,
    Mongolia, Azerbaijan across the Caspian …); the evidence is the stated number of
    neighbours, asked only when it matches the borders the dataset holds.
    """
    overview = data.overview
    count = next((f for f in overview.figures if f.quantity == "neighbour_count"), None)
    borders = data.borders
    if count is None or int(count.value) != len(borders) or len(borders) < MAX_OPTIONS - 1:
        return []
    neighbours = {border.neighbour_key for border in borders}
    around = [
        outline
        for outline in data.outlines
        if outline.role == "context"
        and outline.key not in neighbours
        and outline.wording.complete  # never an English name among Kazakh or Russian options
    ]
    names = ", ".join(border.neighbour for border in borders)
    evidence = Evidence(EvidenceKind.NEIGHBOURS, (format_number(count.value), names), count.source)
    questions = []
    for outline in around:
        foils = rng.sample([border.neighbour for border in borders], MAX_OPTIONS - 1)
        options = [outline.name, *foils]
        rng.shuffle(options)
        questions.append(
            Question(
                kind=QuestionKind.NOT_NEIGHBOUR,
                subject=overview.title,
                options=tuple(options),
                answer=(options.index(outline.name),),
                evidence=(evidence,),
                ref=OVERVIEW_REF,
            )
        )
    return questions


MAKERS: tuple[Maker, ...] = (
    extreme_questions,
    length_questions,
    order_questions,
    total_questions,
    neighbour_questions,
)
