"""The note's two parts: the editor that refuses a paste too long, and the safe preview."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDropEvent, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QTextBrowser, QWidget

from borderdesk.core.userdata import NOTE_MAX_CHARS
from borderdesk.gui.plain import ask

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
