"""The border page's "Why do the lengths differ?" block beside the published lengths."""

from __future__ import annotations

from datetime import date

from borderdesk.core.model import MapMeasure
from borderdesk.core.sample import ART, SampleService
from borderdesk.gui.pages.detail_html import render_border
from borderdesk.gui.pages.map_length import WHY_SHORTER, map_length_section

MEASURE = MapMeasure(1234.4, 1069.0, 12, 7, ART, "1:110m")


def test_the_map_line_is_shown_beside_the_published_figures() -> None:
    border = SampleService().border("kz-cn")
    html = map_length_section(MEASURE, border.lengths)
    assert "Why do the lengths differ?" in html
    assert "Map line, 1:110m (12 points)" in html
    assert "1,234 km" in html
    assert "every other point (7 points)" in html
    assert "1,069 km" in html
    assert "1,533 km" in html  # the article's
    assert "1,765 km" in html  # the CIA's
    assert "coastline paradox" in WHY_SHORTER


def test_no_map_line_no_section() -> None:
    border = SampleService().border("kz-cn")
    assert map_length_section(None, border.lengths) == ""
    assert "Why do the lengths differ?" not in render_border(border, date(2026, 12, 3))


def test_the_border_page_includes_it() -> None:
    from dataclasses import replace

    border = replace(SampleService().border("kz-cn"), map_measure=MEASURE)
    assert "map line" in render_border(border, date(2026, 12, 3)).lower()
