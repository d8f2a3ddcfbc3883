"""What the window and the slides use of the chart panel, without importing pyqtgraph.

``borderdesk.gui.views.chart.ChartPanel`` is loaded late (pyqtgraph is costly to import);
until then its users hold it through this protocol.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from borderdesk.core.model import ChartSource, SegmentSeries
from borderdesk.core.pages import ChartView, SourceComparison
from borderdesk.gui.style.theme import Theme


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

    @property
    def table_toggled(self) -> SignalInstance:
        """Emit True when the figures are shown as a table, False when the plot is back."""
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

    def set_theme(self, theme: Theme) -> None:
        """Draw in a theme's colours."""
        ...

    def set_table_shown(self, shown: bool) -> None:
        """Show the figures as a table in place of the plot (True), or the plot."""
        ...

    def set_scale(self, scale: float) -> None:
        """Scale the chart's text (and pens and margins with it)."""
        ...


def as_chart(widget: QWidget) -> ChartPanelLike:
    """Return the widget typed as a chart panel."""
    return cast(ChartPanelLike, widget)
