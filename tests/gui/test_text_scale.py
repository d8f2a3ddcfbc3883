"""View → Zoom in / Zoom out / Actual size: every text in the window, remembered, never exported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.sample import SampleService
from borderdesk.gui.render.offscreen import offscreen_chart
from borderdesk.gui.settings import Settings
from borderdesk.gui.style.text_scale import (
    TEXT_SCALE_STEPS,
    clamp_text_scale,
    larger_text_scale,
    smaller_text_scale,
    text_scale_message,
)
from borderdesk.gui.views.border_map import BorderMapView
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.window.chart_slot import import_chart_panel
from borderdesk.gui.window.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("plain_look")

CTRL = Qt.KeyboardModifier.ControlModifier
TITLE_PX = 24  # the chart title's size at 100 % (chart_style.ChartStyle.title_font)
WindowMaker = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, sample_service: SampleService, settings_path: Path) -> WindowMaker:
    def make(factory: Callable[[], QWidget] = import_chart_panel) -> MainWindow:
        window = MainWindow(sample_service, Settings(settings_path), chart_factory=factory)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.chart is not None)
        window.activateWindow()
        return window

    return make


@pytest.fixture
def window(make_window: WindowMaker) -> MainWindow:
    """Return a shown window with the real chart loaded, its text at 100 %."""
    return make_window()


def chart_of(window: MainWindow) -> ChartPanel:
    chart = window.chart_slot.chart
    assert isinstance(chart, ChartPanel)
    return chart


def title_px(chart: ChartPanel) -> int:
    title = chart.findChild(QLabel, "chartTitle")
    assert title is not None
    return title.font().pixelSize()


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(window, key, CTRL)


# The steps ------------------------------------------------------------------------------


def test_the_steps_go_up_and_down_and_stop_at_the_ends() -> None:
    assert TEXT_SCALE_STEPS == (80, 90, 100, 110, 125, 150, 175, 200, 250)
    assert larger_text_scale(100) == 110
    assert larger_text_scale(133) == 150  # a size between steps goes to the next step
    assert larger_text_scale(250) == 250
    assert smaller_text_scale(100) == 90
    assert smaller_text_scale(133) == 125
    assert smaller_text_scale(80) == 80
    assert clamp_text_scale(1000) == 250
    assert clamp_text_scale(10) == 80
    assert clamp_text_scale(float("nan")) == 100
    assert text_scale_message(125.0) == "Text size 125%"


# In the window --------------------------------------------------------------------------


def test_ctrl_plus_and_ctrl_equals_make_every_text_larger(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    base = qapp.font().pointSizeF()
    chart = chart_of(window)
    assert title_px(chart) == TITLE_PX

    press(qtbot, window, Qt.Key.Key_Plus)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.10)
    assert title_px(chart) == round(TITLE_PX * 1.10)
    assert status(window) == "Text size 110%"

    press(qtbot, window, Qt.Key.Key_Equal)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.25)
    assert title_px(chart) == round(TITLE_PX * 1.25)
    assert status(window) == "Text size 125%"
    # The page, the tree and the menus follow the application font.
    qtbot.waitUntil(lambda: window.detail_pane.font().pointSizeF() == qapp.font().pointSizeF())
    assert window.navigation.tree.font().pointSizeF() == pytest.approx(base * 1.25)
    assert window.menuBar().font().pointSizeF() == pytest.approx(base * 1.25)


def test_ctrl_minus_makes_the_text_smaller_and_ctrl_0_gives_the_actual_size(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    base = qapp.font().pointSizeF()
    chart = chart_of(window)

    press(qtbot, window, Qt.Key.Key_Minus)
    assert qapp.font().pointSizeF() == pytest.approx(base * 0.9)
    assert title_px(chart) == round(TITLE_PX * 0.9)
    assert status(window) == "Text size 90%"

    press(qtbot, window, Qt.Key.Key_0)
    assert qapp.font().pointSizeF() == pytest.approx(base)
    assert title_px(chart) == TITLE_PX
    assert status(window) == "Text size 100%"


def test_the_text_size_stops_at_the_largest_and_smallest_steps(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    base = qapp.font().pointSizeF()
    chart = chart_of(window)

    press(qtbot, window, Qt.Key.Key_Plus, times=len(TEXT_SCALE_STEPS) + 2)
    assert window.theme_manager.text_scale == 250
    assert qapp.font().pointSizeF() == pytest.approx(base * 2.5)
    assert title_px(chart) == TITLE_PX * 2.5
    assert status(window) == "Text size 250%"

    press(qtbot, window, Qt.Key.Key_Minus, times=len(TEXT_SCALE_STEPS) + 2)
    assert window.theme_manager.text_scale == 80
    assert qapp.font().pointSizeF() == pytest.approx(base * 0.8)
    assert status(window) == "Text size 80%"


def test_the_view_menu_names_the_shortcuts(window: MainWindow) -> None:
    appearance = window.appearance
    shortcuts = [
        [key.toString() for key in action.shortcuts()] for action in appearance.zoom_actions()
    ]

    assert [a.text().replace("&", "") for a in appearance.zoom_actions()] == [
        "Zoom in",
        "Zoom out",
        "Actual size",
    ]
    assert shortcuts == [["Ctrl++", "Ctrl+="], ["Ctrl+-"], ["Ctrl+0"]]


def test_ctrl_0_on_the_map_resets_the_text_not_the_map_and_0_the_map_only(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    base = qapp.font().pointSizeF()
    window.view_tabs.setCurrentWidget(window.map_link.slot)
    qtbot.waitUntil(lambda: window.map_link.view is not None)
    shown = window.map_link.view
    assert isinstance(shown, BorderMapView)
    shown.setFocus()
    qtbot.waitUntil(shown.hasFocus)
    shown.zoom_by(2.0)
    press(qtbot, window, Qt.Key.Key_Plus)

    qtbot.keyClick(shown, Qt.Key.Key_0, CTRL)
    assert qapp.font().pointSizeF() == pytest.approx(base)
    assert shown.frame.zoom == 2.0  # the map kept its zoom

    press(qtbot, window, Qt.Key.Key_Plus)
    qtbot.keyClick(shown, Qt.Key.Key_0)
    assert shown.frame.zoom == 1.0  # the bare key fits the map again
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.1)


def test_the_text_size_survives_a_restart(
    qtbot: QtBot, make_window: WindowMaker, settings_path: Path, qapp: QApplication
) -> None:
    first = make_window()
    base = qapp.font().pointSizeF()
    press(qtbot, first, Qt.Key.Key_Plus, times=4)  # 110, 125, 150, 175
    first.close()

    assert Settings(settings_path).preferences.text_scale == 175
    second = make_window()
    assert second.theme_manager.text_scale == 175
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.75)
    assert title_px(chart_of(second)) == round(TITLE_PX * 1.75)


@pytest.mark.parametrize("stored", ["abc", "-5", "1000", "nan", "inf", "true", ""])
def test_a_bad_stored_text_size_falls_back_to_100(
    make_window: WindowMaker, settings_path: Path, stored: str
) -> None:
    settings_path.write_text(f"[preferences]\ntext_scale={stored}\n", encoding="utf-8")

    assert Settings(settings_path).preferences.text_scale == 100
    window = make_window()
    assert window.theme_manager.text_scale == 100
    assert title_px(chart_of(window)) == TITLE_PX


def test_exports_keep_their_own_size_whatever_the_windows_text_size(
    qtbot: QtBot, window: MainWindow, sample_service: SampleService
) -> None:
    press(qtbot, window, Qt.Key.Key_Plus, times=3)  # 150 %
    assert title_px(chart_of(window)) == round(TITLE_PX * 1.5)

    with offscreen_chart(sample_service.segment_series(), 1280, 720, None) as exported:
        assert exported.scale() == 1.0
        assert title_px(exported) == TITLE_PX
    with offscreen_chart(sample_service.segment_series(), 2560, 1440, None) as exported:
        assert title_px(exported) == TITLE_PX * 2


def test_larger_text_gives_the_chart_more_room(qtbot: QtBot, window: MainWindow) -> None:
    start = window.chart_slot.height()
    press(qtbot, window, Qt.Key.Key_Plus, times=3)  # 150 %

    # The default layout gives the chart what its larger text needs, once laid out again.
    qtbot.waitUntil(lambda: window.chart_slot.height() > start)
    assert window.chart_slot.height() >= round(260 * 1.5)
