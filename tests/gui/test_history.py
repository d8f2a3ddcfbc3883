"""Back and Forward through the items visited: the history, its actions, keys and mouse."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextBrowser, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.settings import Settings
from borderdesk.gui.window.history import SelectionHistory
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.fakes import FakeChartPanel
from tests.gui.test_main_window import click_tree_row, fake_chart, pane_text, tree_of

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CHINA = ItemRef(ItemKind.BORDER, "kz-cn")
UZBEKISTAN = ItemRef(ItemKind.BORDER, "kz-uz")
SCO = ItemRef(ItemKind.ORGANISATION, "sco")


# The history on its own ---------------------------------------------------------------------


def test_each_new_item_is_an_entry_and_back_and_forward_move_without_adding() -> None:
    selection = SelectionState()
    history = SelectionHistory(selection)
    for ref in (OVERVIEW_REF, RUSSIA, CHINA):
        selection.select(ref)

    assert history.back()
    assert selection.current == RUSSIA
    assert history.back()
    assert selection.current == OVERVIEW_REF
    assert not history.back()  # nowhere further
    assert history.forward()
    assert selection.current == RUSSIA
    assert history.entries == (OVERVIEW_REF, RUSSIA, CHINA)  # nothing was added by moving
    assert (history.can_go_back(), history.can_go_forward()) == (True, True)


def test_a_new_visit_after_going_back_drops_the_forward_entries() -> None:
    selection = SelectionState()
    history = SelectionHistory(selection)
    for ref in (OVERVIEW_REF, RUSSIA, CHINA):
        selection.select(ref)
    history.back()

    selection.select(SCO)

    assert history.entries == (OVERVIEW_REF, RUSSIA, SCO)
    assert not history.can_go_forward()
    assert history.back_target() == RUSSIA


def test_the_history_is_bounded_and_forgets_the_oldest() -> None:
    selection = SelectionState()
    history = SelectionHistory(selection, limit=3)
    for ref in (OVERVIEW_REF, RUSSIA, CHINA, UZBEKISTAN, SCO):
        selection.select(ref)

    assert history.entries == (CHINA, UZBEKISTAN, SCO)
    assert history.index == 2


def test_clearing_the_selection_is_no_visit_and_a_paused_history_records_once() -> None:
    selection = SelectionState()
    history = SelectionHistory(selection)
    selection.select(OVERVIEW_REF)
    selection.clear()
    assert history.entries == (OVERVIEW_REF,)

    history.pause()  # a presentation steps through slides
    for ref in (RUSSIA, UZBEKISTAN, CHINA):
        selection.select(ref)
    history.resume()

    assert history.entries == (OVERVIEW_REF, CHINA)


# In the window ------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, sample_service: SampleService, settings_path: Path) -> MainWindow:
    shown = MainWindow(sample_service, Settings(settings_path), chart_factory=FakeChartPanel)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.chart is not None and pane_text(shown) != "Loading…")
    # and the rest of the first load (the search index, the map) is in: nothing arrives
    # between a button's press and its release
    qtbot.waitUntil(
        lambda: shown.map_link.view is not None and not shown.first_load.background.busy
    )
    return shown


def visit_three_ways(qtbot: QtBot, window: MainWindow) -> None:
    """Visit Russia by a tree click, Uzbekistan by a link in the page, China by its bar."""
    click_tree_row(qtbot, window, "Russia", "Borders")
    pane = window.findChild(QTextBrowser, "detailPane")
    assert pane is not None
    pane.anchorClicked.emit(QUrl("borderdesk:border:kz-uz"))
    fake_chart(window).bar_clicked.emit("kz-cn")
    assert window.selection.current == CHINA


def shown_title(window: MainWindow) -> str:
    return str(tree_of(window).currentIndex().data())


def test_back_and_forward_through_tree_link_and_chart_visits(
    qtbot: QtBot, window: MainWindow
) -> None:
    visit_three_ways(qtbot, window)
    back, forward = window.back_forward.back_action, window.back_forward.forward_action

    back.trigger()
    assert shown_title(window) == "Uzbekistan"
    assert pane_text(window).startswith("Uzbekistan")
    back.trigger()
    assert shown_title(window) == "Russia"
    assert fake_chart(window).highlights[-1] == "kz-ru"
    back.trigger()
    assert window.selection.current == OVERVIEW_REF
    assert not back.isEnabled()
    forward.trigger()
    forward.trigger()
    forward.trigger()
    assert pane_text(window).startswith("China")
    assert not forward.isEnabled()
    assert window.history.entries == (OVERVIEW_REF, RUSSIA, UZBEKISTAN, CHINA)


def test_the_buttons_are_disabled_with_nowhere_to_go_and_say_where_they_lead(
    qtbot: QtBot, window: MainWindow
) -> None:
    back = window.findChild(QToolButton, "backButton")
    forward = window.findChild(QToolButton, "forwardButton")
    assert back is not None
    assert forward is not None
    assert not back.isEnabled()  # the first item shown: nothing before it
    assert not forward.isEnabled()
    assert not back.icon().isNull()

    click_tree_row(qtbot, window, "China", "Borders")
    assert back.isEnabled()
    assert back.toolTip() == "Back to Kazakhstan overview (Alt+Left)"
    assert not forward.isEnabled()

    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.selection.current == OVERVIEW_REF
    assert forward.isEnabled()
    assert forward.toolTip() == "Forward to China (Alt+Right)"


def test_alt_left_and_alt_right_from_the_tree_and_the_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    visit_three_ways(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = tree_of(window)
    tree.setFocus()

    qtbot.keyClick(tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.selection.current == UZBEKISTAN
    pane = window.findChild(QTextBrowser, "detailPane")
    assert pane is not None
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.selection.current == RUSSIA
    qtbot.keyClick(pane, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.selection.current == UZBEKISTAN
    assert len(window.history.entries) == 4


def side_button(target: QWidget, button: Qt.MouseButton) -> None:
    """Press and release a mouse side button over a widget, as the mouse driver does.

    The press reaches the window system's window first, which hands it to the widget under
    the pointer.
    """
    window = target.window().windowHandle()
    assert window is not None
    at = target.mapTo(target.window(), target.rect().center())
    QTest.mousePress(window, button, Qt.KeyboardModifier.NoModifier, at)
    QTest.mouseRelease(window, button, Qt.KeyboardModifier.NoModifier, at)


@pytest.mark.parametrize("part", ["tree", "page", "chart"])
def test_the_mouse_back_and_forward_buttons_work_over_any_part(
    qtbot: QtBot, window: MainWindow, part: str
) -> None:
    visit_three_ways(qtbot, window)
    targets: dict[str, Callable[[], QWidget]] = {
        "tree": lambda: tree_of(window).viewport(),
        "page": lambda: window.detail_pane.viewport(),
        "chart": lambda: fake_chart(window),
    }
    target = targets[part]()

    side_button(target, Qt.MouseButton.BackButton)
    assert window.selection.current == UZBEKISTAN
    side_button(target, Qt.MouseButton.BackButton)
    assert window.selection.current == RUSSIA
    side_button(target, Qt.MouseButton.ForwardButton)
    assert window.selection.current == UZBEKISTAN


def test_a_side_button_over_another_window_is_left_alone(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "China", "Borders")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()

    side_button(other, Qt.MouseButton.BackButton)

    assert window.selection.current == CHINA


def test_go_overview_and_a_presentation_is_one_visit(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "Russia", "Borders")
    window.overview_action.trigger()
    assert window.selection.current == OVERVIEW_REF

    slides = window.present()
    slides.next_slide()
    slides.next_slide()
    slides.next_slide()  # overview, Russia, Uzbekistan, China
    slides.close()

    assert window.history.entries == (OVERVIEW_REF, RUSSIA, OVERVIEW_REF, CHINA)
    window.back_forward.back_action.trigger()
    assert window.selection.current == OVERVIEW_REF
