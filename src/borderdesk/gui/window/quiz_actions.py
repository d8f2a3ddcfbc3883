"""View → Quiz and File → Print quiz…: a quiz for the class, on the screen or on paper.

Each quiz shown gets a new seed, named in its footer; Print quiz… offers the seed of the last
quiz shown, so the class can get on paper the quiz it just saw (and a fresh one otherwise).
"""

from __future__ import annotations

import importlib
import random

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.quiz import DEFAULT_QUESTIONS, QuizData, QuizError, available, build_quiz
from borderdesk.core.service import ReferenceService
from borderdesk.gui.errors import show_error
from borderdesk.gui.style.theme_manager import ThemeManager
from borderdesk.gui.views.quiz_slides import QuizWindow, start_quiz

QUIZ_DIALOG_MODULE = "borderdesk.gui.dialogs.quiz_dialog"
QUIZ_KEYS = "Shift+F5"  # beside F5, presentation mode
SEED_RANGE = (1, 9999)  # short enough to read out and type in


def new_seed() -> int:
    """Return a seed for a new quiz."""
    return random.randint(*SEED_RANGE)  # noqa: S311 - a quiz draw, not a secret


class QuizActions(QObject):
    """Start a quiz full screen, or open the printable quiz, for one window."""

    status_message = Signal(str)

    def __init__(
        self, service: ReferenceService, theme_manager: ThemeManager, window: QWidget
    ) -> None:
        super().__init__(window)
        self._service = service
        self._theme_manager = theme_manager
        self._window = window
        self.last_seed: int | None = None
        # Read at the first quiz, and again after a language change (``reload``).
        self._data: QuizData | None = None
        self.quiz_action = QAction(window)
        self.quiz_action.setObjectName("quizAction")
        self.quiz_action.setShortcut(QKeySequence(QUIZ_KEYS))
        self.quiz_action.triggered.connect(lambda _checked=False: self.start())
        self.print_action = QAction(window)
        self.print_action.setObjectName("printQuizAction")
        self.print_action.triggered.connect(lambda _checked=False: self.open_print_dialog())
        self.retranslate()

    def retranslate(self) -> None:
        """Put the actions' texts in the interface language."""
        self.quiz_action.setText(self.tr("&Quiz"))
        self.quiz_action.setStatusTip(
            self.tr("Questions from the dataset, full screen; Space shows each answer")
        )
        self.print_action.setText(self.tr("&Print quiz…"))
        self.print_action.setStatusTip(
            self.tr("A printable quiz with a separate answer key, to print or save as PDF")
        )

    def reload(self) -> None:
        """Read the questions' data again at the next quiz (the language has changed)."""
        self._data = None

    def data(self) -> QuizData:
        """Return what the questions are made from, read from the dataset once."""
        if self._data is None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._data = QuizData.read(self._service)
            finally:
                QApplication.restoreOverrideCursor()
        return self._data

    def start(self, over: QWidget | None = None, seed: int | None = None) -> QuizWindow | None:
        """Show a new quiz full screen over ``over`` (the window by default)."""
        seed = new_seed() if seed is None else seed
        try:
            data = self.data()
            count = min(DEFAULT_QUESTIONS, available(data))
            if count == 0:
                raise QuizError(self.tr("This dataset holds no figures a quiz can be made from."))
            quiz = build_quiz(data, count, seed)
        except BorderDeskError as exc:
            show_error(over or self._window, self.tr("Quiz"), str(exc))
            return None
        self.last_seed = seed
        window = start_quiz(quiz, over or self._window, self._theme_manager.theme)
        self._theme_manager.theme_changed.connect(window.set_theme)
        return window

    def open_print_dialog(self) -> None:
        """Open the printable quiz on the last quiz shown, or a new one."""
        seed = self.last_seed if self.last_seed is not None else new_seed()
        try:
            dialog = importlib.import_module(QUIZ_DIALOG_MODULE).QuizDialog
            dialog(self.data(), seed, self._window).exec()
        except (ImportError, BorderDeskError) as exc:
            show_error(self._window, self.tr("Print quiz"), str(exc))
