"""Lay out a printable quiz: the questions first, then the answer key on pages of its own.

Pages are laid out in points on A4 or US Letter like the handouts (``handout_page``,
``handout_text``). Each question, and each answer with its evidence, is a block kept whole on
one page; a block that does not fit goes to the next page. The answer key starts on a new
page, so the questions can be printed for the class and the key kept apart, and it ends with
the full citation of every source it names.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter

from borderdesk.core.dates import format_date
from borderdesk.core.handout import citation
from borderdesk.core.i18n import Counted, translate
from borderdesk.core.paper import PaperSize
from borderdesk.core.quiz import LETTERS, Question, QuestionKind, Quiz
from borderdesk.core.record import frozen
from borderdesk.gui.render.handout_page import (
    ACCENT,
    MUTED,
    RULE,
    TEXT,
    PageLayout,
    Placed,
    content_rect,
    rule,
)
from borderdesk.gui.render.handout_text import Fonts, TextBox, source_box, text_box
from borderdesk.gui.views.quiz_text import answer_line, evidence_lines, option_line, prompt

BLOCK_GAP = 14.0  # pt between two questions or two answers
OPTION_INDENT = 18.0  # pt: options under their question's text
NUMBER_WIDTH = 22.0  # pt: the question's number left of its text
FOOTER_PAD = 5.0


@frozen
class QuizSheet:
    """What a printed quiz needs besides its questions: who made it and when."""

    quiz: Quiz
    version: str  # BorderDesk's version
    printed: date

    def title(self) -> str:
        """Return the document's title: ``BorderDesk quiz 4821``."""
        return translate("QuizPrint", "BorderDesk quiz {seed}").format(seed=self.quiz.seed)

    def footer(self) -> str:
        """Return the footer's left part."""
        return translate(
            "QuizPrint", "BorderDesk {version} · dataset {dataset} · quiz {seed} · printed {day}"
        ).format(
            version=self.version,
            dataset=self.quiz.edition.version,
            seed=self.quiz.seed,
            day=format_date(self.printed.isoformat()),
        )


Block = list[tuple[str, TextBox, float, float]]  # name, box, indent, space above


