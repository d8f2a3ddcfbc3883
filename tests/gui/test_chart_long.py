"""A chart of two thousand borders stays readable: the longest bars, the marked one, a table."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.chart_top import CHART_BARS
from borderdesk.core.compare import source_comparison
from borderdesk.core.model import Bar, SegmentSeries
from borderdesk.core.sample import SampleService
from borderdesk.gui.views.chart import ChartPanel

COUNT = 2000


def long_series(service: SampleService, factor: float = 1.0) -> SegmentSeries:
    """Return a series of COUNT borders, longest first (Border 0000 the longest)."""
    bars = tuple(Bar(f"b{n:04d}", f"Border {n:04d}", (COUNT - n) * factor) for n in range(COUNT))
    return replace(service.segment_series(), bars=bars, stated_total=None, notes=())


@pytest.fixture
def panel(qtbot: QtBot, sample_service: SampleService) -> Iterator[ChartPanel]:
    host = QWidget()
    qtbot.addWidget(host)
    chart = ChartPanel(host)
    chart.set_series(long_series(sample_service))
    host.resize(1200, 650)
    chart.setGeometry(0, 0, 1200, 650)
    host.show()
    qtbot.waitExposed(host)
    yield chart
    host.close()


def test_the_chart_draws_the_longest_bars_and_says_so(panel: ChartPanel) -> None:
    heights = panel.bar_heights()

    assert list(heights) == [f"b{n:04d}" for n in range(CHART_BARS)]
    assert list(heights.values()) == [float(COUNT - n) for n in range(CHART_BARS)]
    assert panel.bar_labels()[0] == "Border 0000"
    title = panel.chart_area().findChild(QWidget, "chartTitle")
    assert title is not None
    assert f"the {CHART_BARS} longest of 2,000" in title.text()  # type: ignore[attr-defined]
    model = panel.table().source_model
    assert model.rowCount() == COUNT + 1  # the table lists every border, then their total
    assert model.is_total(COUNT)
    assert "2,000 borders" in panel.total_text()  # the total row counts them all, not 25


def test_a_marked_border_outside_the_longest_is_drawn_after_them(panel: ChartPanel) -> None:
    panel.highlight("b1500")

    assert list(panel.bar_heights())[-1] == "b1500"
    assert len(panel.bar_heights()) == CHART_BARS + 1
    assert panel.highlighted_key() == "b1500"
    assert panel.bar_labels()[-1] == "Border 1500"

    panel.highlight("b0003")  # one of the longest: the extra bar goes again
    assert len(panel.bar_heights()) == CHART_BARS
    assert panel.highlighted_key() == "b0003"


def test_a_tooltip_gives_the_share_of_all_the_borders(panel: ChartPanel) -> None:
    total = sum(range(1, COUNT + 1))
    bars = [i for i in panel.plot_widget().getPlotItem().items if hasattr(i, "_tooltips")]
    tooltip = bars[0]._tooltips[0]

    assert f"of {total:,} km" in tooltip  # of all 2,000 borders, not of the 25 drawn


def test_compared_sources_draw_the_longest_groups(
    panel: ChartPanel, sample_service: SampleService
) -> None:
    class Service(SampleService):
        def segment_series(self, source_id: str | None = None) -> SegmentSeries:
            base = super().segment_series(source_id)
            return replace(
                long_series(sample_service, 1.1 if source_id else 1.0), source=base.source
            )

    service = Service()
    ids = tuple(s.ref.id for s in service.chart_sources())
    panel.set_comparison(source_comparison(service, ids))

    heights = panel.series_heights()
    assert set(heights) == set(ids)
    assert all(len(by_key) == CHART_BARS for by_key in heights.values())
    assert list(heights[ids[0]])[:2] == ["b0000", "b0001"]
