"""The segment chart: the five border lengths as bars, with source, caption and highlight.

Compare mode shows several sources as grouped bars with a legend (``chart_compare``).
"""

from __future__ import annotations

import sys
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPen
from PySide6.QtWidgets import QGraphicsView, QVBoxLayout, QWidget

from borderdesk.core.chart_text import caption_of, total_line
from borderdesk.core.chart_top import (
    CHART_BARS,
    drawn_comparison,
    drawn_keys,
    drawn_series,
    view_size,
)
from borderdesk.core.format import format_number
from borderdesk.core.i18n import translate
from borderdesk.core.model import ChartSource, SegmentSeries
from borderdesk.core.pages import ChartView, SourceComparison
from borderdesk.gui.plain import plain_label
from borderdesk.gui.qtapp import load_bundled_font
from borderdesk.gui.style.theme import Theme
from borderdesk.gui.views import chart_axes
from borderdesk.gui.views import chart_style as cs
from borderdesk.gui.views.chart_compare import ComparePlot
from borderdesk.gui.views.chart_controls import ChartControls
from borderdesk.gui.views.chart_focus import ChartAccess
from borderdesk.gui.views.chart_geometry import Orientation
from borderdesk.gui.views.chart_items import PixelPathItem, SinglePlot
from borderdesk.gui.views.chart_legend import Legend
from borderdesk.gui.views.chart_range import bars_should_lie, fit_range, slots
from borderdesk.gui.views.chart_table import ChartTable
from borderdesk.gui.views.flow_layout import keep_wrapped_height

# px at scale 1, in the window: room for the km ticks, the names and a value over each bar
PLOT_MIN_HEIGHT = 140


COMPARE_TITLE = cs.COMPARE_TITLE


