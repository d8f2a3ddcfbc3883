"""The quiz: its answers checked against the dataset, named sources, the seed's determinism."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from borderdesk.core.format import format_km
from borderdesk.core.language import Language, wording
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.quiz import (
    LETTERS,
    EvidenceKind,
    Question,
    QuestionKind,
    QuizData,
    QuizError,
    available,
    build_quiz,
    candidates,
)
from borderdesk.core.sample import SampleService
from borderdesk.core.service import ReferenceService
from borderdesk.data.store import open_store

FIGURE_KINDS = {
    QuestionKind.LONGEST,
    QuestionKind.SHORTEST,
    QuestionKind.LENGTH,
    QuestionKind.ORDER,
    QuestionKind.MEMBER_COUNT,
}


@pytest.fixture(scope="module")
def service() -> ReferenceService:
    return open_store(None)


@pytest.fixture(scope="module")
def every(service: ReferenceService) -> list[Question]:
    """Return every question the bundled dataset allows (options drawn with seed 5)."""
    return [q for questions in candidates(service, 5).values() for q in questions]


def of_kind(questions: list[Question], kind: QuestionKind) -> Iterator[Question]:
    found = [q for q in questions if q.kind is kind]
    assert found, f"the bundled dataset should give {kind.value} questions"
    yield from found


def series_values(service: ReferenceService, question: Question) -> dict[str, float]:
    """Return the named source's lengths by neighbour name."""
    assert question.according_to is not None
    series = service.segment_series(question.according_to.id)
    return {bar.label: bar.value for bar in series.bars}


def test_the_longest_border_answer_is_the_largest_of_the_named_sources_series(
    service: ReferenceService, every: list[Question]
) -> None:
    for question in of_kind(every, QuestionKind.LONGEST):
        lengths = series_values(service, question)
        (answer,) = question.answer_options
        assert lengths[answer] == max(lengths.values())
        assert answer == "Russia"
        # The answer shows the figure the source gives, with that source.
        assert question.evidence[0].values == ("Russia", format_km(lengths["Russia"]))
        assert question.evidence[0].source == question.according_to


def test_the_shortest_border_answer_is_the_smallest_of_the_named_sources_series(
    service: ReferenceService, every: list[Question]
) -> None:
    for question in of_kind(every, QuestionKind.SHORTEST):
        lengths = series_values(service, question)
        (answer,) = question.answer_options
        assert lengths[answer] == min(lengths.values())
        assert answer == "Turkmenistan"


def test_a_length_answer_is_the_named_sources_figure_and_no_foil_is_any_sources(
    service: ReferenceService, every: list[Question]
) -> None:
    by_name = {s.neighbour: s.key for s in service.borders()}
    for question in of_kind(every, QuestionKind.LENGTH):
        lengths = series_values(service, question)
        assert question.answer_options == (format_km(lengths[question.subject]),)
        published = {format_km(f.value) for f in service.border(by_name[question.subject]).lengths}
        foils = set(question.options) - set(question.answer_options)
        assert not foils & published, "a foil that some source gives would not be wrong"
        assert question.ref == ItemRef(ItemKind.BORDER, by_name[question.subject])


def test_an_order_answer_is_the_named_sources_lengths_longest_first(
    service: ReferenceService, every: list[Question]
) -> None:
    for question in of_kind(every, QuestionKind.ORDER):
        lengths = series_values(service, question)
        assert sorted(question.answer) == list(range(len(question.options)))
        ordered = question.answer_options
        assert list(ordered) == sorted(question.options, key=lambda name: -lengths[name])
        assert [line.values[0] for line in question.evidence] == list(ordered)
        assert len(question.options) == 4


