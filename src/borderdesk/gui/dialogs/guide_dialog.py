"""Help → User guide: the offline guide for teachers, in a window beside the main one.

The guide is package data (``core.guide``), shown in a ``SafeBrowser``: a link inside it
(``#presenting``) scrolls to its heading, a BorderDesk link (``borderdesk:border:kz-cn``)
selects that item in the main window, and nothing else is followed or loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.guide import load_guide
from borderdesk.core.model import ItemRef
from borderdesk.gui.dialogs.fit import resize_within_screen
from borderdesk.gui.pages.html_blocks import LINK_SCHEME, esc, style_sheet
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.safe_browser import SafeBrowser

GUIDE_STYLE = """
h1 { margin-bottom: 6px; }
h2 { margin-top: 22px; }
kbd { font-weight: 600; }
p.contents { margin-left: 12px; }
"""


class GuideDialog(QDialog):
    """Show the user guide; follow its own anchors and its links to BorderDesk items."""

    item_requested = Signal(object)  # ItemRef
    status_message = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        resize_within_screen(self, QSize(760, 720))
        self.browser = SafeBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self._theme = DEFAULT_THEME
        self.language = ""
        self._html = ""
        self.set_language(language)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("BorderDesk user guide"))
        self.browser.setAccessibleName(self.tr("User guide"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate the title when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Show the guide written in ``language`` (English where there is none)."""
        try:
            guide = load_guide(language)
        except BorderDeskError as exc:
            self.language = ""
            self._html = f"<p>{esc(str(exc))}</p>"
        else:
            if guide.language == self.language:
                return
            self.language = guide.language
            self._html = guide.html
        self._show()

    def set_theme(self, theme: Theme) -> None:
        """Show the guide in a theme's colours, at the same place."""
        if theme == self._theme:
            return
        self._theme = theme
        scrolled = self.browser.verticalScrollBar().value()
        self._show()
        self.browser.verticalScrollBar().setValue(scrolled)

    def _show(self) -> None:
        self.browser.document().setDefaultStyleSheet(style_sheet(self._theme) + GUIDE_STYLE)
        self.browser.setHtml(self._html)

    def text(self) -> str:
        """Return the guide as plain text."""
        return self.browser.toPlainText()

    def go_to(self, anchor: str) -> None:
        """Scroll to a heading of the guide by its anchor name."""
        self.browser.scrollToAnchor(anchor)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if not scheme and url.hasFragment():
            self.go_to(url.fragment())
        elif scheme == LINK_SCHEME:
            try:
                ref = ItemRef.from_string(url.path())
            except ValueError:
                self.status_message.emit(
                    self.tr("Not a BorderDesk link: {link}").format(link=url.toString())
                )
                return
            self.item_requested.emit(ref)
        else:
            # The guide works offline: it names web pages, it does not open them.
            self.status_message.emit(self.tr("Link not opened: {link}").format(link=url.toString()))
