"""The timeline: every event in the dataset, in date order, with its sources."""

from __future__ import annotations

from borderdesk.core.format import format_date
from borderdesk.core.i18n import Counted, translate
from borderdesk.core.pages import Timeline
from borderdesk.gui.pages.html_blocks import (
    esc,
    item_link,
    page,
    paragraph,
    source_link,
    table,
    worded,
)


def render_timeline(timeline: Timeline) -> str:
    """Return every event as a row: date, title (a link), one line, sources."""
    rows = [
        (
            esc(" – ".join(format_date(part) for part in entry.date.split("/"))),
            f"<b>{item_link(entry.event)}</b>",
            worded(entry, "summary"),
            ", ".join(source_link(s) for s in entry.sources) or "—",
        )
        for entry in timeline.entries
    ]
    headers = (
        translate("TimelinePage", "Date"),
        translate("TimelinePage", "Event"),
        translate("TimelinePage", "In one line"),
        translate("TimelinePage", "Sources"),
    )
    body = paragraph(
        translate(
            "TimelinePage",
            "Independence, the organisations, the border treaties and demarcation, and the "
            "events the article refers to, oldest first. Select an event for its sources and "
            "details.",
        )
    ) + table(headers, rows, set())
    count = Counted.tr("%n event(s)", "", len(timeline.entries))
    return page(translate("TimelinePage", "Timeline"), count, body, record=timeline)
