"""Lengths side by side: a border's lengths by source, totals by source, the lengths page.

Every row names its source, so every figure on these pages carries one.
"""

from __future__ import annotations

from collections.abc import Sequence

from borderdesk.core.compare import length_rows
from borderdesk.core.dates import format_date
from borderdesk.core.format import format_km, format_number, format_signed_km
from borderdesk.core.format import format_signed_percent as signed_percent
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted, translate
from borderdesk.core.model import Fact, Figure, ItemKind, ItemRef
from borderdesk.core.pages import LengthRow, LengthsPage, SourceComparison, needs_table_view
from borderdesk.gui.pages.html_blocks import (
    esc,
    fact_list,
    page,
    paragraph,
    quotation,
    ref_link,
    section,
    source_link,
    table,
    worded,
)

# Totals agree when they differ by less than this (published lengths carry 2 decimals at most).
TOTAL_TOLERANCE_KM = 0.01
WHY_TITLE = QT_TRANSLATE_NOOP("LengthsPage", "Why the lengths differ")


def comparison_headers() -> tuple[str, ...]:
    """Return the headings of a border's lengths by source."""
    return (
        translate("LengthsPage", "Source"),
        translate("LengthsPage", "As of"),
        translate("LengthsPage", "Length"),
        translate("LengthsPage", "vs article"),
        translate("LengthsPage", "Per cent"),
        translate("LengthsPage", "Why it differs"),
    )


def total_headers() -> tuple[str, ...]:
    """Return the headings of the totals by source."""
    return (
        translate("LengthsPage", "Source"),
        translate("LengthsPage", "As of"),
        translate("LengthsPage", "Total"),
        translate("LengthsPage", "vs article"),
        translate("LengthsPage", "Per cent"),
        translate("LengthsPage", "Why it differs"),
    )


def _why(row: LengthRow) -> str:
    f = row.figure
    if row.is_reference:
        label = esc(translate("LengthsPage", "Reference:"))
        rest = esc(translate("LengthsPage", "the figure every row is compared with."))
        why = f'<span class="default">{label}</span> {rest}'
    elif f.reason:
        why = worded(f, "reason")
    else:
        none = esc(translate("LengthsPage", "No reason recorded."))
        why = f'<span class="note">{none}</span>'
    note = f' <span class="note">{worded(f, "note")}</span>' if f.note else ""
    return why + note + quotation(f.quote, f.quote_translation)


def comparison_rows(lengths: Sequence[Figure]) -> list[tuple[str, ...]]:
    """Return the table cells of lengths compared with the reference: km, per cent, why."""
    cells: list[tuple[str, ...]] = []
    for row in length_rows(lengths):
        f = row.figure
        source = source_link(f.source)
        if row.is_reference:
            reference = esc(translate("LengthsPage", "(reference)"))
            source += f' <span class="default">{reference}</span>'
        delta = "—" if row.delta_km is None else esc(format_signed_km(row.delta_km))
        share = "—" if row.delta_share is None else esc(signed_percent(row.delta_share))
        as_of = esc(format_date(f.as_of or f.source.date) or translate("LengthsPage", "undated"))
        cells.append((source, as_of, esc(format_km(f.value)), delta, share, _why(row)))
    return cells


def comparison_table(lengths: Sequence[Figure], headers: Sequence[str] | None = None) -> str:
    """Return the lengths of one border (or the totals) by source, the article's first."""
    rows = comparison_rows(lengths)
    return table(headers or comparison_headers(), rows, {2, 3, 4}) if rows else ""


def why_section(discrepancies: Sequence[Fact], more: str = "") -> str:
    """Return the short, sourced explanation of why the sources' lengths differ, and more."""
    return section(translate("LengthsPage", WHY_TITLE), fact_list(discrepancies) + more)


def _check(stated: float | None, total: float) -> str:
    if stated is None:
        return "—"
    gap = stated - total
    if abs(gap) < TOTAL_TOLERANCE_KM:
        adds_up = esc(translate("LengthsPage", "adds up"))
        return f'<span class="check">✓ {adds_up}</span>'
    off = translate("LengthsPage", "stated total is {difference} off its parts")
    off = off.format(difference=format_signed_km(gap))
    return f'<span class="warning">⚠ {esc(off)}</span>'


def _totals_table(comparison: SourceComparison) -> str:
    """Return each source's sum of its lengths against its stated total: one row a source."""
    rows = [
        (
            source_link(series.source.ref),
            esc(format_km(series.total)),
            esc(format_km(series.stated_total)) if series.stated_total is not None else "—",
            _check(series.stated_total, series.total),
        )
        for series in comparison.series
    ]
    headers = (
        translate("LengthsPage", "Source"),
        translate("LengthsPage", "Sum"),
        translate("LengthsPage", "Stated total"),
        translate("LengthsPage", "Check"),
    )
    return table(headers, rows, {1, 2})


def render_lengths_page(lengths: LengthsPage) -> str:
    """Return every chart source's lengths and totals, each row with its source.

    With more borders than a page lists, the lengths go to the table under the page
    (``big_tables``) and the page keeps each source's sum and stated total.
    """
    comparison = lengths.comparison
    count = len(comparison.keys)
    lengths_title = translate("LengthsPage", "Lengths by source (km)")
    if needs_table_view(lengths):
        lengths_part = section(
            lengths_title,
            paragraph(
                Counted.tr(
                    "The table below gives all {count} borders' lengths, one column per source "
                    "that gives a length for every border. Select a row to open its border.",
                    "",
                    count,
                ).format(count=format_number(count))
            )
            + _totals_table(comparison),
        )
    else:
        lengths_part = section(lengths_title, _lengths_table(comparison))
    body = (
        paragraph(
            Counted.tr(
                "Each row is one source that gives a length for all {count} borders, in km. "
                "Tick “Compare sources” under the chart to see them as grouped bars.",
                "",
                count,
            ).format(count=format_number(count))
        )
        + lengths_part
        + section(
            translate("LengthsPage", "Totals compared with the article"),
            comparison_table(lengths.totals, total_headers()),
        )
        + why_section(lengths.discrepancies)
    )
    return page(
        translate("LengthsPage", "Lengths by source"),
        translate("LengthsPage", "Comparison"),
        body,
        record=lengths,
    )


def _lengths_table(comparison: SourceComparison) -> str:
    headers = (
        translate("LengthsPage", "Source"),
        *comparison.labels,
        translate("LengthsPage", "Sum"),
        translate("LengthsPage", "Stated total"),
        translate("LengthsPage", "Check"),
    )
    border_links = [
        ref_link(ItemRef(ItemKind.BORDER, key), label)
        for key, label in zip(comparison.keys, comparison.labels, strict=True)
    ]
    rows = []
    for series in comparison.series:
        values = [esc(format_number(bar.value)) for bar in series.bars]
        stated = series.stated_total
        rows.append(
            (
                source_link(series.source.ref),
                *values,
                esc(format_km(series.total)),
                esc(format_km(stated)) if stated is not None else "—",
                _check(stated, series.total),
            )
        )
    numeric = set(range(1, len(headers) - 1))
    # The header row holds plain names; link the borders under the table.
    named = esc(translate("LengthsPage", "Borders:"))
    borders = f"<p>{named} {', '.join(border_links)}</p>"
    return table(headers, rows, numeric) + borders
