"""The quiz as slides: question, Space for the answer and its sources, keys, type size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.format import format_km
from borderdesk.core.quiz import QuestionKind, Quiz, build_quiz
from borderdesk.core.sample import SampleService
from borderdesk.data.store import open_store
from borderdesk.gui.settings import Settings
from borderdesk.gui.style.theme import DARK
from borderdesk.gui.views.quiz_slides import TICK, QuizWindow
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.fakes import FakeChartPanel
from tests.gui.slide_measure import drawn_text
from tests.gui.test_main_window import pane_text

Maker = Callable[..., QuizWindow]


@pytest.fixture(scope="module")
def bundled_quiz() -> Quiz:
    return build_quiz(open_store(None), 10, seed=1)


@pytest.fixture
def make_quiz(qtbot: QtBot, bundled_quiz: Quiz) -> Maker:
    def make(height: int = 720, quiz: Quiz | None = None, width: int = 0) -> QuizWindow:
        window = QuizWindow(quiz or bundled_quiz)
        qtbot.addWidget(window)
        window.resize(width or height * 16 // 9, height)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def press(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(window, key)


def test_a_question_first_then_space_shows_the_answer_and_its_sources(
    qtbot: QtBot, make_quiz: Maker
) -> None:
    window = make_quiz()
    first = window.question
    text = window.slide_text()
    assert text.startswith("Question 1 of 10\n")
    assert "Answer" not in text
    assert TICK not in text

    press(qtbot, window, Qt.Key.Key_Space)

    assert window.is_revealed()
    text = window.slide_text()
    assert f"Answer: {first.answer_letters}" in text
    for source in first.sources:
        assert source.label in text
    right = window.option_labels[first.answer[0]]
    if len(first.answer) == 1:
        assert right.text().startswith(TICK)
        assert right.font().weight() > window.option_labels[first.answer[0] - 1].font().weight()


def test_the_longest_border_slide_names_the_source_and_its_figure(
    qtbot: QtBot, make_quiz: Maker, bundled_quiz: Quiz
) -> None:
    index = next(i for i, q in enumerate(bundled_quiz.questions) if q.kind is QuestionKind.LONGEST)
    window = make_quiz()
    window.go_to(index)
    question = window.question
    assert question.according_to is not None
    assert f"According to {question.according_to.label}, which neighbour" in window.slide_text()

    window.reveal()

    series = open_store(None).segment_series(question.according_to.id)
    longest = max(series.bars, key=lambda bar: bar.value)
    assert f"Answer: {question.answer_letters}. {longest.label}" in window.slide_text()
    assert f"{longest.label}: {format_km(longest.value)}" in window.slide_text()


@pytest.mark.parametrize(
    ("key", "index", "revealed"),
    [
        (Qt.Key.Key_PageDown, 3, False),
        (Qt.Key.Key_Right, 3, False),
        (Qt.Key.Key_PageUp, 1, False),
        (Qt.Key.Key_Home, 0, False),
        (Qt.Key.Key_End, 9, False),
        (Qt.Key.Key_Return, 2, True),
    ],
)
def test_keys_move_and_reveal(
    qtbot: QtBot, make_quiz: Maker, key: Qt.Key, index: int, revealed: bool
) -> None:
    window = make_quiz()
    window.go_to(2)
    press(qtbot, window, key)
    assert (window.index, window.is_revealed()) == (index, revealed)


def test_space_on_a_shown_answer_goes_on_and_esc_leaves(qtbot: QtBot, make_quiz: Maker) -> None:
    window = make_quiz()
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Space)
    assert (window.index, window.is_revealed()) == (1, False)

    with qtbot.waitSignal(window.closed):
        press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.isVisible()


@pytest.mark.parametrize(
    "size", [(1024, 768), (1280, 720), (1920, 1080), (3840, 2160)], ids=lambda s: f"{s[0]}x{s[1]}"
)
def test_no_text_drawn_under_2_6_percent_of_the_height_and_nothing_runs_off(
    qtbot: QtBot, make_quiz: Maker, bundled_quiz: Quiz, size: tuple[int, int]
) -> None:
    width, height = size
    window = make_quiz(height, width=width)
    least = round(0.026 * height)  # 28 px at 1080
    too_small = []
    measured = 0
    for index in range(len(bundled_quiz.questions)):
        window.go_to(index)
        for state in ("question", "answer"):
            if state == "answer":
                window.reveal()
            QApplication.processEvents()
            runs = drawn_text(window)  # every word as painted, not the fonts set
            measured += len(runs)
            too_small += [
                (index + 1, state, round(px, 1), words[:40])
                for px, words in runs
                if px < least - 0.5
            ]
        bottom = max(label.geometry().bottom() for label in (window.evidence_label,))
        assert bottom < window.footer_label.geometry().top(), f"question {index + 1} runs over"
    assert too_small == []
    assert measured >= 2 * 3 * len(bundled_quiz.questions)  # title, question, footer at least


def test_the_quiz_follows_the_theme(make_quiz: Maker) -> None:
    window = make_quiz()
    window.set_theme(DARK)
    assert DARK.background.lower() in window.styleSheet().lower()


# From the window and from presentation mode -----------------------------------------------


@pytest.fixture
def main_window(qtbot: QtBot, sample_service: SampleService, settings_path: Path) -> MainWindow:
    shown = MainWindow(sample_service, Settings(settings_path), chart_factory=FakeChartPanel)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: pane_text(shown) != "Loading…")
    return shown


def test_view_quiz_shows_a_quiz_full_screen_with_its_number(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.quiz.quiz_action.trigger()
    quiz = main_window.findChild(QuizWindow, "quiz")
    assert quiz is not None
    qtbot.waitExposed(quiz)

    assert quiz.isFullScreen()
    assert len(quiz.quiz.questions) == 10
    assert f"Quiz {quiz.quiz.seed}" in quiz.slide_text()
    assert main_window.quiz.last_seed == quiz.quiz.seed
    quiz.close()


def test_q_in_presentation_mode_opens_the_quiz_and_esc_returns_to_the_slides(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    slides = main_window.present()
    qtbot.waitExposed(slides)
    press(qtbot, slides, Qt.Key.Key_Q)
    quiz = slides.findChild(QuizWindow, "quiz")
    assert quiz is not None
    qtbot.waitExposed(quiz)

    press(qtbot, quiz, Qt.Key.Key_Escape)

    assert not quiz.isVisible()
    assert slides.isVisible()
    slides.close()


def test_print_quiz_offers_the_quiz_last_shown(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[Any, int]] = []

    class QuizDialog:
        def __init__(self, service: Any, seed: int, parent: QWidget) -> None:
            opened.append((service, seed))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(
        "borderdesk.gui.window.quiz_actions.importlib.import_module",
        lambda _name: type("module", (), {"QuizDialog": QuizDialog}),
    )
    shown = main_window.quiz.start(seed=77)
    assert shown is not None
    shown.close()

    main_window.quiz.print_action.trigger()

    assert opened[0][1] == 77


def test_a_dataset_with_nothing_to_ask_says_so(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("borderdesk.gui.window.quiz_actions.available", lambda _data: 0)
    monkeypatch.setattr(
        "borderdesk.gui.window.quiz_actions.show_error",
        lambda _parent, title, message: shown.append((title, message)),
    )

    assert main_window.quiz.start() is None

    assert shown == [("Quiz", "This dataset holds no figures a quiz can be made from.")]
    assert main_window.findChild(QuizWindow, "quiz") is None
