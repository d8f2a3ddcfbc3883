"""The segment chart: the five border lengths as bars, with source, caption and highlight."""

from __future__ import annotations

import sys

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.format import chart_caption, format_km
from borderdesk.core.model import ChartSource, SegmentSeries
from borderdesk.gui.qtapp import load_bundled_font
from borderdesk.gui.views import chart_axes
from borderdesk.gui.views import chart_style as cs
from borderdesk.gui.views.chart_items import BarItem, PixelPathItem

_X_MARGIN = 0.6  # data units left of the first bar and right of the last


class ChartPanel(QWidget):
    """Show one source's segment lengths as bars; emit clicks and source choices."""

    bar_clicked = Signal(str)
    source_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentChart")
        self.setAccessibleName("Border lengths chart")
        self._style = cs.ChartStyle(load_bundled_font())
        self._series: SegmentSeries | None = None
        self._highlight: str | None = None
        self._tick_labels: list[str] = []
        self._value_labels: list[pg.TextItem] = []
        self._build_ui()
        self._connect_signals()
        self._apply_style()

    # -- building -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self._controls = QWidget(self)
        self._source_combo = QComboBox(self._controls)
        self._source_combo.setObjectName("chartSourceCombo")
        self._source_combo.setAccessibleName("Source of the lengths")
        source_label = QLabel("&Source:", self._controls)
        source_label.setBuddy(self._source_combo)
        row = QHBoxLayout(self._controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(source_label)
        row.addWidget(self._source_combo)
        row.addStretch(1)

        self._area = QWidget(self)
        self._area.setObjectName("chartArea")
        self._area.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._area.setStyleSheet(
            f"#chartArea {{ background: {cs.BACKGROUND}; }}"
            f" #chartArea QLabel {{ color: {cs.TEXT}; }}"
            f" #chartArea QLabel#chartCaption {{ color: {cs.CAPTION_TEXT}; }}"
        )
        self._title = QLabel(cs.CHART_TITLE, self._area)
        self._title.setObjectName("chartTitle")
        self._caption = QLabel(self._area)
        self._caption.setObjectName("chartCaption")
        self._caption.setWordWrap(True)

        self._plot = pg.PlotWidget(self._area, background=cs.BACKGROUND)
        self._plot.setObjectName("segmentChartPlot")
        self._plot.setAccessibleName("Bar chart of border lengths")
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
        self._bars = BarItem()
        item.addItem(self._bars)

        self._area_layout = QVBoxLayout(self._area)
        self._area_layout.addWidget(self._title)
        self._area_layout.addWidget(self._plot, 1)
        self._area_layout.addWidget(self._caption)
        self._outer = QVBoxLayout(self)
        self._outer.addWidget(self._controls)
        self._outer.addWidget(self._area, 1)

    def _connect_signals(self) -> None:
        self._source_combo.activated.connect(self._on_source_combo_activated)
        self._bars.bar_clicked.connect(self.bar_clicked)
        self._plot.getPlotItem().getViewBox().sigResized.connect(self._update_range)
        self._plot.installEventFilter(self)

    def _apply_style(self) -> None:
        style = self._style
        margin = style.px(12)
        self._area_layout.setContentsMargins(margin, margin, margin, margin)
        self._area_layout.setSpacing(style.px(8))
        self._title.setFont(style.title_font)
        self._caption.setFont(style.caption_font)
        self._grid.setPen(chart_axes.grid_pen(style))
        chart_axes.style_axes(self._plot.getPlotItem(), style)
        self._restyle_bars()

    # -- public API -----------------------------------------------------------------------

    def set_sources(self, sources: tuple[ChartSource, ...]) -> None:
        """Offer these sources in the Source box, selecting the current series' or the first."""
        blocked = self._source_combo.blockSignals(True)
        self._source_combo.clear()
        for source in sources:
            self._source_combo.addItem(source.ref.label, source.ref.id)
        self._source_combo.blockSignals(blocked)
        if self._series is not None:
            self._select_source(self._series.source.ref.id)

    def set_series(self, series: SegmentSeries) -> None:
        """Show this series' bars, labels and caption."""
        self._series = series
        self._select_source(series.source.ref.id)
        self._tick_labels = [bar.label for bar in series.bars]
        item = self._plot.getPlotItem()
        for label in self._value_labels:
            item.removeItem(label)
        self._value_labels = []
        for index, bar in enumerate(series.bars):
            label = pg.TextItem(
                format_km(bar.value), color=cs.TEXT, anchor=(0.5, 1.0), fill=cs.BACKGROUND
            )
            label.setPos(index, bar.value)
            label.setZValue(-1)  # its white box hides grid lines, never the bar's outline
            item.addItem(label)
            self._value_labels.append(label)
        keys = [bar.key for bar in series.bars]
        pens, brushes = cs.bar_looks(keys, self._highlight, self._style)
        self._bars.set_bars(
            keys,
            [bar.value for bar in series.bars],
            [cs.bar_tooltip(bar, series) for bar in series.bars],
            pens,
            brushes,
        )
        self._restyle_bars()
        self._caption.setText(chart_caption(series.source.ref, series.edition))
        self._plot.setAccessibleDescription(cs.accessible_summary(series))
        self._update_range()

    def highlight(self, key: str | None) -> None:
        """Mark one border's bar (fill, thick outline, bold value), or none."""
        self._highlight = key
        self._restyle_bars()

    def current_series(self) -> SegmentSeries | None:
        """Return the series shown, if any."""
        return self._series

    def highlighted_key(self) -> str | None:
        """Return the key of the highlighted bar, or None when no bar is marked."""
        return self._highlight if self._highlight in self._bars.bar_keys() else None

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
        return pen, brush, self._value_labels[index].textItem.font()

    def caption_text(self) -> str:
        """Return the caption under the plot."""
        return self._caption.text()

    def set_scale(self, scale: float) -> None:
        """Scale fonts, pens and margins (exports at sizes above 1280x720)."""
        self._style = cs.ChartStyle(self._style.family, scale)
        self._apply_style()
        self._update_range()

    def set_controls_visible(self, visible: bool) -> None:
        """Show or hide the Source row (hidden, the chart area fills the panel)."""
        self._controls.setVisible(visible)
        self._outer.setContentsMargins(*((9, 9, 9, 9) if visible else (0, 0, 0, 0)))

    # -- internals ------------------------------------------------------------------------

    def _restyle_bars(self) -> None:
        if self._series is None:
            return
        pens, brushes = cs.bar_looks(self._bars.bar_keys(), self._highlight, self._style)
        self._bars.set_looks(pens, brushes)
        margin = self._style.px(4)
        for bar, label in zip(self._series.bars, self._value_labels, strict=True):
            label.setFont(self._style.value_font(highlighted=bar.key == self._highlight))
            label.textItem.document().setDocumentMargin(margin)
            label.updateTextPos()

    def _update_range(self) -> None:
        view = self._plot.getPlotItem().getViewBox()
        count = len(self._series.bars) if self._series else 5
        top = max((bar.value for bar in self._series.bars), default=1.0) if self._series else 1.0
        # Leave room above the tallest bar for its value label, in pixels, at any size.
        label_px = self._style.value_font(highlighted=True).pixelSize() * 1.5 + self._style.px(12)
        headroom = min(0.5, label_px / max(view.height(), 1.0))
        y_max = top / (1 - headroom)
        x_span = (-_X_MARGIN, count - 1 + _X_MARGIN)
        view.setRange(xRange=x_span, yRange=(0, y_max), padding=0)
        item = self._plot.getPlotItem()
        chart_axes.set_value_ticks(item, self._grid, y_max, x_span, self._style)
        chart_axes.set_category_ticks(item, self._tick_labels, self._style)

    def _select_source(self, source_id: str) -> None:
        index = self._source_combo.findData(source_id)
        if index >= 0:
            blocked = self._source_combo.blockSignals(True)
            self._source_combo.setCurrentIndex(index)
            self._source_combo.blockSignals(blocked)

    def _on_source_combo_activated(self, index: int) -> None:
        source_id = self._source_combo.itemData(index)
        current = self._series.source.ref.id if self._series else None
        if isinstance(source_id, str) and source_id != current:
            self.source_changed.emit(source_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Let Left and Right keys on the plot pick the neighbouring bar, like a click."""
        if watched is self._plot and isinstance(event, QKeyEvent) and self._bars.bar_keys():
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
            if step is not None and event.type() == QEvent.Type.KeyPress:
                keys = self._bars.bar_keys()
                current = keys.index(self._highlight) if self._highlight in keys else -step
                self.bar_clicked.emit(keys[max(0, min(len(keys) - 1, current + step))])
                return True
        return super().eventFilter(watched, event)


def main() -> int:
    """Show the chart with the sample data: ``python -m borderdesk.gui.views.chart``."""
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
    panel.bar_clicked.connect(panel.highlight)
    panel.highlight("kz-cn")
    panel.resize(1100, 700)
    panel.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
