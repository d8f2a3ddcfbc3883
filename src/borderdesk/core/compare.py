"""Put sources side by side: lengths against the article's, values then and now, chart series.

Plain Python over the frozen records; the service supplies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from borderdesk.core.as_of import ARTICLE_DATE
from borderdesk.core.errors import ItemNotFoundError
from borderdesk.core.i18n import translate
from borderdesk.core.model import Fact, Figure, SegmentSeries
from borderdesk.core.on_date import TIME_BOUND_QUANTITIES, figures_on, states_on
from borderdesk.core.pages import (
    LengthRow,
    LengthsPage,
    SourceComparison,
    ThenNow,
)
from borderdesk.core.series_source import SeriesSource, length_totals, series_of

_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")

# The sources the grouped chart starts with: the article and the two later CIA sets.
DEFAULT_COMPARISON = ("ART", "CIA2008", "CIA2015")


def sortable_date(text: str) -> str:
    """Return the first ISO-like date in ``text`` ("c. 2012" -> "2012"); "9999" if none."""
    match = _DATE.search(text)
    return match.group() if match else "9999"


def date_key(figure: Figure) -> tuple[bool, str]:
    """Order by source date, undated sources last."""
    return not figure.source.date, sortable_date(figure.source.date)


def length_rows(lengths: Sequence[Figure]) -> tuple[LengthRow, ...]:
    """Return a border's lengths: the reference (default) first, then by source date.

    Each other row carries its difference from the reference in km and as a share of it.
    """
    reference = next((f for f in lengths if f.is_default), None)
    others = sorted((f for f in lengths if f is not reference), key=date_key)
    rows = [LengthRow(reference, True, None, None)] if reference is not None else []
    for figure in others:
        delta = share = None
        if reference is not None:
            delta = figure.value - reference.value
            share = delta / reference.value if reference.value else None
        rows.append(LengthRow(figure, False, delta, share))
    return tuple(rows)


def then_and_now(
    figures: Iterable[Figure], facts: Iterable[Fact] = (), on: date | None = None
) -> tuple[ThenNow, ...]:
    """Return, per time-bound quantity and state, what held at the article's date and on ``on``.

    Both sides come from the one validity rule; a quantity known on only one side is left out.
    """
    on = on or date.today()
    figures = list(figures)
    facts = list(facts)
    result: list[ThenNow] = []
    quantities = dict.fromkeys(f.quantity for f in figures if f.quantity in TIME_BOUND_QUANTITIES)
    for quantity in quantities:
        then = figures_on(figures, ARTICLE_DATE, quantity)
        now = figures_on(figures, on, quantity)
        if then and now:
            result.append(ThenNow(quantity, then, now))
    labels = dict.fromkeys(f.label for f in facts if f.is_state)
    for label in labels:
        then_states = states_on(facts, ARTICLE_DATE, label)
        now_states = states_on(facts, on, label)
        if then_states and now_states:
            then_held = tuple(h for state in then_states for h in state.held)
            now_held = tuple(h for state in now_states for h in state.held)
            result.append(ThenNow(label, then_held, now_held))
    return tuple(result)


def source_comparison(
    service: SeriesSource, source_ids: Sequence[str], on: date | None = None
) -> SourceComparison:
    """Return the chosen sources' lengths side by side, bars in the first source's order.

    Raise ItemNotFoundError naming the sources that can be compared when one cannot.
    """
    available = [option.ref.id for option in service.chart_sources()]
    unknown = [s for s in source_ids if s not in available]
    if unknown or not source_ids:
        raise ItemNotFoundError(
            translate(
                "Compare", "cannot compare {unknown}; sources giving all five lengths: {known}"
            ).format(
                unknown=", ".join(unknown) or translate("Compare", "no sources"),
                known=", ".join(available),
            )
        )
    series = series_of(service, list(dict.fromkeys(source_ids)))
    order = [bar.key for bar in series[0].bars]
    aligned = tuple(_reorder(s, order) for s in series)
    return SourceComparison(aligned, series[0].edition, on)


def _reorder(series: SegmentSeries, order: Sequence[str]) -> SegmentSeries:
    in_order = len(series.bars) == len(order) and all(
        bar.key == key for bar, key in zip(series.bars, order, strict=False)
    )
    if in_order and series.on is None:
        return series  # as it would be made again (the first series, and most others)
    by_key = {bar.key: bar for bar in series.bars}
    if set(by_key) != set(order):
        raise ItemNotFoundError(
            translate("Compare", "{source} does not give the same borders").format(
                source=series.source.ref.id
            )
        )
    return SegmentSeries(
        source=series.source,
        bars=tuple(by_key[key] for key in order),
        edition=series.edition,
        stated_total=series.stated_total,
        notes=series.notes,
    )


def default_comparison_ids(available: Sequence[str]) -> tuple[str, ...]:
    """Return the sources the grouped chart starts with, those of them the dataset has."""
    chosen = tuple(s for s in DEFAULT_COMPARISON if s in available)
    return chosen or tuple(available[:3])


def lengths_page(service: SeriesSource) -> LengthsPage:
    """Return every chart source's lengths and totals side by side, with the reasons."""
    ids = [option.ref.id for option in service.chart_sources()]
    comparison = source_comparison(service, ids)
    totals = length_totals(service)  # not the whole overview: its lists are long in a pack
    return LengthsPage(
        comparison=comparison, totals=totals.totals, discrepancies=totals.discrepancies
    )
