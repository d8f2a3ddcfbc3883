"""The window's ways out: export and copy the chart and the map, make a handout.

Each is a ``QAction`` with its shortcut, for the File menu. The export modules are imported
when first used, so the window starts without them; a failure is shown as a message naming
what could not be done, and the window goes on.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.handout import NoteLookup
from borderdesk.core.service import ReferenceService
from borderdesk.gui.as_of import AsOfState
from borderdesk.gui.errors import show_error
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.settings import Settings
from borderdesk.gui.style.theme import DEFAULT_THEME, THEMES
from borderdesk.gui.window.chart_link import ChartLink
from borderdesk.gui.window.map_link import MapLink

EXPORT_DIALOG_MODULE = "borderdesk.gui.dialogs.export_dialog"
EXPORT_MODULE = "borderdesk.gui.render.chart_file"
EXPORTABLE_MODULE = "borderdesk.gui.render.exportable"
HANDOUT_DIALOG_MODULE = "borderdesk.gui.dialogs.handout_dialog"


def make_action(parent: QObject, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
    """Return an action with a shortcut (none when empty) that calls ``slot``."""
    action = QAction(text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


class OutputActions(QObject):
    """Export chart / Copy chart / Export map / Copy map / Handout, for one window."""

    status_message = Signal(str)

    def __init__(
        self,
        service: ReferenceService,
        settings: Settings,
        selection: SelectionState,
        chart_link: ChartLink,
        map_link: MapLink,
        window: QWidget,
        as_of: AsOfState | None = None,
    ) -> None:
        super().__init__(window)
        self._as_of = as_of or AsOfState(self)
        self._service = service
        self._settings = settings
        self._selection = selection
        self._chart_link = chart_link
        self._map_link = map_link
        self._window = window
        self._notes: NoteLookup | None = None  # the user's notes, once the window has them
        self.export_chart = make_action(self, "", "Ctrl+E", self.open_chart_export)
        self.copy_chart = make_action(self, "", "Ctrl+Shift+C", self.copy_chart_now)
        self.export_map = make_action(self, "", "Ctrl+Shift+E", self.open_map_export)
        self.copy_map = make_action(self, "", "Ctrl+Alt+C", self.copy_map_now)
        self.handout = make_action(self, "", "Ctrl+P", self.open_handout)
        for action in (self.export_chart, self.copy_chart):
            action.setEnabled(False)  # until the chart has loaded
        chart_link.loaded.connect(self._on_chart_loaded)
        self.retranslate()

    def retranslate(self) -> None:
        """Put the actions' texts in the interface language."""
        self.export_chart.setText(self.tr("&Export chart…"))
        self.copy_chart.setText(self.tr("&Copy chart"))
        self.export_map.setText(self.tr("Export &map…"))
        self.copy_map.setText(self.tr("Cop&y map"))
        self.handout.setText(self.tr("&Handout…"))
        self.handout.setStatusTip(
            self.tr(
                "A one-page handout of the selected border or organisation, to print or save as PDF"
            )
        )

    def _on_chart_loaded(self, _chart: object) -> None:
        self.export_chart.setEnabled(True)
        self.copy_chart.setEnabled(True)

    def _fail(self, title: str, what: str, exc: BaseException) -> None:
        show_error(self._window, title, f"{what}\n\n{exc}")

    def _dialog(self) -> Any:
        return importlib.import_module(EXPORT_DIALOG_MODULE).ExportDialog

    def open_chart_export(self) -> None:
        """Open the export dialog on the chart shown (one source or several)."""
        chart, widget = self._chart_link.chart, self._chart_link.slot.chart
        view = chart.current_view() if chart is not None else None
        if widget is None or view is None:
            self.status_message.emit(self.tr("There is no chart to export yet."))
            return
        try:
            exportable = importlib.import_module(EXPORTABLE_MODULE).ChartExport(view, widget)
            self._dialog()(exportable, self._window, self._settings.export).exec()
        except (ImportError, BorderDeskError) as exc:
            self._fail(self.tr("Export chart"), self.tr("The chart could not be exported."), exc)

    def open_map_export(self) -> None:
        """Open the export dialog on the map, marked as in the window (border, members)."""
        try:
            exportable = self._map_link.exportable()
            self._dialog()(exportable, self._window, self._settings.export).exec()
        except (ImportError, BorderDeskError) as exc:
            self._fail(self.tr("Export map"), self.tr("The map could not be exported."), exc)

    def last_look(self) -> dict[str, Any]:
        """Return the theme and caption the export dialog last used (Copy uses them too)."""
        choices = self._settings.export
        theme = THEMES.get(choices.get("theme", DEFAULT_THEME.name), DEFAULT_THEME)
        return {"theme": theme, "caption": choices.caption}

    def copy_chart_now(self) -> None:
        """Put the chart, at its size in the window, on the clipboard as an image and SVG."""
        widget = self._chart_link.slot.chart
        if widget is None:
            self.status_message.emit(self.tr("There is no chart to copy yet."))
            return
        try:
            module = importlib.import_module(EXPORT_MODULE)
            module.copy_chart_to_clipboard(widget, **self.last_look())
        except (ImportError, BorderDeskError) as exc:
            self._fail(self.tr("Copy chart"), self.tr("The chart could not be copied."), exc)
            return
        self.status_message.emit(self.tr("Chart copied to the clipboard."))

    def copy_map_now(self) -> None:
        """Put the map, at its size in the window, on the clipboard as an image and SVG."""
        try:
            options = importlib.import_module(EXPORTABLE_MODULE).ExportOptions
            exportable = self._map_link.exportable()
            exportable.copy(options(*exportable.window_size(), **self.last_look()))
        except (ImportError, BorderDeskError) as exc:
            self._fail(self.tr("Copy map"), self.tr("The map could not be copied."), exc)
            return
        self.status_message.emit(self.tr("Map copied to the clipboard."))

    def set_notes(self, notes: NoteLookup) -> None:
        """Print the user's note on each item as its handout's teacher's note."""
        self._notes = notes

    def open_handout(self) -> None:
        """Open the handout dialog on the selected item (or the nearest border or organisation)."""
        try:
            dialog = importlib.import_module(HANDOUT_DIALOG_MODULE).HandoutDialog
            dialog(
                self._service,
                self._selection.current,
                self._window,
                on=self._as_of.current,
                notes=self._notes,
            ).exec()
        except (ImportError, BorderDeskError) as exc:
            self._fail(self.tr("Handout"), self.tr("The handout could not be made."), exc)
