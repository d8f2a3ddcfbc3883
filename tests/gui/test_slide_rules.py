"""Slides that read from the back of the room, at 1024×768, 1280×720, 1920×1080 and 3840×2160.

No text drawn on a slide is smaller than 2.6% of its height (28 px at 1080) — titles, figures,
the chart's names, ticks and values, the map's names, the grid, the timeline, captions,
sources and the footer alike — the chart, map, grid or timeline takes most of the slide, and
the chart's names never overlap. Ctrl+Plus and Ctrl+Minus scale the slide's type.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.service import ReferenceService
from borderdesk.core.slide_order import build_deck
from borderdesk.core.slides import SlideVisual
from borderdesk.data.store import open_store
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.views.presentation import PresentationWindow
from borderdesk.gui.views.presentation_keys import ZOOMS
from borderdesk.gui.views.slide_look import least_text_px
from borderdesk.gui.window.chart_slot import import_chart_panel
from tests.gui import scaling_probe
from tests.gui.slide_measure import drawn_text, share_of

SIZES = [(1024, 768), (1280, 720), (1920, 1080), (3840, 2160)]
MOST = 0.5  # the picture's least share of the slide


@pytest.fixture(scope="module")
def service() -> Iterator[ReferenceService]:
    store = open_store()
    yield store
    store.close()


def presentation(
    qtbot: QtBot, service: ReferenceService, size: tuple[int, int]
) -> PresentationWindow:
    """Return the whole deck shown at a size, with the real chart and map."""
    window = PresentationWindow(
        build_deck(service),
        SelectionState(),
        service.edition().version,
        import_chart_panel,
        (service.chart_sources(), service.segment_series(None)),
        border_map=service.border_map(),
        start=0,
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def each_slide(window: PresentationWindow) -> Iterator[str]:
    """Go through every slide, and the map in place of each item's picture; yield its name."""
    for index, slide in enumerate(window.slides):
        window.go_to(index)
        settle()
        yield f"{index + 1} {slide.title} ({window.visual()})"
        if slide.visual in (SlideVisual.CHART, SlideVisual.MAP):
            window.toggle_visual()  # M: the map, or the chart for an organisation
            settle()
            yield f"{index + 1} {slide.title} ({window.visual()}, swapped)"


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_slide_reads_from_the_back_of_the_room(
    qtbot: QtBot, service: ReferenceService, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No text under the least size, the picture most of the slide, names never overlapping."""
    problems: list[str] = []
    monkeypatch.setattr(scaling_probe, "problems", problems)
    window = presentation(qtbot, service, size)
    least = least_text_px(size[1])
    assert least == round(size[1] * 0.026)  # 28 px at 1080
    too_small = []
    shares = {}
    measured = 0
    for name in each_slide(window):
        runs = drawn_text(window)
        measured += len(runs)
        too_small += [(name, round(px, 1), words[:40]) for px, words in runs if px < least - 0.5]
        picture = window.view.visual_widget()
        assert picture is not None, name
        shares[name] = share_of(picture, window)
        if window.visual() is SlideVisual.MAP:
            assert_legend_clear(window, name)
        if window.visual() in (SlideVisual.CHART, SlideVisual.COMPARISON):
            assert picture.bars_lie()  # type: ignore[attr-defined]  # names on the left
            names = len(picture.bar_labels())  # type: ignore[attr-defined]
            scaling_probe.check_axes(picture, name, names)
    assert too_small == []
    assert measured > 19 * 20  # every slide drew its words (and the check saw them)
    assert min(shares.values()) > MOST, min(shares.items(), key=lambda item: item[1])
    assert problems == []


def assert_legend_clear(window: PresentationWindow, name: str) -> None:
    """The map's legend (however many names it left out) never covers its title or arrow."""
    view = window.view.map_view
    assert view is not None, name
    drawing = view.last_drawing()
    assert drawing is not None, name
    furniture = drawing.furniture
    legend = furniture.legend
    for box in (furniture.title, furniture.subtitle, furniture.arrow):
        assert box is None or not legend.intersects(box), name
    assert ") Jammu" not in furniture.caption  # each note its own sentence


def test_the_check_finds_text_smaller_than_the_least_size(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(400, 200)
    label = QLabel("Source: a caption set too small", host)
    font = label.font()
    font.setPixelSize(11)
    label.setFont(font)
    label.adjustSize()
    host.show()
    qtbot.waitExposed(host)

    runs = drawn_text(host)
    assert runs == [(11.0, "Source: a caption set too small")]


def test_ctrl_plus_and_minus_scale_the_slides_type_never_below_the_least(
    qtbot: QtBot, service: ReferenceService
) -> None:
    window = presentation(qtbot, service, (1920, 1080))
    window.go_to(3)  # China
    title = window.title_pixel_size()
    chart = window.chart_widget
    assert chart is not None
    scale = chart.scale()  # type: ignore[attr-defined]

    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom() == pytest.approx(1.1)
    assert window.title_pixel_size() > title
    assert chart.scale() > scale  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.title_pixel_size() == title
    for _ in range(10):
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom() == pytest.approx(ZOOMS[0])
    assert window.title_pixel_size() < title
    settle()
    least = least_text_px(1080)
    assert min(px for px, _words in drawn_text(window)) >= least - 0.5
