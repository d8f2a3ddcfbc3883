"""Lengths side by side: a border's lengths by source, totals by source, the lengths page.

Every row names its source, so every figure on these pages carries one.
"""

from __future__ import annotations

from collections.abc import Sequence

from borderdesk.core.compare import length_rows
from borderdesk.core.format import format_date, format_km, format_number, format_signed_km
from borderdesk.core.format import format_signed_percent as signed_percent
from borderdesk.core.i18n import translate
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
    worded,
)

# Totals agree when they differ by less than this (published lengths carry 2 decimals at most).
TOTAL_TOLERANCE_KM = 0.01


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
    return why + note + quotation(f.quote, f.source, f.quote_translation)


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


def why_section(discrepancies: Sequence[Fact]) -> str:
    """Return the short, sourced explanation of why the sources' lengths differ."""
    return section(translate("LengthsPage", "Why the lengths differ"), fact_list(discrepancies))


def render_lengths_page(lengths: LengthsPage) -> str:
    """Return every chart source's five lengths and totals, each row with its source."""
    comparison = lengths.comparison
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
        check = "—"
        if stated is not None:
            gap = stated - series.total
            if abs(gap) < TOTAL_TOLERANCE_KM:
                adds_up = esc(translate("LengthsPage", "adds up"))
                check = f'<span class="check">✓ {adds_up}</span>'
            else:
                off = translate("LengthsPage", "stated total is {difference} off its parts")
                off = off.format(difference=format_signed_km(gap))
                check = f'<span class="warning">⚠ {esc(off)}</span>'
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
    named = esc(translate("LengthsPage", "Borders:"))
    borders = f"<p>{named} {', '.join(border_links)}</p>"
    body = (
        paragraph(
            translate(
                "LengthsPage",
                "Each row is one source that gives a length for all five borders, in km. "
                "Tick “Compare sources” under the chart to see them as grouped bars.",
            )
        )
        + section(translate("LengthsPage", "Lengths by source (km)"), head + borders)
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
