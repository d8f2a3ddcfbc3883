"""What the window loads once it has painted: the selected page, the chart and the map.

The window shows its tree first. Then the page is read, pyqtgraph (for the chart) imported
and the chart's data read, on a worker thread (``BackgroundWork``), while the window keeps
answering; the widgets are made here, on the GUI thread, as each part arrives. Once the chart
is shown, the window is told (it indexes the names to search then) and the map's modules and
data are read: neither holds up the chart's drawing. Last, the worker loads what the other
pages read with (the ORM: about 0.3 s once), so that the first of them opens at once. Until
the first page is in, the pane says "Loading…" whatever is selected.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from borderdesk.core.collection import keep_survivors
from borderdesk.core.model import ItemRef
from borderdesk.gui.background import BackgroundWork
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.views.detail_pane import DetailPane
from borderdesk.gui.window.chart_link import ChartData, ChartLink
from borderdesk.gui.window.map_link import MapData, MapLink

log = logging.getLogger(__name__)


class FirstLoad(QObject):
    """Load the page, the chart and the map after the first paint, off the event loop."""

    def __init__(
        self,
        selection: SelectionState,
        pane: DetailPane,
        chart_link: ChartLink,
        map_link: MapLink,
        loaded: Callable[[], None],
        parent: QObject | None = None,
        chart_shown: Callable[[], None] = lambda: None,
        prepare_pages: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._selection = selection
        self._pane = pane
        self._chart_link = chart_link
        self._map_link = map_link
        self._loaded = loaded  # told when the map is in (the tab order changes)
        self._chart_shown = chart_shown  # told when the chart is in, before the map is read
        self._prepare_pages = prepare_pages  # run on the worker last: the other pages' setup
        self.background = BackgroundWork(self)
        self.started = False
        self.page_pending = False  # the first page is being read: the pane says "Loading…"
        self._stale = False  # the language changed while it was read: read it again
        self._stale_chart = self._stale_map = False  # likewise the chart's and the map's data
        self._chart_pending = self._map_pending = False
        self._stopped = False

    @property
    def page_ready(self) -> bool:
        """Tell whether the pane may load pages itself (the first one is in)."""
        return self.started and not self.page_pending

    def start(self) -> None:
        """Read the selected page, then the chart's and the map's modules and data."""
        self.started = True
        ref = self._selection.current
        if ref is not None:
            self.page_pending = True
            self.background.run(
                lambda: self._pane.page_content(ref),
                lambda content: self._on_page_read(ref, content),
            )
        else:
            self._pane.show_ref(ref)
        self._chart_pending = self._map_pending = True
        self.background.run(self._chart_link.prepare, self._on_chart_prepared)

    def language_changed(self) -> None:
        """Have a first page still being read read again, in the new language."""
        self._stale = self.page_pending
        self._stale_chart = self._chart_pending
        self._stale_map = self._map_pending

    def stop(self) -> None:
        """Let the running job end, drop the others (the window closes)."""
        self._stopped = True
        self.background.stop()

    def _on_page_read(self, ref: ItemRef, content: object) -> None:
        self.page_pending = False
        stale, self._stale = self._stale, False
        if ref != self._selection.current or stale:  # chosen or re-worded meanwhile
            self._pane.show_ref(self._selection.current)
        elif isinstance(content, tuple):
            self._pane.show_page(ref, *content)
        else:  # the worker failed where show_ref would have: say so the same way
            self._pane.show_ref(ref)
        # Drawn now, before the chart's widgets are made in the next queued result.
        self._pane.viewport().repaint()

    def _on_chart_prepared(self, prepared: ChartData | BaseException) -> None:
        self._chart_pending = False
        if self._stale_chart:  # read in the language before: read again, here
            self._stale_chart = False
            self._chart_link.load()
            self._after_chart()
            return
        self._chart_link.load_in_steps(prepared, then=self._after_chart)

    def _after_chart(self) -> None:
        """Go on once the chart is shown: what is read now does not hold up its drawing."""
        if self._stopped:
            return
        self._chart_shown()
        self.background.run(self._map_link.prepare, self._on_map_prepared)

    def _on_map_prepared(self, prepared: MapData | BaseException) -> None:
        self._map_pending, stale, self._stale_map = False, self._stale_map, False
        self._map_link.load(None if stale else prepared)
        self._loaded()
        if not self._stopped:
            self.background.run(self._prepare_pages, self._on_pages_prepared)

    def _on_pages_prepared(self, result: object) -> None:
        if isinstance(result, BaseException):  # the page itself will say what is wrong
            log.warning("could not prepare the pages: %s", result)
        keep_survivors()  # the last of the first load: what it made stays
