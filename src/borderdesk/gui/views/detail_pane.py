"""The detail pane: the selected item's page, with safe handling of every link."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetricsF
from PySide6.QtWidgets import QMessageBox, QWidget

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.model import ItemRef
from borderdesk.core.pages import Page
from borderdesk.gui.background import BackgroundWork, LatestRead
from borderdesk.gui.pages.big_tables import PageTable, page_table
from borderdesk.gui.pages.detail_html import render_detail, render_message
from borderdesk.gui.pages.html_blocks import LEADING, LINK_SCHEME, leading_for, style_sheet
from borderdesk.gui.plain import ask
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.safe_browser import SafeBrowser

log = logging.getLogger(__name__)
ROUNDING_SLACK_PX = 2  # a page this much wider than the pane scrolls no sideways
LOADING_AFTER_MS = 150  # a page read on the worker for longer than this says "Loading…"

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
        # Reading on a worker (a large dataset): the page and date asked for last, and the
        # scroll position to put back when it arrives (a date change).
        self._reads: LatestRead | None = None
        self._scroll_back: int | None = None
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_AFTER_MS)
        self._loading_timer.timeout.connect(self.show_loading)
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
        shown = self._wanted_ref() or self._ref
        if shown is not None and self._loader is not None:
            scrolled = self.verticalScrollBar().value()
            self.show_ref(shown)
            if not self.reading:  # shown already: read here
                self.verticalScrollBar().setValue(scrolled)
            else:
                self._scroll_back = scrolled

    def read_on(self, worker: BackgroundWork | None) -> None:
        """Read pages on ``worker`` from now on, or here at once (None, the default).

        A large dataset's pages can take a few hundred milliseconds to read: on a worker the
        window keeps answering meanwhile, the page shown stays until the next one is in (it
        says "Loading…" when that takes long), and of several items chosen in a row only the
        last is read once the one being read is done.
        """
        self._reads = LatestRead(worker) if worker is not None else None

    def stop_reading(self) -> None:
        """Let a page being read finish and show nothing more (the window closes)."""
        self._forget_wanted()
        if self._reads is not None:
            self._reads.worker.stop()

    @property
    def reading(self) -> bool:
        """Tell whether a page is being read on the worker (or waits to be)."""
        return self._reads is not None and self._reads.wanted is not None

    def _wanted_ref(self) -> ItemRef | None:
        """Return the item whose page is being read (or waits to be), if any."""
        wanted = self._reads.wanted if self._reads is not None else None
        return wanted[0] if isinstance(wanted, tuple) else None

    def _html_only(self, page: str) -> None:
        """Show the same page again (a new theme): its table stays as it is."""
        self._html = page
        self.setHtml(page)

    def _show_html(self, page: str, table: PageTable | None = None) -> None:
        self._html = page
        self.setHtml(page)
        self.table_changed.emit(table)

    def show_ref(self, ref: ItemRef | None) -> None:
        """Load and show an item through the loader; None shows the placeholder.

        With a worker (``read_on``) the page is read there and shown when it is in.
        """
        if ref is None or self._loader is None:
            self._forget_wanted()
            self.show_placeholder()
            return
        if self._reads is None:
            self.show_page(ref, *self.page_content(ref))
            return
        self._scroll_back = None
        if not self._loading_timer.isActive() and not self._loading:
            self._loading_timer.start()
        on = self._on
        self._reads.ask(
            (ref, on),
            lambda: self.page_content(ref, on),
            lambda content: self._on_read(ref, content),
        )

    def _on_read(self, ref: ItemRef, content: object) -> None:
        scroll = self._scroll_back
        self._forget_wanted()
        if isinstance(content, tuple):
            self.show_page(ref, *content)
        else:  # the worker failed where a read here would have: say so the same way
            self.show_page(ref, *self.page_content(ref))
        if scroll is not None:
            self.verticalScrollBar().setValue(scroll)

    def _forget_wanted(self) -> None:
        if self._reads is not None:
            self._reads.forget()
        self._scroll_back = None
        self._loading_timer.stop()

    def page_content(self, ref: ItemRef, on: date | None = None) -> tuple[str, PageTable | None]:
        """Return an item's page as HTML and its long table, if any; safe on any thread.

        The page is as of ``on`` (default: the pane's date). A page that cannot be read
        gives a 'Not available' page instead.
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
        return render_detail(detail, self._on if on is None else on), page_table(detail)

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
