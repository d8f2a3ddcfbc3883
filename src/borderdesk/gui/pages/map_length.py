"""The map line's length beside the sources', in the border page's "Why the lengths differ".

In our own words: a line drawn with fewer points cuts the corners of every bend, so the same
border measured on a coarser map comes out shorter (the coastline paradox).
"""

from __future__ import annotations

from borderdesk.core.format import format_km, format_percent
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted, translate
from borderdesk.core.model import Figure, MapLength, MapMeasure
from borderdesk.gui.pages.html_blocks import esc, source_link

WHY_SHORTER = QT_TRANSLATE_NOOP(
    "MapLengthPage",
    "A border on a map is a chain of straight steps between points. The fewer the points, the "
    "more of each river bend and mountain zig-zag is cut short, so the same border measured on "
    "a coarser map comes out shorter, and measured on ever finer maps it keeps growing: the "
    "coastline paradox. The rows above show it on this border: Natural Earth's world map at "
    "1:110m, its 1:10m line (the one the map draws), and that line simplified as the map draws "
    "it when zoomed out. The published figures come from surveys and large-scale maps that "
    "follow the border's real course; they also differ among themselves because the sources "
    "measured at different scales and times, before or after the line was agreed and marked on "
    "the ground, and did not always count the same stretches.",
)
BAR_PX = 180  # the longest bar of the small chart


def _label(length: MapLength) -> str:
    if length.detail_km:
        return Counted.tr(
            "Map line {scale}, simplified to {length} (%n points)", "", length.points
        ).format(scale=length.scale, length=format_km(length.detail_km))
    return Counted.tr("Map line {scale} (%n points)", "", length.points).format(scale=length.scale)


MAP_TITLE = QT_TRANSLATE_NOOP("MapLengthPage", "Measured along the map line")


def map_length_block(measure: MapMeasure | None, lengths: tuple[Figure, ...]) -> str:
    """Return the map line's part of "Why the lengths differ", or nothing without a map line."""
    if measure is None:
        return ""
    rows = [
        (esc(_label(m)), m.length_km, source_link(m.source), "measured") for m in measure.lengths
    ]
    rows += [
        (esc(figure.source.label), figure.value, source_link(figure.source), "published")
        for figure in lengths
    ]
    longest = max(value for _, value, _, _ in rows) or 1.0
    body = "".join(
        f"<tr><td>{label}</td><td align='right'>{esc(format_km(round(value)))}</td>"
        f"<td><span style='background-color:{'#8E3B6B' if kind == 'measured' else '#0072B2'}'>"
        f"{'&nbsp;' * max(1, round(value / longest * BAR_PX / 6))}</span> "
        f"{esc(format_percent(value / longest))}</td><td>{cited}</td></tr>"
        for label, value, cited, kind in rows
    )
    measured = esc(translate("MapLengthPage", "Measured on the map line, then published"))
    length = esc(translate("MapLengthPage", "Length"))
    longest_head = esc(translate("MapLengthPage", "Of the longest"))
    source = esc(translate("MapLengthPage", "Source"))
    table = (
        "<table class='lengths' cellspacing='0' cellpadding='3'>"
        f"<tr><th align='left'>{measured}</th><th>{length}</th>"
        f"<th align='left'>{longest_head}</th><th align='left'>{source}</th></tr>"
        f"{body}</table>"
    )
    note = translate(
        "MapLengthPage",
        "Each map line's length is the sum of the great-circle distances between its points, "
        "on a sphere of the Earth's mean radius. These are lengths measured on map lines (purple "
        "bars), not published figures (blue bars).",
    )
    why = translate("MapLengthPage", WHY_SHORTER)
    title = translate("MapLengthPage", MAP_TITLE)
    return f"<h3>{esc(title)}</h3>{table}<p>{esc(why)}</p><p>{esc(note)}</p>"
