"""View → Language: Қазақша, Русский, English, for one window.

Each language is named in itself (a reader who cannot read the interface's language still
finds their own); the choice goes to the ``LanguageManager``, which installs it for every
window and remembers it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from borderdesk.core.language import Language
from borderdesk.gui.translation import LANGUAGES, MNEMONICS, LanguageManager


class LanguageMenu(QObject):
    """The Language submenu, the language in use ticked."""

    def __init__(self, manager: LanguageManager, window: QWidget) -> None:
        super().__init__(window)
        self._manager = manager
        self.menu = QMenu(window)
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[Language, QAction] = {}
        for language in LANGUAGES:
            action = QAction(MNEMONICS[language], window)
            action.setObjectName(f"language{language.value.capitalize()}Action")
            action.setCheckable(True)
            action.setData(language.value)
            action.triggered.connect(lambda _checked=False, lang=language: self._choose(lang))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[language] = action
        self.menu.aboutToShow.connect(self.show_choice)
        manager.language_changed.connect(self.show_choice)
        self.show_choice()
        self.retranslate()

    def retranslate(self) -> None:
        """Put the menu's title in the interface language."""
        self.menu.setTitle(self.tr("&Language"))
        self.menu.menuAction().setStatusTip(
            self.tr("The language of the menus, the pages, the slides and the exports")
        )

    def show_choice(self) -> None:
        """Tick the language in use."""
        self.actions[self._manager.language].setChecked(True)

    def _choose(self, language: Language) -> None:
        self._manager.set_language(language)
        self.show_choice()
