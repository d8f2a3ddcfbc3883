"""The main window: navigation on the left, the detail page over the chart on the right."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QWidget,
)

from borderdesk import __version__
from borderdesk.core.compare import source_comparison
from borderdesk.core.errors import BorderDeskError
from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.navigation import build_navigation
from borderdesk.core.pages import Page
from borderdesk.core.service import ReferenceService, load_detail
from borderdesk.gui.appearance_menu import AppearanceMenu
from borderdesk.gui.chart_slot import (
    ChartPanelLike,
    ChartSlot,
    FirstPaintWatcher,
    as_chart,
    import_chart_panel,
)
from borderdesk.gui.errors import show_error
from borderdesk.gui.html_blocks import esc
from borderdesk.gui.map_link import MapFactory, MapLink
from borderdesk.gui.models.navigation_model import NavigationModel
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.settings import Settings
from borderdesk.gui.theme import DEFAULT_THEME, THEMES, Theme
from borderdesk.gui.theme_manager import ThemeManager
from borderdesk.gui.userdata_ui import UserDataUi
from borderdesk.gui.views.detail_pane import DetailPane
from borderdesk.gui.views.navigation import NavigationPanel
from borderdesk.gui.views.presentation import PresentationWindow, start_presentation
from borderdesk.gui.window_access import fitted_size, set_tab_order

log = logging.getLogger(__name__)

EXPORT_DIALOG_MODULE = "borderdesk.gui.views.export_dialog"
EXPORT_MODULE = "borderdesk.gui.export"
EXPORTABLE_MODULE = "borderdesk.gui.exportable"
DEFAULT_SIZE = QSize(1280, 800)
NAVIGATION_WIDTH = 300
# px: below this the bars and their labels stop being readable (a chart needing more height
# than its tab has scrolls in it, see ChartSlot.install; the default layout gives it room)
CHART_MIN_HEIGHT = 260
NOTES_HEIGHT = 130  # px: the note editor's starting height; the splitter can grow it
DETAIL_SHARE = 0.52  # of the height: the rest is the chart, tall enough to read bars
STATUS_TIMEOUT_MS = 6000
PAGE_LEAST_HEIGHT = 120  # px the page keeps when the default layout gives the chart room

ChartFactory = Callable[[], QWidget]


class MainWindow(QMainWindow):
    """Compose the views and wire them through one SelectionState."""

    def __init__(
        self,
        service: ReferenceService,
        settings: Settings,
        chart_factory: ChartFactory | None = None,
        parent: QWidget | None = None,
        map_factory: MapFactory | None = None,
        theme_manager: ThemeManager | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        # Shared by every window of a session (app.py); a window on its own makes its own.
        self.theme_manager = theme_manager or ThemeManager(settings, self)
        self._chart_factory: ChartFactory = chart_factory or import_chart_panel
        self._chart: ChartPanelLike | None = None
        self.selection = SelectionState(self)
        self.map_link = MapLink(service, self.selection, map_factory, self)
        # Until the window has painted, the pane says "Loading…": a page (and the ORM behind
        # it) is loaded only after the first paint, like the chart.
        self._painted = False
        self._detail_moved = False  # the reader dragged the page, note and chart apart
        self._build_ui()
        self._connect_signals()
        self._on_theme_changed(self.theme_manager.theme)
        self._on_text_scale_changed(self.theme_manager.text_scale)
        self._restore_state()

    # Building -----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("mainWindow")
        self.setWindowTitle("BorderDesk")
        self.navigation_model = NavigationModel(build_navigation(self._service), self)
        self.navigation = NavigationPanel(self.navigation_model, self.selection)
        self.detail_pane = DetailPane(self._load_detail)
        self.chart_slot = ChartSlot()
        self.chart_slot.set_least_height(CHART_MIN_HEIGHT)  # never squeezed past legibility
        self.view_tabs = QTabWidget()  # the chart and the map, one above the other's tab
        self.view_tabs.setObjectName("viewTabs")
        self.view_tabs.setDocumentMode(True)
        # Tabs at the side: the chart keeps its full legible height (CHART_MIN_HEIGHT).
        self.view_tabs.setTabPosition(QTabWidget.TabPosition.West)
        self.view_tabs.addTab(self.chart_slot, "Chart")
        self.view_tabs.addTab(self.map_link.slot, "Map")
        self.view_tabs.setAccessibleName("Chart and map")
        self.view_tabs.setAccessibleDescription("Ctrl+1 shows the chart, Ctrl+2 the map")
        self.view_tabs.setTabToolTip(0, "The border lengths chart (Ctrl+1)")
        self.view_tabs.setTabToolTip(1, "The map of the borders (Ctrl+2)")

        self.detail_splitter = _splitter(
            "detailSplitter", Qt.Orientation.Vertical, (self.detail_pane, 3), (self.view_tabs, 2)
        )
        # Stretch 0: the tree keeps its width as the window grows.
        self.main_splitter = _splitter(
            "mainSplitter",
            Qt.Orientation.Horizontal,
            (self.navigation, 0),
            (self.detail_splitter, 1),
        )
        self.setCentralWidget(self.main_splitter)

        self._build_menus()
        edition = self._service.edition()
        self.edition_label = QLabel(
            f"Dataset {edition.version} · {edition.date} · {edition.short_checksum}"
        )
        self.edition_label.setObjectName("editionLabel")
        self.edition_label.setToolTip(f"Dataset checksum (SHA-256): {edition.checksum}")
        self.statusBar().addPermanentWidget(self.edition_label)
        self._paint_watcher = FirstPaintWatcher(self.navigation.tree.viewport())

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.export_chart_action = self._action("&Export chart…", "Ctrl+E", self._export_chart)
        self.copy_chart_action = self._action("&Copy chart", "Ctrl+Shift+C", self._copy_chart)
        self.export_map_action = self._action("Export &map…", "Ctrl+Shift+E", self._export_map)
        self.copy_map_action = self._action("Cop&y map", "Ctrl+Alt+C", self._copy_map)
        self.handout_action = self._action("&Handout…", "Ctrl+P", self._handout)
        self.handout_action.setStatusTip(
            "A one-page handout of the selected border or organisation, to print or save as PDF"
        )
        self.quit_action = self._action("&Quit", "Ctrl+Q", self.close)
        for action in (self.export_chart_action, self.copy_chart_action):
            action.setEnabled(False)  # until the chart has loaded
        file_menu.addActions(
            [
                self.export_chart_action,
                self.copy_chart_action,
                self.export_map_action,
                self.copy_map_action,
            ]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.handout_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.navigation.focus_search_action)
        self.show_chart_action = self._action("Show &chart", "Ctrl+1", self.show_chart)
        self.show_map_action = self._action("Show &map", "Ctrl+2", self.show_map)
        self.chart_table_action = self._action("Chart as ta&ble", "Ctrl+T", self._toggle_table)
        self.chart_table_action.setCheckable(True)
        self.chart_table_action.setEnabled(False)  # until the chart has loaded
        view_menu.addActions([self.show_chart_action, self.show_map_action])
        view_menu.addAction(self.chart_table_action)
        view_menu.addSeparator()
        self.reset_layout_action = self._action("&Reset layout", "", self.reset_layout)
        view_menu.addAction(self.reset_layout_action)
        self.presentation_action = self._action("&Presentation mode", "F5", self.present)
        view_menu.addAction(self.presentation_action)
        self.appearance = AppearanceMenu(self.theme_manager, self)
        view_menu.addSeparator()
        view_menu.addMenu(self.appearance.theme_menu)
        view_menu.addActions(self.appearance.zoom_actions())

        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = self._action("&About BorderDesk", "", self._show_about)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _connect_signals(self) -> None:
        self.selection.selection_changed.connect(self._on_selection_changed)
        self.detail_pane.link_activated.connect(self._on_detail_pane_link_activated)
        self.detail_pane.status_message.connect(self._show_status)
        self._paint_watcher.painted.connect(self._on_paint_watcher_painted)
        self.chart_slot.overflow.connect(self._give_chart_room)
        self.detail_splitter.splitterMoved.connect(self._on_detail_splitter_moved)
        self.theme_manager.theme_changed.connect(self._on_theme_changed)
        self.theme_manager.text_scale_changed.connect(self._on_text_scale_changed)
        self.appearance.status_message.connect(self._show_status)

    # State --------------------------------------------------------------------------------

    @property
    def chart(self) -> ChartPanelLike | None:
        """Return the chart panel once loaded, else None."""
        return self._chart

    def _restore_state(self) -> None:
        state = self._settings.window
        geometry = state.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self.default_size())
        defaults = self._default_splitter_sizes()
        for name, splitter in self._splitters().items():
            saved = state.splitter(name)
            if saved is None or not splitter.restoreState(saved):
                splitter.setSizes(defaults[name])
        ref = state.last_selection if self._settings.preferences.restore_last_selection else None
        if ref is None or not self.navigation_model.index_for_ref(ref).isValid():
            ref = OVERVIEW_REF
        self.selection.select(ref, origin=self)
        news = []
        if self._settings.recovered_from is not None:
            news.append(
                f"The settings file was unreadable; defaults are used "
                f"(the old file was kept as {self._settings.recovered_from})."
            )
        if self._settings.save_problem:
            news.append(self._settings.save_problem)
        if news:
            self._show_status(" ".join(news))

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_splitter, "detail": self.detail_splitter}

    def _default_splitter_sizes(self) -> dict[str, list[int]]:
        width, height = self.width(), self.height()
        detail = round(height * DETAIL_SHARE)
        return {
            "main": [NAVIGATION_WIDTH, max(width - NAVIGATION_WIDTH, 1)],
            "detail": [detail, max(height - detail, 1)],
        }

    def save_state(self) -> None:
        """Remember geometry, splitters and the selected item."""
        state = self._settings.window
        state.geometry = self.saveGeometry()
        for name, splitter in self._splitters().items():
            state.set_splitter(name, splitter.saveState())
        state.last_selection = self.selection.current
        if not self._settings.sync():
            self._show_status(self._settings.save_problem)

    def reset_layout(self) -> None:
        """Go back to the default size and splitter proportions."""
        self._settings.window.clear_layout()
        self.showNormal()
        self.resize(self.default_size())
        for name, sizes in self._default_splitter_sizes().items():
            self._splitters()[name].setSizes(sizes)
        self._detail_moved = False

    def _give_chart_room(self, hidden: int) -> None:
        """In the default layout, grow the chart tab by what of it is out of view.

        The page above gives the room, down to PAGE_LEAST_HEIGHT; a layout the reader made
        (dragged, or restored from the last session) is left alone, the chart scrolling in it.
        """
        if hidden <= 0 or self._detail_moved or self._settings.window.splitter("detail"):
            return
        sizes = self.detail_splitter.sizes()
        page = self.detail_splitter.indexOf(self.detail_pane)
        chart = self.detail_splitter.indexOf(self.view_tabs)
        room = min(hidden, sizes[page] - PAGE_LEAST_HEIGHT)
        if room > 0:
            sizes[page] -= room
            sizes[chart] += room
            self.detail_splitter.setSizes(sizes)

    def _on_detail_splitter_moved(self, _pos: int, _index: int) -> None:
        self._detail_moved = True

    def default_size(self) -> QSize:
        """Return DEFAULT_SIZE, or less where the screen (at its display scaling) is smaller."""
        screen = self.screen()
        if screen is None:
            return QSize(DEFAULT_SIZE)
        return fitted_size(DEFAULT_SIZE, screen.availableGeometry().size())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save the layout, then close."""
        self.save_state()
        super().closeEvent(event)

    # Selection ----------------------------------------------------------------------------

    def _load_detail(self, ref: ItemRef) -> Page:
        return load_detail(self._service, ref)

    def _on_selection_changed(self, ref: ItemRef | None) -> None:
        if self._painted:
            self.detail_pane.show_ref(ref)
        else:
            self.detail_pane.show_loading()
        self._highlight_in_chart(ref)

    def _highlight_in_chart(self, ref: ItemRef | None) -> None:
        if self._chart is not None:
            is_border = ref is not None and ref.kind is ItemKind.BORDER
            self._chart.highlight(ref.key if ref is not None and is_border else None)

    def _on_detail_pane_link_activated(self, ref: ItemRef) -> None:
        self.selection.select(ref, origin=self.detail_pane)

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # User data ----------------------------------------------------------------------------

    def attach_user_data(self, ui: UserDataUi) -> None:
        """Put the notes panel under the detail page and the notes and data menus in the bar."""
        self.user_data = ui
        # Before the window is laid out the splitter's own sizes are meaningless: use the window.
        total = max(sum(self.detail_splitter.sizes()), self.height() - 60)
        self.detail_splitter.insertWidget(1, ui.notes_panel)
        self.detail_splitter.setStretchFactor(1, 1)
        notes = NOTES_HEIGHT
        detail = max(total - notes - max(total * 2 // 5, CHART_MIN_HEIGHT), 120)
        saved = self._settings.window.splitter("detail")
        if saved is None or not self.detail_splitter.restoreState(saved):
            self.detail_splitter.setSizes([detail, notes, max(total - detail - notes, 1)])
        bar = self.menuBar().actions()
        file_menu, help_menu = bar[0].menu(), bar[-1]
        if not isinstance(file_menu, QMenu):
            raise TypeError("the first menu-bar entry must be the File menu")
        file_menu.insertActions(self.quit_action, ui.file_actions())
        file_menu.insertSeparator(self.quit_action)
        for menu in ui.menus():
            self.menuBar().insertMenu(help_menu, menu)
        ui.item_chosen.connect(lambda ref: self.selection.select(ref, origin=ui))
        ui.status_message.connect(self._show_status)
        self.selection.selection_changed.connect(self._on_selection_changed_user_data)
        self._on_selection_changed_user_data(self.selection.current)
        self._set_tab_order()

    def _on_selection_changed_user_data(self, ref: ItemRef | None) -> None:
        title = self.navigation_model.index_for_ref(ref).data() if ref is not None else ""
        self.user_data.show_item(ref, str(title or (ref.key if ref else "")))

    # Chart --------------------------------------------------------------------------------

    def _on_paint_watcher_painted(self) -> None:
        """Show the selected page now that the window has painted, then load the chart."""
        self._painted = True
        try:
            self.detail_pane.show_ref(self.selection.current)
            # Drawn now: the chart's import holds the event loop before a queued repaint.
            self.detail_pane.viewport().repaint()
        finally:
            self._load_chart()
            self.map_link.load()
            self._set_tab_order()

    def _load_chart(self) -> None:
        """Create the chart and hand it its data."""
        widget = self.chart_slot.load(self._chart_factory) if self._chart is None else None
        if widget is None:
            return
        self._chart = chart = as_chart(widget)
        chart.bar_clicked.connect(self._on_chart_bar_clicked)
        chart.source_changed.connect(self._on_chart_source_changed)
        chart.comparison_requested.connect(self._on_chart_comparison_requested)
        chart.source_activated.connect(self._on_chart_source_activated)
        chart.set_theme(self.theme_manager.theme)
        chart.set_scale(self.theme_manager.text_scale / 100)
        chart.set_sources(self._service.chart_sources())
        chart.set_series(self._service.segment_series(None))
        self._highlight_in_chart(self.selection.current)
        self.export_chart_action.setEnabled(True)
        self.copy_chart_action.setEnabled(True)
        chart.table_toggled.connect(self.chart_table_action.setChecked)
        self.chart_table_action.setEnabled(True)

    def _on_chart_bar_clicked(self, key: str) -> None:
        self.selection.select(ItemRef(ItemKind.BORDER, key), origin=self._chart)

    def _on_chart_source_changed(self, source_id: str) -> None:
        if self._chart is None:
            return
        try:
            series = self._service.segment_series(source_id)
        except BorderDeskError as exc:
            show_error(self, "Chart source not available", str(exc))
            return
        self._chart.set_series(series)
        self._highlight_in_chart(self.selection.current)

    def _on_chart_source_activated(self, source_id: str) -> None:
        self.selection.select(ItemRef(ItemKind.SOURCE, source_id), origin=self._chart)

    def _on_chart_comparison_requested(self, source_ids: tuple[str, ...]) -> None:
        if self._chart is None:
            return
        try:
            comparison = source_comparison(self._service, source_ids)
        except BorderDeskError as exc:
            show_error(self, "Sources cannot be compared", str(exc))
            return
        self._chart.set_comparison(comparison)
        self._set_tab_order()  # the legend's source links are new
        self._highlight_in_chart(self.selection.current)

    def _export_chart(self) -> None:
        """Open the export dialog on the chart shown (one source or several)."""
        chart, widget = self._chart, self.chart_slot.chart
        series = chart.current_view() if chart is not None else None
        if widget is None or series is None:
            self._show_status("There is no chart to export yet.")
            return
        try:
            exportable = importlib.import_module(EXPORTABLE_MODULE).ChartExport(series, widget)
            dialog = importlib.import_module(EXPORT_DIALOG_MODULE).ExportDialog
            dialog(exportable, self, self._settings.export).exec()
        except (ImportError, BorderDeskError) as exc:
            show_error(self, "Export chart", f"The chart could not be exported.\n\n{exc}")

    def _export_map(self) -> None:
        """Open the export dialog on the map, marked as in the window (border, members)."""
        try:
            exportable = self.map_link.exportable()
            dialog = importlib.import_module(EXPORT_DIALOG_MODULE).ExportDialog
            dialog(exportable, self, self._settings.export).exec()
        except (ImportError, BorderDeskError) as exc:
            show_error(self, "Export map", f"The map could not be exported.\n\n{exc}")

    def _export_look(self) -> dict[str, Any]:
        """Return the theme and caption the export dialog last used (Copy uses them too)."""
        choices = self._settings.export
        theme = THEMES.get(choices.get("theme", DEFAULT_THEME.name), DEFAULT_THEME)
        return {"theme": theme, "caption": choices.caption}

    def _copy_chart(self) -> None:
        """Put the chart, at its size in the window, on the clipboard as an image and SVG."""
        widget = self.chart_slot.chart
        if widget is None:
            self._show_status("There is no chart to copy yet.")
            return
        try:
            module = importlib.import_module(EXPORT_MODULE)
            module.copy_chart_to_clipboard(widget, **self._export_look())
        except (ImportError, BorderDeskError) as exc:
            show_error(self, "Copy chart", f"The chart could not be copied.\n\n{exc}")
            return
        self._show_status("Chart copied to the clipboard.")

    def _copy_map(self) -> None:
        """Put the map, at its size in the window, on the clipboard as an image and SVG."""
        try:
            options = importlib.import_module(EXPORTABLE_MODULE).ExportOptions
            exportable = self.map_link.exportable()
            exportable.copy(options(*exportable.window_size(), **self._export_look()))
        except (ImportError, BorderDeskError) as exc:
            show_error(self, "Copy map", f"The map could not be copied.\n\n{exc}")
            return
        self._show_status("Map copied to the clipboard.")

    def _handout(self) -> None:
        """Open the handout dialog on the selected item (or the nearest border or organisation)."""
        try:
            from borderdesk.gui.views.handout_dialog import HandoutDialog

            HandoutDialog(self._service, self.selection.current, self).exec()
        except (ImportError, BorderDeskError) as exc:
            show_error(self, "Handout", f"The handout could not be made.\n\n{exc}")

    def present(self) -> PresentationWindow:
        """Show the slides full screen from the selected item (F5); Esc comes back here."""
        window = start_presentation(
            self._service, self.selection, self._chart_factory, self, self.theme_manager.theme
        )
        self.theme_manager.theme_changed.connect(window.set_theme)
        return window

    # Keyboard -----------------------------------------------------------------------------

    def show_chart(self) -> None:
        """Show the Chart tab and put the keyboard focus on the chart (Ctrl+1)."""
        self.view_tabs.setCurrentWidget(self.chart_slot)
        target = self.chart_slot.chart or self.view_tabs.tabBar()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_map(self) -> None:
        """Show the Map tab and put the keyboard focus on the map (Ctrl+2)."""
        self.view_tabs.setCurrentWidget(self.map_link.slot)
        target = self.map_link.view or self.view_tabs.tabBar()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _toggle_table(self) -> None:
        """Show the chart's figures as a table, or the plot again (Ctrl+T), on the Chart tab."""
        if self._chart is None:
            return
        shown = self.chart_table_action.isChecked()
        if shown:
            self.view_tabs.setCurrentWidget(self.chart_slot)
        self._chart.set_table_shown(shown)

    def _set_tab_order(self) -> None:
        """Tab: search box, tree, page, then chart and map (tabs, controls, figures), note."""
        regions: list[QWidget] = [
            self.navigation.search_box,
            self.navigation.tree,
            self.detail_pane,
            self.view_tabs,
        ]
        user_data = getattr(self, "user_data", None)
        if isinstance(user_data, UserDataUi):
            regions.append(user_data.notes_panel)
        set_tab_order(self, regions)

    # Theme and text size ------------------------------------------------------------------

    def _on_theme_changed(self, theme: Theme) -> None:
        self.detail_pane.set_theme(theme)
        self.map_link.set_theme(theme)
        if self._chart is not None:
            self._chart.set_theme(theme)

    def _on_text_scale_changed(self, percent: float) -> None:
        # Larger text needs a taller chart for its bars to stay readable.
        self.chart_slot.set_least_height(round(CHART_MIN_HEIGHT * max(percent, 100) / 100))
        if self._chart is not None:
            self._chart.set_scale(percent / 100)

    # Help ---------------------------------------------------------------------------------

    def _show_about(self) -> None:
        edition = self._service.edition()
        QMessageBox.about(
            self,
            "About BorderDesk",
            f"<h3>BorderDesk {esc(__version__)}</h3>"
            "<p>An offline reference on Kazakhstan's land borders and regional security "
            "organisations.</p>"
            f"<p>Dataset edition {esc(edition.version)}, {esc(edition.date)}<br>"
            f"Schema version {edition.schema_version}<br>"
            f"Checksum (SHA-256): <code>{esc(edition.checksum)}</code></p>",
        )


def _splitter(name: str, orientation: Qt.Orientation, *parts: tuple[QWidget, int]) -> QSplitter:
    """Return a named splitter holding widgets with their stretch factors."""
    splitter = QSplitter(orientation)
    splitter.setObjectName(name)
    splitter.setChildrenCollapsible(False)
    for index, (widget, stretch) in enumerate(parts):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch)
    return splitter


if __name__ == "__main__":
    import sys
    import tempfile
    from pathlib import Path

    from borderdesk.core.sample import SampleService
    from borderdesk.gui.qtapp import ensure_application

    application = ensure_application()
    settings_file = Path(tempfile.gettempdir()) / "borderdesk-preview.ini"
    window = MainWindow(SampleService(), Settings(settings_file))
    window.show()
    sys.exit(application.exec())
