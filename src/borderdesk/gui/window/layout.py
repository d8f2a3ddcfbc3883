"""The main window's layout: the page as the reading surface, the rest fitted around it.

The window composes the parts; this decides how much room each gets. The tree is as wide as
its titles and lengths need (within TREE_MOST of the window), so nothing in it is cut that a
wider column would show. On the right the page comes first: it keeps at least PAGE_LINES
lines of text at every text size; under it the chart, the map and the reader's note share
one panel of tabs, open on the pages the chart or map helps read (a border, the overview, the
lengths by source, an organisation) and folded to its tab bar elsewhere or where it would
squeeze the page. What the reader chooses stays: a dragged splitter, a folded or opened
panel. Geometry and splitters are remembered; saved
sizes are checked like every setting (a pane squeezed to nothing, a count that is not the
window's, or sizes that do not fit it give the defaults, and are never saved again).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QSplitter, QVBoxLayout, QWidget

from borderdesk.core.model import ItemRef
from borderdesk.gui.settings import Settings
from borderdesk.gui.views.detail_pane import DetailPane
from borderdesk.gui.views.navigation import NavigationPanel
from borderdesk.gui.window.access import fitted_size
from borderdesk.gui.window.figures_panel import FiguresPanel, Unfold, helpful_tab

DEFAULT_SIZE = QSize(1280, 800)
PAGE_LINES = 12  # lines of the page's text in view, at any text size
TREE_LEAST, TREE_MOST = 200, 0.32  # px, and share of the window: the tree's width
TREE_MOST_EVER = 0.42  # of the window: the most the tree takes to show the lengths whole
FIGURES_SHARE = 0.42  # of the right-hand height: the chart and map, open, by default
PANE_LEAST = 40  # px: a saved pane smaller than this is not a layout anyone chose
FIT_FACTOR = 3  # saved sizes sum to within this factor of the window's room, or are garbled


class WindowLayout(QObject):
    """Size the window, the tree's column and the page, note and figures under each other."""

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        main_splitter: QSplitter,
        detail_splitter: QSplitter,
        navigation: NavigationPanel,
        page: DetailPane,
        figures: FiguresPanel,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._splitters = {"main": main_splitter, "detail": detail_splitter}
        self._navigation = navigation
        self._page = page
        self._figures = figures
        self._ref: ItemRef | None = None
        self._unfold = Unfold.AUTO  # what the reader chose with the panel's Hide/Show
        self._figures_px: int | None = None  # the figures' height the reader dragged to
        self._tree_moved = False  # the reader dragged the tree's column
        self._fitting = False
        self._applied: list[int] | None = None  # the detail sizes this layout last set
        self._applied_tree: list[int] | None = None  # and the main splitter's
        self._chart_needs = 0  # px the open panel needs to show the whole chart, as last told
        main_splitter.splitterMoved.connect(self._on_main_splitter_moved)
        detail_splitter.splitterMoved.connect(self._on_detail_splitter_moved)
        detail_splitter.installEventFilter(self)  # a new height: fit the page again
        figures.fold_toggled.connect(self._on_figures_fold_toggled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Fit the page and the figures again when the right-hand side changes height."""
        if watched is self._splitters["detail"] and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.fit)
        return super().eventFilter(watched, event)

    # Size of the window -------------------------------------------------------------------

    def default_size(self) -> QSize:
        """Return DEFAULT_SIZE, or less where the screen (at its display scaling) is smaller."""
        screen = self._window.screen()
        if screen is None:
            return QSize(DEFAULT_SIZE)
        return fitted_size(DEFAULT_SIZE, screen.availableGeometry().size())

    def _open_at_default_size(self) -> None:
        """Take DEFAULT_SIZE, or the whole screen where it is smaller (a 1280x720 projector)."""
        size = self.default_size()
        screen = self._window.screen()
        if screen is None or size == DEFAULT_SIZE:
            self._window.resize(size)
            return
        # Maximized: the page keeps its PAGE_LINES at the largest text on a small screen.
        self._window.resize(screen.availableGeometry().size())
        self._window.setWindowState(self._window.windowState() | Qt.WindowState.WindowMaximized)

    def restore(self) -> None:
        """Restore last session's geometry and splitters, each falling back to the defaults."""
        geometry = self._settings.window.geometry
        if geometry is None or not self._window.restoreGeometry(geometry):
            self._open_at_default_size()
        self._tree_moved = self._restore_sizes("main") is not None
        saved = self._restore_sizes("detail")
        if saved is not None:
            self._keep_reader_sizes(saved)
        self.fit()

    def _restore_sizes(self, name: str) -> list[int] | None:
        """Give a splitter its saved sizes if they fit the window; return them (or None)."""
        splitter = self._splitters[name]
        sizes = self._settings.window.splitter_sizes(name)
        if sizes is None or not self._fits(name, sizes):
            return None
        splitter.setSizes(list(sizes))
        return list(sizes)

    def _fits(self, name: str, sizes: Sequence[int]) -> bool:
        """Tell whether sizes give every pane room and together fit this window."""
        splitter = self._splitters[name]
        vertical = splitter.orientation() is Qt.Orientation.Vertical
        room = self._window.height() if vertical else self._window.width()
        return (
            len(sizes) == splitter.count()
            and min(sizes) >= PANE_LEAST
            and room / FIT_FACTOR <= sum(sizes) <= room * FIT_FACTOR
        )

    def save(self) -> None:
        """Put the geometry and the splitters into the settings (the caller syncs).

        Sizes that do not fit the window are never saved: the defaults come back next time.
        """
        state = self._settings.window
        state.geometry = self._window.saveGeometry()
        for name, splitter in self._splitters.items():
            if self._fits(name, splitter.sizes()):
                state.set_splitter(name, splitter.saveState())
            else:
                state.clear_splitter(name)

    def reset(self) -> None:
        """Go back to the default size and proportions, and forget the saved and chosen ones."""
        self._settings.window.clear_layout()
        self._window.showNormal()
        self._open_at_default_size()
        self._unfold = Unfold.AUTO
        self._figures_px = None
        self._tree_moved, self._applied, self._applied_tree = False, None, None
        self._chart_needs = 0
        self.fit()

    def insert_notes(self, notes: QWidget) -> None:
        """Give the reader's note a tab beside the chart and the map."""
        bookmark = getattr(notes, "bookmark_button", None)
        if isinstance(bookmark, QAbstractButton):
            self._figures.add_note(notes, bookmark)
        self.fit()

    # Fitting ------------------------------------------------------------------------------

    def show_page(self, ref: ItemRef | None) -> None:
        """Fit the panes to the page shown: open the chart or map where it helps."""
        self._ref = ref
        tab = helpful_tab(ref)
        if tab is not None and self._unfold is Unfold.AUTO:
            self._figures.tabs.setCurrentIndex(tab)
        self.fit()

    def fit(self) -> None:
        """Give the tree its width, and the page, note and figures their heights."""
        if self._fitting:
            return
        detail = self._splitters["detail"].sizes()
        applied = self._applied
        if applied is not None and detail != applied and sum(detail) == sum(applied):
            self._keep_reader_sizes(detail)  # set by the reader (or the program) since: kept
        main = self._splitters["main"].sizes()
        tree = self._applied_tree
        if tree is not None and main != tree and sum(main) == sum(tree):
            self._tree_moved = True
        self._fitting = True
        try:
            self._fit_tree()
            self._fit_right()
        finally:
            self._fitting = False

    def default_tree_width(self) -> int:
        """Return the tree's width by default: its titles' and lengths' (within limits)."""
        width = max(self._window.width(), 1)
        wanted = self._navigation.preferred_width()
        # The borders' names and lengths whole, even at the largest text, within TREE_MOST_EVER.
        lengths = min(self._navigation.preferred_width(lengths_only=True), width * TREE_MOST_EVER)
        return round(max(TREE_LEAST, lengths, min(wanted, width * TREE_MOST)))

    def _fit_tree(self) -> None:
        if self._tree_moved:
            return
        splitter = self._splitters["main"]
        tree = self.default_tree_width()
        splitter.setSizes([tree, max(self._window.width() - tree, 1)])
        self._applied_tree = splitter.sizes()

    def _fit_right(self) -> None:
        """Page first (PAGE_LINES), then the chart, map and note where they help, if room."""
        splitter = self._splitters["detail"]
        total = sum(splitter.sizes()) or self._window.height() - 60
        page_least = self._page.height_for_lines(PAGE_LINES)
        figures = self._figures
        folded = figures.folded_height()
        wanted = self._unfold is Unfold.SHOWN or (
            self._unfold is Unfold.AUTO and helpful_tab(self._ref) is not None
        )
        if not wanted:
            figures_px = folded
        elif self._figures_px is not None:  # the reader's height, kept as they left it
            figures_px = max(self._figures_px, folded)
        else:
            least = figures.body().minimumSizeHint().height() + folded
            room = total - page_least
            # The chart whole, no scrolling, where the page keeps its lines.
            wished = max(round(total * FIGURES_SHARE), least, self._chart_needs)
            figures_px = min(wished, room) if room >= least else folded
            if self._unfold is Unfold.SHOWN:
                figures_px = max(figures_px, least)
        figures.set_folded(figures_px <= folded)
        splitter.setSizes([max(total - figures_px, 1), figures_px])
        self._applied = splitter.sizes()

    def give_chart_room(self, hidden: int) -> None:
        """Grow the open panel by what of the chart is out of view, if the page can spare it.

        A layout the reader made is left alone: the chart scrolls in it.
        """
        if hidden <= 0 or self._figures.is_folded() or self._figures_px is not None:
            return
        splitter = self._splitters["detail"]
        needs = splitter.sizes()[splitter.indexOf(self._figures)] + hidden
        if needs > self._chart_needs:
            self._chart_needs = needs
            self.fit()

    # The reader's choices -----------------------------------------------------------------

    def _on_figures_fold_toggled(self, folded: bool) -> None:
        self._unfold = Unfold.HIDDEN if folded else Unfold.SHOWN
        self.fit()

    def unfold_figures(self) -> None:
        """Open the chart and the map (Ctrl+1, Ctrl+2), and keep them open."""
        self._unfold = Unfold.SHOWN
        self.fit()

    def _on_main_splitter_moved(self, _pos: int, _index: int) -> None:
        if not self._fitting:
            self._tree_moved = True

    def _on_detail_splitter_moved(self, _pos: int, _index: int) -> None:
        if not self._fitting:
            self._keep_reader_sizes(self._splitters["detail"].sizes())

    def _keep_reader_sizes(self, sizes: Sequence[int]) -> None:
        """Remember the figures' height as the reader left it (open)."""
        splitter = self._splitters["detail"]
        if len(sizes) != splitter.count():
            return
        figures = sizes[splitter.indexOf(self._figures)]
        if figures > self._figures.folded_height() + PANE_LEAST // 2:
            self._figures_px = figures


def named_splitter(
    name: str, orientation: Qt.Orientation, *parts: tuple[QWidget, int]
) -> QSplitter:
    """Return a named splitter holding widgets with their stretch factors."""
    splitter = QSplitter(orientation)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    for index, (widget, stretch) in enumerate(parts):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch)
    return splitter


def stacked(name: str, *parts: tuple[QWidget, int]) -> QWidget:
    """Return a named widget holding widgets one above the other, with their stretch."""
    area = QWidget()
    area.setObjectName(name)
    layout = QVBoxLayout(area)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in parts:
        layout.addWidget(widget, stretch)
    return area
