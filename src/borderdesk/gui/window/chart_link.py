"""The chart's place in the window, and its part in the shared selection.

Like ``MapLink`` for the map: the window puts ``ChartLink.slot`` in its tab and calls
``load()`` after the first paint. The link hands the chart its sources and figures, follows
the selection (a border is highlighted), turns a clicked bar or source into a selection with
the chart as origin, and keeps the chart in the window's theme and text size. The chart
follows the date viewed: it offers the sources published by then, shows the edition of a
series current on that day (the CIA edition of 2012, of 2016), and its caption says the date.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from borderdesk.core.chart_table import figure_table
from borderdesk.core.compare import source_comparison
from borderdesk.core.editions import chart_options_on, chart_source_on
from borderdesk.core.errors import BorderDeskError
from borderdesk.core.model import ChartSource, ItemKind, ItemRef, SegmentSeries
from borderdesk.core.pages import SourceComparison
from borderdesk.core.service import ReferenceService
from borderdesk.gui import startup_trace
from borderdesk.gui.as_of import AsOfState
from borderdesk.gui.background import BackgroundWork, LatestRead
from borderdesk.gui.errors import show_error
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.plot_protocol import ChartPanelLike, as_chart
from borderdesk.gui.window.chart_slot import ChartSlot, import_chart_module, import_chart_panel

log = logging.getLogger(__name__)

ChartFactory = Callable[[], QWidget]
ChartData = tuple[tuple[ChartSource, ...], SegmentSeries]
# px: below this the bars and their labels stop being readable (a chart needing more height
# than its tab has scrolls in it, see ChartSlot.install; the default layout gives it room)
CHART_MIN_HEIGHT = 260


class ChartLink(QObject):
    """Load the chart into its slot and keep it in step with the selection and the look."""

    loaded = Signal(object)  # the chart panel, once it shows its figures
    legend_changed = Signal()  # compare mode built new source links (the Tab order changes)
    # The one source's SegmentSeries the chart shows, and goes back to after comparing.
    series_shown = Signal(object)

    def __init__(
        self,
        service: ReferenceService,
        selection: SelectionState,
        factory: ChartFactory | None = None,
        parent: QWidget | None = None,
        as_of: AsOfState | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._selection = selection
        self._as_of = as_of or AsOfState(self)
        self._chosen: str | None = None  # the source the reader picked (None: the default)
        self._factory: ChartFactory = factory or import_chart_panel
        self._parent = parent
        self._chart: ChartPanelLike | None = None
        self._loading = False  # made, to be filled in and shown at the next turn
        self._theme = DEFAULT_THEME
        self._scale = 1.0
        self._reads: LatestRead | None = None  # a large dataset's series are read there
        self.slot = ChartSlot()
        self.slot.set_least_height(CHART_MIN_HEIGHT)  # never squeezed past legibility
        selection.selection_changed.connect(self._on_selection_changed)
        self._as_of.date_changed.connect(self._on_date_changed)

    @property
    def chart(self) -> ChartPanelLike | None:
        """Return the chart panel once loaded (filled and in its place), else None."""
        return None if self._loading else self._chart

    @property
    def factory(self) -> ChartFactory:
        """Return what makes a chart (presentation mode makes its own with it)."""
        return self._factory

    def prepare(self) -> ChartData:
        """Import the chart's modules and read its figures: plain Python, for a worker thread."""
        if self._factory is import_chart_panel:
            import_chart_module()
        options = self._service.chart_sources()
        on = self._as_of.current
        shown = chart_source_on(options, self._chosen, on)
        series = dataclasses.replace(self._service.segment_series(shown), on=on)
        # Written here once, the table's lengths and shares are at hand when the window
        # shows them (Babel takes a few milliseconds per hundred; a pack has thousands).
        figure_table(series)
        return options, series

    def load(self, prepared: ChartData | BaseException | None = None) -> None:
        """Create the chart (once) and hand it its sources, figures, theme and highlight.

        ``prepared`` is what ``prepare`` returned on a worker thread (or the exception it
        raised); without it the chart's data is read here.
        """
        if self._chart is not None or self._loading:
            return
        data = self._checked(prepared)
        widget = self.slot.make(self._factory) if data is not None else None
        if data is not None and widget is not None:
            self._finish(widget, data)

    def load_in_steps(
        self, prepared: ChartData | BaseException, then: Callable[[], None] = lambda: None
    ) -> None:
        """Like ``load``, in three turns of the event loop: make the chart, fill it, show it.

        Making pyqtgraph's plot, giving it its bars and laying it out in the window are each
        a few tens of milliseconds: split, no turn holds the window up for long. ``then`` is
        called at the turn after the chart is shown (or at once, when there is none to show).
        """
        if self._chart is not None or self._loading:
            then()
            return
        data = self._checked(prepared)
        widget = self.slot.make(self._factory) if data is not None else None
        if data is None or widget is None:
            then()
            return
        self._loading = True

        def fill() -> None:
            self._fill(widget, data)
            QTimer.singleShot(0, self, install)

        def install() -> None:
            self._loading = False
            self._install(widget, data)
            QTimer.singleShot(0, self, then)

        QTimer.singleShot(0, self, fill)

    def _checked(self, prepared: ChartData | BaseException | None) -> ChartData | None:
        """Return the chart's data (read now if not prepared); None, said so, on failure."""
        if isinstance(prepared, BaseException):
            self.slot.show_failure(self.tr("The chart could not be loaded."))
            log.error("chart could not be loaded", exc_info=prepared)
            return None
        return prepared if prepared is not None else self.prepare()

    def _finish(self, widget: QWidget, data: ChartData) -> None:
        self._fill(widget, data)
        self._install(widget, data)

    def _fill(self, widget: QWidget, data: ChartData) -> None:
        """Wire the new chart and hand it its theme, sources and figures (not yet shown)."""
        sources, series = data
        self._chart = chart = as_chart(widget)
        chart.bar_clicked.connect(self._on_chart_bar_clicked)
        chart.source_changed.connect(self._on_chart_source_changed)
        chart.comparison_requested.connect(self._on_chart_comparison_requested)
        chart.source_activated.connect(self._on_chart_source_activated)
        chart.set_theme(self._theme)
        chart.set_scale(self._scale)
        on = series.on or self._as_of.current
        chart.set_sources(chart_options_on(sources, on))
        chart.set_series(series)
        self._highlight(self._selection.current)

    def _install(self, widget: QWidget, data: ChartData) -> None:
        """Put the filled chart in its place in the window and tell who waits for it."""
        chart, series = as_chart(widget), data[1]
        on = series.on or self._as_of.current
        self.slot.install(widget)
        plot = widget.findChild(QAbstractScrollArea, "segmentChartPlot")
        if plot is not None:
            startup_trace.watch_paint(plot.viewport(), "chart")
        if on != self._as_of.current:  # the date moved while the chart was being read
            self._show_on(self._as_of.current)
        self.loaded.emit(chart)
        self.series_shown.emit(series)

    def reload(self) -> None:
        """Read the sources and the figures shown again (the language has changed)."""
        chart = self._chart
        if chart is None:
            return
        view = chart.current_view()
        chart.set_sources(self._service.chart_sources())
        try:
            if isinstance(view, SourceComparison):
                chart.set_comparison(source_comparison(self._service, [s.id for s in view.sources]))
                self.legend_changed.emit()
            else:
                source = view.source.ref.id if view is not None else None
                chart.set_series(self._service.segment_series(source))
        except BorderDeskError as exc:
            show_error(self._parent, self.tr("Chart source not available"), str(exc))
        self._highlight(self._selection.current)

    def read_on(self, worker: BackgroundWork | None) -> None:
        """Read a series not read before on ``worker`` (a large dataset), or here (None)."""
        self._reads = LatestRead(worker) if worker is not None else None

    def _with_series(self, source_id: str, then: Callable[[SegmentSeries], None]) -> None:
        """Call ``then`` with a source's series: at once, or once read on the worker.

        A series read on the worker is shown only if no other was asked for meanwhile; a
        source that cannot be charted raises ``BorderDeskError`` here, or says so there.
        """
        if self._reads is None:
            then(self._service.segment_series(source_id))
            return
        service = self._service

        def done(series: SegmentSeries | BaseException) -> None:
            if self._chart is None:
                return
            if isinstance(series, BorderDeskError):
                show_error(self._parent, self.tr("Chart source not available"), str(series))
            elif isinstance(series, BaseException):  # read again here, where it is reported
                then(self._service.segment_series(source_id))
            else:
                then(series)

        self._reads.ask(source_id, lambda: service.segment_series(source_id), done)

    def read_job(self) -> Callable[[], None]:
        """Return a job (for a worker) reading what ``reload`` shows into the service's keep.

        The sources and the one source's series are read once per language and kept: after
        the job, ``reload`` finds them read. A comparison is read by ``reload`` itself.
        """
        view = self._chart.current_view() if self._chart is not None else None
        source = view.source.ref.id if isinstance(view, SegmentSeries) else None
        service = self._service

        def job() -> None:
            service.chart_sources()
            service.segment_series(source)

        return job

    def set_theme(self, theme: Theme) -> None:
        """Draw the chart, now and when it loads, in a theme."""
        self._theme = theme
        if self._chart is not None:
            self._chart.set_theme(theme)

    def set_text_scale(self, percent: float) -> None:
        """Scale the chart's text; larger text gets a taller least height for the bars."""
        self._scale = percent / 100
        self.slot.set_least_height(round(CHART_MIN_HEIGHT * max(percent, 100) / 100))
        if self._chart is not None:
            self._chart.set_scale(self._scale)

    # -- the date ---------------------------------------------------------------------------

    def _on_date_changed(self, on: date) -> None:
        if self._chart is not None:
            self._show_on(on)

    def _show_on(self, on: date) -> None:
        """Offer the sources published by the day and show the one current then."""
        chart = self._chart
        if chart is None:
            return
        options = self._service.chart_sources()
        comparing = chart.current_view()
        chart.set_sources(chart_options_on(options, on))
        if isinstance(comparing, SourceComparison):
            published = {o.ref.id for o in chart_options_on(options, on)}
            kept = [s.id for s in comparing.sources if s.id in published]
            if len(kept) >= 2:
                self._compare(tuple(kept))
                return
        shown = chart_source_on(options, self._chosen, on)

        def show(series: SegmentSeries) -> None:
            chart.set_series(dataclasses.replace(series, on=on))
            self._highlight(self._selection.current)

        if isinstance(comparing, SegmentSeries) and comparing.source.ref.id == shown:
            if self._reads is not None:  # a series still being read for another day
                self._reads.forget()
            show(comparing)  # the same figures, as of another day: nothing to read again
        else:
            self._with_series(shown, show)

    # -- the selection ----------------------------------------------------------------------

    def _on_selection_changed(self, ref: ItemRef | None) -> None:
        self._highlight(ref)

    def _highlight(self, ref: ItemRef | None) -> None:
        if self._chart is not None:
            border = ref is not None and ref.kind is ItemKind.BORDER
            self._chart.highlight(ref.key if ref is not None and border else None)

    def _on_chart_bar_clicked(self, key: str) -> None:
        self._selection.select(ItemRef(ItemKind.BORDER, key), origin=self._chart)

    def _on_chart_source_activated(self, source_id: str) -> None:
        self._selection.select(ItemRef(ItemKind.SOURCE, source_id), origin=self._chart)

    # -- sources ----------------------------------------------------------------------------

    def _on_chart_source_changed(self, source_id: str) -> None:
        if self._chart is None:
            return
        chart = self._chart

        def show(series: SegmentSeries) -> None:
            self._chosen = source_id
            chart.set_series(dataclasses.replace(series, on=self._as_of.current))
            self._highlight(self._selection.current)
            self.series_shown.emit(series)

        try:
            self._with_series(source_id, show)
        except BorderDeskError as exc:
            show_error(self._parent, self.tr("Chart source not available"), str(exc))

    def _on_chart_comparison_requested(self, source_ids: tuple[str, ...]) -> None:
        self._compare(source_ids)

    def _compare(self, source_ids: tuple[str, ...]) -> None:
        if self._chart is None:
            return
        try:
            comparison = source_comparison(self._service, source_ids, self._as_of.current)
        except BorderDeskError as exc:
            show_error(self._parent, self.tr("Sources cannot be compared"), str(exc))
            return
        self._chart.set_comparison(comparison)
        self.legend_changed.emit()
        self._highlight(self._selection.current)
