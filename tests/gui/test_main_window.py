"""The main window as a reader meets it: layout, wiring through one selection, menus."""

from __future__ import annotations

import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtWidgets import QLabel, QLineEdit, QTextBrowser, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from borderdesk import __version__
from borderdesk.core.model import (
    OVERVIEW_REF,
    BorderDetail,
    ItemKind,
    ItemRef,
    Overview,
)
from borderdesk.core.sample import SampleService
from borderdesk.gui.errors import install_excepthook
from borderdesk.gui.settings import ExportChoices, Settings
from borderdesk.gui.style.theme import DARK
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.boxes import MessageBoxes
from tests.gui.fakes import FakeChartPanel
from tests.gui.test_navigation_model import child

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CHINA = ItemRef(ItemKind.BORDER, "kz-cn")
WindowMaker = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, sample_service: SampleService, settings_path: Path) -> WindowMaker:
    def make(
        *, show: bool = True, factory: Callable[[], QWidget] | None = FakeChartPanel
    ) -> MainWindow:
        window = MainWindow(sample_service, Settings(settings_path), chart_factory=factory)
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
            # The first page is loaded right after the first paint (see test_the_first_page_...).
            qtbot.waitUntil(lambda: pane_text(window) != "Loading…")
        return window

    return make


@pytest.fixture
def window(qtbot: QtBot, make_window: WindowMaker) -> MainWindow:
    """Return a shown window whose (fake) chart has loaded."""
    shown = make_window()
    qtbot.waitUntil(lambda: shown.chart is not None)
    return shown


def fake_chart(window: MainWindow) -> FakeChartPanel:
    chart = window.findChild(FakeChartPanel, "segmentChart")
    assert chart is not None
    return chart


def tree_of(window: MainWindow) -> QTreeView:
    tree = window.findChild(QTreeView, "navigationTree")
    assert tree is not None
    return tree


def pane_text(window: MainWindow) -> str:
    pane = window.findChild(QTextBrowser, "detailPane")
    assert pane is not None
    return pane.toPlainText()


def click_tree_row(qtbot: QtBot, window: MainWindow, title: str, group: str) -> None:
    tree = tree_of(window)
    index = child(tree.model(), title, child(tree.model(), group))
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )


# Layout ---------------------------------------------------------------------------------


def test_title_default_size_and_proportions(make_window: WindowMaker) -> None:
    window = make_window()

    assert window.windowTitle() == "BorderDesk"
    # 1280x800 where the screen has room (tests/gui/test_scaling.py); on this 800x800 test
    # screen, smaller than that, the whole screen
    assert window.default_size() != QSize(1280, 800)
    assert window.isMaximized()
    available = window.screen().availableGeometry()
    assert window.width() <= available.width()
    assert window.height() <= available.height()
    # The tree as wide as its titles and lengths need (test_window_layout: at every size).
    tree = window.main_splitter.sizes()[0]
    assert tree >= min(window.navigation.preferred_width(), round(window.width() * 0.32))
    # The overview's chart open under the page, the page the larger part.
    page, chart = window.detail_splitter.sizes()
    assert not window.figures.is_folded()
    assert page > chart > 0
    assert window.findChild(QLineEdit, "searchBox") is not None


def test_starts_on_the_overview(make_window: WindowMaker) -> None:
    window = make_window()

    assert window.selection.current == OVERVIEW_REF
    assert tree_of(window).currentIndex().data() == "Kazakhstan overview"
    assert "Total of the 5 segments: 12,012 km" in pane_text(window)


def test_the_status_bar_names_the_dataset_edition(make_window: WindowMaker) -> None:
    window = make_window()
    label = window.findChild(QLabel, "editionLabel")

    assert label is not None
    assert label.text() == "Dataset sample · 28 November 2026 · 000000000000"


# Deferred chart -------------------------------------------------------------------------


class PaintRecorder(QObject):
    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.events.append("paint")
        return False


