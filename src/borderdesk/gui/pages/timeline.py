"""The timeline: the events in the dataset in date order, with their sources."""

from __future__ import annotations

from borderdesk.core.dates import format_date
from borderdesk.core.format import format_number
from borderdesk.core.i18n import Counted, translate
from borderdesk.core.pages import Timeline
from borderdesk.gui.pages.html_blocks import (
    esc,
    item_link,
    more_note,
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
    later = translate("TimelinePage", "Every event is listed by date under Events in the list.")
    more = timeline.more
    body += more_note(more, Counted.tr("… and {count} more later event(s).", "", more), later)
    total = len(timeline.entries) + more
    count = Counted.tr("{count} event(s)", "", total).format(count=format_number(total))
    return page(translate("TimelinePage", "Timeline"), count, body, record=timeline)
