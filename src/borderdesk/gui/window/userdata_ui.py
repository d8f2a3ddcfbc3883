"""Menus and actions for notes, bookmarks and data packs; the notes panel they go with."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from borderdesk.core.errors import BorderDeskError, CancelledError
from borderdesk.core.i18n import Counted
from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import DatasetCatalog, MergeResult, UserDataError, UserDataService
from borderdesk.gui.dialogs.import_preview import ImportPreviewDialog
from borderdesk.gui.dialogs.progress import run_with_progress
from borderdesk.gui.errors import show_error
from borderdesk.gui.plain import ask, plain_action, plain_tip
from borderdesk.gui.views.notes_panel import NotesPanel

log = logging.getLogger(__name__)


class UserDataUi(QObject):
    """Own the notes panel and the Bookmarks and Data menus; the window places them."""

    item_chosen = Signal(object)  # ItemRef picked from the Bookmarks menu
    dataset_chosen = Signal(object)  # Path of a pack, or None for the bundled dataset
    status_message = Signal(str)

    def __init__(
        self,
        service: UserDataService,
        catalog: DatasetCatalog,
        current_db: Path | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._catalog = catalog
        self._current_db = current_db
        self._parent = parent
        self.notes_panel = NotesPanel(service)
        self.bookmarks_menu = QMenu(parent)
        self.bookmarks_menu.setObjectName("bookmarksMenu")
        self.bookmarks_menu.aboutToShow.connect(self._fill_bookmarks_menu)
        self.data_menu = QMenu(parent)
        self.data_menu.setObjectName("dataMenu")
        self.data_menu.aboutToShow.connect(self._fill_data_menu)
        self.export_notes_action = self._action(self._ask_export_notes)
        self.import_notes_action = self._action(self._ask_import_notes)
        self.export_data_action = self._action(self._ask_export_data)
        self.import_pack_action = self._action(self._ask_import_pack)
        self.import_notes_action.setEnabled(service.report.writable)
        parent.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Put the menus' and the actions' texts in the interface language."""
        self.bookmarks_menu.setTitle(self.tr("&Bookmarks"))
        self.data_menu.setTitle(self.tr("&Data"))
        self.export_notes_action.setText(self.tr("Export &notes and bookmarks…"))
        self.import_notes_action.setText(self.tr("&Import notes and bookmarks…"))
        self.export_data_action.setText(self.tr("Export &dataset as data pack…"))
        self.import_pack_action.setText(self.tr("Import data pac&k…"))

    def note_text(self, ref: ItemRef) -> str:
        """Return the user's note on an item ("" for none, or when notes cannot be read)."""
        try:
            note = self._service.note(ref)
        except UserDataError:
            log.exception("the note on %s could not be read", ref.to_string())
            return ""
        return note.text if note is not None else ""

    def _json_filter(self) -> str:
        return self.tr("JSON files (*.json)")

    def _action(self, slot: object) -> QAction:
        action = QAction(self)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def file_actions(self) -> list[QAction]:
        """Return the actions for the File menu."""
        return [
            self.export_notes_action,
            self.import_notes_action,
            self.export_data_action,
            self.import_pack_action,
        ]

    def menus(self) -> list[QMenu]:
        """Return the menus for the menu bar."""
        return [self.bookmarks_menu, self.data_menu]

    def show_item(self, ref: ItemRef | None, title: str) -> None:
        """Show the note and bookmark state of the selected item."""
        self.notes_panel.show_item(ref, title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Commit the note being typed when the window closes."""
        if watched is self._parent and event.type() == QEvent.Type.Close:
            self.notes_panel.save_now()
        return False

    # Bookmarks and datasets -----------------------------------------------------------------

    def _fill_bookmarks_menu(self) -> None:
        self.bookmarks_menu.clear()
        bookmarks = self._service.bookmarks()
        if not bookmarks:
            self.bookmarks_menu.addAction(self.tr("No bookmarks yet")).setEnabled(False)
        for bookmark in bookmarks:
            action = plain_action(bookmark.title or bookmark.ref.key, self.bookmarks_menu)
            action.setToolTip(plain_tip(bookmark.ref.to_string()))
            self.bookmarks_menu.addAction(action)
            action.triggered.connect(lambda _c=False, r=bookmark.ref: self.item_chosen.emit(r))

    def _fill_data_menu(self) -> None:
        self.data_menu.clear()
        group = QActionGroup(self.data_menu)
        for choice in self._catalog.choices():
            action = plain_action(choice.label, self.data_menu)
            self.data_menu.addAction(action)
            action.setCheckable(True)
            action.setChecked(choice.path == self._current_db)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, p=choice.path: self._choose(p))
        self.data_menu.addSeparator()
        self.data_menu.addAction(self.import_pack_action)

    def _choose(self, path: Path | None) -> None:
        if path != self._current_db:
            self.notes_panel.save_now()
            self.dataset_chosen.emit(path)

    # File actions (each split in 'ask for a file' and 'do it', so tests can call the latter) ---

    def _ask_export_notes(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export notes"), "notes.json", self._json_filter()
        )
        if name:
            self.export_notes_to(Path(name))

    def export_notes_to(self, path: Path) -> bool:
        """Write the notes file; tell the user what happened."""
        self.notes_panel.save_now()
        try:
            data = self._service.export_to(path)
        except BorderDeskError as error:
            show_error(self._parent, self.tr("Notes not exported"), str(error))
            return False
        notes = Counted.tr("%n note(s)", "", len(data.notes))
        bookmarks = Counted.tr("%n bookmark(s)", "", len(data.bookmarks))
        self.status_message.emit(
            self.tr("Exported {notes} and {bookmarks} to {file}").format(
                notes=notes, bookmarks=bookmarks, file=path
            )
        )
        return True

    def _ask_import_notes(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Import notes"), "", self._json_filter()
        )
        if name:
            self.import_notes_from(Path(name))

    def import_notes_from(self, path: Path) -> MergeResult | None:
        """Preview an import, let the user confirm it, then merge."""
        self.notes_panel.save_now()
        try:
            preview = self._service.preview_import(path)
        except BorderDeskError as error:
            show_error(self._parent, self.tr("Notes not imported"), str(error))
            return None
        dialog = ImportPreviewDialog(preview, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.status_message.emit(self.tr("Import cancelled: nothing was changed."))
            return None
        try:
            result = self._service.apply_import(preview, dialog.conflict_choice)
        except BorderDeskError as error:
            show_error(self._parent, self.tr("Notes not imported"), str(error))
            return None
        self.notes_panel.reload()
        self.status_message.emit(
            self.tr("Imported {file}: {summary}").format(file=path.name, summary=result.summary())
        )
        return result

    def _ask_export_data(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export data pack"), "dataset.json", self._json_filter()
        )
        if name:
            self.export_data_to(Path(name))

    def export_data_to(self, path: Path) -> bool:
        """Write the dataset shown to a data pack."""
        try:
            summary = self._catalog.export_data(self._current_db, path)
        except BorderDeskError as error:
            show_error(self._parent, self.tr("Data not exported"), str(error))
            return False
        self.status_message.emit(summary)
        return True

    def _ask_import_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Import data pack"), "", self._json_filter()
        )
        if name:
            self.import_pack_from(Path(name))

    def import_pack_from(self, path: Path) -> bool:
        """Import a pack behind a progress dialog (it can be cancelled); offer to show it."""
        try:
            choice = run_with_progress(
                self._parent,
                self.tr("Importing {file}").format(file=path.name),
                lambda progress: self._catalog.import_pack(path, progress),
            )
        except CancelledError:
            cancelled = self.tr("Import of {file} cancelled; nothing was imported.")
            self.status_message.emit(cancelled.format(file=path.name))
            return False
        except BorderDeskError as error:
            show_error(self._parent, self.tr("Data pack not imported"), str(error))
            return False
        answer = ask(
            self._parent,
            self.tr("Data pack imported"),
            self.tr(
                "{file} was imported as “{name}”. The bundled data is unchanged.\n\n"
                "Show the imported data now? (The Data menu switches between them.)"
            ).format(file=path.name, name=choice.label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._choose(choice.path)
        return True
