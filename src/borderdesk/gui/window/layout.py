"""The main window's layout: its first size, the splitters' proportions, and remembering both.

The window composes the parts; this decides how much room each gets, restores what the reader
left last time (geometry, splitters), saves it on close, and goes back to the defaults on
View → Reset layout. In the default layout a chart taller than its tab takes room from the
page above; a layout the reader made is left alone. Saved splitter sizes are checked like
every setting: a pane squeezed to nothing, a count that is not the window's, or sizes that do
not fit the window give the defaults (and are never saved again); nothing else of a saved
splitter state (handle width, orientation, collapsing) is ever read.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from borderdesk.gui.settings import Settings
from borderdesk.gui.window.access import fitted_size
from borderdesk.gui.window.chart_link import CHART_MIN_HEIGHT

DEFAULT_SIZE = QSize(1280, 800)
NAVIGATION_WIDTH = 300
NOTES_HEIGHT = 130  # px: the note editor's starting height; the splitter can grow it
DETAIL_SHARE = 0.52  # of the height: the rest is the chart, tall enough to read bars
PAGE_LEAST_HEIGHT = 120  # px the page keeps when the default layout gives the chart room
PANE_LEAST = 40  # px: a saved pane smaller than this is not a layout anyone chose
FIT_FACTOR = 3  # saved sizes sum to within this factor of the window's room, or are garbled


class WindowLayout(QObject):
    """Size the window and its two splitters: tree | (page / notes / chart and map)."""

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        main_splitter: QSplitter,
        detail_splitter: QSplitter,
        page: QWidget,
        views: QWidget,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._splitters = {"main": main_splitter, "detail": detail_splitter}
        self._page = page
        self._views = views
        self._moved = False  # the reader dragged the page, note and chart apart
        self._restored = False  # the page, note and chart have the sizes saved last time
        detail_splitter.splitterMoved.connect(self._on_detail_splitter_moved)

    def default_size(self) -> QSize:
        """Return DEFAULT_SIZE, or less where the screen (at its display scaling) is smaller."""
        screen = self._window.screen()
        if screen is None:
            return QSize(DEFAULT_SIZE)
        return fitted_size(DEFAULT_SIZE, screen.availableGeometry().size())

    def _default_sizes(self) -> dict[str, list[int]]:
        width, height = self._window.width(), self._window.height()
        detail = round(height * DETAIL_SHARE)
        return {
            "main": [NAVIGATION_WIDTH, max(width - NAVIGATION_WIDTH, 1)],
            "detail": [detail, max(height - detail, 1)],
        }

    def restore(self) -> None:
        """Restore last session's geometry and splitters, each falling back to the defaults."""
        state = self._settings.window
        geometry = state.geometry
        if geometry is None or not self._window.restoreGeometry(geometry):
            self._window.resize(self.default_size())
        defaults = self._default_sizes()
        for name in self._splitters:
            if not self._restore_sizes(name):
                self._splitters[name].setSizes(defaults[name])

    def _restore_sizes(self, name: str) -> bool:
        """Give a splitter its saved sizes if they fit the window; return whether they did."""
        splitter = self._splitters[name]
        sizes = self._settings.window.splitter_sizes(name)
        if sizes is None or not self._fits(name, sizes):
            return False
        splitter.setSizes(list(sizes))
        if name == "detail":
            self._restored = True
        return True

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
        """Go back to the default size and splitter proportions, and forget the saved ones."""
        self._settings.window.clear_layout()
        self._window.showNormal()
        self._window.resize(self.default_size())
        for name, sizes in self._default_sizes().items():
            self._splitters[name].setSizes(sizes)
        self._moved = self._restored = False

    def insert_notes(self, notes: QWidget) -> None:
        """Put the notes panel between the page and the chart, sized unless restored."""
        splitter = self._splitters["detail"]
        # Before the window is laid out the splitter's own sizes are meaningless: use the window.
        total = max(sum(splitter.sizes()), self._window.height() - 60)
        splitter.insertWidget(1, notes)
        splitter.setStretchFactor(1, 1)
        page = max(total - NOTES_HEIGHT - max(total * 2 // 5, CHART_MIN_HEIGHT), 120)
        if not self._restore_sizes("detail"):
            splitter.setSizes([page, NOTES_HEIGHT, max(total - page - NOTES_HEIGHT, 1)])

    def give_chart_room(self, hidden: int) -> None:
        """In the default layout, grow the chart tab by what of it is out of view.

        The page above gives the room, down to PAGE_LEAST_HEIGHT; a layout the reader made
        (dragged, or restored from the last session) is left alone, the chart scrolling in it.
        """
        if hidden <= 0 or self._moved or self._restored:
            return
        splitter = self._splitters["detail"]
        sizes = splitter.sizes()
        page, chart = splitter.indexOf(self._page), splitter.indexOf(self._views)
        room = min(hidden, sizes[page] - PAGE_LEAST_HEIGHT)
        if room > 0:
            sizes[page] -= room
            sizes[chart] += room
            splitter.setSizes(sizes)

    def _on_detail_splitter_moved(self, _pos: int, _index: int) -> None:
        self._moved = True
