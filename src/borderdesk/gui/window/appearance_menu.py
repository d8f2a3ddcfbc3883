"""View → Theme and View → Zoom in / Zoom out / Actual size, for one window.

The actions only ask the ``ThemeManager``; it applies the change and tells every view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from borderdesk.core.i18n import QT_TRANSLATE_NOOP
from borderdesk.gui.style.text_scale import text_scale_message
from borderdesk.gui.style.theme import ThemeChoice
from borderdesk.gui.style.theme_manager import ThemeManager

THEME_ITEMS = (
    (ThemeChoice.SYSTEM, QT_TRANSLATE_NOOP("AppearanceMenu", "&System"), "themeSystemAction"),
    (ThemeChoice.LIGHT, QT_TRANSLATE_NOOP("AppearanceMenu", "&Light"), "themeLightAction"),
    (ThemeChoice.DARK, QT_TRANSLATE_NOOP("AppearanceMenu", "&Dark"), "themeDarkAction"),
    (
        ThemeChoice.CONTRAST,
        QT_TRANSLATE_NOOP("AppearanceMenu", "&High contrast (projector)"),
        "themeContrastAction",
    ),
)


class AppearanceMenu(QObject):
    """The Theme submenu (one choice ticked) and the three text-size actions."""

    status_message = Signal(str)  # "Text size 125%"

    def __init__(self, manager: ThemeManager, window: QWidget) -> None:
        super().__init__(window)
        self._manager = manager
        self.theme_menu = QMenu(window)
        self.theme_menu.setObjectName("themeMenu")
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[ThemeChoice, QAction] = {}
        for choice, _text, name in THEME_ITEMS:
            action = QAction(window)
            action.setObjectName(name)
            action.setCheckable(True)
            action.setData(choice.value)
            action.triggered.connect(lambda _checked=False, c=choice: self._choose(c))
            self.theme_group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[choice] = action
        self.theme_menu.aboutToShow.connect(self.show_choice)
        self.zoom_in_action = _action(window, "zoomInAction", self._zoom_in)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = _action(window, "zoomOutAction", self._zoom_out)
        self.zoom_out_action.setShortcut(QKeySequence("Ctrl+-"))
        self.actual_size_action = _action(window, "actualSizeAction", self._reset)
        self.actual_size_action.setShortcut(QKeySequence("Ctrl+0"))
        self.show_choice()
        self.retranslate()

    def retranslate(self) -> None:
        """Put the menu's and the actions' texts in the interface language."""
        self.theme_menu.setTitle(self.tr("&Theme"))
        for choice, text, _name in THEME_ITEMS:
            self.theme_actions[choice].setText(self.tr(text))
        self.zoom_in_action.setText(self.tr("Zoom &in"))
        self.zoom_out_action.setText(self.tr("Zoom &out"))
        self.actual_size_action.setText(self.tr("&Actual size"))

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


def _action(window: QWidget, name: str, slot: Callable[[], None]) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action
