"""The borders x organisations grid: shared memberships at the article's date and now."""

from __future__ import annotations

from borderdesk.core.format import format_date, format_number
from borderdesk.core.i18n import translate
from borderdesk.core.pages import (
    GridCell,
    GridColumn,
    GridStatus,
    OrganisationGrid,
    Standing,
    needs_table_view,
)
from borderdesk.gui.pages.html_blocks import esc, item_link, page, paragraph, source_link

SYMBOLS = {
    Standing.SHARED: "✓",
    Standing.OBSERVER: "◐",
    Standing.FORMER: "✗",
    Standing.NOT_MEMBER: "✗",
}


def status_text(status: GridStatus, when: str, *, chained: bool, then_year: str) -> str:
    """Return one date's standing: ``✓ 2012``, ``✓ now (EAEU, since 2015)``, ``✗ now: left …``."""
    symbol = SYMBOLS[status.standing]
    year = status.since[:4]
    match status.standing:
        case Standing.SHARED:
            details = [", ".join(status.organisations)] if chained else []
            if year and year > then_year:
                details.append(translate("GridPage", "since {year}").format(year=year))
            return f"{symbol} {when}" + (f" ({', '.join(details)})" if details else "")
        case Standing.OBSERVER:
            if year:
                text = translate("GridPage", "{when}: observer, since {year}")
            else:
                text = translate("GridPage", "{when}: observer")
            return f"{symbol} " + text.format(when=when, year=year)
        case Standing.FORMER:
            if year:
                text = translate("GridPage", "{when}: left {year}")
            else:
                text = translate("GridPage", "{when}: former member")
            return f"{symbol} " + text.format(when=when, year=year)
    return f"{symbol} " + translate("GridPage", "{when}: not a member").format(when=when)


def now_word() -> str:
    """Return the grid's word for the dataset's date: ``now``."""
    return translate("GridPage", "now")


def cell_text(cell: GridCell, *, chained: bool, then_year: str) -> str:
    """Return a cell's two standings as one line: ``✓ 2012 · ✓ now``."""
    then = status_text(cell.then, then_year, chained=chained, then_year=then_year)
    now = status_text(cell.now, now_word(), chained=chained, then_year=then_year)
    return f"{then} · {now}"


def _column_head(column: GridColumn) -> str:
    links = [item_link(link) for link in column.organisations]
    if len(links) == 1:
        return links[0]
    return f"{', '.join(links[:-1])} → {links[-1]}"


_CSS = {Standing.SHARED: "check", Standing.OBSERVER: "then"}


def _status_html(status: GridStatus, when: str, *, chained: bool, then_year: str) -> str:
    text = esc(status_text(status, when, chained=chained, then_year=then_year))
    return f'<span class="{_CSS.get(status.standing, "source")}">{text}</span>'


def _cell_html(cell: GridCell, *, chained: bool, then_year: str) -> str:
    # One line per date: the columns stay narrow enough for five organisations.
    then = _status_html(cell.then, then_year, chained=chained, then_year=then_year)
    now = _status_html(cell.now, now_word(), chained=chained, then_year=then_year)
    text = f"{then}<br>{now}"
    notes = "".join(f'<br><span class="note">{esc(n)}</span>' for n in cell.notes)
    sources = ", ".join(source_link(s) for s in cell.sources)
    cited = f'<br><span class="source small">— {sources}</span>' if sources else ""
    return f"{text}{notes}{cited}"


def render_grid(grid: OrganisationGrid) -> str:
    """Return the grid as a table: a row per neighbour, a column per organisation (chain).

    A grid larger than a page lists goes to the table under the page (``big_tables``).
    """
    if needs_table_view(grid):
        grid_table = paragraph(
            translate(
                "GridPage",
                "The table below gives all {neighbours} neighbours by {organisations} "
                "organisations, each cell with its sources. Select a row to open its border.",
            ).format(
                neighbours=format_number(len(grid.rows)),
                organisations=format_number(len(grid.columns)),
            )
        )
    else:
        grid_table = _grid_table(grid)
    key = paragraph(
        translate(
            "GridPage",
            "✓ both members · ◐ the neighbour is an observer · ✗ not shared. "
            "“{then}” is the article's date (early to mid {then}, inferred; compared as "
            "{then_date}); “{now}” is the dataset edition date, {now_date}. "
            "A column joins an organisation with its predecessors.",
        ).format(
            then=grid.then_label,
            then_date=format_date(grid.then_date),
            now=now_word(),
            now_date=format_date(grid.now_date),
        )
    )
    body = (
        paragraph(
            translate(
                "GridPage",
                "Which organisations each neighbour shares with Kazakhstan, computed from the "
                "membership records and their dates. The article links China's place outside "
                "the customs union to smuggling.",
            )
        )
        + grid_table
        + key
    )
    return page(
        translate("GridPage", "Borders × organisations"),
        translate("GridPage", "Comparison"),
        body,
        record=grid,
    )


def _grid_table(grid: OrganisationGrid) -> str:
    head = "".join(f"<th>{_column_head(c)}</th>" for c in grid.columns)
    rows = []
    for row in grid.rows:
        cells = "".join(
            f"<td>{_cell_html(cell, chained=len(col.organisations) > 1, then_year=grid.then_label)}"
            "</td>"
            for cell, col in zip(row.cells, grid.columns, strict=True)
        )
        rows.append(f"<tr><td><b>{item_link(row.border)}</b></td>{cells}</tr>")
    neighbour = esc(translate("GridPage", "Neighbour"))
    return (
        '<table cellspacing="0" cellpadding="4">'
        f"<tr><th>{neighbour}</th>{head}</tr>{''.join(rows)}</table>"
    )
