"""Presentation mode: the slide sequence full screen, keys, selection, type size, the chart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeView
from pytestqt.qtbot import QtBot

from borderdesk.app import open_service
from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.core.slides import build_sequence
from borderdesk.gui.chart_slot import import_chart_panel
from borderdesk.gui.main_window import MainWindow
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.settings import Settings
from borderdesk.gui.views.presentation import PresentationWindow
from tests.gui.fakes import FakeChartPanel

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CHINA = ItemRef(ItemKind.BORDER, "kz-cn")
Maker = Callable[..., PresentationWindow]


@pytest.fixture
def make_presentation(qtbot: QtBot, sample_service: SampleService) -> Maker:
    def make(
        start: ItemRef | None = None, *, chart: bool = False, height: int = 720
    ) -> PresentationWindow:
        selection = SelectionState()
        selection.select(start)
        data = (sample_service.chart_sources(), sample_service.segment_series(None))
        window = PresentationWindow(
            build_sequence(sample_service),
            selection,
            sample_service.edition().version,
            import_chart_panel if chart else None,
            data if chart else None,
        )
        qtbot.addWidget(window)
        window.resize(height * 16 // 9, height)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def test_the_bundled_dataset_gives_overview_borders_longest_first_then_organisations() -> None:
    service = open_service(None)
    slides = build_sequence(service)
    kinds = [slide.ref.kind for slide in slides]
    assert slides[0].ref == OVERVIEW_REF
    assert kinds == [ItemKind.OVERVIEW] + [ItemKind.BORDER] * 5 + [ItemKind.ORGANISATION] * 7
    keys = [slide.ref.key for slide in slides[1:6]]
    assert keys == [summary.key for summary in service.borders()]
    assert keys[0] == "kz-ru"
    assert slides[0].figures[0] == ("Land borders: 12,012 km", "Article (c. 2012)")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (Qt.Key.Key_PageDown, 4),
        (Qt.Key.Key_Space, 4),
        (Qt.Key.Key_Right, 4),
        (Qt.Key.Key_Down, 4),
        (Qt.Key.Key_PageUp, 2),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_Up, 2),
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_End, 7),
    ],
)
def test_keys_move_and_update_the_selection(
    qtbot: QtBot, make_presentation: Maker, key: Qt.Key, expected: int
) -> None:
    window = make_presentation(CHINA)
    assert window.index == 3
    qtbot.keyClick(window, key)
    assert window.index == expected
    assert window.selection.current == window.slide.ref
    assert f"{expected + 1} / 8 · BorderDesk dataset sample" in window.slide_text()


def test_the_ends_stay_put(qtbot: QtBot, make_presentation: Maker) -> None:
    window = make_presentation()
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert window.index == 0
    qtbot.keyClick(window, Qt.Key.Key_End)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.index == 7


def test_slide_text_puts_the_source_next_to_the_figure(make_presentation: Maker) -> None:
    text = make_presentation(RUSSIA).slide_text()
    assert "Kazakhstan – Russia" in text
    assert "Length: 6,846 km — Article (c. 2012)" in text
    assert "Length: 7,644 km — CIA World Factbook 2015-2025" in text


def test_the_chart_highlights_the_border_and_not_organisations(
    qtbot: QtBot, make_presentation: Maker
) -> None:
    window = make_presentation(CHINA, chart=True)
    chart = window.chart_widget
    assert chart is not None
    assert chart.highlighted_key() == "kz-cn"  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert chart.highlighted_key() is None  # type: ignore[attr-defined]
    # The plot does not take the arrows: they step slides, not bars.
    qtbot.keyClick(window, Qt.Key.Key_Home)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert chart.highlighted_key() == "kz-ru"  # type: ignore[attr-defined]


def test_type_grows_with_the_window_height(make_presentation: Maker) -> None:
    small = make_presentation(height=720)
    large = make_presentation(height=1080)
    assert large.title_pixel_size() > small.title_pixel_size()
    assert large.title_pixel_size() == round(1080 * 0.06)


# From the main window -------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, sample_service: SampleService, settings_path: Path) -> MainWindow:
    shown = MainWindow(sample_service, Settings(settings_path), chart_factory=FakeChartPanel)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.chart is not None)
    return shown


def test_f5_starts_full_screen_at_the_selected_item_and_esc_comes_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.selection.select(CHINA)
    assert window.presentation_action.shortcut().toString() == "F5"
    assert window.presentation_action.text().replace("&", "") == "Presentation mode"
    window.presentation_action.trigger()
    presentation = window.findChild(PresentationWindow, "presentation")
    assert presentation is not None
    assert presentation.isFullScreen()
    assert presentation.slide.ref == CHINA
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    qtbot.keyClick(presentation, Qt.Key.Key_PageDown)
    assert window.selection.current == presentation.slide.ref
    last = presentation.slide.ref
    assert last == ItemRef(ItemKind.BORDER, "kz-tm")
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(PresentationWindow, "presentation") is None)
    assert window.selection.current == last
    tree = window.findChild(QTreeView, "navigationTree")
    assert tree is not None
    assert tree.currentIndex().data() == "Turkmenistan"
    QApplication.processEvents()
