"""The chart's compare mode as a reader uses it: the toggle, the source menu, grouped bars,
the legend with totals, value labels, the highlighted border and the way back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.compare import source_comparison
from borderdesk.core.pages import SourceComparison
from borderdesk.core.sample import SampleService
from borderdesk.core.service import ReferenceService
from borderdesk.data.store import open_store
from borderdesk.gui.views.chart import COMPARE_TITLE, ChartPanel
from borderdesk.gui.views.chart_style import CHART_TITLE, Hatch, hatch_lines

ARTICLE_KM = {"kz-ru": 6846, "kz-uz": 2203, "kz-cn": 1533, "kz-kg": 1051, "kz-tm": 379}
CIA2008_KM = {"kz-ru": 6846, "kz-uz": 2203, "kz-cn": 1533, "kz-kg": 1224, "kz-tm": 379}
CIA2015_KM = {"kz-ru": 7644, "kz-uz": 2330, "kz-cn": 1765, "kz-kg": 1212, "kz-tm": 413}


@pytest.fixture(scope="module")
def real() -> Iterator[ReferenceService]:
    """Return the bundled database."""
    store = open_store()
    yield store
    store.close()


@pytest.fixture
def panel(qtbot: QtBot, real: ReferenceService) -> Iterator[ChartPanel]:
    """Return a chart on the bundled data, showing the article's lengths, in a host window."""
    host = QWidget()
    qtbot.addWidget(host)
    chart = ChartPanel(host)
    chart.set_sources(real.chart_sources())
    chart.set_series(real.segment_series())
    host.resize(1300, 700)
    chart.setGeometry(0, 0, 1300, 700)
    host.show()
    qtbot.waitExposed(host)
    yield chart
    host.close()


def toggle(panel: ChartPanel) -> QCheckBox:
    """Return the Compare sources check box."""
    box = panel.findChild(QCheckBox, "chartCompareToggle")
    assert box is not None
    return box


def three(real: ReferenceService) -> SourceComparison:
    """Return the article and the two later CIA sets side by side."""
    return source_comparison(real, ("ART", "CIA2008", "CIA2015"))


def test_the_single_source_chart_is_the_default(panel: ChartPanel) -> None:
    assert not toggle(panel).isChecked()
    assert not panel.is_comparing()
    assert panel.legend_entries() == []
    assert panel.bar_heights() == ARTICLE_KM
    assert panel.findChild(QLabel, "chartTitle").text() == CHART_TITLE  # type: ignore[union-attr]
    button = panel.findChild(QToolButton, "chartCompareSources")
    assert button is not None
    assert not button.isEnabled()


def test_space_on_the_toggle_asks_for_the_default_comparison(
    qtbot: QtBot, panel: ChartPanel
) -> None:
    box = toggle(panel)
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "&" in box.text()  # a mnemonic: Alt+M
    box.setFocus()
    with qtbot.waitSignal(panel.comparison_requested, timeout=1000) as blocker:
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert blocker.args == [("ART", "CIA2008", "CIA2015")]
    combo = panel.findChild(QComboBox, "chartSourceCombo")
    assert combo is not None
    assert not combo.isEnabled()


def test_grouped_bars_one_series_per_source_with_their_heights(
    panel: ChartPanel, real: ReferenceService
) -> None:
    panel.set_comparison(three(real))

    assert panel.is_comparing()
    assert toggle(panel).isChecked()
    assert panel.series_heights() == {
        "ART": ARTICLE_KM,
        "CIA2008": CIA2008_KM,
        "CIA2015": CIA2015_KM,
    }
    assert panel.bar_labels() == ["Russia", "Uzbekistan", "China", "Kyrgyzstan", "Turkmenistan"]
    assert panel.findChild(QLabel, "chartTitle").text() == COMPARE_TITLE  # type: ignore[union-attr]


def test_the_legend_names_each_source_with_its_total(
    panel: ChartPanel, real: ReferenceService
) -> None:
    panel.set_comparison(three(real))

    assert panel.legend_entries() == [
        "Article (c. 2012): 12,012 km",
        "CIA World Factbook 2008–2014: 12,185 km",
        "CIA World Factbook 2015–2025: 13,364 km",
    ]
    looks = panel.legend().looks()
    assert len({look.fill for look in looks}) == 3
    assert len({look.hatch for look in looks}) == 3  # not colour alone
    assert looks[0].hatch is Hatch.NONE


def test_a_total_that_is_not_the_sum_of_its_bars_says_so(
    panel: ChartPanel, real: ReferenceService
) -> None:
    panel.set_comparison(source_comparison(real, ("ART", "KGMFA")))

    assert panel.legend_entries()[1] == (
        "Kyrgyz MFA country information (c. 2018): 13,392.6 km stated (bars add up to 13,349.9 km)"
    )


