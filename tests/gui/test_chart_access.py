"""The chart by keyboard and screen reader: arrows, Home and End, the focus frame, the words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QImage
from PySide6.QtWidgets import QCheckBox, QTreeView
from pytestqt.qtbot import QtBot

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.views.chart_focus import FOCUS_MARGIN_PX, FocusFrame
from borderdesk.gui.views.chart_geometry import Orientation
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.real_window import chart_of, open_window

Events = list[tuple[QAccessible.Event, QObject]]


@pytest.fixture
def window(qtbot: QtBot, sample_service: SampleService, tmp_path: Path) -> MainWindow:
    """Return the shown window with its real chart, the plot holding the keyboard focus."""
    shown = open_window(qtbot, sample_service, tmp_path)
    shown.show_chart()
    qtbot.waitUntil(chart_of(shown).plot_widget().hasFocus)
    return shown


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> Events:
    """Record the accessibility events the chart sends (type and object)."""
    seen: Events = []

    def record(event: QAccessibleEvent) -> None:
        seen.append((event.type(), event.object()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return seen


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Press a key on the plot."""
    qtbot.keyClick(chart_of(window).plot_widget(), key)


def border(key: str) -> ItemRef:
    return ItemRef(ItemKind.BORDER, key)


def tree_text(window: MainWindow) -> str:
    tree = window.findChild(QTreeView, "navigationTree")
    assert tree is not None
    return str(tree.currentIndex().data())


def frame_of(chart: ChartPanel) -> FocusFrame:
    frames = [i for i in chart.plot_widget().getPlotItem().items if isinstance(i, FocusFrame)]
    assert len(frames) == 1
    return frames[0]


def test_arrows_home_and_end_move_the_focused_bar_and_the_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = chart_of(window)
    assert window.selection.current is not None
    assert window.selection.current.kind is ItemKind.OVERVIEW  # no bar chosen yet

    press(qtbot, window, Qt.Key.Key_Right)  # with none chosen, Right goes to the first
    assert window.selection.current == border("kz-ru")
    assert chart.focused_key() == chart.highlighted_key() == "kz-ru"

    press(qtbot, window, Qt.Key.Key_End)
    assert window.selection.current == border("kz-tm")
    assert chart.focused_key() == "kz-tm"
    assert tree_text(window) == "Turkmenistan"

    press(qtbot, window, Qt.Key.Key_Right)  # the last bar stays the last
    assert window.selection.current == border("kz-tm")

    press(qtbot, window, Qt.Key.Key_Left)
    assert window.selection.current == border("kz-kg")
    assert window.detail_pane.toPlainText().startswith("Kyrgyzstan")

    press(qtbot, window, Qt.Key.Key_Home)
    assert window.selection.current == border("kz-ru")
    press(qtbot, window, Qt.Key.Key_Left)  # the first stays the first
    assert window.selection.current == border("kz-ru")
    assert chart.plot_widget().hasFocus()  # the keys never take the focus away


def test_a_choice_elsewhere_moves_the_focused_bar(qtbot: QtBot, window: MainWindow) -> None:
    chart = chart_of(window)
    window.selection.select(border("kz-cn"))

    assert chart.focused_key() == "kz-cn"
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.selection.current == border("kz-kg")


@pytest.mark.parametrize("orientation", [Orientation.VERTICAL, Orientation.HORIZONTAL])
def test_the_focused_bar_gets_a_dashed_frame_while_the_plot_has_focus(
    qtbot: QtBot, window: MainWindow, orientation: Orientation
) -> None:
    chart = chart_of(window)
    chart.set_orientation(orientation)
    plot = chart.plot_widget()
    window.main_splitter.setSizes([1, window.width()])  # the chart as wide
    window.detail_splitter.setSizes([1, window.height()])  # and as tall as it goes
    qtbot.waitUntil(lambda: plot.height() > 200)
    press(qtbot, window, Qt.Key.Key_End)
    press(qtbot, window, Qt.Key.Key_Home)  # Russia: the longest bar, a long frame
    frame = frame_of(chart)

    assert frame.isVisible()
    assert frame.pen().style() == Qt.PenStyle.DashLine
    centre = frame.rect().center()
    assert (centre.y() if chart.bars_lie() else centre.x()) == pytest.approx(0.0)  # the first
    runs = dark_runs_beside_bar(chart, 0)
    assert runs >= 3, "a dashed line: dark dashes with gaps between them"

    window.navigation.tree.setFocus()
    qtbot.waitUntil(lambda: not frame.isVisible())
    assert dark_runs_beside_bar(chart, 0) == 0
    assert chart.highlighted_key() == "kz-ru"  # still chosen, shown by fill and outline


