"""What the chart says to a screen reader, bar by bar and as a whole."""

from __future__ import annotations

import pytest

from borderdesk.core.chart_text import (
    bar_description,
    chart_name,
    focus_description,
    group_description,
    series_total,
    view_summary,
)
from borderdesk.core.compare import source_comparison
from borderdesk.core.model import Bar, SegmentSeries
from borderdesk.core.pages import SourceComparison
from borderdesk.core.sample import SampleService

TITLE = "Kazakhstan's land borders by length"


@pytest.fixture
def service() -> SampleService:
    return SampleService()


@pytest.fixture
def comparison(service: SampleService) -> SourceComparison:
    return source_comparison(service, ["ART", "CIA2015"])


def test_a_bar_says_border_length_share_and_the_source_as_the_chart_names_it(
    service: SampleService,
) -> None:
    series = service.segment_series()

    assert bar_description(series, "kz-ru") == (
        "Russia, 6,846 km, 57% of the total — Article (c. 2012)"
    )
    assert bar_description(series, "kz-tm") == (
        "Turkmenistan, 379 km, 3% of the total — Article (c. 2012)"
    )


def test_the_share_is_of_the_source_stated_total(service: SampleService) -> None:
    series = service.segment_series("CIA2015")
    assert series.stated_total == 13364
    assert series_total(series) == 13364

    # Here the stated total equals the bars' sum: a different one shows which is used.
    stated = SegmentSeries(series.source, series.bars, series.edition, stated_total=3530.0)
    assert bar_description(stated, "kz-cn") == (
        "China, 1,765 km, 50% of the total — CIA World Factbook 2015-2025"
    )


def test_a_source_with_nothing_to_share_gives_no_share(service: SampleService) -> None:
    series = service.segment_series()
    empty = SegmentSeries(series.source, (Bar("kz-xx", "Nowhere", 0.0),), series.edition)

    assert bar_description(empty, "kz-xx") == "Nowhere, 0 km — Article (c. 2012)"


def test_a_border_not_charted_is_a_key_error(
    service: SampleService, comparison: SourceComparison
) -> None:
    with pytest.raises(KeyError):
        bar_description(service.segment_series(), "csto")
    with pytest.raises(KeyError):
        group_description(comparison, "csto")


def test_a_compared_border_says_every_source_in_order(comparison: SourceComparison) -> None:
    assert group_description(comparison, "kz-ru") == (
        "Russia: Article (c. 2012) 6,846 km; CIA World Factbook 2015-2025 7,644 km"
    )
    assert focus_description(comparison, "kz-cn") == (
        "China: Article (c. 2012) 1,533 km; CIA World Factbook 2015-2025 1,765 km"
    )


def test_the_name_is_the_title_with_the_sources(
    service: SampleService, comparison: SourceComparison
) -> None:
    assert chart_name(TITLE, service.segment_series()) == f"{TITLE} — Article (c. 2012)"
    assert chart_name(TITLE, comparison) == (
        f"{TITLE} — Article (c. 2012); CIA World Factbook 2015-2025"
    )


def test_the_summary_lists_every_bar_and_the_keys(
    service: SampleService, comparison: SourceComparison
) -> None:
    summary = view_summary(service.segment_series())
    assert summary.startswith(
        "Russia 6,846 km; Uzbekistan 2,203 km; China 1,533 km; Kyrgyzstan 1,051 km; "
        "Turkmenistan 379 km. Total 12,012 km."
    )
    assert "Left and Right" in summary
    compared = view_summary(comparison)
    assert compared.count("CIA World Factbook 2015-2025") == 5
    assert compared.startswith("Russia: Article (c. 2012) 6,846 km;")


def test_a_long_charts_summary_names_the_bars_it_draws_and_counts_the_rest(
    service: SampleService,
) -> None:
    series = service.segment_series()
    bars = tuple(Bar(f"kz-{n:03}", f"Border {n}", 1000.0 - n) for n in range(30))
    long = SegmentSeries(series.source, bars, series.edition)

    summary = view_summary(long)

    assert summary.startswith("Border 0 1,000 km; Border 1 999 km;")
    assert "Border 24 976 km; … and 5 more. Total 29,565 km." in summary
    assert "Border 25" not in summary
