"""The segment chart as a reader sees it: bars, labels, caption, highlight, clicks, source box."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.compare import source_comparison
from borderdesk.core.sample import CIA2015, EDITION, SampleService
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.views.chart_geometry import Orientation
from borderdesk.gui.views.chart_items import BarItem
from borderdesk.gui.views.chart_style import HIGHLIGHT_FILL, bar_tooltip

ARTICLE_KM = {"kz-ru": 6846, "kz-uz": 2203, "kz-cn": 1533, "kz-kg": 1051, "kz-tm": 379}
CIA_KM = {"kz-ru": 7644, "kz-uz": 2330, "kz-cn": 1765, "kz-kg": 1212, "kz-tm": 413}
NEIGHBOURS = ["Russia", "Uzbekistan", "China", "Kyrgyzstan", "Turkmenistan"]


@pytest.fixture
def panel(qtbot: QtBot, sample_service: SampleService) -> Iterator[ChartPanel]:
    """Return a chart holding the article's lengths, shown in a plain host window.

    The host has no layout, so the offscreen platform is given no size hints to warn about.
    """
    host = QWidget()
    qtbot.addWidget(host)
    chart = ChartPanel(host)
    chart.set_sources(sample_service.chart_sources())
    chart.set_series(sample_service.segment_series())
    host.resize(1000, 650)
    chart.setGeometry(0, 0, 1000, 650)
    host.show()
    qtbot.waitExposed(host)
    yield chart  # the host, owned by this frame, lives as long as the test
    host.close()


def bar_item(panel: ChartPanel) -> BarItem:
    """Return the chart's bar item."""
    items = [i for i in panel.plot_widget().getPlotItem().items if isinstance(i, BarItem)]
    assert len(items) == 1
    return items[0]


def viewport_point(panel: ChartPanel, x: float, y: float) -> QPoint:
    """Map a point in data coordinates (bar index, km) to the plot's viewport."""
    view = panel.plot_widget()
    scene = view.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    point: QPoint = view.mapFromScene(scene)
    return point


def test_bars_are_the_article_lengths_labelled_by_neighbour(panel: ChartPanel) -> None:
    assert panel.bar_heights() == ARTICLE_KM
    assert panel.bar_labels() == NEIGHBOURS
    assert panel.objectName() == "segmentChart"
    assert panel.accessibleName()
    description = panel.plot_widget().accessibleDescription()
    assert "Russia 6,846 km" in description
    assert "Turkmenistan 379 km" in description


def test_caption_names_the_source_and_the_dataset_edition(panel: ChartPanel) -> None:
    caption = panel.findChild(QLabel, "chartCaption")
    assert caption is not None
    text = caption.text()
    assert text == panel.caption_text()
    assert "Guarding the Border of the World's Largest Landlocked Country" in text
    assert "EdgeKz magazine" in text
    assert f"dataset {EDITION.version}" in text
    assert "28 November 2026" in text
    title = panel.findChild(QLabel, "chartTitle")
    assert title is not None
    assert title.text() == "Kazakhstan's land borders by length"


def test_the_total_of_the_bars_is_shown_under_them(
    panel: ChartPanel, sample_service: SampleService
) -> None:
    total = panel.findChild(QLabel, "chartTotal")
    assert total is not None
    assert total.isVisible()
    assert total.text() == "Article (c. 2012): 12,012 km in all (5 borders)"  # whose, and when

    panel.set_series(sample_service.segment_series("CIA2015"))
    assert panel.total_text() == "CIA World Factbook 2015-2025: 13,364 km in all (5 borders)"

    panel.set_comparison(source_comparison(sample_service, ["ART", "CIA2015"]))
    assert panel.total_text() == ""  # each source's total is in the legend
    assert any("12,012 km" in entry for entry in panel.legend_entries())


def test_another_series_changes_bars_caption_and_source_box_silently(
    qtbot: QtBot, panel: ChartPanel, sample_service: SampleService
) -> None:
    with qtbot.assertNotEmitted(panel.source_changed):
        panel.set_series(sample_service.segment_series("CIA2015"))
    assert panel.bar_heights() == CIA_KM
    assert "The World Factbook: Kazakhstan" in panel.caption_text()
    combo = panel.findChild(QComboBox, "chartSourceCombo")
    assert combo is not None
    assert combo.currentText() == CIA2015.label
    series = panel.current_series()
    assert series is not None
    assert series.source.ref.id == "CIA2015"