def test_the_chart_is_created_only_after_the_tree_has_painted(
    qtbot: QtBot, make_window: WindowMaker
) -> None:
    events: list[str] = []

    def factory() -> QWidget:
        events.append("chart")
        return FakeChartPanel()

    window = make_window(show=False, factory=factory)
    recorder = PaintRecorder(events)
    tree_of(window).viewport().installEventFilter(recorder)
    qtbot.wait(50)
    assert events == []  # never shown, never painted: no chart yet
    placeholder = window.findChild(QLabel, "chartPlaceholder")
    assert placeholder is not None
    assert placeholder.text() == "Loading chart…"
    assert not window.export_chart_action.isEnabled()

    window.show()
    qtbot.waitUntil(lambda: "chart" in events)

    assert events.index("paint") < events.index("chart")
    qtbot.waitUntil(lambda: window.chart is not None)  # made, then filled in the next turn
    assert events.count("chart") == 1
    assert fake_chart(window).isVisible()
    assert window.findChild(QLabel, "chartPlaceholder") is None or not placeholder.isVisible()
    assert window.export_chart_action.isEnabled()
    assert window.copy_chart_action.isEnabled()


class OverviewRecorder(SampleService):
    def __init__(self, log: list[str]) -> None:
        self.log = log

    def overview(self) -> Overview:
        self.log.append("overview loaded")
        return super().overview()


class PageRecorder(QObject):
    def __init__(self, events: list[str], pane: QTextBrowser) -> None:
        super().__init__()
        self.events = events
        self.pane = pane

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.events.append(f"pane painted: {self.pane.toPlainText()[:8]}")
        return False


def test_the_first_page_is_loaded_after_the_tree_has_painted_and_drawn_before_the_chart(
    qtbot: QtBot, settings_path: Path
) -> None:
    events: list[str] = []

    def factory() -> QWidget:
        events.append("chart")
        return FakeChartPanel()

    window = MainWindow(OverviewRecorder(events), Settings(settings_path), chart_factory=factory)
    qtbot.addWidget(window)
    pane = window.findChild(QTextBrowser, "detailPane")
    assert pane is not None
    tree_recorder, page_recorder = PaintRecorder(events), PageRecorder(events, pane)
    tree_of(window).viewport().installEventFilter(tree_recorder)
    pane.viewport().installEventFilter(page_recorder)
    qtbot.wait(50)
    assert events == []  # never painted: no page loaded yet
    assert pane_text(window) == "Loading…"
    assert window.selection.current == OVERVIEW_REF

    window.show()
    qtbot.waitUntil(lambda: "chart" in events)

    first_page = events.index("pane painted: Kazakhst")
    assert events.index("paint") < events.index("overview loaded") < first_page
    assert first_page < events.index("chart")  # the page is on screen before the chart loads
    assert events.count("overview loaded") == 1
    assert "Total of the 5 segments: 12,012 km" in pane_text(window)


def test_the_loaded_chart_gets_sources_and_the_default_series(window: MainWindow) -> None:
    chart = fake_chart(window)

    assert [s.ref.id for s in chart.sources] == ["ART", "CIA2015"]
    series = chart.current_series()
    assert series is not None
    assert series.source.ref.id == "ART"
    assert [bar.key for bar in series.bars][:2] == ["kz-ru", "kz-uz"]
    assert chart.highlights[-1] is None  # the overview is selected: no bar


def test_a_chart_that_fails_to_load_leaves_a_working_window(
    qtbot: QtBot, make_window: WindowMaker
) -> None:
    def factory() -> QWidget:
        raise ImportError("No module named 'pyqtgraph'")

    window = make_window(factory=factory)
    placeholder = window.findChild(QLabel, "chartPlaceholder")
    assert placeholder is not None
    qtbot.waitUntil(lambda: placeholder.text() == "The chart could not be loaded.")

    click_tree_row(qtbot, window, "Russia", "Borders")

    assert pane_text(window).startswith("Russia")
    assert not window.export_chart_action.isEnabled()


def test_the_default_factory_loads_the_real_chart(
    qtbot: QtBot, sample_service: SampleService, settings_path: Path
) -> None:
    window = MainWindow(sample_service, Settings(settings_path))
    qtbot.addWidget(window)
    window.show()

    qtbot.waitUntil(lambda: window.chart is not None, timeout=10_000)

    chart = window.findChild(QWidget, "segmentChart")
    assert chart is not None
    assert window.chart is not None
    series = window.chart.current_series()
    assert series is not None
    assert series.bars[0].label == "Russia"


