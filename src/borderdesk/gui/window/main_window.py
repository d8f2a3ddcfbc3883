"""The main window: navigation on the left, the detail page over the chart on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.format import format_date
from borderdesk.core.language import Language
from borderdesk.core.language_switch import SwitchingService
from borderdesk.core.model import OVERVIEW_REF, ItemRef
from borderdesk.core.navigation import build_navigation
from borderdesk.core.pages import Page
from borderdesk.core.service import ReferenceService, load_detail
from borderdesk.gui import startup_trace
from borderdesk.gui.models.navigation_model import NavigationModel
from borderdesk.gui.plain import plain_label, plain_tip
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.settings import Settings
from borderdesk.gui.style.theme import Theme
from borderdesk.gui.style.theme_manager import ThemeManager
from borderdesk.gui.translation import LanguageManager
from borderdesk.gui.views.detail_pane import DetailPane
from borderdesk.gui.views.navigation import NavigationPanel
from borderdesk.gui.views.page_table import PageTableView
from borderdesk.gui.views.plot_protocol import ChartPanelLike
from borderdesk.gui.window.access import set_tab_order
from borderdesk.gui.window.appearance_menu import AppearanceMenu
from borderdesk.gui.window.back_forward import BackForward
from borderdesk.gui.window.chart_link import ChartFactory, ChartLink
from borderdesk.gui.window.chart_slot import FirstPaintWatcher
from borderdesk.gui.window.first_load import FirstLoad
from borderdesk.gui.window.help_menu import HelpMenu
from borderdesk.gui.window.history import SelectionHistory
from borderdesk.gui.window.language_menu import LanguageMenu
from borderdesk.gui.window.layout import WindowLayout
from borderdesk.gui.window.map_link import MapFactory, MapLink
from borderdesk.gui.window.output_actions import OutputActions, make_action
from borderdesk.gui.window.quiz_actions import QuizActions
from borderdesk.gui.window.userdata_ui import UserDataUi

if TYPE_CHECKING:
    from borderdesk.gui.views.presentation import PresentationWindow

log = logging.getLogger(__name__)

STATUS_TIMEOUT_MS = 6000


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
        language_manager: LanguageManager | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        # Shared by every window of a session (app.py); a window on its own makes its own.
        self.theme_manager = theme_manager or ThemeManager(settings, self)
        self.language_manager = language_manager or LanguageManager(settings, self)
        # Every part reads the dataset through this one service: a language switch turns it.
        self._service = SwitchingService(service)
        self._service.switch(self.language_manager.language)
        self.selection = SelectionState(self)
        self.history = SelectionHistory(self.selection, parent=self)
        self.chart_link = ChartLink(self._service, self.selection, chart_factory, self)
        self.map_link = MapLink(self._service, self.selection, map_factory, self)
        self.outputs = OutputActions(
            self._service, settings, self.selection, self.chart_link, self.map_link, self
        )
        self._build_ui()
        self._retranslate()
        self._connect_signals()
        self._on_theme_changed(self.theme_manager.theme)
        self._on_text_scale_changed(self.theme_manager.text_scale)
        self._restore_state()

    # Building -----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setObjectName("mainWindow")
        self.navigation_model = NavigationModel(build_navigation(self._service), self)
        self.navigation = NavigationPanel(self.navigation_model, self.selection)
        self.detail_pane = DetailPane(self._load_detail)
        self.page_table = PageTableView()  # a large pack's long tables, under their page
        self.page_area = _stacked("pageArea", (self.detail_pane, 1), (self.page_table, 3))
        self.chart_slot = self.chart_link.slot
        self.view_tabs = QTabWidget()  # the chart and the map, one above the other's tab
        self.view_tabs.setObjectName("viewTabs")
        self.view_tabs.setDocumentMode(True)
        # Tabs at the side: the chart keeps its full legible height (CHART_MIN_HEIGHT).
        self.view_tabs.setTabPosition(QTabWidget.TabPosition.West)
        self.view_tabs.addTab(self.chart_slot, "")
        self.view_tabs.addTab(self.map_link.slot, "")

        self.detail_splitter = _splitter(
            "detailSplitter", Qt.Orientation.Vertical, (self.page_area, 3), (self.view_tabs, 2)
        )
        # Stretch 0: the tree keeps its width as the window grows.
        self.main_splitter = _splitter(
            "mainSplitter",
            Qt.Orientation.Horizontal,
            (self.navigation, 0),
            (self.detail_splitter, 1),
        )
        self.setCentralWidget(self.main_splitter)
        self.layout_sizes = WindowLayout(
            self,
            self._settings,
            self.main_splitter,
            self.detail_splitter,
            self.page_area,
            self.view_tabs,
        )

        self.quiz = QuizActions(self._service, self.theme_manager, self)
        self.back_forward = BackForward(self.history, self._title_of, self, self.go_home)
        # In the menu bar's corner, not a row of its own: the page keeps every pixel of height.
        self.menuBar().setCornerWidget(self.back_forward.buttons, Qt.Corner.TopLeftCorner)
        self._build_menus()
        self.edition_label = plain_label("", name="editionLabel")
        self.statusBar().addPermanentWidget(self.edition_label)
        self._paint_watcher = FirstPaintWatcher(self.navigation.tree.viewport())
        self.first_load = FirstLoad(
            self.selection,
            self.detail_pane,
            self.chart_link,
            self.map_link,
            self._set_tab_order,
            self,
        )
        startup_trace.watch_paint(
            self.navigation.tree.viewport(), "tree", lambda: self.navigation_model.rowCount() > 0
        )
        startup_trace.watch_paint(
            self.detail_pane.viewport(), "page", lambda: self.detail_pane.current_ref is not None
        )

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self._menu()
        file_menu.setObjectName("fileMenu")
        outputs = self.outputs
        self.export_chart_action, self.copy_chart_action = outputs.export_chart, outputs.copy_chart
        self.export_map_action, self.copy_map_action = outputs.export_map, outputs.copy_map
        self.handout_action = outputs.handout
        self.quit_action = self._action("Ctrl+Q", self.close)
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
        file_menu.addAction(self.quiz.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.view_menu = self._menu()
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.navigation.focus_search_action)
        self.show_chart_action = self._action("Ctrl+1", self.show_chart)
        self.show_map_action = self._action("Ctrl+2", self.show_map)
        self.chart_table_action = self._action("Ctrl+T", self._toggle_table)
        self.chart_table_action.setCheckable(True)
        self.chart_table_action.setEnabled(False)  # until the chart has loaded
        view_menu.addActions([self.show_chart_action, self.show_map_action])
        view_menu.addAction(self.chart_table_action)
        view_menu.addSeparator()
        self.reset_layout_action = self._action("", self.reset_layout)
        view_menu.addAction(self.reset_layout_action)
        self.presentation_action = self._action("F5", self.present)
        view_menu.addAction(self.presentation_action)
        view_menu.addAction(self.quiz.quiz_action)
        self.appearance = AppearanceMenu(self.theme_manager, self)
        view_menu.addSeparator()
        view_menu.addMenu(self.appearance.theme_menu)
        self.languages = LanguageMenu(self.language_manager, self)
        view_menu.addMenu(self.languages.menu)
        view_menu.addActions(self.appearance.zoom_actions())

        self.menuBar().addMenu(self.back_forward.menu)
        self.overview_action = self.back_forward.overview_action

        help_menu = self.help_menu = self._menu()
        help_menu.setObjectName("helpMenu")
        self.help = HelpMenu(self._service, self)
        help_menu.addActions(self.help.actions())
        self.about_action = self.help.about_action

    def _menu(self) -> QMenu:
        # Made here and added, not made by addMenu(): the window keeps a living wrapper to
        # retitle it when the language changes.
        menu = QMenu(self)
        self.menuBar().addMenu(menu)
        return menu

    def _action(self, shortcut: str, slot: Callable[[], object]) -> QAction:
        return make_action(self, "", shortcut, slot)

    # Language -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        """Put every text of the window in the interface language (and at start)."""
        self.setWindowTitle("BorderDesk")
        self.view_tabs.setTabText(0, self.tr("Chart"))
        self.view_tabs.setTabText(1, self.tr("Map"))
        self.view_tabs.setAccessibleName(self.tr("Chart and map"))
        self.view_tabs.setAccessibleDescription(self.tr("Ctrl+1 shows the chart, Ctrl+2 the map"))
        self.view_tabs.setTabToolTip(0, self.tr("The border lengths chart (Ctrl+1)"))
        self.view_tabs.setTabToolTip(1, self.tr("The map of the borders (Ctrl+2)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.show_chart_action.setText(self.tr("Show &chart"))
        self.show_map_action.setText(self.tr("Show &map"))
        self.chart_table_action.setText(self.tr("Chart as ta&ble"))
        self.reset_layout_action.setText(self.tr("&Reset layout"))
        self.presentation_action.setText(self.tr("&Presentation mode"))
        edition = self._service.edition()
        self.edition_label.setText(
            self.tr("Dataset {version} · {date} · {checksum}").format(
                version=edition.version,
                date=format_date(edition.date),
                checksum=edition.short_checksum,
            )
        )
        self.edition_label.setToolTip(
            plain_tip(
                self.tr("Dataset checksum (SHA-256): {checksum}").format(checksum=edition.checksum)
            )
        )
        for part in (
            self.outputs,
            self.appearance,
            self.languages,
            self.back_forward,
            self.help,
            self.quiz,
            self.navigation,
        ):
            part.retranslate()
        user_data = getattr(self, "user_data", None)
        if isinstance(user_data, UserDataUi):
            user_data.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate every text when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_language_changed(self, language: Language) -> None:
        """Read the dataset again in the new language: tree, page, chart, map, quiz."""
        self._service.switch(language)
        current = self.selection.current
        self.navigation_model.set_root(build_navigation(self._service))
        self.navigation.show_current()
        if self.first_load.page_ready:
            self.detail_pane.show_ref(current)
        else:
            self.first_load.language_changed()
        self.chart_link.reload()
        self.map_link.reload()
        self.quiz.reload()
        self.back_forward.refresh()
        if getattr(self, "user_data", None) is not None:
            self._on_selection_changed_user_data(current)

    def _connect_signals(self) -> None:
        self.selection.selection_changed.connect(self._on_selection_changed)
        self.detail_pane.link_activated.connect(self._on_detail_pane_link_activated)
        self.detail_pane.status_message.connect(self._show_status)
        self.detail_pane.table_changed.connect(self.page_table.set_table)
        self.page_table.row_chosen.connect(self._on_detail_pane_link_activated)
        self._paint_watcher.painted.connect(self._on_paint_watcher_painted)
        self.chart_slot.overflow.connect(self.layout_sizes.give_chart_room)
        self.theme_manager.theme_changed.connect(self._on_theme_changed)
        self.theme_manager.text_scale_changed.connect(self._on_text_scale_changed)
        self.appearance.status_message.connect(self._show_status)
        self.outputs.status_message.connect(self._show_status)
        self.chart_link.loaded.connect(self._on_chart_loaded)
        self.chart_link.legend_changed.connect(self._set_tab_order)
        self.help.item_requested.connect(lambda ref: self.selection.select(ref, origin=self.help))
        self.help.status_message.connect(self._show_status)
        self.language_manager.language_changed.connect(self._on_language_changed)

    # State --------------------------------------------------------------------------------

    @property
    def chart(self) -> ChartPanelLike | None:
        """Return the chart panel once loaded, else None."""
        return self.chart_link.chart

    def _restore_state(self) -> None:
        state = self._settings.window
        self.layout_sizes.restore()
        ref = state.last_selection if self._settings.preferences.restore_last_selection else None
        if ref is None or not self.navigation_model.index_for_ref(ref).isValid():
            ref = OVERVIEW_REF
        self.selection.select(ref, origin=self)
        news = []
        if self._settings.recovered_from is not None:
            news.append(
                self.tr(
                    "The settings file was unreadable; defaults are used "
                    "(the old file was kept as {file})."
                ).format(file=self._settings.recovered_from)
            )
        if self._settings.save_problem:
            news.append(self._settings.save_problem)
        if news:
            self._show_status(" ".join(news))

    def save_state(self) -> None:
        """Remember geometry, splitters and the selected item."""
        self.layout_sizes.save()
        self._settings.window.last_selection = self.selection.current
        if not self._settings.sync():
            self._show_status(self._settings.save_problem)

    def reset_layout(self) -> None:
        """Go back to the default size and splitter proportions."""
        self.layout_sizes.reset()

    def default_size(self) -> QSize:
        """Return the window's first size on its screen."""
        return self.layout_sizes.default_size()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save the layout, stop loading, then close."""
        self.save_state()
        self.first_load.stop()
        super().closeEvent(event)

    # Selection ----------------------------------------------------------------------------

    def _load_detail(self, ref: ItemRef) -> Page:
        return load_detail(self._service, ref)

    def _on_selection_changed(self, ref: ItemRef | None) -> None:
        # Until the window has painted and its first page is in, the pane says "Loading…".
        if self.first_load.page_ready:
            self.detail_pane.show_ref(ref)
        else:
            self.detail_pane.show_loading()

    def _title_of(self, ref: ItemRef) -> str:
        """Return an item's title as the tree shows it (its key when the tree has no row)."""
        title = self.navigation_model.index_for_ref(ref).data()
        return str(title) if title else ref.to_string()

    def go_home(self) -> None:
        """Select the Kazakhstan overview (Go → Overview, Alt+Home)."""
        self.selection.select(OVERVIEW_REF, origin=self)

    def _on_detail_pane_link_activated(self, ref: ItemRef) -> None:
        self.selection.select(ref, origin=self.detail_pane)

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # User data ----------------------------------------------------------------------------

    def attach_user_data(self, ui: UserDataUi) -> None:
        """Put the notes panel under the detail page and the notes and data menus in the bar."""
        self.user_data = ui
        self.layout_sizes.insert_notes(ui.notes_panel)
        bar = self.menuBar().actions()
        file_menu, help_menu = bar[0].menu(), bar[-1]
        if not isinstance(file_menu, QMenu):
            raise TypeError("the first menu-bar entry must be the File menu")
        file_menu.insertActions(self.quit_action, ui.file_actions())
        ui.retranslate()
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
        """Now that the window has painted, load the page, the chart and the map."""
        self.first_load.start()

    def _on_chart_loaded(self, chart: ChartPanelLike) -> None:
        self._set_tab_order()
        chart.table_toggled.connect(self.chart_table_action.setChecked)
        self.chart_table_action.setEnabled(True)

    def present(self) -> PresentationWindow:
        """Show the slides full screen from the selected item (F5); Esc comes back here."""
        from borderdesk.gui.views.presentation import start_presentation

        window = start_presentation(
            self._service, self.selection, self.chart_link.factory, self, self.theme_manager.theme
        )
        self.theme_manager.theme_changed.connect(window.set_theme)
        # The slides' steps are one visit: the item the presentation ends on.
        self.history.pause()
        window.closed.connect(self.history.resume)
        window.quiz_requested.connect(lambda: self.quiz.start(over=window))
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
        chart = self.chart_link.chart
        if chart is None:
            return
        shown = self.chart_table_action.isChecked()
        if shown:
            self.view_tabs.setCurrentWidget(self.chart_slot)
        chart.set_table_shown(shown)

    def _set_tab_order(self) -> None:
        """Tab: search box, tree, page, then chart and map (tabs, controls, figures), note."""
        regions: list[QWidget] = [
            self.navigation.search_box,
            self.navigation.tree,
            self.detail_pane,
            self.page_table,
            self.view_tabs,
        ]
        user_data = getattr(self, "user_data", None)
        if isinstance(user_data, UserDataUi):
            regions.append(user_data.notes_panel)
        set_tab_order(self, regions)

    # Theme and text size ------------------------------------------------------------------

    def _on_theme_changed(self, theme: Theme) -> None:
        self.detail_pane.set_theme(theme)
        self.help.set_theme(theme)
        self.map_link.set_theme(theme)
        self.chart_link.set_theme(theme)

    def _on_text_scale_changed(self, percent: float) -> None:
        self.chart_link.set_text_scale(percent)


def _stacked(name: str, *parts: tuple[QWidget, int]) -> QWidget:
    """Return a named widget holding widgets one above the other, with their stretch."""
    area = QWidget()
    area.setObjectName(name)
    layout = QVBoxLayout(area)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget, stretch in parts:
        layout.addWidget(widget, stretch)
    return area


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
