"""What the chart draws of a long series: the longest bars, and the selected one.

A dataset of two thousand borders would draw two thousand bars too thin to see or click,
each with a label. The chart draws the ``CHART_BARS`` longest (the series is longest
first), plus the selected border when it is not among them; the table beside the chart
(and its CSV) lists every figure.
"""

from __future__ import annotations

from dataclasses import replace

from borderdesk.core.chart_text import series_total
from borderdesk.core.model import SegmentSeries
from borderdesk.core.pages import ChartView, SourceComparison

CHART_BARS = 25


def drawn_keys(keys: tuple[str, ...], highlight: str | None, limit: int = CHART_BARS) -> list[str]:
    """Return the keys the chart draws: the first ``limit``, and ``highlight`` after them."""
    shown = list(keys[:limit])
    if highlight is not None and highlight in keys[limit:]:
        shown.append(highlight)
    return shown


def is_shortened(view: ChartView, limit: int = CHART_BARS) -> bool:
    """Tell whether the chart draws fewer bars (or groups) than the view has."""
    return view_size(view) > limit


def view_size(view: ChartView) -> int:
    """Return how many borders a series or a comparison gives."""
    return len(view.keys) if isinstance(view, SourceComparison) else len(view.bars)


def drawn_series(
    series: SegmentSeries, highlight: str | None, limit: int = CHART_BARS
) -> SegmentSeries:
    """Return the part of a series the chart draws, its shares still of the whole total."""
    if len(series.bars) <= limit:
        return series
    keys = drawn_keys(tuple(bar.key for bar in series.bars), highlight, limit)
    by_key = {bar.key: bar for bar in series.bars}
    return replace(
        series,
        bars=tuple(by_key[key] for key in keys),
        stated_total=series_total(series),  # a bar's share is of all of them, not of these
    )


def drawn_comparison(
    comparison: SourceComparison, highlight: str | None, limit: int = CHART_BARS
) -> SourceComparison:
    """Return the groups of a comparison the chart draws, in the first source's order."""
    if len(comparison.keys) <= limit:
        return comparison
    keys = set(drawn_keys(comparison.keys, highlight, limit))
    order = drawn_keys(comparison.keys, highlight, limit)
    series = tuple(
        replace(
            s,
            bars=tuple(
                sorted((b for b in s.bars if b.key in keys), key=lambda b: order.index(b.key))
            ),
            stated_total=series_total(s),
        )
        for s in comparison.series
    )
    return SourceComparison(series, comparison.edition)
