"""The window by keyboard alone: Tab order, names for screen readers, a key for every action."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.sample import SampleService
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.real_window import chart_of, open_window

KEY_WIDGETS = (
    "searchBox",
    "navigationTree",
    "detailPane",
    "segmentChart",
    "segmentChartPlot",
    "borderMap",
    "viewTabs",
    "chartSourceCombo",
    "chartCompareToggle",
    "chartTableToggle",
    "chartCopyCsv",
    "chartTable",
    "noteEditor",
)


@pytest.fixture
def window(qtbot: QtBot, sample_service: SampleService, tmp_path: Path) -> MainWindow:
    """Return the shown window with its real chart, map and notes panel."""
    return open_window(qtbot, sample_service, tmp_path)


REGIONS = ("searchBox", "navigationTree", "detailPane", "segmentChart", "viewTabs", "notesPanel")


def region(widget: QWidget | None) -> str:
    """Return the part of the window a focused widget is in (the chart before its tabs)."""
    while widget is not None:
        if widget.objectName() in REGIONS:
            return widget.objectName()
        widget = widget.parentWidget()
    return ""


def test_tab_goes_search_tree_page_chart_and_round_again(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.search_box.setFocus()
    qtbot.waitUntil(window.navigation.search_box.hasFocus)
    visited: list[str] = []
    for _ in range(120):  # the page's links take a Tab each
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        name = region(QApplication.focusWidget())
        if not visited or visited[-1] != name:
            visited.append(name)
        if name == "searchBox":
            break

    order = [name for name in visited if name]
    assert order == [
        "navigationTree",
        "detailPane",
        "viewTabs",  # the Chart, Map and Note tabs, Bookmark and Hide
        "segmentChart",  # its controls, then the bars
        "searchBox",  # and round again, not back into the tabs
    ]


def test_tab_reaches_the_note_on_its_tab_and_ctrl_3_opens_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    notes = window.user_data.notes_panel
    qtbot.keyClick(window.navigation.tree, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)

    assert window.view_tabs.currentWidget() is notes
    assert not window.figures.is_folded()
    qtbot.waitUntil(notes.editor.hasFocus)
    window.view_tabs.tabBar().setFocus()
    qtbot.waitUntil(window.view_tabs.tabBar().hasFocus)
    for _ in range(6):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is notes.editor:
            break
    assert QApplication.focusWidget() is notes.editor


def test_tab_reaches_the_chart_controls_then_the_bars(qtbot: QtBot, window: MainWindow) -> None:
    chart = chart_of(window)
    window.view_tabs.tabBar().setFocus()
    qtbot.waitUntil(window.view_tabs.tabBar().hasFocus)
    names = []
    for _ in range(8):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().objectName())  # type: ignore[union-attr]

    # The panel's Hide and Bookmark buttons, then the chart ("Sources to compare…" is
    # skipped: it is off until Compare sources is ticked), then the search box again.
    assert names[:8] == [
        "figuresFoldButton",
        "bookmarkButton",
        "chartSourceCombo",
        "chartCompareToggle",
        "chartTableToggle",
        "chartCopyCsv",
        chart.plot_widget().objectName(),
        "searchBox",
    ]


def test_key_widgets_have_names_and_descriptions(window: MainWindow) -> None:
    for name in KEY_WIDGETS:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName().strip(), f"{name} has no accessible name"
        assert widget.accessibleDescription().strip(), f"{name} has no accessible description"
    tabs = window.view_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Chart", "Map", "Note"]
    assert all("Ctrl+" in tabs.tabToolTip(i) for i in range(tabs.count()))


def test_ctrl_1_and_ctrl_2_show_the_chart_and_the_map_with_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigation.tree.setFocus()

    qtbot.keyClick(window.navigation.tree, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.view_tabs.currentWidget() is window.map_link.slot
    map_view = window.map_link.view
    assert map_view is not None
    qtbot.waitUntil(map_view.hasFocus)

    qtbot.keyClick(map_view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.view_tabs.currentWidget() is window.chart_slot
    qtbot.waitUntil(chart_of(window).plot_widget().hasFocus)


def test_ctrl_t_on_the_map_tab_shows_the_table_on_the_chart_tab(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_map()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)

    assert window.view_tabs.currentWidget() is window.chart_slot
    assert chart_of(window).table_shown()
    window.show_chart()
    qtbot.waitUntil(chart_of(window).table().hasFocus)  # Ctrl+1 now lands in the table


def menu_actions(menu: QMenu) -> list[QAction]:
    """Return a menu's actions, those of its submenus included (filled as when opened)."""
    menu.aboutToShow.emit()
    found: list[QAction] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found += menu_actions(action.menu())  # type: ignore[arg-type]
    return found


def test_every_menu_item_has_a_keyboard_path_and_no_shortcut_is_used_twice(
    window: MainWindow,
) -> None:
    shortcuts: dict[str, str] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        assert "&" in top.text(), f"menu {top.text()!r} has no Alt key"
        letters: list[str] = []
        for action in menu_actions(menu):
            text = action.text()
            if isinstance(action.parent(), QMenu):
                continue  # a bookmark or a dataset, listed when the menu opens
            mnemonic = QKeySequence.mnemonic(text).toString()
            assert mnemonic or not action.shortcut().isEmpty(), f"{text!r} has no key"
            if mnemonic and action in menu.actions():
                assert mnemonic not in letters, f"{text!r}: {mnemonic} is used twice"
                letters.append(mnemonic)
            for sequence in action.shortcuts():
                key = sequence.toString()
                assert shortcuts.setdefault(key, text) == text, f"{key} is used twice"
