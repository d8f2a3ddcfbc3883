"""Lengths side by side: a border's lengths by source, totals by source, the lengths page.

Every row names its source, so every figure on these pages carries one.
"""

from __future__ import annotations

from collections.abc import Sequence

from borderdesk.core.compare import length_rows
from borderdesk.core.format import format_km, format_number, format_signed_km
from borderdesk.core.format import format_signed_percent as signed_percent
from borderdesk.core.model import Fact, Figure, ItemKind, ItemRef
from borderdesk.core.pages import LengthRow, LengthsPage
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
)

# Totals agree when they differ by less than this (published lengths carry 2 decimals at most).
TOTAL_TOLERANCE_KM = 0.01

COMPARISON_HEADERS = ("Source", "As of", "Length", "vs article", "Per cent", "Why it differs")
TOTAL_HEADERS = ("Source", "As of", "Total", "vs article", "Per cent", "Why it differs")
WHY_TITLE = "Why the lengths differ"


def _why(row: LengthRow) -> str:
    f = row.figure
    if row.is_reference:
        why = '<span class="default">Reference:</span> the figure every row is compared with.'
    else:
        why = esc(f.reason) if f.reason else '<span class="note">No reason recorded.</span>'
    note = f' <span class="note">{esc(f.note)}</span>' if f.note else ""
    return why + note + quotation(f.quote, f.quote_translation)


def comparison_rows(lengths: Sequence[Figure]) -> list[tuple[str, ...]]:
    """Return the table cells of lengths compared with the reference: km, per cent, why."""
    cells: list[tuple[str, ...]] = []
    for row in length_rows(lengths):
        f = row.figure
        source = source_link(f.source)
        if row.is_reference:
            source += ' <span class="default">(reference)</span>'
        delta = "—" if row.delta_km is None else esc(format_signed_km(row.delta_km))
        share = "—" if row.delta_share is None else esc(signed_percent(row.delta_share))
        as_of = esc(f.as_of or f.source.date or "undated")
        cells.append((source, as_of, esc(format_km(f.value)), delta, share, _why(row)))
    return cells


def comparison_table(lengths: Sequence[Figure], headers: Sequence[str] = COMPARISON_HEADERS) -> str:
    """Return the lengths of one border (or the totals) by source, the article's first."""
    rows = comparison_rows(lengths)
    return table(headers, rows, {2, 3, 4}) if rows else ""


def why_section(discrepancies: Sequence[Fact], more: str = "") -> str:
    """Return the short, sourced explanation of why the sources' lengths differ, and more."""
    return section(WHY_TITLE, fact_list(discrepancies) + more)


def render_lengths_page(lengths: LengthsPage) -> str:
    """Return every chart source's five lengths and totals, each row with its source."""
    comparison = lengths.comparison
    headers = ("Source", *comparison.labels, "Sum", "Stated total", "Check")
    border_links = [
        ref_link(ItemRef(ItemKind.BORDER, key), label)
        for key, label in zip(comparison.keys, comparison.labels, strict=True)
    ]
    rows = []
    for series in comparison.series:
        values = [esc(format_number(bar.value)) for bar in series.bars]
        stated = series.stated_total
        check = "—"
        if stated is not None:
            gap = stated - series.total
            check = (
                '<span class="check">✓ adds up</span>'
                if abs(gap) < TOTAL_TOLERANCE_KM
                else f'<span class="warning">⚠ stated total is {esc(format_signed_km(gap))} '
                f"off its parts</span>"
            )
        rows.append(
            (
                source_link(series.source.ref),
                *values,
                esc(format_km(series.total)),
                esc(format_km(stated)) if stated is not None else "—",
                check,
            )
        )
    numeric = set(range(1, len(headers) - 1))
    head = table(headers, rows, numeric)
    # The header row holds plain names; link the borders under the table.
    borders = f"<p>Borders: {', '.join(border_links)}</p>"
    body = (
        paragraph(
            "Each row is one source that gives a length for all five borders, in km. "
            "Tick “Compare sources” under the chart to see them as grouped bars."
        )
        + section("Lengths by source (km)", head + borders)
        + section(
            "Totals compared with the article", comparison_table(lengths.totals, TOTAL_HEADERS)
        )
        + why_section(lengths.discrepancies)
    )
    return page("Lengths by source", "Comparison", body)
