"""The chart's place in the window: a light placeholder until the chart is loaded.

The chart needs pyqtgraph, whose import costs more than the rest of the window. It is
loaded after the window has really painted (see ``FirstPaintWatcher``), not from a
zero-delay timer, which would run before the first paint.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from borderdesk.core.model import ChartSource, SegmentSeries
from borderdesk.core.pages import ChartView, SourceComparison

log = logging.getLogger(__name__)

CHART_MODULE = "borderdesk.gui.views.chart"


class ChartPanelLike(Protocol):
    """What the window uses of the chart panel (``borderdesk.gui.views.chart.ChartPanel``)."""

    @property
    def bar_clicked(self) -> SignalInstance:
        """Emit a border key when a bar is clicked."""
        ...

    @property
    def source_changed(self) -> SignalInstance:
        """Emit a source id when the reader picks another source."""
        ...

    @property
    def comparison_requested(self) -> SignalInstance:
        """Emit a tuple of source ids when the reader asks to compare them."""
        ...

    @property
    def source_activated(self) -> SignalInstance:
        """Emit a source id when the reader opens a source from the legend."""
        ...

    def set_sources(self, sources: tuple[ChartSource, ...]) -> None:
        """Offer these sources."""
        ...

    def set_series(self, series: SegmentSeries) -> None:
        """Draw these bars."""
        ...

    def highlight(self, key: str | None) -> None:
        """Highlight one bar (None clears)."""
        ...

    def current_series(self) -> SegmentSeries | None:
        """Return the series drawn."""
        ...

    def set_comparison(self, comparison: SourceComparison) -> None:
        """Draw several sources' bars side by side."""
        ...

    def current_view(self) -> ChartView | None:
        """Return what is drawn: the comparison in compare mode, else the series."""
        ...


def import_chart_panel() -> QWidget:
    """Import the chart module (and pyqtgraph with it) and return a new ChartPanel."""
    module = importlib.import_module(CHART_MODULE)
    panel = module.ChartPanel()
    if not isinstance(panel, QWidget):  # pragma: no cover - a broken chart module
        raise TypeError("ChartPanel is not a widget")
    return panel


def as_chart(widget: QWidget) -> ChartPanelLike:
    """Return the widget typed as a chart panel."""
    return cast(ChartPanelLike, widget)


class FirstPaintWatcher(QObject):
    """Emit ``painted`` once, after the watched widget's first paint event was handled."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._fired = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Notice the first paint; let every event through."""
        if not self._fired and watched is self._widget and event.type() == QEvent.Type.Paint:
            self._fired = True
            self._widget.removeEventFilter(self)
            # Deferred: this paint (and the rest of the frame) completes before we act.
            QTimer.singleShot(0, self, self.painted.emit)
        return False


class ChartSlot(QWidget):
    """Hold a placeholder, then the chart panel once it is installed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartSlot")
        self._chart: QWidget | None = None
        self.placeholder = QLabel("Loading chart…", self)
        self.placeholder.setObjectName("chartPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)  # drawn in the muted, disabled text colour
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.placeholder)

    @property
    def chart(self) -> QWidget | None:
        """Return the installed chart widget, or None."""
        return self._chart

    def load(self, factory: Callable[[], QWidget]) -> QWidget | None:
        """Create the chart with factory and install it; on failure say so and return None."""
        try:
            chart = factory()
        except Exception:  # a missing or broken chart must not take the window down
            log.exception("chart could not be loaded")
            self.show_failure("The chart could not be loaded.")
            return None
        self.install(chart)
        return chart

    def install(self, chart: QWidget) -> None:
        """Replace the placeholder by the chart."""
        self._layout.removeWidget(self.placeholder)
        self.placeholder.hide()
        self.placeholder.deleteLater()
        chart.setParent(self)
        self._layout.addWidget(chart)
        chart.show()
        self._chart = chart

    def show_failure(self, message: str) -> None:
        """Say why there is no chart, in place of 'Loading chart…'."""
        self.placeholder.setText(message)