def test_highlight_marks_a_bar_by_fill_outline_and_bold_value(panel: ChartPanel) -> None:
    plain_pen, plain_brush, plain_font = panel.bar_appearance("kz-cn")
    panel.highlight("kz-cn")
    assert panel.highlighted_key() == "kz-cn"
    pen, brush, font = panel.bar_appearance("kz-cn")
    other_pen, other_brush, other_font = panel.bar_appearance("kz-ru")
    assert brush.color().name() == HIGHLIGHT_FILL.lower() != other_brush.color().name()
    assert pen.widthF() >= 2 * other_pen.widthF()
    assert pen.color() != other_pen.color()
    assert font.weight() > other_font.weight()
    panel.highlight(None)
    assert panel.highlighted_key() is None
    pen, brush, font = panel.bar_appearance("kz-cn")
    assert (pen.widthF(), brush.color(), font.weight()) == (
        plain_pen.widthF(),
        plain_brush.color(),
        plain_font.weight(),
    )


def test_highlight_of_a_key_not_charted_marks_nothing(panel: ChartPanel) -> None:
    panel.highlight("csto")
    assert panel.highlighted_key() is None


def test_clicking_a_bar_emits_its_border_key(qtbot: QtBot, panel: ChartPanel) -> None:
    index = panel.bar_labels().index("China")
    centre = viewport_point(panel, index, panel.bar_heights()["kz-cn"] / 2)
    viewport = panel.plot_widget().viewport()
    with qtbot.waitSignal(panel.bar_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["kz-cn"]
    above = viewport_point(panel, index, panel.bar_heights()["kz-cn"] * 1.5)
    with qtbot.assertNotEmitted(panel.bar_clicked):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=above)


def test_hovering_a_bar_shows_its_share_and_source(qtbot: QtBot, panel: ChartPanel) -> None:
    centre = viewport_point(panel, 0, 3000)
    qtbot.mouseMove(panel.plot_widget().viewport(), centre)
    qtbot.waitUntil(lambda: bar_item(panel).toolTip() != "", timeout=1000)
    assert bar_item(panel).toolTip() == "Russia: 6,846 km (57% of 12,012 km) — Article (c. 2012)"


def test_tooltip_uses_the_source_stated_total(sample_service: SampleService) -> None:
    series = sample_service.segment_series("CIA2015")
    assert bar_tooltip(series.bars[2], series) == (
        "China: 1,765 km (13% of 13,364 km) — CIA World Factbook 2015-2025"
    )


def test_choosing_a_source_emits_its_id_but_set_sources_does_not(
    qtbot: QtBot, panel: ChartPanel, sample_service: SampleService
) -> None:
    with qtbot.assertNotEmitted(panel.source_changed):
        panel.set_sources(sample_service.chart_sources())
    combo = panel.findChild(QComboBox, "chartSourceCombo")
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Article (c. 2012)",
        "CIA World Factbook 2015-2025",
    ]
    assert combo.currentIndex() == 0
    combo.setFocus()
    with qtbot.waitSignal(panel.source_changed, timeout=1000) as blocker:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert blocker.args == ["CIA2015"]


def test_arrow_keys_on_the_plot_pick_the_next_bar(qtbot: QtBot, panel: ChartPanel) -> None:
    panel.highlight("kz-uz")
    with qtbot.waitSignal(panel.bar_clicked, timeout=1000) as blocker:
        qtbot.keyClick(panel.plot_widget(), Qt.Key.Key_Right)
    assert blocker.args == ["kz-cn"]


def test_the_view_cannot_be_panned_or_zoomed_away(qtbot: QtBot, panel: ChartPanel) -> None:
    item = panel.plot_widget().getPlotItem()
    view = item.getViewBox()
    assert view.state["mouseEnabled"] == [False, False]
    assert item.buttonsHidden
    before = view.viewRange()
    viewport = panel.plot_widget().viewport()
    start, end = viewport_point(panel, 0, 5000), viewport_point(panel, 3, 1000)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert view.viewRange() == before
    assert before[1][0] == 0
    assert before[1][1] > max(ARTICLE_KM.values())  # room above the tallest bar's label


