"""Tables too long for a page: Lengths by source and the grid of a large pack, row by row.

A page's HTML is laid out whole: a table of two thousand borders by a thousand organisations
cannot be. Such a page shows its summary as HTML and its table in a table view, which reads
only the cells it draws (``PageTable.cell``); a small dataset's page stays all HTML.
"""

from __future__ import annotations

from collections.abc import Callable

from borderdesk.core.format import format_number
from borderdesk.core.i18n import translate
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.pages import LengthsPage, OrganisationGrid, Page, needs_table_view
from borderdesk.core.record import frozen
from borderdesk.gui.pages.grid import cell_text, now_label


@frozen
class PageTable:
    """A page's long table: its headings, how many rows, and each cell as it is drawn."""

    title: str
    headers: tuple[str, ...]
    row_count: int
    cell: Callable[[int, int], str]  # (row, column) -> text
    row_ref: Callable[[int], ItemRef]  # what selecting a row opens
    numeric: frozenset[int] = frozenset()  # columns of numbers, aligned right


def page_table(page: Page) -> PageTable | None:
    """Return the table view's table for a big page, or None."""
    if not needs_table_view(page):
        return None
    if isinstance(page, LengthsPage):
        return _lengths_table(page)
    if isinstance(page, OrganisationGrid):
        return _grid_table(page)
    return None  # pragma: no cover - needs_table_view knows only these two


def _lengths_table(page: LengthsPage) -> PageTable:
    comparison = page.comparison
    keys, labels, series = comparison.keys, comparison.labels, comparison.series

    def cell(row: int, column: int) -> str:
        if column == 0:
            return labels[row]
        return format_number(series[column - 1].bars[row].value)

    return PageTable(
        title=translate("BigTables", "Lengths of all {count} borders by source (km)").format(
            count=format_number(len(keys))
        ),
        headers=(
            translate("BigTables", "Border"),
            *(
                translate("BigTables", "{source} (km)").format(source=s.source.ref.label)
                for s in series
            ),
        ),
        row_count=len(keys),
        cell=cell,
        row_ref=lambda row: ItemRef(ItemKind.BORDER, keys[row]),
        numeric=frozenset(range(1, len(series) + 1)),
    )


def _grid_table(grid: OrganisationGrid) -> PageTable:
    chained = [len(column.organisations) > 1 for column in grid.columns]
    now = now_label(grid)

    def cell(row: int, column: int) -> str:
        if column == 0:
            return grid.rows[row].border.title
        found = grid.rows[row].cells[column - 1]
        text = cell_text(found, chained=chained[column - 1], then_year=grid.then_label, now=now)
        sources = ", ".join(source.label for source in found.sources)
        return f"{text} — {sources}" if sources else text

    return PageTable(
        title=translate(
            "BigTables", "All {borders} borders × {organisations} organisations"
        ).format(
            borders=format_number(len(grid.rows)), organisations=format_number(len(grid.columns))
        ),
        headers=(translate("BigTables", "Neighbour"), *(column.title for column in grid.columns)),
        row_count=len(grid.rows),
        cell=cell,
        row_ref=lambda row: grid.rows[row].border.ref,
    )
