"""Presentation mode: the slide sequence full screen, keys, selection, type size, chart, map."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import QApplication, QMenu, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.app import open_service
from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.core.slide_order import build_deck
from borderdesk.core.slides import Slide
from borderdesk.core.slides import SlideVisual as Visual
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.settings import Settings
from borderdesk.gui.style.theme import THEMES
from borderdesk.gui.views.border_map import BorderMapView
from borderdesk.gui.views.presentation import HINT, PresentationWindow, start_presentation
from borderdesk.gui.views.slide_view import TITLE_SHARE
from borderdesk.gui.window.chart_slot import import_chart_panel
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.fakes import FakeChartPanel

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CHINA = ItemRef(ItemKind.BORDER, "kz-cn")
CSTO = ItemRef(ItemKind.ORGANISATION, "csto")
SCO = ItemRef(ItemKind.ORGANISATION, "sco")
Maker = Callable[..., PresentationWindow]


def build_sequence(service: SampleService) -> tuple[Slide, ...]:
    """Return the sample's slides: overview, borders, organisations (no comparisons, timeline)."""
    return tuple(
        slide
        for slide in build_deck(service)
        if slide.ref.kind in (ItemKind.OVERVIEW, ItemKind.BORDER, ItemKind.ORGANISATION)
    )


@pytest.fixture
def make_presentation(qtbot: QtBot, sample_service: SampleService) -> Maker:
    def make(
        start: ItemRef | None = None,
        *,
        chart: bool = False,
        with_map: bool = False,
        height: int = 720,
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
            border_map=sample_service.border_map() if with_map else None,
        )
        qtbot.addWidget(window)
        window.resize(height * 16 // 9, height)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def test_the_bundled_deck_gives_overview_borders_comparisons_organisations_timeline() -> None:
    service = open_service(None)
    slides = build_deck(service)
    kinds = [slide.ref.kind for slide in slides]
    assert slides[0].ref == OVERVIEW_REF
    timeline = len(slides) - 1 - 5 - 2 - 7
    assert kinds == (
        [ItemKind.OVERVIEW]
        + [ItemKind.BORDER] * 5
        + [ItemKind.COMPARISON] * 2
        + [ItemKind.ORGANISATION] * 7
        + [ItemKind.TIMELINE] * timeline
    )
    assert timeline == 4  # 23 events in runs of at most six
    keys = [slide.ref.key for slide in slides[1:6]]
    assert keys == [summary.key for summary in service.borders()]
    assert keys[0] == "kz-ru"
    assert slides[0].figures[0] == (
        "Article (c. 2012): 12,012 km of land border",
        "Article (c. 2012)",
    )


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


def test_every_figure_on_a_slide_says_what_it_is(make_presentation: Maker) -> None:
    text = make_presentation(RUSSIA).slide_text()
    assert "Kazakhstan – Russia" in text
    assert "Article (c. 2012): 6,846 km" in text
    assert "CIA World Factbook 2015-2025: 7,644 km (current)" in text
    assert "Article (c. 2012): 57% of the land border" in text
    assert "Length:" not in text


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
    assert large.title_pixel_size() == round(1080 * TITLE_SHARE)


def test_the_title_is_bold_at_every_size(make_presentation: Maker) -> None:
    # Qt's synthetic bold is lost from 64 px: the title asks the variable font's weight axis.
    for height in (720, 1080, 1440):
        font = make_presentation(height=height).title_label.font()
        assert font.pixelSize() == round(height * TITLE_SHARE)
        assert font.variableAxisValue(QFont.Tag("wght")) == 700.0


# The chart and the map ------------------------------------------------------------------


def shown_map(window: PresentationWindow) -> BorderMapView:
    """Return the slide's map, checking it is the one shown."""
    view = window.map_view
    assert view is not None
    assert window.visual() is Visual.MAP
    assert view.isVisible()
    assert window.chart_widget is not None
    assert not window.chart_widget.isVisible()
    return view


def shown_chart(window: PresentationWindow) -> QWidget:
    """Return the slide's chart, checking it is the one shown."""
    chart = window.chart_widget
    assert chart is not None
    assert window.visual() is Visual.CHART
    assert chart.isVisible()
    assert window.map_view is not None
    assert not window.map_view.isVisible()
    return chart


def test_an_organisation_slide_shows_the_map_with_its_members_hatched(
    make_presentation: Maker, sample_service: SampleService
) -> None:
    window = make_presentation(CSTO, chart=True, with_map=True)
    view = shown_map(window)
    assert view.look.members == frozenset({"KZ", "RU"})
    assert view.look.members_label == "members of the CSTO today"
    assert view.look.highlight is None
    assert view.look.caption == sample_service.border_map().short_caption  # the sources
    window.next_slide()
    assert window.slide.ref == SCO
    assert shown_map(window).look.members_label == "members of the SCO today"


def test_border_slides_and_the_overview_show_the_chart_highlighted(
    qtbot: QtBot, make_presentation: Maker
) -> None:
    window = make_presentation(CHINA, chart=True, with_map=True)
    assert shown_chart(window).highlighted_key() == "kz-cn"  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.slide.ref == OVERVIEW_REF
    assert shown_chart(window).highlighted_key() is None  # type: ignore[attr-defined]


def test_m_swaps_to_the_map_with_the_border_highlighted_and_back(
    qtbot: QtBot, make_presentation: Maker
) -> None:
    window = make_presentation(CHINA, chart=True, with_map=True)
    qtbot.keyClick(window, Qt.Key.Key_M)
    view = shown_map(window)
    assert view.highlighted_key() == "kz-cn"
    assert view.highlighted_members() == frozenset()
    assert "Selected: Kazakhstan–China" in view.accessibleDescription()
    qtbot.keyClick(window, Qt.Key.Key_M)
    shown_chart(window)
    qtbot.keyClick(window, Qt.Key.Key_Tab)  # Tab swaps too, and does not move focus away
    assert shown_map(window).highlighted_key() == "kz-cn"
    assert window.index == 3
    assert window.selection.current == CHINA


def test_each_slide_starts_with_its_own_view(qtbot: QtBot, make_presentation: Maker) -> None:
    window = make_presentation(CHINA, chart=True, with_map=True)
    qtbot.keyClick(window, Qt.Key.Key_M)
    shown_map(window)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.slide.ref.kind is ItemKind.BORDER
    chart = shown_chart(window)
    assert chart.highlighted_key() == window.slide.highlight  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_End)  # the SCO: the map
    shown_map(window)
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert shown_chart(window).highlighted_key() is None  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # the CSTO: the map again, its own members
    assert window.slide.ref == CSTO
    assert shown_map(window).look.members_label == "members of the CSTO today"
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # a border: the chart, the map cleared of members
    shown_chart(window)
    assert window.map_view is not None
    assert window.map_view.highlighted_members() == frozenset()
    assert window.map_view.highlighted_key() == window.slide.highlight