# One selection drives tree, pane and chart ----------------------------------------------


def test_choosing_a_border_in_the_tree_shows_it_everywhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_tree_row(qtbot, window, "Russia", "Borders")

    text = pane_text(window)
    assert text.startswith("Russia")
    assert "6,846 km" in text
    assert "Article (c. 2012)" in text
    assert "CIA World Factbook 2015-2025" in text
    assert fake_chart(window).highlights[-1] == "kz-ru"


def test_choosing_something_else_clears_the_bar(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "Russia", "Borders")
    click_tree_row(qtbot, window, "SCO", "Organisations")

    assert pane_text(window).startswith("Shanghai Cooperation Organisation")
    assert fake_chart(window).highlights[-1] is None


def test_a_bar_click_selects_the_row_and_shows_the_border(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.selection.selection_changed) as blocker:
        fake_chart(window).bar_clicked.emit("kz-cn")
    announced: list[object] = []
    window.selection.selection_changed.connect(announced.append)
    qtbot.wait(20)

    assert blocker.args == [CHINA]
    assert announced == []  # the tree followed without echoing the change
    assert tree_of(window).currentIndex().data() == "China"
    assert pane_text(window).startswith("China")
    assert fake_chart(window).highlights[-1] == "kz-cn"


def test_a_link_in_the_pane_selects_its_item(window: MainWindow) -> None:
    pane = window.findChild(QTextBrowser, "detailPane")
    assert pane is not None

    pane.anchorClicked.emit(QUrl("borderdesk:border:kz-uz"))

    assert tree_of(window).currentIndex().data() == "Uzbekistan"
    assert pane_text(window).startswith("Uzbekistan")
    assert fake_chart(window).highlights[-1] == "kz-uz"


def test_another_source_in_the_chart_redraws_it(qtbot: QtBot, window: MainWindow) -> None:
    chart = fake_chart(window)
    click_tree_row(qtbot, window, "China", "Borders")

    chart.source_changed.emit("CIA2015")

    series = chart.current_series()
    assert series is not None
    assert series.source.ref.id == "CIA2015"
    assert series.bars[0].value == 7644.0
    assert chart.highlights[-1] == "kz-cn"  # the selection survives the redraw


def test_an_unknown_chart_source_is_reported(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "borderdesk.gui.window.chart_link.show_error", lambda _p, title, _m: shown.append(title)
    )
    drawn = len(fake_chart(window).series_shown)

    fake_chart(window).source_changed.emit("NOPE")

    assert shown == ["Chart source not available"]
    assert len(fake_chart(window).series_shown) == drawn


# Menus ----------------------------------------------------------------------------------


def test_menus_and_shortcuts(window: MainWindow) -> None:
    menus = {
        action.text().replace("&", ""): [
            (a.text().replace("&", ""), a.shortcut().toString())
            for a in action.menu().actions()
            if not a.isSeparator()
        ]
        for action in window.menuBar().actions()
    }

    assert menus == {
        "File": [
            ("Export chart…", "Ctrl+E"),
            ("Copy chart", "Ctrl+Shift+C"),
            ("Export map…", "Ctrl+Shift+E"),
            ("Copy map", "Ctrl+Alt+C"),
            ("Handout…", "Ctrl+P"),
            ("Print quiz…", ""),
            ("Quit", "Ctrl+Q"),
        ],
        "View": [
            ("Focus search", "Ctrl+F"),
            ("Show chart", "Ctrl+1"),
            ("Show map", "Ctrl+2"),
            ("Show your note", "Ctrl+3"),
            ("Chart as table", "Ctrl+T"),
            ("Reset layout", ""),
            ("Presentation mode", "F5"),
            ("Slides", ""),
            ("Quiz", "Shift+F5"),
            ("Theme", ""),
            ("Language", ""),
            ("Zoom in", "Ctrl++"),
            ("Zoom out", "Ctrl+-"),
            ("Actual size", "Ctrl+0"),
        ],
        "Go": [("Back", "Alt+Left"), ("Forward", "Alt+Right"), ("Overview", "Alt+Home")],
        "Help": [
            ("Keyboard shortcuts", "F1"),
            ("User guide", ""),
            ("What's new in this dataset", ""),
            ("About BorderDesk", ""),
        ],
    }


