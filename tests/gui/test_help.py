"""Help: the keyboard-shortcut sheet made from the real actions, and the offline user guide."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.gui.dialogs.guide_dialog import GuideDialog
from borderdesk.gui.dialogs.shortcut_sheet import ShortcutSheet, plain_text
from borderdesk.gui.settings import Settings
from borderdesk.gui.style.theme import DARK
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.boxes import MessageBoxes
from tests.gui.fakes import FakeChartPanel
from tests.gui.test_main_window import pane_text

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def window(qtbot: QtBot, sample_service: SampleService, settings_path: Path) -> MainWindow:
    shown = MainWindow(sample_service, Settings(settings_path), chart_factory=FakeChartPanel)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: pane_text(shown) != "Loading…")
    return shown


def sheet_rows(sheet: ShortcutSheet) -> dict[str, dict[str, str]]:
    """Return the sheet's rows as {heading: {what: keys}}, read from what it shows."""
    return {heading: {what: keys for keys, what in rows} for heading, rows in sheet.groups()}


def every_menu_action(window: MainWindow) -> list[tuple[str, QAction]]:
    found = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if not action.isSeparator() and not action.shortcut().isEmpty():
                found.append((plain_text(top.text()), action))
    return found


# The shortcut sheet -------------------------------------------------------------------------


def test_f1_opens_the_sheet_listing_every_menu_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.navigation.tree, Qt.Key.Key_F1)

    sheet = window.findChild(ShortcutSheet, "shortcutSheet")
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible)
    rows = sheet_rows(sheet)
    listed = every_menu_action(window)
    assert len(listed) >= 15
    for menu, action in listed:
        what = plain_text(action.text())
        assert rows[menu][what].split(", ")[0] == action.shortcut().toString(NATIVE), what
    assert rows["View"]["Zoom in"] == "Ctrl++, Ctrl+="  # every shortcut of an action
    assert rows["Go"]["Back"] == "Alt+Left, Back"  # Back: the key some keyboards have
    text = sheet.browser.toPlainText()
    assert "Presentation mode" in text
    assert "Export chart…" in text


def test_ctrl_question_mark_opens_the_sheet(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # What the keyboard map makes of Ctrl+Shift+/ on a US layout (tried under X as well).
    qtbot.keyClick(window.navigation.tree, Qt.Key.Key_Question, Qt.KeyboardModifier.ControlModifier)
    sheet = window.findChild(ShortcutSheet, "shortcutSheet")
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible)


def test_the_sheet_follows_the_menus_it_is_made_from(window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    added = QAction("&Count the borders", window)
    added.setShortcut(QKeySequence("Ctrl+Shift+K"))
    menu.addAction(added)

    sheet = window.help.show_shortcuts()

    assert sheet_rows(sheet)["File"]["Count the borders"] == "Ctrl+Shift+K"


def test_the_sheet_lists_the_keys_the_views_act_on(window: MainWindow) -> None:
    rows = sheet_rows(window.help.show_shortcuts())

    assert rows["Presentation mode"]["Next slide"] == "PgDown, Right, Down, Space"
    assert rows["Presentation mode"]["Start a quiz for the class"] == "Q"
    assert rows["Map (when it has the keyboard focus)"]["Zoom in (the wheel zooms too)"] == "+, ="
    assert rows["Chart (when it has the keyboard focus)"]["Copy the table's figures as CSV"] == (
        "Ctrl+C"
    )
    quiz = rows["Quiz (View → Quiz, or Q in presentation mode)"]
    assert quiz["Show the answer and its sources (again: next question)"] == "Space, Return, Enter"
    assert rows["Search box"]["Clear the search"] == "Esc"


def test_the_sheets_guide_link_opens_the_guide(qtbot: QtBot, window: MainWindow) -> None:
    sheet = window.help.show_shortcuts()
    sheet.browser.anchorClicked.emit(QUrl("help:guide"))

    guide = window.findChild(GuideDialog, "guideDialog")
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)


# The user guide -----------------------------------------------------------------------------


def test_the_guide_covers_a_teachers_tasks(qtbot: QtBot, window: MainWindow) -> None:
    window.help.guide_action.trigger()
    guide = window.findChild(GuideDialog, "guideDialog")
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)

    text = guide.text()
    assert guide.language == "en"
    for heading in (
        "Finding something",
        "Reading a page and its sources",
        "Going back and forward",
        "Presenting to a class",
        "A quiz for the class",
        "Pictures for slides and worksheets",
        "Printing handouts",
        "Notes and bookmarks",
        "Importing a data pack",
    ):
        assert heading in text, heading
    assert not guide.browser.openLinks()


@pytest.mark.parametrize("language", ["en", "kk", "ru"])
def test_every_internal_link_of_the_guide_has_its_anchor(language: str) -> None:
    html = (files("borderdesk.assets") / "guide" / f"{language}.html").read_text(encoding="utf-8")
    english = (files("borderdesk.assets") / "guide" / "en.html").read_text(encoding="utf-8")
    targets = set(re.findall(r'href="#([\w-]+)"', html))
    anchors = set(re.findall(r'name="([\w-]+)"', html))
    assert targets
    assert targets <= anchors
    # Each translation has every section of the English guide, and its item links.
    assert anchors == set(re.findall(r'name="([\w-]+)"', english))
    assert set(re.findall(r'href="(borderdesk:[^"]+)"', html)) == set(
        re.findall(r'href="(borderdesk:[^"]+)"', english)
    )
    # Nothing reaches outside: no web, file or image references.
    assert not re.search(r"(https?|file|ftp):", html)
    assert "<img" not in html


def test_a_contents_link_scrolls_to_its_heading(qtbot: QtBot) -> None:
    guide = GuideDialog("en")
    qtbot.addWidget(guide)
    guide.resize(600, 400)
    guide.show()
    qtbot.waitExposed(guide)
    scroll = guide.browser.verticalScrollBar()
    assert scroll.value() == 0

    guide.browser.anchorClicked.emit(QUrl("#keys"))

    qtbot.waitUntil(lambda: scroll.value() > 0)


def test_a_guide_link_to_an_item_selects_it_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    guide = window.help.show_guide()

    guide.browser.anchorClicked.emit(QUrl("borderdesk:border:kz-cn"))

    assert window.selection.current == ItemRef(ItemKind.BORDER, "kz-cn")
    assert pane_text(window).startswith("China")


def test_the_guide_opens_nothing_outside(qtbot: QtBot, window: MainWindow) -> None:
    guide = window.help.show_guide()
    before = window.selection.current
    with qtbot.waitSignal(guide.status_message) as said:
        guide.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert said.args == ["Link not opened: https://example.org/"]
    for url in ("file:///etc/passwd", "borderdesk:nonsense"):
        guide.browser.anchorClicked.emit(QUrl(url))
    assert window.selection.current == before


def test_the_guide_follows_the_theme(qtbot: QtBot, window: MainWindow) -> None:
    guide = window.help.show_guide()
    window.theme_manager.set_choice(window.theme_manager.choice)  # no change: no redraw
    window.help.set_theme(DARK)

    assert DARK.text.lower() in guide.browser.document().defaultStyleSheet().lower()


def test_about_still_names_the_edition(window: MainWindow, message_boxes: MessageBoxes) -> None:
    window.help.about_action.trigger()
    assert "Dataset edition sample, 28 November 2026" in message_boxes.texts[0]
    assert QApplication.instance() is not None