def test_a_total_question_names_a_total_only_one_source_gives(
    service: ReferenceService, every: list[Question]
) -> None:
    totals = {f.source.label: format_km(f.value) for f in service.overview().totals}
    asked = set()
    for question in of_kind(every, QuestionKind.TOTAL):
        (answer,) = question.answer_options
        assert totals[answer] == question.subject
        assert [label for label, total in totals.items() if total == question.subject] == [answer]
        asked.add(question.subject)
    # 12,012 km is both the article's and the 1992–2007 Factbook's: never asked
    assert asked == {"12,185 km", "13,364 km", "13,392.6 km"}


def test_every_figure_question_names_its_one_source(every: list[Question]) -> None:
    for question in every:
        if question.kind in FIGURE_KINDS:
            assert question.according_to is not None, question
            assert {line.source for line in question.evidence} == {question.according_to}
        for line in question.evidence:
            if line.kind is not EvidenceKind.NO_RECORD:
                assert line.source is not None, (question, line)


def test_no_member_count_question_rests_on_a_count_sources_dispute(
    service: ReferenceService, every: list[Question]
) -> None:
    for question in of_kind(every, QuestionKind.MEMBER_COUNT):
        key = question.ref.key if question.ref else ""
        figures = [
            f
            for f in service.organisation(key).figures
            if f.quantity == "member_count" and f.as_of == question.as_of
        ]
        assert {int(f.value) for f in figures} == {int(question.answer_options[0])}
        assert question.according_to in {f.source for f in figures}


CICA_2025 = {
    "Afghanistan", "Azerbaijan", "Bahrain", "Bangladesh", "Cambodia", "China", "Egypt", "India",
    "Iran", "Iraq", "Israel", "Jordan", "Kuwait", "Kyrgyzstan", "Mongolia", "Pakistan",
    "Palestine", "Qatar", "Republic of Korea", "Russia", "Sri Lanka", "Tajikistan", "Thailand",
    "Turkey", "United Arab Emirates", "Uzbekistan", "Vietnam",
}  # fmt: skip


def test_membership_answers_hold_for_the_date_of_the_latest_count(every: list[Question]) -> None:
    # Members on the date of each organisation's latest count, by the validity rule; Kazakhstan
    # itself is never asked about, and Armenia (CSTO participation frozen) is neither answer
    # nor foil.
    members = {
        ("CSTO", "2025-11-27"): {"Russia", "Kyrgyzstan", "Tajikistan", "Belarus"},
        ("SCO", "2025-09-01"): {
            "Russia", "China", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "India", "Pakistan",
            "Iran", "Belarus",
        },
        ("CICA", "2025-02-05"): CICA_2025,
        ("CARICC", "2021-04-20"): {
            "Azerbaijan", "Kyrgyzstan", "Russia", "Tajikistan", "Turkmenistan", "Uzbekistan",
        },
        ("CU", "2010"): {"Russia", "Belarus"},
        ("SES", "2012"): {"Russia", "Belarus"},
        ("EAEU", "2024-12-17"): {"Russia", "Belarus", "Armenia", "Kyrgyzstan"},
    }  # fmt: skip
    asked = set()
    for kind in (QuestionKind.MEMBER, QuestionKind.NOT_MEMBER):
        for question in of_kind(every, kind):
            known = members[(question.subject, question.as_of)]
            (answer,) = question.answer_options
            others = set(question.options) - {answer}
            if kind is QuestionKind.MEMBER:
                assert answer in known
                assert not others & known
            else:
                assert answer not in known
                assert others <= known
            if question.subject == "CSTO":
                assert "Armenia" not in question.options
            assert question.evidence[-1].kind is EvidenceKind.COUNT
            asked.add(question.subject)
    assert asked == {"CSTO", "SCO", "CICA", "CARICC", "CU", "SES", "EAEU"}


