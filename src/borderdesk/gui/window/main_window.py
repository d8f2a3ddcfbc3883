"""The main window: the tree on the left, the page on the right over the note and the figures.

It only composes the parts and wires them through one SelectionState: the layout
(``WindowLayout``), the chart and map (``ChartLink``, ``MapLink``, ``FiguresPanel``), the
menus (``build_menus``) and the actions their owners keep (exports, handouts, slides, quiz,
theme, Back/Forward, help, the user's notes and bookmarks).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from borderdesk.core.as_of import as_of_label
from borderdesk.core.dates import format_date
from borderdesk.core.language import Language
from borderdesk.core.language_switch import SwitchingService
from borderdesk.core.model import OVERVIEW_REF, ItemRef
from borderdesk.core.navigation import NavNode, build_navigation, item_rows
from borderdesk.core.pages import Page
from borderdesk.core.service import ReferenceService, load_detail
from borderdesk.gui import startup_trace
from borderdesk.gui.as_of import AsOfState
from borderdesk.gui.background import BackgroundWork
from borderdesk.gui.models.navigation_model import NavigationModel
from borderdesk.gui.plain import plain_tip
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.settings import Settings
from borderdesk.gui.style.theme import Theme
from borderdesk.gui.style.theme_manager import ThemeManager
from borderdesk.gui.translation import LanguageManager
from borderdesk.gui.views.as_of_bar import AsOfBar
from borderdesk.gui.views.detail_pane import DetailPane
from borderdesk.gui.views.navigation import NavigationPanel
from borderdesk.gui.views.page_table import PageTableView
from borderdesk.gui.views.plot_protocol import ChartPanelLike
from borderdesk.gui.window.access import next_in_chain, set_tab_order
from borderdesk.gui.window.appearance_menu import AppearanceMenu
from borderdesk.gui.window.back_forward import BackForward
from borderdesk.gui.window.chart_link import ChartFactory, ChartLink
from borderdesk.gui.window.chart_slot import FirstPaintWatcher
from borderdesk.gui.window.figure_actions import FigureActions
from borderdesk.gui.window.figures_panel import FiguresPanel
from borderdesk.gui.window.first_load import FirstLoad
from borderdesk.gui.window.help_menu import HelpMenu, edition_label
from borderdesk.gui.window.history import SelectionHistory
from borderdesk.gui.window.language_menu import LanguageMenu
from borderdesk.gui.window.layout import WindowLayout, named_splitter, stacked
from borderdesk.gui.window.map_link import MapFactory, MapLink
from borderdesk.gui.window.menus import ViewActions, build_menus, insert_user_menus
from borderdesk.gui.window.output_actions import OutputActions, make_action
from borderdesk.gui.window.present_actions import PresentActions
from borderdesk.gui.window.quiz_actions import QuizActions
from borderdesk.gui.window.userdata_ui import UserDataUi

if TYPE_CHECKING:  # the slides are imported when a presentation starts, not with the window
    from borderdesk.gui.views.presentation import PresentationWindow

log = logging.getLogger(__name__)

STATUS_TIMEOUT_MS = 6000
# A dataset with this many items reads its pages on a worker: at ten thousand items a page
# takes a few hundred milliseconds to read, which the window would stand still for.
LARGE_TREE_ROWS = 2_000


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
        self.as_of = AsOfState(self)  # the date every view reads the content as of
        self.chart_link = ChartLink(self._service, self.selection, chart_factory, self, self.as_of)
        self.map_link = MapLink(self._service, self.selection, map_factory, self, self.as_of)
        self.outputs = OutputActions(
            self._service,
            settings,
            self.selection,
            self.chart_link,
            self.map_link,
            self,
            self.as_of,
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
        root = build_navigation(self._service)
        self.navigation_model = NavigationModel(root, self)
        self.navigation = NavigationPanel(self.navigation_model, self.selection)
        self.detail_pane = DetailPane(self._load_detail)
        # A large dataset's pages, and its tree in another language, are read off the loop.
        self._large_reads: BackgroundWork | None = None
        if item_rows(root) >= LARGE_TREE_ROWS:
            self._large_reads = BackgroundWork(self.detail_pane)
            self.detail_pane.read_on(self._large_reads)
            self.chart_link.read_on(self._large_reads)
        self.detail_pane.set_date(self.as_of.current)
        self.page_table = PageTableView()  # a large pack's long tables, under their page
        self.page_area = stacked("pageArea", (self.detail_pane, 1), (self.page_table, 3))
        self.chart_slot = self.chart_link.slot
        self.figures = FiguresPanel(self.chart_slot, self.map_link.slot)
        self.view_tabs = self.figures.tabs  # the chart and the map, one above the other's tab
        self.detail_splitter = named_splitter(
            "detailSplitter", Qt.Orientation.Vertical, (self.page_area, 1), (self.figures, 0)
        )
        # Stretch 0: the tree keeps its width as the window grows.
        self.main_splitter = named_splitter(
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
            self.navigation,
            self.detail_pane,
            self.figures,
        )
        self.quiz = QuizActions(self._service, self.theme_manager, self)
        self.back_forward = BackForward(self.history, self._title_of, self, self.go_home)
        # In the menu bar's corner, not a row of its own: the page keeps every pixel of height.
        self.menuBar().setCornerWidget(self.back_forward.buttons, Qt.Corner.TopLeftCorner)
        self._build_menus()
        # The date every view reads the content as of, in the other corner of the menu bar.
        # No taller than the menus: the page and the chart keep every pixel of height.
        self.as_of_bar = AsOfBar(self.as_of, height=self.menuBar().sizeHint().height())
        self.menuBar().setCornerWidget(self.as_of_bar, Qt.Corner.TopRightCorner)
        self.edition_label = edition_label()
        self.statusBar().addPermanentWidget(self.edition_label)
        self._paint_watcher = FirstPaintWatcher(self.navigation.tree.viewport())
        self.first_load = FirstLoad(
            self.selection,
            self.detail_pane,
            self.chart_link,
            self.map_link,
            self._set_tab_order,
            self,
            chart_shown=self._prepare_search,
            prepare_pages=lambda: self._service.prepare_pages(),
        )
        startup_trace.watch_paint(
            self.navigation.tree.viewport(), "tree", lambda: self.navigation_model.rowCount() > 0
        )
        startup_trace.watch_paint(
            self.detail_pane.viewport(), "page", lambda: self.detail_pane.current_ref is not None
        )

    def _build_menus(self) -> None:
        outputs = self.outputs
        self.export_chart_action, self.copy_chart_action = outputs.export_chart, outputs.copy_chart
        self.export_map_action, self.copy_map_action = outputs.export_map, outputs.copy_map
        self.handout_action = outputs.handout
        self.quit_action = make_action(self, "", "Ctrl+Q", self.close)
        self.figure_actions = FigureActions(
            self.chart_link, self.map_link, self.figures, self.layout_sizes, self
        )
        self.chart_table_action = self.figure_actions.chart_table
        self.reset_layout_action = self.figure_actions.reset_layout
        self.presenting = PresentActions(
            self._service,
            self._settings,
            self.selection,
            self.theme_manager,
            lambda: self.chart_link.factory,
            self,
            self.as_of,
        )
        self.presentation_action = self.presenting.presentation_action
        self.appearance = AppearanceMenu(self.theme_manager, self)
        self.help = HelpMenu(self._service, self)
        self.menus = build_menus(
            self.menuBar(),
            outputs=outputs,
            quiz=self.quiz,
            view=ViewActions(self.navigation.focus_search_action, self.figure_actions),
            presenting=self.presenting,
            appearance=self.appearance,
            back_forward=self.back_forward,
            help_menu=self.help,
            quit_action=self.quit_action,
        )
        self.languages = LanguageMenu(self.language_manager, self)
        self.menus.view.insertMenu(self.appearance.zoom_actions()[0], self.languages.menu)
        self.overview_action = self.back_forward.overview_action
        self.about_action = self.help.about_action
        self.whats_new_action = self.help.whats_new_action

    # Language -----------------------------------------------------------------------------

    def _retranslate(self) -> None:
        """Put every text of the window in the interface language (and at start)."""
        self._show_title()
        self.menus.file.setTitle(self.tr("&File"))
        self.menus.view.setTitle(self.tr("&View"))
        self.menus.help.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
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
            self.figure_actions,
            self.presenting,
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
        """Read the dataset again in the new language: tree, page, chart, map, quiz.

        A large dataset's are read on a worker (a second or more at the format's limits);
        the tree, the page and the figures change language when they are in.
        """
        self._service.switch(language)
        reads = self._large_reads
        if reads is None:
            self._show_language(build_navigation(self._service))
            return
        chart_read = self.chart_link.read_job()

        def read() -> NavNode:
            chart_read()  # kept by the service: the chart's reload takes them from there
            self.map_link.prepare()
            return build_navigation(self._service)

        reads.run(read, lambda root: self._on_language_read(language, root))

    def _on_language_read(self, language: Language, root: NavNode | BaseException) -> None:
        if language != self._service.language:  # another language was chosen meanwhile
            return
        if isinstance(root, BaseException):  # read here, where a failure is shown
            root = build_navigation(self._service)
        self._show_language(root, in_turns=True)

    def _show_language(self, root: NavNode, *, in_turns: bool = False) -> None:
        """Show the tree read in the new language, and read the rest in it.

        ``in_turns`` (a large dataset's): the tree and the page first, then the chart, then
        the map and the rest, each in its own turn of the event loop, so the window never
        stands still for all of them at once.
        """
        current = self.selection.current
        self.navigation_model.set_root(root)
        self.navigation.show_current()
        if self.first_load.page_ready:
            self.detail_pane.show_ref(current)
        else:
            self.first_load.language_changed()

        def the_rest() -> None:
            self.map_link.reload()
            self.quiz.reload()
            self.back_forward.refresh()
            if getattr(self, "user_data", None) is not None:
                self._on_selection_changed_user_data(current)

        steps = (self.chart_link.reload, the_rest)
        if not in_turns:
            for step in steps:
                step()
            return
        language = self._service.language

        def run(index: int) -> None:
            # Switched again meanwhile: that switch shows everything, this one stops.
            if index < len(steps) and language == self._service.language:
                steps[index]()
                QTimer.singleShot(0, self, lambda: run(index + 1))

        QTimer.singleShot(0, self, lambda: run(0))

    def _connect_signals(self) -> None:
        self.selection.selection_changed.connect(self._on_selection_changed)
        self.as_of.date_changed.connect(self._on_date_changed)
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
        self.chart_link.legend_changed.connect(self._set_tab_order)
        self.chart_link.loaded.connect(self._on_chart_loaded)
        # The tree's lengths are the chart's: never the article's beside another source's bars.
        self.chart_link.series_shown.connect(self.navigation_model.show_lengths)
        self.help.item_requested.connect(lambda ref: self.selection.select(ref, origin=self.help))
        self.help.status_message.connect(self._show_status)
        self.presenting.started.connect(self._on_presentation_started)
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
        news = self._settings.startup_news()
        if news:
            self._show_status(news)

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
        self.detail_pane.stop_reading()
        super().closeEvent(event)

    # Selection ----------------------------------------------------------------------------

    def _load_detail(self, ref: ItemRef) -> Page:
        return load_detail(self._service, ref, self.as_of.current)

    def _on_date_changed(self, on: date) -> None:
        if self.first_load.page_ready:
            self.detail_pane.set_date(on)
        self._show_title()

    def _show_title(self) -> None:
        """Title the window ``BorderDesk``, with the date it shows when that is not today."""
        on = self.as_of.current
        shown = "" if self.as_of.follows_today else f" — {as_of_label(on)}"
        self.setWindowTitle(f"BorderDesk{shown}")

    def _on_selection_changed(self, ref: ItemRef | None) -> None:
        # Until the window has painted and its first page is in, the pane says "Loading…".
        if self.first_load.page_ready:
            self.detail_pane.show_ref(ref)
        else:
            self.detail_pane.show_loading()
        self.layout_sizes.show_page(ref)

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
        """Put the note in a tab under the page and the notes and data menus in the bar."""
        self.user_data = ui
        self.outputs.set_notes(ui.note_text)  # the teacher's note on each handout
        self.presenting.set_notes(ui.note_text)  # and in the presenter's view
        ui.notes_panel.written.connect(self.figures.mark_note)
        self.layout_sizes.insert_notes(ui.notes_panel)
        insert_user_menus(self.menus, self.menuBar(), ui.file_actions(), ui.menus())
        ui.retranslate()
        ui.item_chosen.connect(lambda ref: self.selection.select(ref, origin=ui))
        ui.status_message.connect(self._show_status)
        self.selection.selection_changed.connect(self._on_selection_changed_user_data)
        self._on_selection_changed_user_data(self.selection.current)
        self._set_tab_order()

    def _on_selection_changed_user_data(self, ref: ItemRef | None) -> None:
        self.user_data.show_item(ref, self._title_of(ref) if ref is not None else "")

    # Chart --------------------------------------------------------------------------------

    def _on_paint_watcher_painted(self) -> None:
        """Now that the window has painted, load the page, the chart and the map, off this
        thread; once the chart is in, the names the tree is searched by are indexed there."""
        self.navigation_model.run_search_on(self.first_load.background.run)
        self.first_load.start()

    def _prepare_search(self) -> None:
        """Index the names the tree is searched by (a large pack's take a second)."""
        self.navigation_model.prepare_search()

    def _on_chart_loaded(self, _chart: ChartPanelLike) -> None:
        self._set_tab_order()  # the chart's controls join the Tab order

    def present(self) -> PresentationWindow:
        """Show the chosen slides full screen from the selected item (F5); Esc comes back."""
        return self.presenting.present()

    def _on_presentation_started(self, window: PresentationWindow) -> None:
        # The slides' steps are one visit: the item the presentation ends on.
        self.history.pause()
        window.closed.connect(self.history.resume)
        window.quiz_requested.connect(lambda: self.quiz.start(over=window))

    # Keyboard -----------------------------------------------------------------------------

    def show_chart(self) -> None:
        """Open the Chart tab and put the keyboard focus on the chart (Ctrl+1)."""
        self.figure_actions.show_chart_now()

    def show_map(self) -> None:
        """Open the Map tab and put the keyboard focus on the map (Ctrl+2)."""
        self.figure_actions.show_map_now()

    def _set_tab_order(self) -> None:
        """Tab: search box, tree, page, then chart and map (tabs, controls, figures), note."""
        user_data = getattr(self, "user_data", None)
        notes = [user_data.notes_panel] if isinstance(user_data, UserDataUi) else []
        regions = [self.navigation.search_box, self.navigation.tree, self.detail_pane]
        set_tab_order(self, [*regions, self.page_table, self.view_tabs, *notes])

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        """Tab through the regions in order and round again (not back into the tabs)."""
        target = next_in_chain(self, QApplication.focusWidget(), forward=next)
        if target is None:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        target.setFocus(reason)
        return True

    # Theme and text size ------------------------------------------------------------------

    def _on_theme_changed(self, theme: Theme) -> None:
        self.detail_pane.set_theme(theme)
        self.help.set_theme(theme)
        self.map_link.set_theme(theme)
        self.chart_link.set_theme(theme)

    def _on_text_scale_changed(self, percent: float) -> None:
        self.chart_link.set_text_scale(percent)
        self.detail_pane.set_text_scale(percent)
        # Once the new type has reached every widget: the tree's width, the page's lines.
        QTimer.singleShot(0, self, self.layout_sizes.fit)
