"""The chart's place in the window: a light placeholder until the chart is loaded.

The chart needs pyqtgraph, whose import costs more than the rest of the window. It is
loaded after the window has really painted (see ``FirstPaintWatcher``), not from a
zero-delay timer, which would run before the first paint.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from types import ModuleType

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from borderdesk.gui.plain import plain_label

log = logging.getLogger(__name__)

CHART_MODULE = "borderdesk.gui.views.chart"


def import_chart_module() -> ModuleType:
    """Import the chart module, and pyqtgraph with it (on any thread: it makes no widget)."""
    return importlib.import_module(CHART_MODULE)


def import_chart_panel() -> QWidget:
    """Import the chart module (and pyqtgraph with it) and return a new ChartPanel."""
    panel = import_chart_module().ChartPanel()
    if not isinstance(panel, QWidget):  # pragma: no cover - a broken chart module
        raise TypeError("ChartPanel is not a widget")
    return panel


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

    overflow = Signal(int)  # px of the chart out of view (0: all of it shows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartSlot")
        self._chart: QWidget | None = None
        self._least_height = 0
        self._scroller: QScrollArea | None = None
        # Told once the layout has settled: a chart being laid out may be briefly too tall.
        self._overflow_timer = QTimer(self)
        self._overflow_timer.setSingleShot(True)
        self._overflow_timer.setInterval(0)
        self._overflow_timer.timeout.connect(self._emit_overflow)
        # Later it may say why there is no chart, quoting an error: plain text.
        self.placeholder = plain_label("", self, name="chartPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)  # drawn in the muted, disabled text colour
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.placeholder)
        self._failure = ""  # why there is no chart, once loading failed
        self._retranslate()

    def _placeholder_text(self) -> str:
        return self.tr("Loading chart…")

    def _retranslate(self) -> None:
        if self._chart is None and not self._failure:
            self.placeholder.setText(self._placeholder_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate the placeholder when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @property
    def chart(self) -> QWidget | None:
        """Return the installed chart widget, or None."""
        return self._chart

    def set_least_height(self, height: int) -> None:
        """Never be squeezed below this height, nor below what the chart itself needs.

        Unlike ``setMinimumHeight``, which would let a splitter squeeze the chart inside
        below its own minimum (its rows of controls, title, legend and caption wrapped at
        the width it has), this only raises the floor.
        """
        self._least_height = height
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Return the chart's own minimum, at least ``set_least_height`` high."""
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._least_height))

    def load(self, factory: Callable[[], QWidget]) -> QWidget | None:
        """Create the chart with factory and install it; on failure say so and return None."""
        chart = self.make(factory)
        if chart is not None:
            self.install(chart)
        return chart

    def make(self, factory: Callable[[], QWidget]) -> QWidget | None:
        """Create the chart with factory (not yet shown); on failure say so and return None."""
        try:
            return factory()
        except Exception:  # a missing or broken chart must not take the window down
            log.exception("chart could not be loaded")
            self.show_failure(self.tr("The chart could not be loaded."))
            return None

    def install(self, chart: QWidget) -> None:
        """Replace the placeholder by the chart, which scrolls where the tab is too short.

        At high display scaling a small screen cannot show the whole chart (controls, title,
        legend, a legible plot, the caption) beside the page and the note: it scrolls then,
        rather than overlapping its labels or pushing the window off the screen.
        """
        self._layout.removeWidget(self.placeholder)
        self.placeholder.hide()
        self.placeholder.deleteLater()
        scroller = QScrollArea(self)
        scroller.setObjectName(f"{self.objectName()}Scroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the chart's own parts
        scroller.setWidget(chart)
        scroller.verticalScrollBar().rangeChanged.connect(self._overflow_timer.start)
        self._scroller = scroller
        self._layout.addWidget(scroller)
        scroller.show()
        chart.show()
        self._chart = chart

    def hidden_height(self) -> int:
        """Return how much of the chart is out of view (scrolled off), in pixels."""
        return self._scroller.verticalScrollBar().maximum() if self._scroller else 0

    def _emit_overflow(self) -> None:
        self.overflow.emit(self.hidden_height())

    def show_failure(self, message: str) -> None:
        """Say why there is no chart, in place of 'Loading chart…'."""
        self._failure = message
        self.placeholder.setText(message)
