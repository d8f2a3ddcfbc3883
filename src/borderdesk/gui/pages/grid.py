"""The borders x organisations grid: shared memberships at the article's date and now."""

from __future__ import annotations

from datetime import date

from borderdesk.core.as_of import format_day, format_when
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
    Standing.SUSPENDED: "◑",
    Standing.OBSERVER: "◐",
    Standing.FORMER: "✗",
    Standing.NOT_MEMBER: "✗",
}


def status_text(status: GridStatus, when: str, *, chained: bool, then_year: str) -> str:
    """Return one date's standing: ``✓ 2012``, ``✓ now (EAEU, since 2015)``, ``✗ now: left …``."""
    symbol = SYMBOLS[status.standing]
    year = status.since[:4]
    seen = (
        f"; last confirmed {format_when(status.last_confirmed)}"
        if not status.confirmed and status.last_confirmed
        else ""
    )
    match status.standing:
        case Standing.SHARED:
            details = [", ".join(status.organisations)] if chained else []
            if year and year > then_year:
                details.append(f"since {year}")
            text = f"{symbol} {when}" + (f" ({', '.join(details)})" if details else "")
            return text + (f" ({seen[2:]})" if seen else "")
        case Standing.SUSPENDED:
            return f"{symbol} {when}: member, participation suspended or frozen{seen}"
        case Standing.OBSERVER:
            since = f", since {year}" if year else ""
            return f"{symbol} {when}: observer or partner{since}{seen}"
        case Standing.FORMER:
            return f"{symbol} {when}: left {year}" if year else f"{symbol} {when}: former member"
    return f"{symbol} {when}: not a member"


def cell_text(cell: GridCell, *, chained: bool, then_year: str, now: str = "now") -> str:
    """Return a cell's two standings as one line: ``✓ 2012 · ✓ 2026``."""
    then = status_text(cell.then, then_year, chained=chained, then_year=then_year)
    later = status_text(cell.now, now, chained=chained, then_year=then_year)
    return f"{then} · {later}"


def _column_head(column: GridColumn) -> str:
    links = [item_link(link) for link in column.organisations]
    if len(links) == 1:
        return links[0]
    return f"{', '.join(links[:-1])} → {links[-1]}"


_CSS = {Standing.SHARED: "check", Standing.SUSPENDED: "then", Standing.OBSERVER: "then"}


def _status_html(status: GridStatus, when: str, *, chained: bool, then_year: str) -> str:
    text = esc(status_text(status, when, chained=chained, then_year=then_year))
    return f'<span class="{_CSS.get(status.standing, "source")}">{text}</span>'


def _cell_html(cell: GridCell, *, chained: bool, then_year: str, now_label: str) -> str:
    # One line per date: the columns stay narrow enough for five organisations.
    then = _status_html(cell.then, then_year, chained=chained, then_year=then_year)
    now = _status_html(cell.now, now_label, chained=chained, then_year=then_year)
    text = f"{then}<br>{now}"
    notes = "".join(f'<br><span class="note">{esc(n)}</span>' for n in cell.notes)
    sources = ", ".join(source_link(s) for s in cell.sources)
    cited = f'<br><span class="source small">— {sources}</span>' if sources else ""
    return f"{text}{notes}{cited}"


def render_grid(grid: OrganisationGrid) -> str:
    """Return the grid as a table: a row per neighbour, a column per organisation (chain).

    A grid larger than a page lists goes to the table under the page (``big_tables``).
    """
    on = date.fromisoformat(grid.now_date)
    if needs_table_view(grid):
        grid_table = paragraph(
            f"The table below gives all {len(grid.rows):,} neighbours by "
            f"{len(grid.columns):,} organisations, each cell with its sources. Select a row "
            "to open its border."
        )
    else:
        grid_table = _grid_table(grid)
    key = paragraph(
        f"✓ both members · ◑ the neighbour's participation is suspended or frozen · "
        f"◐ the neighbour is an observer or partner · ✗ not shared. "
        f"“{grid.then_label}” is the article's date (early to mid {grid.then_label}, inferred; "
        f"compared as {grid.then_date}); “{now_label(grid)}” is the date viewed, "
        f"{format_day(on)}. A membership no source confirms on that day is marked "
        "“last confirmed”. A column joins an organisation with its predecessors."
    )
    body = (
        paragraph(
            "Which organisations each neighbour shares with Kazakhstan, computed from the "
            "membership records and their dates. The article links China's place outside "
            "the customs union to smuggling."
        )
        + grid_table
        + key
    )
    return page("Borders × organisations", f"Comparison · as of {format_day(on)}", body)


def now_label(grid: OrganisationGrid) -> str:
    """Return how the grid names the date viewed: its year, or the whole date in the article's."""
    on = date.fromisoformat(grid.now_date)
    return str(on.year) if str(on.year) != grid.then_label else on.isoformat()


def _grid_table(grid: OrganisationGrid) -> str:
    head = "".join(f"<th>{_column_head(c)}</th>" for c in grid.columns)
    label = now_label(grid)
    rows = []
    for row in grid.rows:
        cells = "".join(
            "<td>"
            + _cell_html(
                cell,
                chained=len(col.organisations) > 1,
                then_year=grid.then_label,
                now_label=label,
            )
            + "</td>"
            for cell, col in zip(row.cells, grid.columns, strict=True)
        )
        rows.append(f"<tr><td><b>{item_link(row.border)}</b></td>{cells}</tr>")
    return (
        '<table cellspacing="0" cellpadding="4">'
        f"<tr><th>Neighbour</th>{head}</tr>{''.join(rows)}</table>"
    )
