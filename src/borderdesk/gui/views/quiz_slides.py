"""The quiz as slides: a question with its options, then (Space) the answer and its sources.

Full screen like presentation mode, with the same look (``slide_look``): PageDown and the
arrows go to the next question, PageUp back, Space or Enter shows the answer (and on a shown
answer goes on), Home and End jump, Esc leaves. The right option is marked with a tick and in
bold, not by colour alone; the evidence under it names the source of every figure and fact.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from borderdesk.core.quiz import Question, Quiz
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.key_help import QT_TRANSLATE_NOOP, KeyGroup, KeyHelp
from borderdesk.gui.views.quiz_text import answer_line, evidence_lines, option_line, prompt
from borderdesk.gui.views.slide_look import size_label, slide_label, slide_style

# Type as shares of the slide's height: the prompt reads like a title; nothing is under 2.6%
# (28 px on a 1080-px screen), the footer included.
KICKER_SHARE = 0.03
PROMPT_SHARE = 0.05
OPTION_SHARE = 0.042
ANSWER_SHARE = 0.04
EVIDENCE_SHARE = 0.028
FOOTER_SHARE = 0.026
TICK = "✓"

NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up)
REVEAL_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
ENDS = (Qt.Key.Key_Home, Qt.Key.Key_End)
LEAVE_KEYS = (Qt.Key.Key_Escape,)

KEY_HELP = KeyGroup(
    QT_TRANSLATE_NOOP("KeyHelp", "Quiz (View → Quiz, or Q in presentation mode)"),
    (
        KeyHelp(
            REVEAL_KEYS,
            QT_TRANSLATE_NOOP("KeyHelp", "Show the answer and its sources (again: next question)"),
        ),
        KeyHelp(NEXT_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Next question")),
        KeyHelp(PREVIOUS_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Previous question")),
        KeyHelp(ENDS, QT_TRANSLATE_NOOP("KeyHelp", "First or last question")),
        KeyHelp(LEAVE_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Leave the quiz")),
    ),
)


class QuizWindow(QWidget):
    """Show a quiz one question at a time, full screen, for a class."""

    closed = Signal()

    def __init__(
        self, quiz: Quiz, parent: QWidget | None = None, *, theme: Theme = DEFAULT_THEME
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if not quiz.questions:
            raise ValueError("a quiz needs at least one question")
        self.setObjectName("quiz")
        self.setWindowTitle(self.tr("BorderDesk quiz"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._quiz = quiz
        self._index = 0
        self._revealed = False
        self._theme = theme
        self._build_ui()
        self._apply_theme()
        self._apply_fonts()
        self._show_question()

    def _build_ui(self) -> None:
        self.kicker_label = slide_label("quizKicker")
        self.prompt_label = slide_label("quizPrompt")
        self.option_labels = [slide_label(f"quizOption{n}") for n in range(4)]
        self.answer_label = slide_label("quizAnswer")
        self.evidence_label = slide_label("quizEvidence")
        self.footer_label = slide_label("quizFooter")
        self.footer_label.setWordWrap(False)
        self.hint_label = slide_label("quizHint")
        self.hint_label.setWordWrap(False)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.kicker_label)
        self._layout.addWidget(self.prompt_label)
        self._options = QVBoxLayout()
        for label in self.option_labels:
            self._options.addWidget(label)
        self._layout.addLayout(self._options)
        self._layout.addWidget(self.answer_label)
        self._layout.addWidget(self.evidence_label)
        self._layout.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.hint_label)
        footer.addStretch(1)
        footer.addWidget(self.footer_label)
        self._layout.addLayout(footer)

    # State --------------------------------------------------------------------------------

    @property
    def quiz(self) -> Quiz:
        """Return the quiz shown."""
        return self._quiz

    @property
    def index(self) -> int:
        """Return the index of the question shown."""
        return self._index

    @property
    def question(self) -> Question:
        """Return the question shown."""
        return self._quiz.questions[self._index]

    def is_revealed(self) -> bool:
        """Return whether the answer is shown."""
        return self._revealed

    def slide_text(self) -> str:
        """Return everything the slide says now, as plain text."""
        labels = (
            self.kicker_label,
            self.prompt_label,
            *self.option_labels,
            self.answer_label,
            self.evidence_label,
            self.footer_label,
        )
        return "\n".join(label.text() for label in labels if label.isVisibleTo(self))

    def set_theme(self, theme: Theme) -> None:
        """Show the quiz in a theme's colours."""
        if theme != self._theme:
            self._theme = theme
            self._apply_theme()

    def _apply_theme(self) -> None:
        muted = ("quizKicker", "quizEvidence", "quizFooter", "quizHint")
        self.setStyleSheet(slide_style(self._theme, "quiz", muted))

    # Moving -------------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        """Show question index (clamped), its answer hidden."""
        index = max(0, min(len(self._quiz.questions) - 1, index))
        if index != self._index or self._revealed:
            self._index = index
            self._revealed = False
            self._show_question()

    def next_question(self) -> None:
        """Show the next question."""
        self.go_to(self._index + 1)

    def previous_question(self) -> None:
        """Show the previous question."""
        self.go_to(self._index - 1)

    def reveal(self) -> None:
        """Show the answer and its evidence; on a shown answer, go to the next question."""
        if self._revealed:
            self.next_question()
            return
        self._revealed = True
        self._show_question()

    def _show_question(self) -> None:
        question = self.question
        count = len(self._quiz.questions)
        self.kicker_label.setText(
            self.tr("Question {number} of {count}").format(number=self._index + 1, count=count)
        )
        self.prompt_label.setText(prompt(question))
        ordered = len(question.answer) > 1
        for index, label in enumerate(self.option_labels):
            shown = index < len(question.options)
            label.setVisible(shown)
            if not shown:
                continue
            right = self._revealed and not ordered and index == question.answer[0]
            label.setText(
                f"{TICK} {option_line(question, index)}" if right else option_line(question, index)
            )
            size_label(label, max(self.height(), 1), OPTION_SHARE, bold=right)
        self.answer_label.setText(self.tr("Answer: {answer}").format(answer=answer_line(question)))
        self.evidence_label.setText("\n".join(evidence_lines(question)))
        self.answer_label.setVisible(self._revealed)
        self.evidence_label.setVisible(self._revealed)
        self.hint_label.setText(
            self.tr("PageDown: next question") if self._revealed else self.tr("Space: answer")
        )
        self.footer_label.setText(
            self.tr("{number} / {count} · Quiz {seed} · BorderDesk dataset {version}").format(
                number=self._index + 1,
                count=count,
                seed=self._quiz.seed,
                version=self._quiz.edition.version,
            )
        )

    # Type size ----------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        height = max(self.height(), 1)
        sizes: tuple[tuple[QLabel, float, bool], ...] = (
            (self.kicker_label, KICKER_SHARE, False),
            (self.prompt_label, PROMPT_SHARE, True),
            (self.answer_label, ANSWER_SHARE, True),
            (self.evidence_label, EVIDENCE_SHARE, False),
            (self.footer_label, FOOTER_SHARE, False),
            (self.hint_label, FOOTER_SHARE, False),
        )
        for label, share, bold in sizes:
            size_label(label, height, share, bold=bold)
        margin = round(height * 0.05)
        self._layout.setContentsMargins(margin, margin, margin, round(margin / 2))
        self._layout.setSpacing(round(height * 0.022))
        self._options.setSpacing(round(height * 0.01))
        self._show_question()  # the options' type follows the height too

    def smallest_text_px(self) -> int:
        """Return the smallest type on the slide, in pixels."""
        labels = (
            self.kicker_label,
            self.prompt_label,
            *self.option_labels,
            self.answer_label,
            self.evidence_label,
            self.footer_label,
            self.hint_label,
        )
        return min(label.font().pixelSize() for label in labels)

    # Events -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Size the type to the new height."""
        super().resizeEvent(event)
        self._apply_fonts()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Space or Enter answers; PageDown/PageUp and arrows move; Home/End; Esc leaves."""
        key = Qt.Key(event.key())
        if key in REVEAL_KEYS:
            self.reveal()
        elif key in NEXT_KEYS:
            self.next_question()
        elif key in PREVIOUS_KEYS:
            self.previous_question()
        elif key in ENDS:
            self.go_to(0 if key == Qt.Key.Key_Home else len(self._quiz.questions) - 1)
        elif key in LEAVE_KEYS:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        """Keep the keys on the slide: nothing on it takes the focus."""
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Tell whoever opened the quiz that it has ended."""
        super().closeEvent(event)
        self.closed.emit()


def start_quiz(quiz: Quiz, parent: QWidget, theme: Theme = DEFAULT_THEME) -> QuizWindow:
    """Show a quiz full screen on parent's screen; Esc brings parent back to the front."""
    window = QuizWindow(quiz, parent, theme=theme)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.closed.connect(parent.activateWindow)
    # As presentation mode: cover the screen even where no window manager honours the request.
    screen = parent.screen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    window.activateWindow()
    window.setFocus()
    return window


if __name__ == "__main__":
    import sys

    from borderdesk.core.quiz import build_quiz
    from borderdesk.core.sample import SampleService
    from borderdesk.gui.qtapp import ensure_application

    application = ensure_application()
    window = QuizWindow(build_quiz(SampleService(), 5, seed=1))
    window.resize(1280, 720)
    window.show()
    sys.exit(application.exec())
