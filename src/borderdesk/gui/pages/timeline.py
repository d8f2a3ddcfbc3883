"""The timeline: the events in the dataset in date order, with their sources."""

from __future__ import annotations

from borderdesk.core.pages import Timeline
from borderdesk.gui.pages.html_blocks import (
    esc,
    item_link,
    more_note,
    page,
    paragraph,
    source_link,
    table,
)


def render_timeline(timeline: Timeline) -> str:
    """Return every event as a row: date, title (a link), one line, sources."""
    rows = [
        (
            esc(entry.date.replace("/", " – ")),
            f"<b>{item_link(entry.event)}</b>",
            esc(entry.summary),
            ", ".join(source_link(s) for s in entry.sources) or "—",
        )
        for entry in timeline.entries
    ]
    body = paragraph(
        "Independence, the organisations, the border treaties and demarcation, and the events "
        "the article refers to, oldest first. Select an event for its sources and details."
    ) + table(("Date", "Event", "In one line", "Sources"), rows, set())
    later = "Every event is listed by date under Events in the list."
    body += more_note(timeline.more, "later events", later)
    count = len(timeline.entries) + timeline.more
    return page("Timeline", f"{count:,} events", body)