class QuizPager:
    """Lay out a quiz's pages in points: questions, then the answer key from a new page."""

    def __init__(self, sheet: QuizSheet, paper: PaperSize, family: str) -> None:
        self.sheet = sheet
        self.paper = paper
        self.fonts = Fonts(family)
        self.width = content_rect(paper).width()
        self._pages: list[list[Placed]] = []
        self._parts: list[str] = []  # "questions" or "key", per page
        self.key_start = 0
        self._lay_out()

    @property
    def page_count(self) -> int:
        """Return the number of pages, the answer key's included."""
        return len(self._pages)

    def part(self, index: int) -> str:
        """Return what page index holds: ``questions`` or ``key``."""
        return self._parts[index]

    def layout(self, index: int) -> PageLayout:
        """Return page index with its footer."""
        items = [*self._pages[index], self._footer(index)]
        return PageLayout(self.paper, tuple(items), 0, 1.0)

    # Blocks -------------------------------------------------------------------------------

    def _box(
        self, text: str, size: float, colour: str = TEXT, *, bold: bool = False, indent: float = 0.0
    ) -> TextBox:
        return text_box(text, self.fonts.font(size, bold=bold), self.width - indent, colour)

    def _heading(self, kicker: str, title: str, lines: list[str]) -> Block:
        block: Block = [
            ("kicker", self._box(kicker, 9, MUTED), 0.0, 0.0),
            ("title", self._box(title, 22, bold=True), 0.0, 2.0),
        ]
        block += [(f"intro {n}", self._box(line, 11), 0.0, 6.0) for n, line in enumerate(lines)]
        return block

    def _question(self, number: int, question: Question) -> Block:
        indent = NUMBER_WIDTH
        block: Block = [
            (f"number {number}", self._box(f"{number}.", 11, bold=True), 0.0, 0.0),
            (
                f"question {number}",
                self._box(prompt(question), 11, bold=True, indent=indent),
                indent,
                -1.0,
            ),
        ]
        for index in range(len(question.options)):
            box = self._box(option_line(question, index), 11, indent=indent + OPTION_INDENT)
            block.append((f"option {number}{LETTERS[index]}", box, indent + OPTION_INDENT, 3.0))
        if question.kind is QuestionKind.ORDER:
            blanks = "  ".join("____" for _ in question.options)
            line = translate("QuizPrint", "Longest first: {blanks}").format(blanks=blanks)
            block.append((f"blanks {number}", self._box(line, 11, indent=indent), indent, 6.0))
        return block

    def _answer(self, number: int, question: Question) -> Block:
        indent = NUMBER_WIDTH
        block: Block = [
            (f"key number {number}", self._box(f"{number}.", 10.5, bold=True), 0.0, 0.0),
            (
                f"answer {number}",
                self._box(answer_line(question), 10.5, bold=True, indent=indent),
                indent,
                -1.0,
            ),
            (
                f"asked {number}",
                self._box(prompt(question), 8.5, MUTED, indent=indent),
                indent,
                1.0,
            ),
        ]
        for n, line in enumerate(evidence_lines(question)):
            box = self._box(line, 9, indent=indent + OPTION_INDENT)
            block.append((f"evidence {number}.{n + 1}", box, indent + OPTION_INDENT, 2.0))
        return block

    def _sources(self) -> list[Block]:
        cited = dict.fromkeys(s for q in self.sheet.quiz.questions for s in q.sources)
        blocks = [
            [
                (
                    "sources heading",
                    self._box(translate("QuizPrint", "Sources"), 11, ACCENT, bold=True),
                    0.0,
                    0.0,
                )
            ]
        ]
        for n, source in enumerate(cited, start=1):
            box = source_box(source.label, citation(source), self.fonts, self.width)
            blocks.append([(f"source {n}", box, 0.0, 0.0)])
        return blocks

    # Pages --------------------------------------------------------------------------------

    def _lay_out(self) -> None:
        quiz = self.sheet.quiz
        count = len(quiz.questions)
        questions = [
            self._heading(
                translate(
                    "QuizPrint",
                    "BorderDesk quiz · Kazakhstan's land borders and regional organisations",
                ),
                self.sheet.title(),
                [
                    translate(
                        "QuizPrint",
                        "Name: ____________________   Class: ________   Date: ____________",
                    ),
                    Counted.tr(
                        "%n question(s). Circle the letter of the right answer; where the "
                        "question asks for an order, write the letters in that order.",
                        "",
                        count,
                    ),
                ],
            ),
            *(self._question(n, q) for n, q in enumerate(quiz.questions, start=1)),
        ]
        self._flow(questions, "questions")
        self.key_start = len(self._pages)
        key = [
            self._heading(
                translate("QuizPrint", "For the teacher · keep apart from the questions"),
                translate("QuizPrint", "Answer key: quiz {seed}").format(seed=quiz.seed),
                [translate("QuizPrint", "Every figure and fact with the source it comes from.")],
            ),
            *(self._answer(n, q) for n, q in enumerate(quiz.questions, start=1)),
            *self._sources(),
        ]
        self._flow(key, "key")

    def _flow(self, blocks: list[Block], part: str) -> None:
        """Place blocks top-down from a new page, starting another page when one is full."""
        content = content_rect(self.paper)
        bottom = content.bottom() - self._footer_height()
        page: list[Placed] = []
        y = content.top()
        for block in blocks:
            height = _height(block)
            gap = BLOCK_GAP if page else 0.0
            if page and y + gap + height > bottom:
                self._pages.append(page)
                self._parts.append(part)
                page, y, gap = [], content.top(), 0.0
            y += gap
            top = y
            for name, box, indent, above in block:
                if above < 0:  # beside the previous box (a number), on its first line
                    at = QPointF(content.left() + indent, top)
                else:
                    y += above
                    at = QPointF(content.left() + indent, y)
                    top = y
                page.append(box.placed(name, at))
                y = max(y, at.y() + box.height)
            if part == "questions" and block is blocks[0]:
                y += 8
                page.append(rule("rule", QPointF(content.left(), y), self.width, RULE))
        self._pages.append(page)
        self._parts.append(part)

    def _footer_boxes(self, part: str, page: int, count: int) -> tuple[TextBox, TextBox]:
        what = (
            translate("QuizPrint", "Questions")
            if part == "questions"
            else translate("QuizPrint", "Answer key")
        )
        number = translate("QuizPrint", "{part} · page {page} of {count}").format(
            part=what, page=page, count=count
        )
        right = text_box(
            number, self.fonts.footer, self.width * 0.3, MUTED, align=Qt.AlignmentFlag.AlignRight
        )
        left = text_box(self.sheet.footer(), self.fonts.footer, self.width * 0.68, MUTED)
        return left, right

    def _footer_height(self) -> float:
        """Return the footer's height, for the widest page number there may be."""
        left, right = self._footer_boxes("key", 99, 99)
        return max(left.height, right.height) + FOOTER_PAD + BLOCK_GAP

    def _footer(self, index: int) -> Placed:
        content = content_rect(self.paper)
        left, right = self._footer_boxes(self._parts[index], index + 1, len(self._pages))
        height = max(left.height, right.height) + FOOTER_PAD
        rect = content.adjusted(0, content.height() - height, 0, 0)
        line = rule("footer rule", rect.topLeft(), rect.width(), RULE)

        def paint(painter: QPainter) -> None:
            line.paint(painter)
            left.draw(painter, QPointF(rect.left(), rect.top() + FOOTER_PAD))
            right.draw(painter, QPointF(rect.right() - right.width, rect.top() + FOOTER_PAD))

        return Placed("footer", rect, paint)


def _height(block: Block) -> float:
    """Return a block's height as ``_flow`` places it."""
    y = top = 0.0
    for _name, box, _indent, above in block:
        if above >= 0:
            y += above
            top = y
        y = max(y, top + box.height)
    return y
