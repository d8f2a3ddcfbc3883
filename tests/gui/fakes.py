"""Test doubles for the GUI tests: a chart panel that records what the window asks of it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from borderdesk.core.model import ChartSource, SegmentSeries
from borderdesk.core.pages import ChartView, SourceComparison
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme

# The offscreen platform warns whenever a shown window's size hints change; it says nothing
# about our code. (A project-wide ``qt_log_ignore`` in pyproject.toml would replace this.)


class FakeChartPanel(QWidget):
    """Stand in for ``borderdesk.gui.views.chart.ChartPanel``: same API, no pyqtgraph."""

    bar_clicked = Signal(str)
    source_changed = Signal(str)
    comparison_requested = Signal(object)
    source_activated = Signal(str)
    table_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentChart")
        self.sources: tuple[ChartSource, ...] = ()
        self.series_shown: list[SegmentSeries] = []
        self.highlights: list[str | None] = []
        self.comparisons_shown: list[SourceComparison] = []
        self._theme: Theme = DEFAULT_THEME
        self._scale = 1.0
        self._comparing = False
        self.table_states: list[bool] = []

    def set_sources(self, sources: tuple[ChartSource, ...]) -> None:
        """Record the sources offered."""
        self.sources = sources

    def set_series(self, series: SegmentSeries) -> None:
        """Record the series drawn."""
        self.series_shown.append(series)
        self._comparing = False

    def set_comparison(self, comparison: SourceComparison) -> None:
        """Record the comparison drawn."""
        self.comparisons_shown.append(comparison)
        self._comparing = True

    def highlight(self, key: str | None) -> None:
        """Record the highlighted bar."""
        self.highlights.append(key)

    def current_series(self) -> SegmentSeries | None:
        """Return the last series drawn."""
        return self.series_shown[-1] if self.series_shown else None

    def set_table_shown(self, shown: bool) -> None:
        """Record a switch between table and plot, and tell the window as the panel does."""
        self.table_states.append(shown)
        self.table_toggled.emit(shown)

    def set_theme(self, theme: Theme) -> None:
        """Record the theme asked for."""
        self._theme = theme

    def theme(self) -> Theme:
        """Return the last theme asked for."""
        return self._theme

    def set_scale(self, scale: float) -> None:
        """Record the text scale asked for."""
        self._scale = scale

    def scale(self) -> float:
        """Return the last scale asked for."""
        return self._scale

    def current_view(self) -> ChartView | None:
        """Return the last comparison in compare mode, else the last series."""
        if self._comparing:
            return self.comparisons_shown[-1]
        return self.current_series()
