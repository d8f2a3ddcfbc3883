"""Help → Keyboard shortcuts: every key, read from the window's real actions and the views.

The menu part is made from the ``QAction`` objects of the window's menu bar each time the
sheet opens (so a menu entry added later shows up by itself); the rest comes from the key
tables the views themselves act on (``KEY_HELP`` in the search box, chart, map,
presentation and quiz modules).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from borderdesk.gui.dialogs.fit import resize_within_screen
from borderdesk.gui.pages.html_blocks import esc, style_sheet
from borderdesk.gui.plain import plain_label
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views import bar_keys, map_keys, navigation, presentation_keys, quiz_slides
from borderdesk.gui.views.key_help import KeyGroup
from borderdesk.gui.views.safe_browser import SafeBrowser

GUIDE_LINK = "help:guide"  # the sheet's link to the user guide
VIEW_GROUPS: tuple[KeyGroup, ...] = (
    navigation.KEY_HELP,
    bar_keys.KEY_HELP,
    map_keys.KEY_HELP,
    presentation_keys.KEY_HELP,
    quiz_slides.KEY_HELP,
)
_MNEMONIC = re.compile(r"&(.)")

Rows = list[tuple[str, str]]  # (keys, what they do)


def plain_text(text: str) -> str:
    """Return an action's or a menu's text without its mnemonic: ``&Quit`` -> ``Quit``."""
    return _MNEMONIC.sub(r"\1", text)


def action_keys(action: QAction) -> str:
    """Return every shortcut of an action as the platform writes it: ``Ctrl++, Ctrl+=``."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(keys.toString(native) for keys in action.shortcuts() if not keys.isEmpty())


def menu_rows(actions: Iterable[QAction], prefix: str = "") -> Rows:
    """Return (keys, entry) for each action with a shortcut, submenus' entries included."""
    rows: Rows = []
    for action in actions:
        if action.isSeparator():
            continue
        title = prefix + plain_text(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += menu_rows(submenu.actions(), f"{title} › ")
        elif keys := action_keys(action):
            rows.append((keys, title))
    return rows


def window_groups(window: QMainWindow) -> list[tuple[str, Rows]]:
    """Return each menu of the window's menu bar with its entries that have a key."""
    groups: list[tuple[str, Rows]] = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if not isinstance(menu, QMenu):
            continue
        rows = menu_rows(menu.actions())
        if rows:
            groups.append((plain_text(entry.text()), rows))
    return groups


def view_groups() -> list[tuple[str, Rows]]:
    """Return the keys the views handle themselves, under their headings."""
    return [
        (group.heading(), [(entry.key_text(), entry.text()) for entry in group.entries])
        for group in VIEW_GROUPS
    ]


class ShortcutSheet(QDialog):
    """A window listing every keyboard shortcut of BorderDesk, kept open beside the work."""

    guide_requested = Signal()

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self._window = window
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        resize_within_screen(self, QSize(620, 640))
        intro = plain_label(
            self.tr(
                "Every key BorderDesk answers to: first the menus' commands, then the keys "
                "of the search box, the chart, the map, presentation mode and the quiz."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.browser = SafeBrowser(self)
        self.browser.setObjectName("shortcutTable")
        self.browser.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self._theme = DEFAULT_THEME

    def set_theme(self, theme: Theme) -> None:
        """Show the table in a theme's colours."""
        self._theme = theme
        self.refresh()

    def groups(self) -> list[tuple[str, Rows]]:
        """Return what the sheet lists: the window's menus, then the views' own keys."""
        return window_groups(self._window) + view_groups()

    def refresh(self) -> None:
        """Read the window's actions again and show the table."""
        self.browser.document().setDefaultStyleSheet(style_sheet(self._theme))
        self.browser.setHtml(self._html())

    def _html(self) -> str:
        # One table, a heading row per group: the keys line up in one column throughout.
        rows = []
        for heading, entries in self.groups():
            rows.append(f"<tr><th colspan='2'><br><b>{esc(heading)}</b></th></tr>")
            rows += [
                f"<tr><td width='40%'><b>{esc(keys)}</b></td><td>{esc(what)}</td></tr>"
                for keys, what in entries
            ]
        guide = esc(self.tr("More in the user guide (Help → User guide)."))
        return (
            f"<html><body><table width='100%'>{''.join(rows)}</table>"
            f'<p><a href="{GUIDE_LINK}">{guide}</a></p></body></html>'
        )

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.toString() == GUIDE_LINK:
            self.guide_requested.emit()