def test_the_map_is_drawn_at_the_slides_scale(make_presentation: Maker) -> None:
    small = make_presentation(CSTO, chart=True, with_map=True, height=720)
    large = make_presentation(CSTO, chart=True, with_map=True, height=1080)
    assert small.map_view is not None
    assert large.map_view is not None
    assert small.map_view.style_scale() == 1.0
    assert large.map_view.style_scale() == 1.5
    # Drawn larger still: its least type (the graticule's degrees) at the slide's least size.
    assert large.map_view.drawn_scale() == pytest.approx(28 / 10)
    assert large.chart_widget is not None
    assert large.chart_widget.scale() == 1.5  # type: ignore[attr-defined]


def test_the_theme_applies_to_the_map(make_presentation: Maker) -> None:
    window = make_presentation(CSTO, chart=True, with_map=True)
    view = shown_map(window)
    # North of the sample's Kazakhstan, between graticule lines: no land, the theme's sea.
    ground = view.pixel_of(82.5, 57.5).toPoint()
    assert view.rect().contains(ground)
    light, dark = THEMES["light"], THEMES["dark"]
    assert view.grab().toImage().pixelColor(ground) == QColor(light.water)
    window.set_theme(dark)
    assert view.theme() == dark
    assert view.grab().toImage().pixelColor(ground) == QColor(dark.water)
    assert window.theme() == dark


def test_the_footer_names_the_m_key_only_when_there_is_something_to_swap(
    qtbot: QtBot, make_presentation: Maker
) -> None:
    both = make_presentation(CHINA, chart=True, with_map=True)
    assert both.hint_label.isVisible()
    assert both.hint_label.text() == HINT == "M: map/chart"
    assert HINT not in both.slide_text()
    chart_only = make_presentation(CHINA, chart=True)
    assert chart_only.map_view is None
    assert not chart_only.hint_label.isVisible()
    qtbot.keyClick(chart_only, Qt.Key.Key_M)  # nothing to swap to: the chart stays
    assert chart_only.visual() is Visual.CHART


def test_without_a_chart_a_border_slide_shows_the_map(
    make_presentation: Maker,
) -> None:
    window = make_presentation(CHINA, with_map=True)
    assert window.visual() is Visual.MAP  # the map is all there is
    assert window.map_view is not None
    assert window.map_view.highlighted_key() == "kz-cn"
    assert not window.hint_label.isVisible()


def test_start_presentation_gives_the_slides_the_services_map(
    qtbot: QtBot, sample_service: SampleService
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    selection = SelectionState()
    selection.select(CSTO)
    window = start_presentation(sample_service, selection, FakeChartPanel, parent, THEMES["dark"])
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    view = shown_map(window)
    assert view.current_map() == sample_service.border_map()
    assert view.look.members == frozenset({"KZ", "RU"})
    assert view.theme() == THEMES["dark"]
    window.close()


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


def test_the_teacher_chooses_the_slides_and_the_choice_is_remembered(
    qtbot: QtBot, window: MainWindow, settings_path: Path
) -> None:
    menu = window.findChild(QMenu, "slidesMenu")
    assert menu is not None
    assert [a.text().replace("&", "") for a in menu.actions()] == [
        "This item",
        "This item, its border and organisations",
        "The whole deck, from this item",
    ]
    assert window.findChild(QAction, "slidesDeckAction").isChecked()  # type: ignore[union-attr]
    item = window.findChild(QAction, "slidesItemAction")
    assert item is not None
    item.trigger()
    window.selection.select(CHINA)

    window.presentation_action.trigger()
    presentation = window.findChild(PresentationWindow, "presentation")
    assert presentation is not None
    assert [slide.ref for slide in presentation.slides] == [CHINA]
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(PresentationWindow, "presentation") is None)

    related = window.findChild(QAction, "slidesRelatedAction")
    assert related is not None
    related.trigger()
    window.presentation_action.trigger()
    presentation = window.findChild(PresentationWindow, "presentation")
    assert presentation is not None
    assert presentation.slides[0].ref == CHINA
    assert all(s.ref.kind is ItemKind.ORGANISATION for s in presentation.slides[1:])
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(PresentationWindow, "presentation") is None)
    assert Settings(settings_path).preferences.slide_order == "related"
    QApplication.processEvents()
