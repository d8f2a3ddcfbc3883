"""The map line's length beside the published lengths, in "Why the lengths differ"."""

from __future__ import annotations

from borderdesk.core.model import MapLength, MapMeasure
from borderdesk.core.sample import ART, SampleService
from borderdesk.gui.pages.detail_html import render_border
from borderdesk.gui.pages.map_length import WHY_SHORTER, map_length_block

MEASURE = MapMeasure(
    (
        MapLength("1:110m", 0.0, 12, 1234.0, ART),
        MapLength("1:10m", 4.0, 45, 1448.5, ART),
        MapLength("1:10m", 0.0, 331, 1501.6, ART),
    )
)


def test_the_map_line_is_shown_beside_the_published_figures() -> None:
    border = SampleService().border("kz-cn")
    html = map_length_block(MEASURE, border.lengths)
    assert "Measured along the map line" in html
    assert "Map line 1:110m (12 points)" in html
    assert "1,234 km" in html
    assert "Map line 1:10m, simplified to 4 km (45 points)" in html
    assert "1,448 km" in html  # 1,448.5 rounded to even
    assert "Map line 1:10m (331 points)" in html
    assert "1,502 km" in html
    assert MEASURE.finest.length_km == 1501.6
    assert "1,533 km" in html  # the article's
    assert "1,765 km" in html  # the CIA's
    assert "coastline paradox" in WHY_SHORTER
    # The small chart: one bar per row, the longest the full width.
    assert html.count("background-color:") == 3 + len(border.lengths)


def test_no_map_line_no_section() -> None:
    border = SampleService().border("kz-cn")
    assert map_length_block(None, border.lengths) == ""
    assert "Measured along the map line" not in render_border(border)


def test_the_border_page_includes_it() -> None:
    from dataclasses import replace

    border = replace(SampleService().border("kz-cn"), map_measure=MEASURE)
    html = render_border(border)
    assert "map line" in html.lower()
    # One heading over the sources' reasons and the map line: never two for one question.
    assert html.count("lengths differ") == 1
    assert html.index("Why the lengths differ") < html.index("Measured along the map line")
