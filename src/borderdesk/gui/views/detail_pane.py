"""The detail pane: the selected item's page, with safe handling of every link."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetricsF
from PySide6.QtWidgets import QMessageBox, QWidget

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.model import ItemRef
from borderdesk.core.pages import Page
from borderdesk.gui.pages.big_tables import PageTable, page_table
from borderdesk.gui.pages.detail_html import render_detail, render_message
from borderdesk.gui.pages.html_blocks import LEADING, LINK_SCHEME, leading_for, style_sheet
from borderdesk.gui.plain import ask
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.safe_browser import SafeBrowser

log = logging.getLogger(__name__)
ROUNDING_SLACK_PX = 2  # a page this much wider than the pane scrolls no sideways

# Opened in the user's browser or mail program, and only after they confirm.
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})

DetailLoader = Callable[[ItemRef], Page]


class DetailPane(SafeBrowser):
    """Show one item's page; internal links select items, external ones need consent."""

    link_activated = Signal(object)  # ItemRef of an internal link
    status_message = Signal(str)  # a short note for the status bar
    table_changed = Signal(object)  # the page's long table (PageTable), or None

    def __init__(self, loader: DetailLoader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._ref: ItemRef | None = None
        self._detail: Page | None = None
        self._on: date | None = None  # the date pages are read as of (None: today)
        self._html = ""
        self._theme = DEFAULT_THEME
        self._loading = False
        self._leading = LEADING
        self.document().setDefaultStyleSheet(style_sheet(self._theme))
        self.setObjectName("detailPane")
        # SafeBrowser routes every click here and loads no resource.
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._retranslate()
        self.horizontalScrollBar().rangeChanged.connect(self._on_horizontal_range_changed)
        self.show_placeholder()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Item details"))
        self.setAccessibleDescription(
            self.tr(
                "The page of the item chosen in the list; Tab moves through its links, "
                "Enter follows one"
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate when the interface language changes (the window reloads the page)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._ref is None and self._loading:
                self.show_loading()
            elif self._ref is None:
                self.show_placeholder()
        super().changeEvent(event)

    @property
    def current_ref(self) -> ItemRef | None:
        """Return the item shown, or None."""
        return self._ref

    def _on_horizontal_range_changed(self, _least: int, most: int) -> None:
        """Show no scroll bar for a pixel or two of overflow: Qt rounds a table's width up."""
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if most <= ROUNDING_SLACK_PX
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if self.horizontalScrollBarPolicy() != policy:
            self.setHorizontalScrollBarPolicy(policy)

    def line_px(self) -> float:
        """Return the height of one line of the page's body text, in pixels."""
        return QFontMetricsF(self.document().defaultFont()).lineSpacing() * self._leading / 100

    def height_for_lines(self, lines: int) -> int:
        """Return the pane's height that shows this many lines of body text (and its frame)."""
        frame = self.height() - self.viewport().height() if self.isVisible() else 2 * 2
        margins = 2 * self.document().documentMargin()
        return math.ceil(lines * self.line_px() + margins + frame)

    def visible_lines(self) -> float:
        """Return how many lines of body text the pane shows at once."""
        room = self.viewport().height() - 2 * self.document().documentMargin()
        return max(0.0, room / self.line_px())

    def set_theme(self, theme: Theme) -> None:
        """Show the page in a theme's colours, at the same scroll position."""
        if theme == self._theme:
            return
        self._theme = theme
        self._restyle()

    def set_text_scale(self, percent: float) -> None:
        """Set the lines closer as the text grows (145% at 100%, 100% at 250%)."""
        leading = leading_for(percent)
        if leading != self._leading:
            self._leading = leading
            self._restyle()

    def _restyle(self) -> None:
        """Show the same page in the theme and line height, at the same scroll position."""
        self.document().setDefaultStyleSheet(style_sheet(self._theme, self._leading))
        scrolled = self.verticalScrollBar().value()
        self._html_only(self._html)
        self.verticalScrollBar().setValue(scrolled)

    def theme(self) -> Theme:
        """Return the theme the page is shown in."""
        return self._theme

    def show_placeholder(self) -> None:
        """Show the page for 'nothing selected'."""
        self._ref = None
        self._loading = False
        self._show_html(
            render_message("BorderDesk", self.tr("Select a border or an organisation."))
        )

    def show_loading(self) -> None:
        """Show a short 'Loading…' until the caller shows the page (the window at start-up)."""
        self._ref = None
        self._loading = True
        self._show_html(render_message(self.tr("Loading…"), ""))

    def show_detail(self, detail: Page, ref: ItemRef | None = None) -> None:
        """Show a detail record the caller already loaded, as of the pane's date."""
        self._detail = detail
        self.show_page(ref, render_detail(detail, self._on), page_table(detail))

    @property
    def as_of(self) -> date:
        """Return the date the pages are read as of."""
        return self._on or date.today()

    def set_date(self, on: date) -> None:
        """Read the pages as of a day; the page shown is reloaded, at the same scroll position."""
        if on == self._on:
            return
        self._on = on
        if self._ref is not None and self._loader is not None:
            scrolled = self.verticalScrollBar().value()
            self.show_ref(self._ref)
            self.verticalScrollBar().setValue(scrolled)

    def _html_only(self, page: str) -> None:
        """Show the same page again (a new theme): its table stays as it is."""
        self._html = page
        self.setHtml(page)

    def _show_html(self, page: str, table: PageTable | None = None) -> None:
        self._html = page
        self.setHtml(page)
        self.table_changed.emit(table)

    def show_ref(self, ref: ItemRef | None) -> None:
        """Load and show an item through the loader; None shows the placeholder."""
        if ref is None or self._loader is None:
            self.show_placeholder()
            return
        self.show_page(ref, *self.page_content(ref))

    def page_content(self, ref: ItemRef) -> tuple[str, PageTable | None]:
        """Return an item's page as HTML and its long table, if any; safe on any thread.

        A page that cannot be read gives a 'Not available' page instead.
        """
        if self._loader is None:
            return render_message(
                "BorderDesk", self.tr("Select a border or an organisation.")
            ), None
        try:
            detail = self._loader(ref)
        except BorderDeskError as exc:
            log.warning("cannot show %s: %s", ref.to_string(), exc)
            return (
                render_message(
                    self.tr("Not available"),
                    self.tr("This item cannot be shown: {reason}").format(reason=exc),
                ),
                None,
            )
        return render_detail(detail, self._on), page_table(detail)

    def show_page(self, ref: ItemRef | None, html: str, table: PageTable | None = None) -> None:
        """Show the page (and long table) ``page_content`` made for ``ref``."""
        self._ref = ref
        self._loading = False
        self._show_html(html, table)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == LINK_SCHEME:
            try:
                ref = ItemRef.from_string(url.path())
            except ValueError:
                self.status_message.emit(
                    self.tr("Not a BorderDesk link: {link}").format(link=url.toString())
                )
                return
            self.link_activated.emit(ref)
        elif scheme in EXTERNAL_SCHEMES:
            self._open_external(url)
        else:
            self.status_message.emit(self.tr("Link not opened: {link}").format(link=url.toString()))

    def _open_external(self, url: QUrl) -> None:
        answer = ask(
            self,
            self.tr("Open link?"),
            self.tr("Open this address outside BorderDesk?\n\n{link}").format(link=url.toString()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Open:
            self.status_message.emit(self.tr("Link not opened."))
            return
        if not QDesktopServices.openUrl(url):
            self.status_message.emit(
                self.tr("No program could open {link}").format(link=url.toString())
            )


if __name__ == "__main__":
    import sys

    from borderdesk.core.sample import SampleService
    from borderdesk.core.service import load_detail
    from borderdesk.gui.qtapp import ensure_application

    application = ensure_application()
    service = SampleService()
    pane = DetailPane(lambda r: load_detail(service, r))
    pane.link_activated.connect(pane.show_ref)
    pane.status_message.connect(print)
    target = sys.argv[1] if len(sys.argv) > 1 else "border:kz-ru"
    pane.show_ref(ItemRef.from_string(target))
    pane.resize(760, 640)
    pane.show()
    sys.exit(application.exec())
