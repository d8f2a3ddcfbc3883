"""The borders x organisations grid: shared memberships at the article's date and now."""

from __future__ import annotations

from datetime import date

from borderdesk.core.as_of import as_of_label, format_day, format_when
from borderdesk.core.dates import format_date
from borderdesk.core.format import format_number
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
    Standing.SUSPENDED: "◑",
    Standing.OBSERVER: "◐",
    Standing.FORMER: "✗",
    Standing.NOT_MEMBER: "✗",
}


def status_text(status: GridStatus, when: str, *, chained: bool, then_year: str) -> str:
    """Return one date's standing: ``✓ 2012``, ``✓ 2026 (EAEU, since 2015)``, ``✗ 2026: left …``."""
    symbol = SYMBOLS[status.standing]
    year = status.since[:4]
    seen = ""
    if not status.confirmed and status.last_confirmed:
        seen = translate("GridPage", "last confirmed {date}").format(
            date=format_when(status.last_confirmed)
        )
    match status.standing:
        case Standing.SHARED:
            details = [", ".join(status.organisations)] if chained else []
            if year and year > then_year:
                details.append(translate("GridPage", "since {year}").format(year=year))
            text = f"{symbol} {when}" + (f" ({', '.join(details)})" if details else "")
            return text + (f" ({seen})" if seen else "")
        case Standing.SUSPENDED:
            text = translate("GridPage", "{when}: member, participation suspended or frozen")
        case Standing.OBSERVER:
            if year:
                text = translate("GridPage", "{when}: observer or partner, since {year}")
            else:
                text = translate("GridPage", "{when}: observer or partner")
        case Standing.FORMER:
            if year:
                text = translate("GridPage", "{when}: left {year}")
            else:
                text = translate("GridPage", "{when}: former member")
        case _:
            text = translate("GridPage", "{when}: not a member")
    line = f"{symbol} " + text.format(when=when, year=year)
    kept = status.standing in (Standing.SUSPENDED, Standing.OBSERVER)
    return f"{line}; {seen}" if seen and kept else line


def now_label(grid: OrganisationGrid) -> str:
    """Return how the grid names the date viewed: its year, or the whole date in the article's."""
    on = date.fromisoformat(grid.now_date)
    return str(on.year) if str(on.year) != grid.then_label else format_day(on)


def cell_text(cell: GridCell, *, chained: bool, then_year: str, now: str) -> str:
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
            "✓ both members · ◑ the neighbour's participation is suspended or frozen · "
            "◐ the neighbour is an observer or partner · ✗ not shared. "
            "“{then}” is the article's date (early to mid {then}, inferred; compared as "
            "{then_date}); “{now}” is the date viewed, {now_date}. A membership no source "
            "confirms on that day is marked “last confirmed”. A column joins an organisation "
            "with its predecessors.",
        ).format(
            then=grid.then_label,
            then_date=format_date(grid.then_date),
            now=now_label(grid),
            now_date=format_day(on),
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
        translate("GridPage", "Comparison · {as_of}").format(as_of=as_of_label(on)),
        body,
        record=grid,
    )


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
    neighbour = esc(translate("GridPage", "Neighbour"))
    return (
        '<table cellspacing="0" cellpadding="4">'
        f"<tr><th>{neighbour}</th>{head}</tr>{''.join(rows)}</table>"
    )