def test_importing_the_chart_style_does_not_import_pyqtgraph() -> None:
    code = (
        "import sys, borderdesk.gui.views.chart_style, borderdesk.gui.render.export_files; "
        "sys.exit('pyqtgraph' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True)
    assert result.returncode == 0, result.stderr


def test_a_narrow_chart_lays_its_bars_down_rather_than_crowd_the_names(
    qtbot: QtBot, panel: ChartPanel
) -> None:
    item = panel.plot_widget().getPlotItem()
    assert not panel.bars_lie()  # 1000 px: every name fits under its bar
    upright_names = item.getAxis("bottom")._tickLevels[0]
    assert [text for _, text in upright_names] == NEIGHBOURS

    panel.setGeometry(0, 0, 520, 650)
    qtbot.waitUntil(panel.bars_lie, timeout=1000)

    names = item.getAxis("left")._tickLevels[0]
    assert [text for _, text in names] == NEIGHBOURS  # one line each: never staggered
    assert item.getViewBox().yInverted()  # Russia, the longest, on top
    assert panel.bar_heights() == ARTICLE_KM
    russia = bar_item(panel).bar_rect(0)
    assert (russia.left(), russia.width()) == (0.0, 6846.0)  # lying along the km axis
    panel.setGeometry(0, 0, 1000, 650)
    qtbot.waitUntil(lambda: not panel.bars_lie(), timeout=1000)


def test_lying_bars_are_clicked_like_upright_ones(qtbot: QtBot, panel: ChartPanel) -> None:
    panel.set_orientation(Orientation.HORIZONTAL)
    view = panel.plot_widget()
    scene = view.getPlotItem().getViewBox().mapViewToScene(QPointF(1000, 2))  # China's bar
    with qtbot.waitSignal(panel.bar_clicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene))
    assert blocker.args == ["kz-cn"]


def test_names_too_long_for_their_room_are_cut_not_dropped(
    qtbot: QtBot, panel: ChartPanel, sample_service: SampleService
) -> None:
    # A pack may name a neighbour in up to 200 characters: pyqtgraph hid every such name.
    series = sample_service.segment_series()
    long = [f"{bar.label} {'and its long official name ' * 7}".strip() for bar in series.bars]
    bars = tuple(replace(bar, label=name) for bar, name in zip(series.bars, long, strict=True))
    panel.set_series(replace(series, bars=bars))

    def drawn() -> list[str]:
        """Return the names pyqtgraph draws by the bars (it leaves out what overlaps)."""
        side = "left" if panel.bars_lie() else "bottom"
        axis = panel.plot_widget().getPlotItem().getAxis(side)
        image = QImage(10, 10, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            return [text.strip() for _rect, _flags, text in axis.generateDrawSpecs(painter)[2]]
        finally:
            painter.end()

    qtbot.waitUntil(lambda: len(drawn()) == 5, timeout=2000)
    for text, name in zip(drawn(), long, strict=True):
        assert text.endswith("…")
        assert name.startswith(text[:-1])
    assert panel.bar_labels() == long  # whole in the tooltips, the table and for screen readers


def test_a_source_label_too_long_for_the_box_is_cut_with_the_whole_as_its_tip(
    panel: ChartPanel, sample_service: SampleService
) -> None:
    # The box is as wide as its longest entry: a 200-character label pushed the chart aside.
    sources = sample_service.chart_sources()
    long = "CIA World Factbook, every edition from 1992 to 2025, " * 4
    changed = (replace(sources[0], ref=replace(sources[0].ref, label=long.strip())), *sources[1:])
    panel.set_sources(changed)
    box = panel.findChild(QComboBox, "chartSourceCombo")
    assert isinstance(box, QComboBox)
    assert box.itemText(0) == long[:59] + "…"
    assert box.itemData(0, Qt.ItemDataRole.ToolTipRole) == long.strip()
    assert box.itemText(1) == sources[1].ref.label  # a label that fits is left as it is
    assert box.sizeHint().width() < box.fontMetrics().horizontalAdvance(long) / 2
