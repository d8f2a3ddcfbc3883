"""View → Show chart (Ctrl+1), map (Ctrl+2), note (Ctrl+3), Chart as table (Ctrl+T), Reset layout.

Each opens the chart and map under the page (folded where they do not help) before showing
its tab and putting the keyboard focus there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from borderdesk.gui.views.plot_protocol import ChartPanelLike
from borderdesk.gui.window.chart_link import ChartLink
from borderdesk.gui.window.figures_panel import NOTE_TAB, FiguresPanel
from borderdesk.gui.window.layout import WindowLayout
from borderdesk.gui.window.map_link import MapLink
from borderdesk.gui.window.output_actions import make_action


class FigureActions(QObject):
    """Show the chart or the map, or the chart's figures as a table, from the keyboard."""

    def __init__(
        self,
        chart_link: ChartLink,
        map_link: MapLink,
        figures: FiguresPanel,
        layout: WindowLayout,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._chart_link = chart_link
        self._map_link = map_link
        self._figures = figures
        self._layout = layout
        self.show_chart = make_action(window, "", "Ctrl+1", self.show_chart_now)
        self.show_map = make_action(window, "", "Ctrl+2", self.show_map_now)
        self.show_note = make_action(window, "", "Ctrl+3", self.show_note_now)
        self.chart_table = make_action(window, "", "Ctrl+T", self._toggle_table)
        self.chart_table.setCheckable(True)
        self.chart_table.setEnabled(False)  # until the chart has loaded
        self.reset_layout = make_action(window, "", "", layout.reset)
        chart_link.loaded.connect(self._on_chart_link_loaded)
        self.retranslate()

    def retranslate(self) -> None:
        """Put the actions' texts in the interface language."""
        self.show_chart.setText(self.tr("Show &chart"))
        self.show_map.setText(self.tr("Show &map"))
        self.show_note.setText(self.tr("Show your &note"))
        self.chart_table.setText(self.tr("Chart as ta&ble"))
        self.reset_layout.setText(self.tr("&Reset layout"))

    def show_chart_now(self) -> None:
        """Open the Chart tab and put the keyboard focus on the chart."""
        self._layout.unfold_figures()
        tabs = self._figures.tabs
        tabs.setCurrentWidget(self._chart_link.slot)
        target = self._chart_link.slot.chart or tabs.tabBar()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_map_now(self) -> None:
        """Open the Map tab and put the keyboard focus on the map."""
        self._layout.unfold_figures()
        tabs = self._figures.tabs
        tabs.setCurrentWidget(self._map_link.slot)
        target = self._map_link.view or tabs.tabBar()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_note_now(self) -> None:
        """Open the Note tab and put the keyboard focus in the note's editor."""
        tabs = self._figures.tabs
        note = tabs.widget(NOTE_TAB)
        if note is None:  # the notes could not be opened
            return
        self._layout.unfold_figures()
        tabs.setCurrentWidget(note)
        target = note.findChild(QWidget, "noteEditor") or note
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _toggle_table(self) -> None:
        """Show the chart's figures as a table, or the plot again, on the Chart tab."""
        chart = self._chart_link.chart
        if chart is None:
            return
        shown = self.chart_table.isChecked()
        if shown:
            self._layout.unfold_figures()
            self._figures.tabs.setCurrentWidget(self._chart_link.slot)
        chart.set_table_shown(shown)

    def _on_chart_link_loaded(self, chart: ChartPanelLike) -> None:
        chart.table_toggled.connect(self.chart_table.setChecked)
        self.chart_table.setEnabled(True)
