"""The quiz's words: each question's prompt, its answer and the evidence lines, translatable.

``core.quiz`` gives the questions as data (names, figures, sources, dates); the sentences
around them are made here with ``core.i18n.translate`` in the ``Quiz`` context, for the
slides and the printed quiz alike. Names and figures from the data are never translated.
"""

from __future__ import annotations

from borderdesk.core.dates import format_date
from borderdesk.core.i18n import translate
from borderdesk.core.quiz import LETTERS, Evidence, EvidenceKind, Question, QuestionKind
from borderdesk.core.vocabulary import role_name

CONTEXT = "Quiz"


def prompt(question: Question) -> str:
    """Return the question as asked, naming its source or its date where it rests on one."""
    source = question.according_to.label if question.according_to else ""
    values = {
        "source": source,
        "subject": question.subject,
        "date": format_date(question.as_of),
    }
    templates = {
        QuestionKind.LONGEST: translate(
            "Quiz",
            "According to {source}, which neighbour shares Kazakhstan's longest land border?",
        ),
        QuestionKind.SHORTEST: translate(
            "Quiz",
            "According to {source}, which neighbour shares Kazakhstan's shortest land border?",
        ),
        QuestionKind.LENGTH: translate(
            "Quiz", "According to {source}, how long is Kazakhstan's land border with {subject}?"
        ),
        QuestionKind.ORDER: translate(
            "Quiz", "According to {source}, put these borders in order of length, longest first."
        ),
        QuestionKind.TOTAL: translate(
            "Quiz", "Which source gives the total length of Kazakhstan's land borders as {subject}?"
        ),
        QuestionKind.NOT_NEIGHBOUR: translate(
            "Quiz", "Which of these countries does not share a land border with Kazakhstan?"
        ),
        QuestionKind.MEMBER: translate(
            "Quiz", "As of {date}, which of these states is a member of the {subject}?"
        ),
        QuestionKind.NOT_MEMBER: translate(
            "Quiz", "As of {date}, which of these states is not a member of the {subject}?"
        ),
        QuestionKind.HEADQUARTERS: translate(
            "Quiz",
            "By the latest records, which of these organisations has its headquarters in "
            "{subject}?",
        ),
        QuestionKind.MEMBER_COUNT: translate(
            "Quiz",
            "According to {source}, how many member states did the {subject} have as of {date}?",
        ),
    }
    return templates[question.kind].format(**values)


def option_line(question: Question, index: int) -> str:
    """Return an option with its letter: ``B. Russia``."""
    return f"{LETTERS[index]}. {question.options[index]}"


def answer_line(question: Question) -> str:
    """Return the answer: ``B. Russia``, or for an order ``C, A, D, B: Russia, China, …``."""
    if question.kind is QuestionKind.ORDER:
        names = ", ".join(question.answer_options)
        return f"{question.answer_letters}: {names}"
    return option_line(question, question.answer[0])


def evidence_text(line: Evidence) -> str:
    """Return what an evidence line says, without its source."""
    values = line.values
    match line.kind:
        case EvidenceKind.LENGTH | EvidenceKind.TOTAL:
            return f"{values[0]}: {values[1]}"
        case EvidenceKind.NEIGHBOURS:
            return translate("Quiz", "Kazakhstan's {count} land neighbours: {names}").format(
                count=values[0], names=values[1]
            )
        case EvidenceKind.MEMBERSHIP:
            return _membership_text(*values)
        case EvidenceKind.NO_RECORD:
            return translate(
                "Quiz", "{state}: no membership of the {organisation} recorded"
            ).format(state=values[0], organisation=values[1])
        case EvidenceKind.COUNT:
            return translate("Quiz", "{organisation}: {count} member states as of {date}").format(
                organisation=values[0], count=values[1], date=format_date(values[2])
            )
        case EvidenceKind.FACT:
            return f"{values[0]}: {values[1]}"
    return ", ".join(values)


def _membership_text(state: str, role: str, since: str, until: str) -> str:
    if since and until:
        template = translate("Quiz", "{state}: {role}, {since} to {until}")
    elif until:
        template = translate("Quiz", "{state}: {role} until {until}")
    elif since:
        template = translate("Quiz", "{state}: {role} since {since}")
    else:
        template = translate("Quiz", "{state}: {role}")
    return template.format(
        state=state, role=role_name(role), since=format_date(since), until=format_date(until)
    )


def cited(line: Evidence) -> str:
    """Return an evidence line with its source: ``Russia: 7,644 km — CIA World Factbook …``.

    A source's total names its source already: it is not named twice.
    """
    text = evidence_text(line)
    if line.source is None or line.kind is EvidenceKind.TOTAL:
        return text
    return f"{text} — {line.source.label}"


def evidence_lines(question: Question) -> list[str]:
    """Return the answer's evidence, one line each, every figure and fact with its source.

    When every line rests on one source it is named once, on a last line of its own.
    """
    sources = {line.source for line in question.evidence}
    if len(sources) == 1 and len(question.evidence) > 1:
        (source,) = sources
        if source is not None and question.evidence[0].kind is not EvidenceKind.TOTAL:
            lines = [evidence_text(line) for line in question.evidence]
            return [*lines, translate("Quiz", "Source: {source}").format(source=source.label)]
    return [cited(line) for line in question.evidence]