class ChartPanel(QWidget):
    """Show one source's segment lengths as bars, or several side by side; emit choices."""

    bar_clicked = Signal(str)
    source_changed = Signal(str)
    comparison_requested = Signal(object)  # tuple of source ids to show side by side
    source_activated = Signal(str)  # a source's name clicked in the legend: show its page
    table_toggled = Signal(bool)  # the figures shown as a table (True) or as the plot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentChart")
        self._style = cs.ChartStyle(load_bundled_font())
        self._series: SegmentSeries | None = None
        self._comparison: SourceComparison | None = None  # all of it; the plot draws a part
        self._highlight: str | None = None
        self._tick_labels: list[str] = []
        self._orientation = Orientation.AUTO
        self._short_caption = False  # a slide's one line: the sources' names and the edition
        self._build_ui()
        self._connect_signals()
        self._apply_style()
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Border lengths chart"))
        self._plot.setAccessibleName(self.tr("Bar chart of border lengths"))
        title = cs.compare_title() if self.is_comparing() else cs.chart_title()
        view = self.current_view()
        self._title.setText(_title(title, view) if view is not None else title)
        chart_axes.style_axes(self._plot.getPlotItem(), self._style)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate the titles when the interface language changes (data comes anew)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- building -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self._controls = ChartControls(self)

        self._area = QWidget(self)
        self._area.setObjectName("chartArea")
        self._area.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._title = plain_label(cs.chart_title(), self._area, name="chartTitle")
        self._title.setWordWrap(True)  # a narrow window wraps it rather than widening
        self._legend = Legend(self._area)
        self._legend.setVisible(False)
        # The sum of the bars under them (a comparison's totals are in its legend).
        self._total = plain_label("", self._area, name="chartTotal")
        # The caption names the sources and the edition: plain text, in exports too.
        self._caption = plain_label("", self._area, name="chartCaption")
        self._caption.setWordWrap(True)

        self._plot = pg.PlotWidget(self._area, background=cs.BACKGROUND)
        self._plot.setObjectName("segmentChartPlot")
        # No cached background bitmap: SVG and PDF exports stay vector.
        self._plot.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self._plot.setAntialiasing(True)
        self._plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        item = self._plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        # Our own grid, behind the bars: pyqtgraph's axis grid drew over them and hid "0".
        self._grid = PixelPathItem()
        self._grid.setZValue(-10)
        item.addItem(self._grid)
        item.getViewBox().disableAutoRange()
        self._single = SinglePlot(item)
        self._bars = self._single.bars
        self._compare = ComparePlot(item)
        self._access = ChartAccess(self, self._plot)  # keys, focus frame, screen-reader text
        self._table = ChartTable(self._area)  # the same figures, in place of the plot
        self._table.setVisible(False)
        self.setFocusProxy(self._plot)  # focusing the chart focuses the figures shown

        self._area_layout = QVBoxLayout(self._area)
        self._area_layout.addWidget(self._title)
        self._area_layout.addWidget(self._legend)
        self._area_layout.addWidget(self._plot, 1)
        self._area_layout.addWidget(self._table, 1)
        self._area_layout.addWidget(self._total)
        self._area_layout.addWidget(self._caption)
        keep_wrapped_height(self._title, self._legend, self._caption)
        self._outer = QVBoxLayout(self)
        self._outer.addWidget(self._controls)
        self._outer.addWidget(self._area, 1)

    def _connect_signals(self) -> None:
        self._controls.source_chosen.connect(self._on_controls_source_chosen)
        self._controls.compare_toggled.connect(self._on_controls_compare_toggled)
        self._controls.comparison_changed.connect(self.comparison_requested)
        self._bars.bar_clicked.connect(self.bar_clicked)
        self._compare.bars.bar_clicked.connect(self.bar_clicked)
        self._legend.source_activated.connect(self.source_activated)
        self._plot.getPlotItem().getViewBox().sigResized.connect(self._update_range)
        self._access.bar_chosen.connect(self.bar_clicked)
        self._table.row_chosen.connect(self.bar_clicked)
        self._controls.table_toggled.connect(self.set_table_shown)
        self._controls.copy_csv_requested.connect(self.copy_csv)

    def _apply_style(self) -> None:
        style = self._style
        theme = style.theme
        self._area.setStyleSheet(
            f"#chartArea {{ background: {theme.background}; }}"
            f" #chartArea QLabel {{ color: {theme.text}; }}"
            f" #chartArea QLabel#chartCaption {{ color: {theme.caption}; }}"
        )
        self._plot.setBackground(theme.background)
        self._access.set_look(theme.text, theme.background, style.px(2))
        self._access.set_horizontal(style.horizontal)
        self._fit_plot_minimum()
        margin = style.px(12)
        self._area_layout.setContentsMargins(margin, margin, margin, margin)
        self._area_layout.setSpacing(style.px(8))
        self._title.setFont(style.title_font)
        self._total.setFont(style.tick_font)
        self._caption.setFont(style.caption_font)
        self._grid.setPen(chart_axes.grid_pen(style))
        chart_axes.style_axes(self._plot.getPlotItem(), style)
        if self._comparison is not None:
            self._legend.set_entries(self._comparison, style)
        self._restyle_bars()

    # -- public API -----------------------------------------------------------------------

    def set_sources(self, sources: tuple[ChartSource, ...]) -> None:
        """Offer these sources in the Source box and the compare menu."""
        self._controls.set_sources(sources)
        if self._series is not None:
            self._controls.select_source(self._series.source.ref.id)

    def set_series(self, series: SegmentSeries) -> None:
        """Show this series' bars, labels and caption (leaving compare mode).

        Of a long series the plot draws the CHART_BARS longest and the highlighted border;
        the table lists them all.
        """
        self._series = series
        self._leave_compare_mode()
        self._controls.select_source(series.source.ref.id)
        self._title.setText(_title(cs.chart_title(), series))
        self._draw_series()
        self._caption.setText(caption_of(series, short=self._short_caption))
        self._total.setText(total_line(series))
        self._show_figures(series, cs.chart_title())
        self._update_range()

    def _draw_series(self) -> None:
        if self._series is None:
            return
        drawn = drawn_series(self._series, self._highlight)
        self._tick_labels = [bar.label for bar in drawn.bars]
        self._single.show(drawn, self._highlight, self._style)
        self._access.set_drawn(drawn)

    def set_comparison(self, comparison: SourceComparison) -> None:
        """Show several sources' lengths as grouped bars, with a legend and every source cited."""
        self._comparison = comparison
        self._draw_comparison()
        self._controls.set_comparing(True)
        self._controls.set_chosen(tuple(s.id for s in comparison.sources))
        self._single.set_visible(False)
        self._title.setText(_title(cs.compare_title(), comparison))
        self._legend.set_entries(comparison, self._style)
        self._legend.setVisible(True)
        self._total.setVisible(False)
        self._caption.setText(caption_of(comparison, short=self._short_caption))
        self._show_figures(comparison, cs.compare_title())
        self._restyle_bars()
        self._update_range()

    def _draw_comparison(self) -> None:
        if self._comparison is None:
            return
        drawn = drawn_comparison(self._comparison, self._highlight)
        self._compare.show(drawn, self._style)
        self._tick_labels = list(drawn.labels)
        self._access.set_drawn(drawn)

    def show_view(self, view: ChartView) -> None:
        """Show one series or a comparison."""
        if isinstance(view, SourceComparison):
            self.set_comparison(view)
        else:
            self.set_series(view)

    def highlight(self, key: str | None) -> None:
        """Mark one border's bar (fill, thick outline, bold value) or group, or none.

        A border outside the longest bars drawn is drawn after them while it is marked.
        """
        before = self._drawn_keys()
        self._highlight = key
        if self._drawn_keys() != before:
            if self._comparison is not None:
                self._draw_comparison()
            else:
                self._draw_series()
            self._update_range()
        self._restyle_bars()
        self._access.set_current(key)
        self._table.select_key(key)

    def current_series(self) -> SegmentSeries | None:
        """Return the single series shown (or last shown, in compare mode), if any."""
        return self._series

    def current_view(self) -> ChartView | None:
        """Return what the chart shows: the comparison in compare mode, else the series."""
        return self._comparison or self._series

    def is_comparing(self) -> bool:
        """Tell whether the chart shows grouped bars."""
        return self._comparison is not None

    def highlighted_key(self) -> str | None:
        """Return the key of the highlighted bar, or None when no bar is marked."""
        keys = self._compare.comparison.keys if self._compare.comparison else self._bars.bar_keys()
        return self._highlight if self._highlight in keys else None

    def series_heights(self) -> dict[str, dict[str, float]]:
        """Return the grouped bars' drawn heights in km, by source id, then border key."""
        return self._compare.bars.heights() if self.is_comparing() else {}

    def legend_entries(self) -> list[str]:
        """Return the legend's entries (empty when one source is shown)."""
        return self._legend.entries() if self._legend.isVisibleTo(self) else []

    def legend(self) -> Legend:
        """Return the legend widget."""
        return self._legend

    def compare_labels_shown(self) -> bool:
        """Tell whether the grouped bars carry value labels (else only tooltips)."""
        return self._compare.labels_shown()

    def plot_widget(self) -> pg.PlotWidget:
        """Return the pyqtgraph plot."""
        return self._plot

    def chart_area(self) -> QWidget:
        """Return the part that exports draw: title, plot and caption."""
        return self._area

    def bar_heights(self) -> dict[str, float]:
        """Return each bar's drawn height in km, by border key."""
        return dict(zip(self._bars.bar_keys(), self._bars.heights(), strict=True))

    def bar_labels(self) -> list[str]:
        """Return the category labels under the bars, in order."""
        return list(self._tick_labels)

    def bar_appearance(self, key: str) -> tuple[QPen, QBrush, QFont]:
        """Return a bar's outline, fill and value-label font."""
        index = self._bars.bar_keys().index(key)
        pen, brush = self._bars.look(index)
        return pen, brush, self._single.labels[index].textItem.font()

    def caption_text(self) -> str:
        """Return the caption under the plot."""
        return self._caption.text()

    def total_text(self) -> str:
        """Return the total row under the bars ("" in compare mode: the legend has totals)."""
        return self._total.text() if self._total.isVisibleTo(self) else ""

    def set_orientation(self, orientation: Orientation) -> None:
        """Stand the bars up, lay them down (names on the left), or choose by room (AUTO)."""
        self._orientation = orientation
        self._update_range()

    def bars_lie(self) -> bool:
        """Tell whether the bars lie (names on the left, lengths to the right)."""
        return self._style.horizontal

    def set_least_text_px(self, pixels: int) -> None:
        """Draw no text smaller than this many pixels (a slide's rule for the back row)."""
        self._style = replace(self._style, least_px=max(0, pixels))
        self._apply_style()
        self._update_range()

    def least_text_px(self) -> int:
        """Return the smallest text size the chart draws, in pixels (0: no floor)."""
        return self._style.least_px

    def set_short_caption(self, short: bool) -> None:
        """Name only the sources and the edition under the chart (a slide), or cite in full."""
        self._short_caption = short
        view = self.current_view()
        if view is not None:
            self._caption.setText(caption_of(view, short=self._short_caption))

    def set_scale(self, scale: float) -> None:
        """Scale fonts, pens and margins (exports at sizes above 1280x720, the window's text)."""
        if scale == self._style.scale:  # restyling every bar and label is not free
            return
        self._style = replace(self._style, scale=scale)
        self._apply_style()
        self._update_range()

    def scale(self) -> float:
        """Return the scale of fonts, pens and margins."""
        return self._style.scale

    def set_theme(self, theme: Theme) -> None:
        """Draw in a theme's colours: background, axes, grid, bars, legend, title and caption."""
        if theme == self._style.theme:
            return
        self._style = replace(self._style, theme=theme)
        self._apply_style()
        self._update_range()

    def theme(self) -> Theme:
        """Return the theme the chart is drawn in."""
        return self._style.theme

    def set_controls_visible(self, visible: bool) -> None:
        """Show or hide the Source row (hidden, the chart area fills the panel)."""
        self._controls.setVisible(visible)
        self._legend.links = visible  # an export (no controls) gets a plain legend
        self._outer.setContentsMargins(*((9, 9, 9, 9) if visible else (0, 0, 0, 0)))
        if not visible:
            self.set_table_shown(False)  # exports and slides draw the plot
        self._fit_plot_minimum()

    def set_table_shown(self, shown: bool) -> None:
        """Show the figures as a table in place of the plot (True), or the plot again."""
        if shown == self._table.isVisibleTo(self):
            self._controls.set_table_checked(shown)
            return
        focused = self._plot.hasFocus() or self._table.hasFocus()
        self._plot.setVisible(not shown)
        self._table.setVisible(shown)
        self._total.setVisible(not shown and not self.is_comparing())  # the table has its row
        self.setFocusProxy(self._table if shown else self._plot)
        self._controls.set_table_checked(shown)
        if focused:
            (self._table if shown else self._plot).setFocus(Qt.FocusReason.OtherFocusReason)
        self.table_toggled.emit(shown)

    def table_shown(self) -> bool:
        """Tell whether the table is shown in place of the plot."""
        return self._table.isVisibleTo(self)

    def table(self) -> ChartTable:
        """Return the table of the chart's figures."""
        return self._table

    def copy_csv(self) -> bool:
        """Put the figures shown on the clipboard as CSV; False when there are none."""
        return self._table.copy_csv()

    def focused_key(self) -> str | None:
        """Return the border whose bar has the keyboard focus (the chosen one), if charted."""
        return self._access.current()

    # -- internals ------------------------------------------------------------------------

    def _fit_plot_minimum(self) -> None:
        """In the window, never squeeze the plot past legibility; exports take any size."""
        shown = self._controls.isVisibleTo(self)
        self._plot.setMinimumHeight(self._style.px(PLOT_MIN_HEIGHT) if shown else 0)

    def _show_figures(self, view: ChartView, title: str) -> None:
        """Give the table and the screen-reader texts the figures drawn."""
        self._table.set_view(view)
        self._access.show_view(view, title)
        self._access.set_current(self._highlight)

    def _restyle_bars(self) -> None:
        self._compare.restyle(self._highlight, self._style)
        view_range = self._plot.getPlotItem().getViewBox().viewRange()
        self._compare.place_band(view_range[0 if self._style.horizontal else 1][1])
        self._single.restyle(self._highlight, self._style)

    def _update_range(self) -> None:
        comparison = self._compare.comparison
        if comparison is not None:
            values = [bar.value for s in comparison.series for bar in s.bars]
            count = len(comparison.keys)
        else:
            drawn = self._single.series
            values = [bar.value for bar in drawn.bars] if drawn is not None else []
            count = len(values) or 5
        plot = self._plot
        lying = bars_should_lie(plot, self._tick_labels, count, self._orientation, self._style)
        if lying != self._style.horizontal:
            self._style = replace(self._style, horizontal=lying)
            self._apply_style()
        style = self._style
        item = plot.getPlotItem()
        km_end, slot_px = fit_range(item, self._grid, self._tick_labels, values, count, style)
        self._compare.layout_labels(slots(count), style)
        self._single.layout_labels(slot_px, style)
        self._compare.place_band(km_end)

    def _drawn_keys(self) -> list[str]:
        """Return the borders the plot draws for the current view and highlight."""
        view = self.current_view()
        if view is None:
            return []
        keys = view.keys if isinstance(view, SourceComparison) else tuple(b.key for b in view.bars)
        return drawn_keys(keys, self._highlight)

    def _leave_compare_mode(self) -> None:
        self._comparison = None
        self._compare.hide()
        self._controls.set_comparing(False)
        self._legend.setVisible(False)
        self._total.setVisible(not self._table.isVisibleTo(self))
        self._title.setText(cs.chart_title())
        self._single.set_visible(True)

    def _on_controls_source_chosen(self, source_id: str) -> None:
        current = self._series.source.ref.id if self._series else None
        if source_id != current:
            self.source_changed.emit(source_id)

    def _on_controls_compare_toggled(self, checked: bool) -> None:
        if checked:
            self.comparison_requested.emit(self._controls.chosen())
        elif self._series is not None:
            self.set_series(self._series)  # back to the one source shown before


def _title(title: str, view: ChartView) -> str:
    """Return the chart's title, saying when it draws only the longest of many borders."""
    count = view_size(view)
    if count <= CHART_BARS:
        return title
    note = translate("Chart", "{title}: the {shown} longest of {count} (the table lists them all)")
    return note.format(title=title, shown=format_number(CHART_BARS), count=format_number(count))


def main() -> int:
    """Show the chart with the sample data: ``python -m borderdesk.gui.views.chart``."""
    from borderdesk.core.compare import source_comparison
    from borderdesk.core.sample import SampleService
    from borderdesk.gui.qtapp import ensure_application

    app = ensure_application()
    service = SampleService()
    panel = ChartPanel()
    panel.setWindowTitle("BorderDesk chart preview")
    panel.set_sources(service.chart_sources())
    panel.set_series(service.segment_series())
    panel.source_changed.connect(
        lambda source_id: panel.set_series(service.segment_series(source_id))
    )
    panel.comparison_requested.connect(
        lambda ids: panel.set_comparison(source_comparison(service, ids))
    )
    panel.bar_clicked.connect(panel.highlight)
    panel.highlight("kz-cn")
    panel.resize(1100, 700)
    panel.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
