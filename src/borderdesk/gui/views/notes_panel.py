"""The user's note on the selected item, with a safe preview, and its bookmark toggle."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDropEvent, QImage, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.format import format_number
from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import NOTE_MAX_CHARS, UserDataError, UserDataService
from borderdesk.gui.errors import show_error
from borderdesk.gui.pages.note_html import note_to_html
from borderdesk.gui.plain import ask, plain_label, plain_tip

log = logging.getLogger(__name__)
SAVE_DELAY_MS = 400  # typing pauses this long before the note is committed
PREVIEW_AT_ONCE_CHARS = 20_000  # a longer note's preview follows when typing pauses
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


class NotePreview(QTextBrowser):
    """Show a note's HTML: load no resource, follow no link without the user's consent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notePreview")
        self._retranslate()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.refused: list[str] = []  # links and resources refused, for tests and the log

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Note preview"))
        self.setAccessibleDescription(self.tr("Your note on the chosen item as it reads formatted"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate the names when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802
        """Load nothing: an image or style sheet named in a note is never read."""
        self.refused.append(name.toString() if isinstance(name, QUrl) else str(name))
        if kind == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return QByteArray()

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() not in EXTERNAL_SCHEMES:
            self.refused.append(url.toString())
            return
        answer = ask(
            self,
            self.tr("Open link?"),
            self.tr("Open this address outside BorderDesk?\n\n{link}").format(link=url.toString()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(url)


class NoteEditor(QPlainTextEdit):
    """A plain-text editor that refuses a paste or drop making the note too long, up front.

    The check runs before the text reaches the document: laying out megabytes of pasted
    text froze the window for seconds only for the save to refuse it afterwards.
    """

    refused = Signal(int)  # the number of characters the note would have had

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        """Insert pasted text, unless the note would become too long."""
        if self._accepts(source, replaced=len(self.textCursor().selectedText())):
            super().insertFromMimeData(source)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Take dropped text, unless the note would become too long."""
        moved = event.source() in (self, self.viewport())
        moving = moved and event.dropAction() is Qt.DropAction.MoveAction
        replaced = len(self.textCursor().selectedText()) if moving else 0
        if self._accepts(event.mimeData(), replaced=replaced):
            super().dropEvent(event)
        else:
            event.ignore()

    def _accepts(self, source: QMimeData, replaced: int) -> bool:
        incoming = len(source.text()) if source.hasText() else 0
        length = self.document().characterCount() - 1 - replaced + incoming
        if length > NOTE_MAX_CHARS:
            self.refused.emit(length)
            return False
        return True


class NotesPanel(QWidget):
    """Edit the note on one item; every pause in typing commits it."""

    bookmarks_changed = Signal()
    note_saved = Signal(object)  # the ItemRef whose note was committed

    def __init__(self, service: UserDataService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ref: ItemRef | None = None
        self._title = ""
        self._dirty = False
        self.setObjectName("notesPanel")
        self._status = ""  # saving-off | not-saved | saved | editing | too-long | ""
        self.heading = plain_label("", name="noteHeading")  # it names the item
        self.bookmark_button = QToolButton()
        self.bookmark_button.setObjectName("bookmarkButton")
        self.bookmark_button.setCheckable(True)
        self.bookmark_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.status = plain_label("", name="noteStatus")
        self.editor = NoteEditor()
        self.editor.setObjectName("noteEditor")
        self.preview = NotePreview()
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
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
