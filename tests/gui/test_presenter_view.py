"""The presenter's view: with a second screen the slides go to the projector, and the laptop
shows the slide, the next one, the teacher's note on the item and a clock."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.core.slide_order import SlideOrder
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.views import presentation as presentation_module
from borderdesk.gui.views.presentation import (
    PresentationWindow,
    projector_screen,
    start_presentation,
)
from borderdesk.gui.views.presenter_view import PresenterView
from tests.gui.fakes import FakeChartPanel

CHINA = ItemRef(ItemKind.BORDER, "kz-cn")
PROJECTOR = QRect(1920, 0, 1920, 1080)


@dataclass
class FakeScreen:
    """A second screen, as far as the presentation asks: where it is."""

    area: QRect

    def geometry(self) -> QRect:
        return QRect(self.area)


def test_the_slides_go_to_a_screen_that_is_not_the_laptops() -> None:
    laptop, projector = FakeScreen(QRect(0, 0, 1280, 800)), FakeScreen(PROJECTOR)
    assert projector_screen([laptop, projector], laptop) is projector  # type: ignore[list-item, arg-type]
    assert projector_screen([projector, laptop], laptop) is projector  # type: ignore[list-item, arg-type]
    assert projector_screen([laptop], laptop) is None  # type: ignore[list-item, arg-type]


@pytest.fixture
def two_screens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sample_service: SampleService
) -> Iterator[tuple[PresentationWindow, PresenterView, QWidget]]:
    """Start a presentation at China with a projector beside the laptop; return both windows."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    qtbot.waitExposed(parent)
    laptop = parent.screen()
    monkeypatch.setattr(
        presentation_module.QGuiApplication,
        "screens",
        staticmethod(lambda: [laptop, FakeScreen(PROJECTOR)]),
    )
    selection = SelectionState()
    selection.select(CHINA)
    notes = {CHINA: "Ask: why did the CIA's figure grow in 2015?"}
    window = start_presentation(
        sample_service,
        selection,
        FakeChartPanel,
        parent,
        order=SlideOrder.RELATED,
        notes=lambda ref: notes.get(ref, ""),
    )
    presenter = window.presenter
    assert isinstance(presenter, PresenterView)
    qtbot.waitExposed(presenter)
    yield window, presenter, parent
    for shown in (presenter, window):  # both delete themselves on close
        if shiboken6.isValid(shown):
            shown.close()
    QApplication.processEvents()


def test_the_laptop_shows_the_slide_the_next_one_the_note_and_a_clock(
    two_screens: tuple[PresentationWindow, PresenterView, QWidget],
) -> None:
    window, presenter, _parent = two_screens

    assert window.isFullScreen()  # on the projector (test_presenter_screens: real screens)
    assert presenter.isFullScreen()
    assert presenter.current.slide == window.slide
    assert window.slide.ref == CHINA
    assert presenter.upcoming.slide == window.slides[1]  # its organisations follow
    assert presenter.next_label.text() == f"Next: {window.slides[1].title}"
    assert presenter.note_label.text() == "Ask: why did the CIA's figure grow in 2015?"
    assert presenter.note_label.textFormat() == Qt.TextFormat.PlainText
    assert re.fullmatch(r".+ · \d+:\d\d elapsed", presenter.clock_label.text())
    assert presenter.counter_label.text() == f"Slide 1 of {len(window.slides)}"


def test_keys_on_the_laptop_move_the_projector_and_esc_ends_both(
    qtbot: QtBot, two_screens: tuple[PresentationWindow, PresenterView, QWidget]
) -> None:
    window, presenter, _parent = two_screens

    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert window.index == 1
    assert presenter.current.slide == window.slide
    assert presenter.note_label.text().startswith("No note on this item.")
    qtbot.keyClick(presenter, Qt.Key.Key_End)
    assert presenter.next_label.text() == "The last slide"
    assert not presenter.upcoming.isVisibleTo(presenter)
    qtbot.keyClick(presenter, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert presenter.current.zoom() == window.zoom() > 1

    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed == [True])
    QApplication.processEvents()
    assert not shiboken6.isValid(presenter) or not presenter.isVisible()


def test_one_screen_means_no_presenters_view(qtbot: QtBot, sample_service: SampleService) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    window = start_presentation(sample_service, SelectionState(), FakeChartPanel, parent)
    assert window.presenter is None
    assert window.isFullScreen()
    window.close()
    QApplication.processEvents()
