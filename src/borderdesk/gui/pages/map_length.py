"""The border page's "Why do the lengths differ?" block: the map line's length beside the sources'.

In our own words: a line drawn with fewer points cuts the corners of every bend, so the same
border measured on a coarser map comes out shorter (the coastline paradox).
"""

from __future__ import annotations

from borderdesk.core.format import format_km, format_percent
from borderdesk.core.model import Figure, MapMeasure
from borderdesk.gui.pages.html_blocks import esc, section, source_link

WHY_SHORTER = (
    "A border on a map is a chain of straight steps between points. The fewer the points, the "
    "more of each river bend and mountain zig-zag is cut short, so the same border measured on "
    "a coarser map comes out shorter, and measured on ever finer maps it keeps growing: the "
    "coastline paradox. The map here is a small-scale world map (roughly one point per hundred "
    "kilometres of border), so its line is the shortest of all. The published figures come "
    "from surveys and large-scale maps that follow the border's real course; they also differ "
    "among themselves because the sources measured at different scales and times, before or "
    "after the line was agreed and marked on the ground, and did not always count the same "
    "stretches."
)


def map_length_section(measure: MapMeasure | None, lengths: tuple[Figure, ...]) -> str:
    """Return the section, or nothing when the page has no map line."""
    if measure is None:
        return ""
    rows = [
        (
            f"Map line, {esc(measure.scale)} ({measure.points} points)",
            measure.length_km,
            source_link(measure.source),
        ),
        (
            f"Same line, every other point ({measure.coarser_points} points)",
            measure.coarser_km,
            f"{source_link(measure.source)}, thinned here",
        ),
    ]
    rows += [
        (esc(figure.source.label), figure.value, source_link(figure.source)) for figure in lengths
    ]
    longest = max(value for _, value, _ in rows) or 1.0
    body = "".join(
        f"<tr><td>{label}</td><td align='right'>{esc(format_km(round(value)))}</td>"
        f"<td align='right'>{esc(format_percent(value / longest))}</td><td>{cited}</td></tr>"
        for label, value, cited in rows
    )
    table = (
        "<table class='lengths' cellspacing='0' cellpadding='3'>"
        "<tr><th align='left'>Measured</th><th>Length</th><th>Of the longest</th>"
        "<th align='left'>Source</th></tr>"
        f"{body}</table>"
    )
    note = (
        "<p>The map line's length is the sum of the great-circle distances between its points, "
        "on a sphere of the Earth's mean radius.</p>"
    )
    return section("Why do the lengths differ?", table + f"<p>{esc(WHY_SHORTER)}</p>" + note)
