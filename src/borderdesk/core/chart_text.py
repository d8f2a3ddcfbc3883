"""What the segment chart says to a screen reader: its name, a summary and one bar at a time.

Plain text over the chart's records, with the source labels as the chart shows them.
"""

from __future__ import annotations

from borderdesk.core.format import (
    chart_caption,
    comparison_caption,
    format_km,
    format_number,
    format_percent,
    short_caption,
)
from borderdesk.core.i18n import Counted, translate
from borderdesk.core.model import Bar, SegmentSeries
from borderdesk.core.pages import ChartView, SourceComparison

SUMMARY_BARS = 25  # bars a chart's description names: as many as it draws (chart_top)

CONTEXT = "ChartText"


def key_hint() -> str:
    """Return how to move between the bars by keyboard."""
    return translate(
        "ChartText",
        "Left and Right move between the bars, Home and End go to the first and the last.",
    )


def series_total(series: SegmentSeries) -> float:
    """Return the source's stated total, or the sum of its segments when it states none."""
    return series.stated_total if series.stated_total is not None else series.total


def total_line(series: SegmentSeries) -> str:
    """Return the chart's total row, its source first: ``Article (c. 2012): 12,012 km in all …``.

    As every figure on a slide, it says whose figure it is and from when (the source's label).
    """
    count = len(series.bars)
    borders = Counted.tr("{count} border(s)", "", count).format(count=format_number(count))
    line = translate("ChartText", "{source}: {length} in all ({borders})")
    return line.format(
        source=series.source.ref.label, length=format_km(series.total), borders=borders
    )


def caption_of(view: ChartView, *, short: bool = False) -> str:
    """Return the caption under a chart: every source cited in full, or only named (a slide)."""
    if isinstance(view, SourceComparison):
        if short:
            return short_caption(view.sources, view.edition)
        return comparison_caption(view.sources, view.edition, view.on)
    if short:
        return short_caption((view.source.ref,), view.edition)
    return chart_caption(view.source.ref, view.edition, view.on)


def chart_name(title: str, view: ChartView) -> str:
    """Return the chart's title with its source(s): ``… by length — Article (c. 2012)``."""
    if isinstance(view, SourceComparison):
        labels = "; ".join(source.label for source in view.sources)
    else:
        labels = view.source.ref.label
    return f"{title} — {labels}"


def bar_description(series: SegmentSeries, key: str) -> str:
    """Return ``Russia, 6,846 km, 57% of the total — Article (c. 2012)`` for one bar.

    The share is of the source's stated total (as in the bar's tooltip); a source with no
    total gives no share. Raise KeyError when the series has no bar for ``key``.
    """
    bar = _bar(series, key)
    total = series_total(series)
    values = {
        "name": bar.label,
        "length": format_km(bar.value),
        "source": series.source.ref.label,
    }
    if total > 0:
        return translate("ChartText", "{name}, {length}, {share} of the total — {source}").format(
            share=format_percent(bar.value / total), **values
        )
    return translate("ChartText", "{name}, {length} — {source}").format(**values)


def group_description(comparison: SourceComparison, key: str) -> str:
    """Return ``Russia: Article (c. 2012) 6,846 km; CIA … 7,644 km`` for one border's group.

    Raise KeyError when the comparison has no such border.
    """
    if key not in comparison.keys:
        raise KeyError(key)
    label = comparison.labels[comparison.keys.index(key)]
    values = "; ".join(
        f"{series.source.ref.label} {format_km(_bar(series, key).value)}"
        for series in comparison.series
    )
    return f"{label}: {values}"


def focus_description(view: ChartView, key: str) -> str:
    """Return what a screen reader says when the bar (or group) of ``key`` gets the focus."""
    if isinstance(view, SourceComparison):
        return group_description(view, key)
    return bar_description(view, key)


def view_summary(view: ChartView) -> str:
    """Return every bar in one description, then how to move between them by keyboard."""
    if isinstance(view, SourceComparison):
        groups = ". ".join(group_description(view, key) for key in view.keys)
        return f"{groups}. {key_hint()}"
    values = "; ".join(f"{bar.label} {format_km(bar.value)}" for bar in view.bars[:SUMMARY_BARS])
    more = len(view.bars) - SUMMARY_BARS
    if more > 0:  # a screen reader reads the longest; the arrow keys reach every other
        values += "; " + Counted.tr("… and %n more", "", more)
    total = translate("ChartText", "Total {length}.").format(length=format_km(series_total(view)))
    return f"{values}. {total} {key_hint()}"


def _bar(series: SegmentSeries, key: str) -> Bar:
    for bar in series.bars:
        if bar.key == key:
            return bar
    raise KeyError(key)