def test_the_caption_names_every_source_and_the_edition(
    panel: ChartPanel, real: ReferenceService
) -> None:
    comparison = three(real)
    panel.set_comparison(comparison)
    caption = panel.caption_text()

    for source in comparison.sources:
        assert source.label in caption
        assert source.publisher in caption
    assert comparison.edition.short_checksum in caption
    assert comparison.edition.version in caption


def test_value_labels_show_when_they_fit_and_give_way_to_tooltips_when_crowded(
    qtbot: QtBot, panel: ChartPanel, real: ReferenceService
) -> None:
    panel.set_comparison(three(real))
    assert panel.compare_labels_shown()
    every = source_comparison(real, [s.ref.id for s in real.chart_sources()])
    panel.set_comparison(every)
    panel.setGeometry(0, 0, 520, 700)
    qtbot.waitUntil(lambda: not panel.compare_labels_shown(), timeout=1000)


def test_the_highlighted_border_stays_marked(panel: ChartPanel, real: ReferenceService) -> None:
    panel.highlight("kz-cn")
    panel.set_comparison(three(real))

    assert panel.highlighted_key() == "kz-cn"
    panel.highlight("csto")
    assert panel.highlighted_key() is None


def test_clicking_a_grouped_bar_picks_its_border(
    qtbot: QtBot, panel: ChartPanel, real: ReferenceService
) -> None:
    panel.set_comparison(three(real))
    view = panel.plot_widget()
    # Kyrgyzstan (group 3), the CIA 2008-2014 bar (the middle one), halfway up.
    scene = view.getPlotItem().getViewBox().mapViewToScene(QPointF(3.0, 600.0))
    with qtbot.waitSignal(panel.bar_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(scene))
    assert blocker.args == ["kz-kg"]


def test_the_menu_chooses_the_sources_and_keeps_at_least_one(
    qtbot: QtBot, panel: ChartPanel, real: ReferenceService
) -> None:
    panel.set_comparison(three(real))
    button = panel.findChild(QToolButton, "chartCompareSources")
    assert button is not None
    assert button.isEnabled()
    actions = {a.data(): a for a in button.menu().actions()}
    assert [a.isChecked() for a in actions.values()] == [True, False, True, True, False]
    with qtbot.waitSignal(panel.comparison_requested, timeout=1000) as blocker:
        actions["KGMFA"].trigger()
    assert blocker.args == [("ART", "CIA2008", "CIA2015", "KGMFA")]
    for source in ("CIA2008", "CIA2015", "KGMFA"):
        actions[source].trigger()
    with qtbot.assertNotEmitted(panel.comparison_requested):
        actions["ART"].trigger()  # the last one stays ticked
    assert actions["ART"].isChecked()


def test_unticking_goes_back_to_the_one_source_shown_before(
    panel: ChartPanel, real: ReferenceService
) -> None:
    panel.set_comparison(three(real))
    toggle(panel).click()

    assert not panel.is_comparing()
    assert panel.bar_heights() == ARTICLE_KM
    assert panel.legend_entries() == []
    assert panel.series_heights() == {}
    assert "Guarding the Border" in panel.caption_text()
    assert "CIA World Factbook 2015" not in panel.caption_text()


def test_the_sample_data_compares_too(qtbot: QtBot) -> None:
    service = SampleService()
    host = QWidget()
    qtbot.addWidget(host)
    chart = ChartPanel(host)
    chart.set_sources(service.chart_sources())
    chart.set_comparison(source_comparison(service, ("ART", "CIA2015")))
    host.resize(900, 600)
    chart.setGeometry(0, 0, 900, 600)

    assert chart.series_heights()["CIA2015"]["kz-ru"] == 7644
    assert chart.legend_entries()[1] == "CIA World Factbook 2015-2025: 13,364 km"
    assert QColor(chart.legend().looks()[1].fill).isValid()


def test_a_sources_name_in_the_legend_opens_its_page(
    qtbot: QtBot, panel: ChartPanel, real: ReferenceService
) -> None:
    panel.set_comparison(three(real))
    labels = panel.legend().findChildren(QLabel, "chartLegendEntry")
    assert 'href="borderdesk:source:CIA2008"' in labels[1].text()
    assert labels[1].textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard

    with qtbot.waitSignal(panel.source_activated, timeout=1000) as blocker:
        labels[1].linkActivated.emit("borderdesk:source:CIA2008")
    assert blocker.args == ["CIA2008"]


@pytest.mark.parametrize("hatch", list(Hatch))
def test_hatching_stays_inside_its_bar_without_a_clip(hatch: Hatch) -> None:
    """SVG output ignores clip regions, so every hatch line must end at the bar's edges."""
    bar = QRectF(100.0, 40.0, 37.0, 260.0)
    lines = hatch_lines(bar, hatch, 6.0)

    assert (lines == []) is (hatch is Hatch.NONE)
    inside = bar.adjusted(-0.01, -0.01, 0.01, 0.01)
    assert all(inside.contains(line.p1()) and inside.contains(line.p2()) for line in lines)