def test_ctrl_f_in_the_window_focuses_the_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pane = window.findChild(QTextBrowser, "detailPane")
    assert pane is not None
    pane.setFocus()

    qtbot.keyClick(pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    search = window.findChild(QLineEdit, "searchBox")
    assert search is not None
    qtbot.waitUntil(search.hasFocus)


def test_about_names_the_version_and_dataset_edition(
    window: MainWindow, message_boxes: MessageBoxes
) -> None:
    window.about_action.trigger()

    title, text = message_boxes.shown[0].title, message_boxes.shown[0].text
    assert title == "About BorderDesk"
    assert f"BorderDesk {__version__}" in text
    assert "Dataset edition sample, 28 November 2026" in text
    assert "0" * 64 in text


def test_export_calls_the_export_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, QWidget, Any]] = []

    class ExportDialog:
        def __init__(self, exportable: Any, parent: QWidget, choices: Any) -> None:
            calls.append((exportable, parent, choices))

        def exec(self) -> int:
            return 0

    module = types.ModuleType("borderdesk.gui.dialogs.export_dialog")
    module.ExportDialog = ExportDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "borderdesk.gui.dialogs.export_dialog", module)

    window.export_chart_action.trigger()
    window.export_map_action.trigger()

    (chart, parent, choices), (border_map, map_parent, _choices) = calls
    assert chart.noun == "chart"
    assert chart.default_stem == "kazakhstan-borders-art"
    assert parent is window
    assert isinstance(choices, ExportChoices)
    assert border_map.noun == "map"
    assert map_parent is window


def test_copy_calls_copy_chart_to_clipboard(
    qtbot: QtBot, make_window: WindowMaker, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = Settings(settings_path)  # the export dialog chose the dark theme last time
    earlier.export.set("theme", "dark")
    earlier.sync()
    window = make_window()
    qtbot.waitUntil(lambda: window.chart is not None)
    copied: list[tuple[QWidget, dict[str, Any]]] = []

    def copy(chart: QWidget, **look: Any) -> None:
        copied.append((chart, look))

    module = types.ModuleType("borderdesk.gui.render.chart_file")
    module.copy_chart_to_clipboard = copy  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "borderdesk.gui.render.chart_file", module)

    window.copy_chart_action.trigger()

    assert copied == [(fake_chart(window), {"theme": DARK, "caption": True})]
    assert window.statusBar().currentMessage() == "Chart copied to the clipboard."


def test_a_missing_export_module_gives_a_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "borderdesk.gui.window.output_actions.show_error", lambda _p, title, _m: shown.append(title)
    )
    monkeypatch.setitem(sys.modules, "borderdesk.gui.dialogs.export_dialog", None)
    monkeypatch.setitem(sys.modules, "borderdesk.gui.render.chart_file", None)

    window.export_chart_action.trigger()
    window.copy_chart_action.trigger()

    assert shown == ["Export chart", "Copy chart"]


def test_quit_closes_the_window(qtbot: QtBot, window: MainWindow, settings_path: Path) -> None:
    window.quit_action.trigger()

    assert not window.isVisible()
    assert Settings(settings_path).window.geometry is not None


# Remembered layout ----------------------------------------------------------------------


def test_layout_and_selection_are_restored(
    qtbot: QtBot, make_window: WindowMaker, settings_path: Path
) -> None:
    first = make_window()
    first.resize(760, 560)  # restoreGeometry keeps a window inside the (800x600) screen
    first.main_splitter.setSizes([260, 500])
    first.detail_splitter.setSizes([200, 300])
    qtbot.wait(20)
    main_sizes = first.main_splitter.sizes()
    detail_sizes = first.detail_splitter.sizes()
    click_tree_row(qtbot, first, "China", "Borders")
    first.close()

    second = make_window()

    assert (second.width(), second.height()) == (760, 560)
    assert second.main_splitter.sizes() == main_sizes
    assert second.detail_splitter.sizes() == detail_sizes
    assert second.selection.current == CHINA
    assert tree_of(second).currentIndex().data() == "China"
    assert pane_text(second).startswith("China")