def test_headquarters_answers_and_a_foil_that_sat_there_before(every: list[Question]) -> None:
    answers = {q.subject: q.answer_options[0] for q in of_kind(every, QuestionKind.HEADQUARTERS)}
    # Moscow holds the CSTO's and the Eurasian Economic Commission's seats: no single answer.
    assert answers == {"Almaty": "CARICC", "Astana": "CICA", "Beijing": "SCO", "Tashkent": "SCO"}
    almaty = next(q for q in every if q.kind is QuestionKind.HEADQUARTERS and q.subject == "Almaty")
    cica = next(line for line in almaty.evidence if line.values[0] == "CICA")
    assert "moved from Almaty to Astana" in cica.values[1]


def test_not_a_neighbour_is_a_mapped_country_without_a_border(
    service: ReferenceService, every: list[Question]
) -> None:
    neighbours = {s.neighbour for s in service.borders()}
    for question in of_kind(every, QuestionKind.NOT_NEIGHBOUR):
        (answer,) = question.answer_options
        assert answer not in neighbours
        assert set(question.options) - {answer} <= neighbours
        assert question.evidence[0].values[0] == "5"


def test_options_are_distinct_and_the_answer_is_one_of_them(every: list[Question]) -> None:
    for question in every:
        assert 3 <= len(question.options) <= 4
        assert len(set(question.options)) == len(question.options)
        assert all(0 <= index < len(question.options) for index in question.answer)
        letters = question.answer_letters.split(", ")
        assert letters == [LETTERS[index] for index in question.answer]
        assert set(letters) <= set(LETTERS[: len(question.options)])


def test_the_same_seed_gives_the_same_quiz(service: ReferenceService) -> None:
    first = build_quiz(service, 12, seed=42)
    assert build_quiz(service, 12, seed=42) == first
    assert build_quiz(service, 12, seed=43) != first
    assert first.seed == 42
    assert len(first.questions) == 12


def test_a_quiz_mixes_the_kinds(service: ReferenceService) -> None:
    quiz = build_quiz(service, 10, seed=1)
    assert len({q.kind for q in quiz.questions}) == 10
    assert len(set(quiz.questions)) == 10


def test_too_many_or_too_few_questions_are_refused(service: ReferenceService) -> None:
    most = available(service)
    assert len(build_quiz(service, most, seed=3).questions) == most
    with pytest.raises(QuizError, match=f"allows {most} different questions"):
        build_quiz(service, most + 1)
    with pytest.raises(QuizError, match="at least one question"):
        build_quiz(service, 0)


def test_the_sample_dataset_gives_a_smaller_quiz() -> None:
    sample = SampleService()
    quiz = build_quiz(sample, 3, seed=0)
    assert len(quiz.questions) == 3
    assert {q.kind for q in quiz.questions} <= FIGURE_KINDS | {QuestionKind.TOTAL}


@pytest.mark.parametrize("language", [Language.RU, Language.KK])
def test_a_kazakh_or_russian_quiz_offers_no_english_name(
    service: ReferenceService, language: Language
) -> None:
    """A country the map draws with no Kazakh or Russian name (a pack's) is never an option."""
    data = QuizData.read(service.in_language(language))
    assert all(outline.wording.complete for outline in data.outlines)  # the bundled map's
    english = {o.key: o.name for o in service.border_map().outlines}
    translated = {o.key: o.name for o in data.outlines}
    assert translated["MD"] != english["MD"]  # Moldova has its name in the language
    unnamed = tuple(
        dataclasses.replace(o, name=english["MD"], wording=wording(language, {"name": Language.EN}))
        if o.key == "MD"
        else o
        for o in data.outlines
    )

    named = options_of(candidates(data, 4821))
    found = candidates(dataclasses.replace(data, outlines=unnamed), 4821)

    assert translated["MD"] in named  # a "which is not a neighbour" option when named
    assert found[QuestionKind.NOT_NEIGHBOUR]
    assert english["MD"] not in options_of(found)
    assert translated["MN"] in options_of(found)


def options_of(found: dict[QuestionKind, list[Question]]) -> set[str]:
    """Return every option of every question."""
    return {option for questions in found.values() for q in questions for option in q.options}
