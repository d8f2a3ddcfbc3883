"""View → Theme and View → Zoom in / Zoom out / Actual size, for one window.

The actions only ask the ``ThemeManager``; it applies the change and tells every view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from borderdesk.gui.style.text_scale import text_scale_message
from borderdesk.gui.style.theme import THEMES, ThemeChoice
from borderdesk.gui.style.theme_manager import ThemeManager

THEME_ITEMS = (
    (ThemeChoice.SYSTEM, "&System", "themeSystemAction"),
    (ThemeChoice.LIGHT, f"&{THEMES['light'].label}", "themeLightAction"),
    (ThemeChoice.DARK, f"&{THEMES['dark'].label}", "themeDarkAction"),
    (ThemeChoice.CONTRAST, f"&{THEMES['contrast'].label}", "themeContrastAction"),
)


class AppearanceMenu(QObject):
    """The Theme submenu (one choice ticked) and the three text-size actions."""

    status_message = Signal(str)  # "Text size 125%"

    def __init__(self, manager: ThemeManager, window: QWidget) -> None:
        super().__init__(window)
        self._manager = manager
        self.theme_menu = QMenu("&Theme", window)
        self.theme_menu.setObjectName("themeMenu")
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[ThemeChoice, QAction] = {}
        for choice, text, name in THEME_ITEMS:
            action = QAction(text, window)
            action.setObjectName(name)
            action.setCheckable(True)
            action.setData(choice.value)
            action.triggered.connect(lambda _checked=False, c=choice: self._choose(c))
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[choice] = action
        self.theme_menu.aboutToShow.connect(self.show_choice)
        self.zoom_in_action = _action(window, "Zoom &in", "zoomInAction", self._zoom_in)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = _action(window, "Zoom &out", "zoomOutAction", self._zoom_out)
        self.zoom_out_action.setShortcut(QKeySequence("Ctrl+-"))
        self.actual_size_action = _action(window, "&Actual size", "actualSizeAction", self._reset)
        self.actual_size_action.setShortcut(QKeySequence("Ctrl+0"))
        self.show_choice()

    def zoom_actions(self) -> list[QAction]:
        """Return Zoom in, Zoom out and Actual size, in menu order."""
        return [self.zoom_in_action, self.zoom_out_action, self.actual_size_action]

    def show_choice(self) -> None:
        """Tick the theme choice in use."""
        self.theme_actions[self._manager.choice].setChecked(True)

    def _choose(self, choice: ThemeChoice) -> None:
        self._manager.set_choice(choice)
        self.show_choice()

    def _zoom_in(self) -> None:
        self.status_message.emit(text_scale_message(self._manager.zoom_in()))

    def _zoom_out(self) -> None:
        self.status_message.emit(text_scale_message(self._manager.zoom_out()))

    def _reset(self) -> None:
        self.status_message.emit(text_scale_message(self._manager.reset_zoom()))


def _action(window: QWidget, text: str, name: str, slot: Callable[[], None]) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action