def test_a_garbage_settings_file_gives_defaults(
    make_window: WindowMaker, settings_path: Path
) -> None:
    settings_path.write_bytes(b"\x00\xff" * 300)

    window = make_window()

    assert window.isMaximized()  # the default on this screen, smaller than 1280x800
    assert window.main_splitter.sizes()[0] == window.layout_sizes.default_tree_width()
    assert window.selection.current == OVERVIEW_REF
    assert "settings file was unreadable" in window.statusBar().currentMessage()
    assert list(settings_path.parent.glob("settings.ini.bad-*"))


def test_wrong_typed_and_stale_values_give_defaults(
    make_window: WindowMaker, settings_path: Path
) -> None:
    settings_path.write_text(
        "[window]\ngeometry=12\nsplitter_main=@ByteArray(nonsense)\nlast_selection=border:kz-zz\n",
        encoding="utf-8",
    )

    window = make_window()

    assert window.isMaximized()  # the default on this screen, smaller than 1280x800
    assert window.main_splitter.sizes()[0] == window.layout_sizes.default_tree_width()
    assert window.selection.current == OVERVIEW_REF


def test_reset_layout_goes_back_to_the_defaults(qtbot: QtBot, window: MainWindow) -> None:
    window.showNormal()
    window.resize(700, 500)
    window.main_splitter.setSizes([350, 350])
    qtbot.waitUntil(lambda: not window.isMaximized())

    window.reset_layout_action.trigger()
    qtbot.waitUntil(window.isMaximized)  # the default on this screen, smaller than 1280x800
    assert window.main_splitter.sizes()[0] == window.layout_sizes.default_tree_width()


# Start-up cost and failures -------------------------------------------------------------


def test_importing_the_window_loads_neither_pyqtgraph_nor_the_database_layer() -> None:
    code = (
        "import sys, borderdesk.gui.window.main_window\n"
        "heavy = [m for m in sys.modules\n"
        "         if m.split('.')[0] in ('pyqtgraph', 'numpy', 'sqlalchemy')\n"
        "         or m.startswith(('borderdesk.data', 'borderdesk.gui.views.chart'))]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


class BrokenService(SampleService):
    def border(self, key: str) -> BorderDetail:
        raise RuntimeError(f"database went away while reading {key}")


@pytest.mark.qt_no_exception_capture
def test_a_failing_service_gives_a_dialog_and_the_window_carries_on(
    qtbot: QtBot, settings_path: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    uninstall = install_excepthook(lambda: tmp_path / "borderdesk.log")
    try:
        window = MainWindow(BrokenService(), Settings(settings_path), chart_factory=FakeChartPanel)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: pane_text(window) != "Loading…")  # the first page is shown
        click_tree_row(qtbot, window, "Russia", "Borders")
        click_tree_row(qtbot, window, "SCO", "Organisations")
    finally:
        uninstall()

    boxes = message_boxes.texts
    assert len(boxes) == 1
    assert "database went away while reading kz-ru" in boxes[0]
    assert "Traceback" not in boxes[0]
    assert "RuntimeError" in (tmp_path / "borderdesk.log").read_text(encoding="utf-8")
    assert pane_text(window).startswith("Shanghai Cooperation Organisation")


def test_one_bad_splitter_state_does_not_undo_the_other(
    qtbot: QtBot, make_window: WindowMaker, settings_path: Path
) -> None:
    first = make_window()
    first.resize(760, 560)
    first.main_splitter.setSizes([420, 340])
    qtbot.wait(20)
    main_sizes = first.main_splitter.sizes()
    first.close()
    settings = Settings(settings_path)
    settings.window.set_splitter("detail", QByteArray(b"not a splitter state"))
    settings.sync()

    second = make_window()

    assert second.main_splitter.sizes() == main_sizes
    # The page, chart and map fitted as by default: the page shows its lines.
    qtbot.waitUntil(lambda: second.detail_pane.visible_lines() >= 12)
