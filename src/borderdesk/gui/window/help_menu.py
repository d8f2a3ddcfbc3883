"""The Help menu: the shortcut sheet, the user guide, what's new in the dataset, and About.

The sheet is built from the window's own actions each time it opens, so it lists what the
menus really hold; the guide is the offline one shipped with the package, in the language of
the interface where there is a translation and in English otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from borderdesk import __version__
from borderdesk.core.dates import format_date
from borderdesk.core.errors import BorderDeskError
from borderdesk.core.i18n import interface_language
from borderdesk.core.model import ItemRef
from borderdesk.core.service import ReferenceService
from borderdesk.gui.dialogs.guide_dialog import GuideDialog
from borderdesk.gui.dialogs.shortcut_sheet import ShortcutSheet
from borderdesk.gui.dialogs.whats_new import WhatsNewDialog
from borderdesk.gui.errors import show_error
from borderdesk.gui.pages.html_blocks import esc
from borderdesk.gui.plain import message_box, plain_label
from borderdesk.gui.style.theme import Theme

SHEET_KEYS = ("F1", "Ctrl+?")


class HelpMenu(QObject):
    """Keyboard shortcuts (F1, Ctrl+?), User guide, What's new and About, for one window."""

    item_requested = Signal(object)  # an ItemRef a link in the guide points to
    status_message = Signal(str)

    def __init__(self, service: ReferenceService, window: QMainWindow) -> None:
        super().__init__(window)
        self._service = service
        self._window = window
        self._sheet: ShortcutSheet | None = None
        self._guide: GuideDialog | None = None
        self._theme: Theme | None = None
        self.whats_new: WhatsNewDialog | None = None
        self.shortcuts_action = QAction(window)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcuts([QKeySequence(keys) for keys in SHEET_KEYS])
        self.shortcuts_action.triggered.connect(lambda _checked=False: self.show_shortcuts())
        self.guide_action = QAction(window)
        self.guide_action.setObjectName("guideAction")
        self.guide_action.triggered.connect(lambda _checked=False: self.show_guide())
        self.whats_new_action = QAction(window)
        self.whats_new_action.setObjectName("whatsNewAction")
        self.whats_new_action.triggered.connect(lambda _checked=False: self.show_whats_new())
        self.about_action = QAction(window)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(lambda _checked=False: self.show_about())
        self.retranslate()

    def retranslate(self) -> None:
        """Put the actions' texts in the interface language; the guide follows it too."""
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.guide_action.setText(self.tr("&User guide"))
        self.whats_new_action.setText(self.tr("&What's new in this dataset"))
        self.about_action.setText(self.tr("&About BorderDesk"))
        if self._guide is not None:
            self._guide.set_language(interface_language().value)

    def actions(self) -> list[QAction]:
        """Return the menu's actions, in order."""
        return [
            self.shortcuts_action,
            self.guide_action,
            self.whats_new_action,
            self.about_action,
        ]

    def set_theme(self, theme: Theme) -> None:
        """Show the guide and the sheet, now and when they open, in a theme's colours."""
        self._theme = theme
        for dialog in (self._guide, self._sheet):
            if dialog is not None:
                dialog.set_theme(theme)

    def show_shortcuts(self) -> ShortcutSheet:
        """Show the sheet of every key, made from the window's menus as they are now."""
        if self._sheet is None:
            self._sheet = ShortcutSheet(self._window)
            self._sheet.guide_requested.connect(self.show_guide)
            if self._theme is not None:
                self._sheet.set_theme(self._theme)
        self._sheet.refresh()
        _raise(self._sheet)
        return self._sheet

    def show_guide(self, anchor: str = "") -> GuideDialog:
        """Show the user guide (at an anchor, if given) beside the window."""
        if self._guide is None:
            self._guide = GuideDialog(interface_language().value, self._window)
            self._guide.item_requested.connect(self._on_guide_item_requested)
            self._guide.status_message.connect(self.status_message)
            if self._theme is not None:
                self._guide.set_theme(self._theme)
        if anchor:
            self._guide.go_to(anchor)
        _raise(self._guide)
        return self._guide

    def _on_guide_item_requested(self, ref: ItemRef) -> None:
        self.item_requested.emit(ref)
        self._window.activateWindow()

    def show_whats_new(self) -> WhatsNewDialog | None:
        """Show the edition's change log, each change with the sources it rests on."""
        try:
            edition, changes = self._service.edition(), self._service.changes()
        except BorderDeskError as error:
            show_error(self._window, self.tr("Change log not available"), str(error))
            return None
        if self.whats_new is None:
            self.whats_new = WhatsNewDialog(edition, changes, self._window)
        else:
            self.whats_new.show_changes(edition, changes)  # the language may have changed
        self.whats_new.show()
        self.whats_new.raise_()
        return self.whats_new

    def show_about(self) -> None:
        """Show the version and the dataset edition."""
        edition = self._service.edition()
        box = message_box(
            self._window, QMessageBox.Icon.Information, self.tr("About BorderDesk"), ""
        )
        box.setTextFormat(Qt.TextFormat.RichText)  # built here, every value escaped
        box.setText(
            f"<h3>BorderDesk {esc(__version__)}</h3>"
            + "<p>"
            + esc(
                self.tr(
                    "An offline reference on Kazakhstan's land borders and regional security "
                    "organisations."
                )
            )
            + "</p><p>"
            + esc(self.tr("Dataset edition {version}, {date}")).format(
                version=esc(edition.version), date=esc(format_date(edition.date))
            )
            + "<br>"
            + esc(self.tr("Schema version {number}")).format(number=edition.schema_version)
            + "<br>"
            + esc(self.tr("Checksum (SHA-256):"))
            + f" <code>{esc(edition.checksum)}</code></p>"
        )
        box.exec()


def _raise(dialog: ShortcutSheet | GuideDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def edition_label() -> QLabel:
    """Return the status bar's note of the dataset's edition (its texts set by the window)."""
    return plain_label("", name="editionLabel")
