"""The side-by-side pages as a reader sees them, on the bundled database.

Cells of the comparison tables and of the grid, the timeline's rows in order, the as-of
labels then and now, the corrections of the article and the quotes' attribution status.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date

import pytest

from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.pages import GRID_REF, LENGTHS_REF, TIMELINE_REF
from borderdesk.core.service import ReferenceService, load_detail
from borderdesk.data.store import open_store
from borderdesk.gui.pages.detail_html import render_detail


def cells(fragment: str) -> str:
    """Return a fragment's text: inline tags joined, others spaced, entities decoded."""
    inline_joined = re.sub(r"</?(?:a|span|b|i|code)\b[^>]*>", "", fragment)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", inline_joined)).split())


def rows_of(page: str, table_index: int = 0) -> list[list[str]]:
    """Return the rows of one table of a page, each as the text of its cells."""
    tables = re.findall(r"<table\b.*?</table>", page, flags=re.S)
    rows = re.findall(r"<tr>(.*?)</tr>", tables[table_index], flags=re.S)
    return [[cells(c) for c in re.findall(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", r, re.S)] for r in rows]


def text_of(page: str) -> str:
    """Return the page as a reader sees it (style sheet dropped)."""
    return cells(re.sub(r"<style>.*?</style>", "", page, flags=re.S))


@pytest.fixture(scope="module")
def service() -> Iterator[ReferenceService]:
    """Return the bundled database, opened as the app opens it."""
    store = open_store()
    yield store
    store.close()


TODAY = date(2026, 12, 3)


def page(service: ReferenceService, ref: ItemRef, on: date = TODAY) -> str:
    """Render an item's page as the detail pane does, as of a day."""
    return render_detail(load_detail(service, ref, on), on)


def test_a_borders_lengths_by_source_with_km_per_cent_and_why(service: ReferenceService) -> None:
    russia = page(service, ItemRef(ItemKind.BORDER, "kz-ru"))
    rows = rows_of(russia)

    assert rows[0] == ["Source", "As of", "Length", "vs article", "Per cent", "Why it differs"]
    assert rows[1][:5] == ["Article (c. 2012) (reference)", "c. 2012", "6,846 km", "—", "—"]
    by_source = {row[0]: row for row in rows[2:]}
    assert by_source["IWPR, January 2005"][1:5] == [
        "18 January 2005",
        "7,591 km",
        "+745 km",
        "+10.9%",
    ]
    cia = by_source["CIA World Factbook 2015–2025"]
    assert cia[2:5] == ["7,644 km", "+798 km", "+11.7%"]
    assert cia[5].startswith("The CIA re-measured land boundaries across the whole Factbook")
    assert [row[0] for row in rows[1:4]] == [
        "Article (c. 2012) (reference)",
        "CIA World Factbook 1992–2007",
        "IWPR, January 2005",
    ]
    assert "Why the lengths differ" in text_of(russia)


def test_turkmenistans_demarcated_line_is_the_largest_relative_change(
    service: ReferenceService,
) -> None:
    rows = rows_of(page(service, ItemRef(ItemKind.BORDER, "kz-tm")))
    demarcated = next(row for row in rows if row[0].startswith("Kazakh ratification law"))

    assert demarcated[2:5] == ["458.263 km", "+79.263 km", "+20.9%"]
    assert "demarcated under the 2017 agreement" in demarcated[5]


def test_the_overview_totals_by_source_and_population_then_and_now(
    service: ReferenceService,
) -> None:
    overview = page(service, OVERVIEW_REF)
    text = text_of(overview)

    totals = rows_of(overview, 1)
    assert [row[2:5] for row in totals[1:]] == [
        ["12,012 km", "—", "—"],
        ["12,012 km", "±0 km", "±0%"],
        ["12,185 km", "+173 km", "+1.4%"],
        ["13,364 km", "+1,352 km", "+11.3%"],
        ["13,392.6 km", "+1,380.6 km", "+11.5%"],
    ]
    assert "42.7 km" in totals[-1][5]
    assert "Why the lengths differ" in text
    assert (
        "Population 16,000,000 people — Article (c. 2012), as of c. 2012 "
        "20,432,662 people — CIA World Factbook 2025, as of 2025" in text
    )


def test_the_lengths_page_lines_sources_up_and_checks_their_totals(
    service: ReferenceService,
) -> None:
    rows = rows_of(page(service, LENGTHS_REF))

    assert rows[0] == [
        "Source",
        "Russia",
        "Uzbekistan",
        "China",
        "Kyrgyzstan",
        "Turkmenistan",
        "Sum",
        "Stated total",
        "Check",
    ]
    assert rows[3] == [
        "CIA World Factbook 2008–2014",
        "6,846",
        "2,203",
        "1,533",
        "1,224",
        "379",
        "12,185 km",
        "12,185 km",
        "✓ adds up",
    ]
    assert rows[5][0] == "Kyrgyz MFA country information (c. 2018)"
    assert rows[5][6:] == ["13,349.9 km", "13,392.6 km", "⚠ stated total is +42.7 km off its parts"]


def test_the_grid_shows_each_neighbour_then_and_now(service: ReferenceService) -> None:
    rows = rows_of(page(service, GRID_REF))
    header, body = rows[0], {row[0]: row[1:] for row in rows[1:]}

    assert header == ["Neighbour", "CSTO", "SCO", "CICA", "CARICC", "CU, SES → EAEU"]
    assert list(body) == ["Russia", "Uzbekistan", "China", "Kyrgyzstan", "Turkmenistan"]
    assert body["Russia"][0].startswith("✓ 2012 ✓ 2026")
    assert body["Russia"][4].startswith("✓ 2012 (CU, SES) ✓ 2026 (EAEU, since 2015")
    assert body["Uzbekistan"][0].startswith("✓ 2012 ✗ 2026: left 2012")
    assert body["China"][4].startswith("✗ 2012: not a member ✗ 2026: not a member ")
    assert (
        "Outside the Customs Union, which the article says tempts smugglers." in (body["China"][4])
    )
    assert body["Kyrgyzstan"][4].startswith("✗ 2012: not a member ✓ 2026 (EAEU, since 2015")
    assert body["Turkmenistan"][2].startswith(
        "✗ 2012: not a member ◐ 2026: observer or partner, since 2021"
    )
    assert all("— " in cell for row in body.values() for cell in row), "every cell is cited"


def test_the_timeline_rows_are_in_date_order(service: ReferenceService) -> None:
    rows = rows_of(page(service, TIMELINE_REF))
    events = [row[1] for row in rows[1:]]

    assert rows[0] == ["Date", "Event", "In one line", "Sources"]
    assert rows[1][:2] == ["16 December 1991", "Independence of Kazakhstan"]
    assert events.index("Ethnic clashes in Osh and Jalal-Abad") < events.index(
        "Terrorist attacks in Kazakhstan"
    )
    assert events[-1] == "Kazakhstan–Uzbekistan border demarcation treaty"
    assert all(row[3] != "—" for row in rows[1:])


def test_an_organisation_shows_then_and_now_and_its_corrections(
    service: ReferenceService,
) -> None:
    cica = text_of(page(service, ItemRef(ItemKind.ORGANISATION, "cica")))
    sco = text_of(page(service, ItemRef(ItemKind.ORGANISATION, "sco")))

    # Then: the article's count and the dated count it agrees with; now: the latest count,
    # only last confirmed (no source is dated on the day shown).
    assert "24 states — China Daily, 20 May 2014, as of 2011" in cica
    assert "24 states — Article (c. 2012), as of c. 2012" in cica
    assert "28 states — Daily Sabah, 5 February 2025, as of 5 February 2025 (last confirmed" in cica
    assert "Corrections and notes Correction of the article: The article calls the SCO" in sco


def test_quotes_show_their_attribution_status(service: ReferenceService) -> None:
    minister = text_of(page(service, ItemRef(ItemKind.PERSON, "dzhaksybekov")))
    sanderson = text_of(page(service, ItemRef(ItemKind.PERSON, "sanderson")))

    assert minister.count("Attribution: “said” — provenance unconfirmed") == 3
    assert "editor's query" in minister
    assert "Attribution: “told EdgeKz magazine” — as published." in sanderson
    assert "Correction of the article: The article describes him as co-director" in sanderson


def test_the_china_page_asks_why_the_lengths_differ_once(service: ReferenceService) -> None:
    text = text_of(page(service, ItemRef(ItemKind.BORDER, "kz-cn")))

    assert text.count("Why the lengths differ") == 1
    assert "Why do the lengths differ" not in text
    assert "Measured along the map line" in text


def test_a_quote_under_a_cited_fact_is_not_cited_a_second_time(
    service: ReferenceService,
) -> None:
    text = text_of(page(service, ItemRef(ItemKind.BORDER, "kz-cn")))

    cited = "— Article (c. 2012), as of c. 2012 “it is a growing challenge on the border of China”"
    assert cited in text
    assert "“it is a growing challenge on the border of China” — Article" not in text
    # Every quote of the article's on the page follows its one citation.
    assert "” — Article (c. 2012)" not in text
