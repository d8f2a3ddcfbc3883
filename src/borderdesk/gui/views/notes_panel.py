"""The user's note on the selected item, with a safe preview, and its bookmark toggle."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QToolButton, QVBoxLayout, QWidget

from borderdesk.core.format import format_number
from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import NOTE_MAX_CHARS, UserDataError, UserDataService
from borderdesk.gui.errors import show_error
from borderdesk.gui.pages.note_html import note_to_html
from borderdesk.gui.plain import plain_label, plain_tip
from borderdesk.gui.views.note_widgets import NoteEditor, NotePreview

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 400  # typing pauses this long before the note is committed
PREVIEW_AT_ONCE_CHARS = 20_000  # a longer note's preview follows when typing pauses


class NotesPanel(QWidget):
    """Edit the note on one item; every pause in typing commits it."""

    bookmarks_changed = Signal()
    note_saved = Signal(object)  # the ItemRef whose note was committed
    written = Signal(bool)  # whether the item shown has a note, on each item and each save

    def __init__(self, service: UserDataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ref: ItemRef | None = None
        self._title = ""
        self._dirty = False
        self.setObjectName("notesPanel")
        self._status = ""  # saving-off | not-saved | saved | editing | too-long | ""
        self.heading = plain_label("", name="noteHeading")  # it names the item
        self.heading.setWordWrap(True)  # a long title wraps rather than being cut
        self.bookmark_button = QToolButton()
        self.bookmark_button.setObjectName("bookmarkButton")
        self.bookmark_button.setCheckable(True)
        self.bookmark_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status = plain_label("", name="noteStatus")
        self.editor = NoteEditor()
        self.editor.setObjectName("noteEditor")
        self.preview = NotePreview()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        top.addWidget(self.bookmark_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._preview_due = False
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.editor.refused.connect(self._on_editor_refused)
        self.bookmark_button.toggled.connect(self._on_bookmark_button_toggled)
        report = service.report
        if not report.writable:
            self.editor.setReadOnly(True)
            self.bookmark_button.setEnabled(False)
            self._set_status("saving-off")
            self.status.setToolTip(plain_tip(report.read_only_reason))
        self._retranslate()
        self.show_item(None, "")

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Your note"))
        self.setAccessibleDescription(self.tr("Your own note and bookmark on the chosen item"))
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setAccessibleDescription(
            self.tr(
                "Your note on the chosen item, saved as you type; light Markdown is formatted "
                "in the preview beside it"
            )
        )
        self.editor.setPlaceholderText(
            self.tr(
                "Write a note on this item (light Markdown: **bold**, "
                "*italic*, - lists, [text](https://…))"
            )
        )
        self._show_heading()
        self._set_status(self._status)
        self._show_bookmark(self.bookmark_button.isChecked())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate every text when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _set_status(self, status: str) -> None:
        self._status = status
        texts = {
            "saving-off": self.tr("Saving is off"),
            "not-saved": self.tr("Not saved"),
            "saved": self.tr("Saved"),
            "editing": self.tr("Editing…"),
            "too-long": self.tr("Too long: at most {count} characters; not saved").format(
                count=format_number(NOTE_MAX_CHARS)
            ),
        }
        self.status.setText(texts.get(status, ""))

    def _show_heading(self) -> None:
        if self._ref is None:
            self.heading.setText(self.tr("Your note"))
        else:
            self.heading.setText(self.tr("Your note on {item}").format(item=self._title))

    @property
    def current_ref(self) -> ItemRef | None:
        """Return the item whose note is shown."""
        return self._ref

    def has_text(self) -> bool:
        """Tell whether the item shown has a note (or one is being written)."""
        return bool(self.editor.toPlainText().strip())

    def show_item(self, ref: ItemRef | None, title: str) -> None:
        """Commit the note being edited, then show the note on ``ref``."""
        self.save_now()
        self._ref, self._title = ref, title
        note = None
        if ref is not None:
            try:
                note = self._service.note(ref)
            except UserDataError as error:
                show_error(self, self.tr("Notes cannot be read"), str(error))
        self.editor.blockSignals(True)
        self.editor.setPlainText(note.text if note is not None else "")
        self.editor.blockSignals(False)
        self.editor.setEnabled(ref is not None)
        self._show_heading()
        self._render_preview()
        self._show_bookmark(ref is not None and self._service.is_bookmarked(ref))
        self.written.emit(self.has_text())

    def reload(self) -> None:
        """Show the stored note and bookmark of the current item again (after an import)."""
        self._dirty = False
        self.show_item(self._ref, self._title)

    def save_now(self) -> bool:
        """Commit the edited note now, if it changed; return False when it could not be saved."""
        self._timer.stop()
        if not self._dirty or self._ref is None:
            return True
        text = self.editor.toPlainText()
        try:
            self._service.set_note(self._ref, text)
        except UserDataError as error:
            self._set_status("not-saved")
            show_error(self, self.tr("Your note was not saved"), str(error))
            return False
        self._dirty = False
        self._set_status("saved")
        self.note_saved.emit(self._ref)
        self.written.emit(self.has_text())
        return True

    def _on_editor_text_changed(self) -> None:
        self._dirty = True
        length = self.editor.document().characterCount() - 1
        if length <= PREVIEW_AT_ONCE_CHARS:
            self._render_preview()
        else:  # formatting a long note takes a noticeable moment: not at every key
            self._preview_due = True
        if length > NOTE_MAX_CHARS:
            # Not saved while too long; the message stays until the note is short enough.
            self._timer.stop()
            self._set_status("too-long")
            return
        self._set_status("editing")
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._preview_due:
            self._render_preview()
        self.save_now()

    def _on_editor_refused(self, length: int) -> None:
        self.status.setText(
            self.tr("Too long to paste: {length} characters (a note holds {most})").format(
                length=format_number(length), most=format_number(NOTE_MAX_CHARS)
            )
        )

    def _render_preview(self) -> None:
        self._preview_due = False
        self.preview.setHtml(note_to_html(self.editor.toPlainText()))

    def _show_bookmark(self, on: bool) -> None:
        self.bookmark_button.blockSignals(True)
        self.bookmark_button.setChecked(on)
        self.bookmark_button.blockSignals(False)
        self.bookmark_button.setText(self.tr("★ Bookmarked") if on else self.tr("☆ Bookmark"))
        self.bookmark_button.setEnabled(self._ref is not None and self._service.report.writable)

    def _on_bookmark_button_toggled(self, on: bool) -> None:
        if self._ref is None:
            return
        try:
            self._service.set_bookmark(self._ref, self._title, on)
        except UserDataError as error:
            show_error(self, self.tr("Bookmark not saved"), str(error))
            on = not on
        self._show_bookmark(on)
        self.bookmarks_changed.emit()
