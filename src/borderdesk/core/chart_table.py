"""The chart's figures as a table, and that table as CSV: plain data for the table view.

One row per border in the chart's order. One source gives the columns Border, Length (km),
Share of total and Source; a comparison gives Border and one length column per source. Each
cell keeps the text shown, the value it sorts by and the text written to CSV, so a sort is
numeric and a spreadsheet reads plain numbers. A total row (the sum of the borders' lengths)
follows the borders; the CSV ends with a line naming the source(s) and the dataset edition,
as every chart caption does.
"""

from __future__ import annotations

import csv
import io

from borderdesk.core.chart_text import series_total
from borderdesk.core.format import (
    chart_caption,
    comparison_caption,
    format_number,
    format_percent,
    plain_number,
)
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.model import SegmentSeries
from borderdesk.core.pages import ChartView, SourceComparison
from borderdesk.core.record import frozen

CONTEXT = "ChartTable"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as a formula
TOTAL_LABEL = QT_TRANSLATE_NOOP("ChartTable", "Total")  # the total row's first cell


@frozen
class TableCell:
    """One cell: the text shown, the value a sort compares and the text written to CSV."""

    text: str  # "6,846", "57%", "Russia" (numbers as the interface language writes them)
    value: float | str  # 6846.0, 0.5699…, "Russia"
    csv: str  # "6846", "57%", "Russia" (numbers plain, as every spreadsheet reads them)


@frozen
class TableRow:
    """One border's cells, in column order."""

    key: str  # border key
    cells: tuple[TableCell, ...]


@frozen
class FigureTable:
    """The chart's figures as rows and columns, with the line naming where they come from."""

    headers: tuple[str, ...]
    numeric: tuple[bool, ...]  # per column: numbers (right-aligned, sorted as numbers)
    rows: tuple[TableRow, ...]
    source_line: str  # the source(s) and the dataset edition
    total: TableRow | None = None  # the sum of the rows' lengths (key ""), after them

    def row_of(self, key: str) -> int:
        """Return the index of the row of a border; -1 when it has none."""
        return next((i for i, row in enumerate(self.rows) if row.key == key), -1)


def figure_table(view: ChartView) -> FigureTable:
    """Return the figures of one series or of a comparison as a table."""
    if isinstance(view, SourceComparison):
        return _comparison_table(view)
    return _series_table(view)


def table_csv(table: FigureTable) -> str:
    """Return the table as CSV: the header row, one row per border, then the source line.

    A text that a spreadsheet would run as a formula (``=HYPERLINK(…)`` as a pack's name)
    starts with an apostrophe, which spreadsheets show as text and do not run.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_as_text(header) for header in table.headers)
    for row in (*table.rows, *((table.total,) if table.total is not None else ())):
        writer.writerow(
            cell.csv if numeric else _as_text(cell.csv)
            for cell, numeric in zip(row.cells, table.numeric, strict=True)
        )
    writer.writerow([_as_text(table.source_line)])
    return buffer.getvalue()


def _as_text(text: str) -> str:
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def chart_csv(view: ChartView) -> str:
    """Return the figures the chart shows as CSV text."""
    return table_csv(figure_table(view))


def _series_table(series: SegmentSeries) -> FigureTable:
    total = series_total(series)
    label = series.source.ref.label
    rows = []
    for bar in series.bars:
        share = bar.value / total if total > 0 else 0.0
        share_text = format_percent(share) if total > 0 else ""
        share_csv = f"{round(share * 100)}%" if total > 0 else ""  # a spreadsheet's number
        rows.append(
            TableRow(
                bar.key,
                (
                    TableCell(bar.label, bar.label, bar.label),
                    _length(bar.value),
                    TableCell(share_text, share, share_csv),
                    TableCell(label, label, label),
                ),
            )
        )
    # The share of the sum is of the source's stated total, like the rows' (100% when the
    # five add up to it, as they do in every chart source).
    summed = series.total
    share_text = format_percent(summed / total) if total > 0 else ""
    total_row = TableRow(
        "",
        (
            _total_cell(),
            _length(summed),
            TableCell(share_text, summed / total if total > 0 else 0.0, share_text),
            TableCell(label, label, label),
        ),
    )
    return FigureTable(
        headers=(
            translate("ChartTable", "Border"),
            translate("ChartTable", "Length (km)"),
            translate("ChartTable", "Share of total"),
            translate("ChartTable", "Source"),
        ),
        numeric=(False, True, True, False),
        rows=tuple(rows),
        source_line=chart_caption(series.source.ref, series.edition),
        total=total_row,
    )


def _comparison_table(comparison: SourceComparison) -> FigureTable:
    rows = []
    for key, label in zip(comparison.keys, comparison.labels, strict=True):
        lengths = tuple(_length(comparison.value(source.id, key)) for source in comparison.sources)
        rows.append(TableRow(key, (TableCell(label, label, label), *lengths)))
    sources = comparison.sources
    sums = tuple(_length(series.total) for series in comparison.series)
    return FigureTable(
        headers=(
            translate("ChartTable", "Border"),
            *(translate("ChartTable", "{source} (km)").format(source=s.label) for s in sources),
        ),
        numeric=(False, *(True for _ in sources)),
        rows=tuple(rows),
        source_line=comparison_caption(sources, comparison.edition),
        total=TableRow("", (_total_cell(), *sums)),
    )


def _length(km: float) -> TableCell:
    return TableCell(format_number(km), km, plain_number(km))


def _total_cell() -> TableCell:
    """Return the total row's first cell, in the interface language."""
    label = translate("ChartTable", TOTAL_LABEL)
    return TableCell(label, label, label)