def dark_runs_beside_bar(chart: ChartPanel, index: int) -> int:
    """Count dark stretches along a line just before a bar, where its focus frame runs.

    Left of an upright bar, top to bottom; above a lying one, left to right.
    """
    plot = chart.plot_widget()
    plot.viewport().repaint()
    image: QImage = plot.viewport().grab().toImage()
    view = plot.getPlotItem().getViewBox()
    heights = list(chart.bar_heights().values())
    lying = chart.bars_lie()

    def at(slot: float, km: float) -> QPoint:
        point = QPointF(km, slot) if lying else QPointF(slot, km)
        mapped: QPoint = plot.mapFromScene(view.mapViewToScene(point))
        return mapped

    # The bar's edge is at 0.31 of a slot from its centre.
    start, end = at(index - 0.31, heights[index] * 0.1), at(index - 0.31, heights[index] * 0.9)
    off = FOCUS_MARGIN_PX + 1  # the middle of the frame's 2 px line
    if lying:
        points = [(x, start.y() - off) for x in range(start.x(), end.x())]
    else:
        points = [(end.x() - off, y) for y in range(end.y(), start.y())]
    runs, dark = 0, False
    for x, y in points:
        now = QColor(image.pixel(x, y)).lightness() < 100
        runs += now and not dark
        dark = now
    return runs


def test_the_chart_is_named_by_its_title_and_source(window: MainWindow) -> None:
    chart = chart_of(window)

    name = "Kazakhstan's land borders by length — Article (c. 2012)"
    assert chart.accessibleName() == name
    assert chart.plot_widget().accessibleName() == name
    description = chart.plot_widget().accessibleDescription()
    assert description.startswith("Russia 6,846 km; Uzbekistan 2,203 km;")
    assert "Home and End" in description


def test_a_bar_is_described_and_announced_when_it_gets_the_focus(
    qtbot: QtBot, window: MainWindow, events: Events
) -> None:
    chart = chart_of(window)
    plot = chart.plot_widget()

    press(qtbot, window, Qt.Key.Key_Home)

    sentence = "Russia, 6,846 km, 57% of the total — Article (c. 2012)"
    assert plot.accessibleDescription() == sentence
    assert chart.accessibleDescription() == sentence
    assert (QAccessible.Event.DescriptionChanged, plot) in events
    assert (QAccessible.Event.Focus, plot) in events

    events.clear()
    press(qtbot, window, Qt.Key.Key_End)
    assert (
        plot.accessibleDescription() == "Turkmenistan, 379 km, 3% of the total — Article (c. 2012)"
    )
    assert (QAccessible.Event.DescriptionChanged, plot) in events


def test_choosing_something_else_goes_back_to_the_summary(qtbot: QtBot, window: MainWindow) -> None:
    plot = chart_of(window).plot_widget()
    press(qtbot, window, Qt.Key.Key_End)
    window.selection.select(ItemRef(ItemKind.ORGANISATION, "sco"))

    assert plot.accessibleDescription().startswith("Russia 6,846 km;")


def test_compare_mode_describes_each_border_by_every_source(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = chart_of(window)
    toggle = chart.findChild(QCheckBox, "chartCompareToggle")
    assert toggle is not None
    toggle.click()
    qtbot.waitUntil(chart.is_comparing)
    chart.plot_widget().setFocus()

    press(qtbot, window, Qt.Key.Key_End)

    assert window.selection.current == border("kz-tm")
    assert chart.plot_widget().accessibleDescription() == (
        "Turkmenistan: Article (c. 2012) 379 km; CIA World Factbook 2015-2025 413 km"
    )
    assert chart.accessibleName() == (
        "Kazakhstan's land borders by length: sources compared — "
        "Article (c. 2012); CIA World Factbook 2015-2025"
    )
    press(qtbot, window, Qt.Key.Key_Home)
    assert (
        chart.plot_widget()
        .accessibleDescription()
        .startswith("Russia: Article (c. 2012) 6,846 km; CIA World Factbook 2015-2025 7,644 km")
    )
    frame = frame_of(chart)
    assert frame.isVisible()
    centre = frame.rect().center()
    assert (centre.y() if chart.bars_lie() else centre.x()) == pytest.approx(0.0)  # Russia's group
