"""The bundled dataset side by side, checked against the fact sheet (sections 3, 6, 10, 11).

Lengths by source against the article's (km and per cent), the reasons, the totals, the grid
of shared memberships, the timeline, the values then and now, and the article's slips.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from borderdesk.core.compare import length_rows, lengths_page, sortable_date, then_and_now
from borderdesk.core.format import format_signed_km, format_signed_percent
from borderdesk.core.model import Fact, Figure, ItemKind
from borderdesk.core.pages import Standing
from borderdesk.core.service import ReferenceService
from borderdesk.core.validity import Held
from borderdesk.data.store import open_store


@pytest.fixture(scope="module")
def service() -> Iterator[ReferenceService]:
    """Return the service over the bundled database, as the app opens it."""
    store = open_store()
    yield store
    store.close()


def compared(service: ReferenceService, border: str) -> list[tuple[str, str, str]]:
    """Return (source id, difference in km, difference in per cent) rows of a border."""
    return [
        (
            row.figure.source.id,
            "—" if row.delta_km is None else format_signed_km(row.delta_km),
            "—" if row.delta_share is None else format_signed_percent(row.delta_share),
        )
        for row in length_rows(service.border(border).lengths)
    ]


# Fact sheet 3.3-3.7, "Alternative lengths": difference from the article, km and per cent.
FACT_SHEET = {
    "kz-ru": [
        ("ART", "—", "—"),
        ("CIA1992", "±0 km", "±0%"),
        ("IWPR2005", "+745 km", "+10.9%"),
        ("CIA2008", "±0 km", "±0%"),
        ("CIA2014", "+798 km", "+11.7%"),
        ("CIA2015", "+798 km", "+11.7%"),
        ("KGMFA", "+702.1 km", "+10.3%"),
        ("KABAR2019", "+752.8 km", "+11.0%"),
        ("WP-KZRU-OLD", "±0 km", "±0%"),
        ("WP-RU-KZRU", "+666.8 km", "+9.7%"),
        ("WP-KZRU", "+798 km", "+11.7%"),
    ],
    "kz-cn": [
        ("ART", "—", "—"),
        ("CIA1992", "±0 km", "±0%"),
        ("CIA2008", "±0 km", "±0%"),
        ("CIA2014", "+232 km", "+15.1%"),
        ("CIA2015", "+232 km", "+15.1%"),
        ("KGMFA", "+249.8 km", "+16.3%"),
        ("WP-CNKZ", "+249.75 km", "+16.3%"),
        ("WP-RU-CNKZ", "+249.75 km", "+16.3%"),
    ],
    "kz-kg": [
        ("ART", "—", "—"),
        ("CIA1992", "±0 km", "±0%"),
        ("CIA2008", "+173 km", "+16.5%"),
        ("CIA2015", "+161 km", "+15.3%"),
        ("KABAR2017", "+190 km", "+18.1%"),
        ("KGMFA", "+190.6 km", "+18.1%"),
        ("WP-PT-KZKG", "±0 km", "±0%"),
        ("WP-KZKG", "+161 km", "+15.3%"),
    ],
    "kz-tm": [
        ("ART", "—", "—"),
        ("CIA1992", "±0 km", "±0%"),
        ("CIA2008", "±0 km", "±0%"),
        ("CIA2015", "+34 km", "+9.0%"),
        ("KGMFA", "+47 km", "+12.4%"),
        ("ZAKON-KZTM", "+79.263 km", "+20.9%"),
        ("WP-KZTM", "+34 km", "+9.0%"),
        ("SOVLIM", "+58 km", "+15.3%"),
    ],
    "kz-uz": [
        ("ART", "—", "—"),
        ("CIA1992", "±0 km", "±0%"),
        ("CIA2008", "±0 km", "±0%"),
        ("CIA2015", "+127 km", "+5.8%"),
        ("KGMFA", "+148.4 km", "+6.7%"),
        ("AKIPRESS2022-UZ", "+153.666 km", "+7.0%"),
        ("KAZINFORM2023-UZ", "+154 km", "+7.0%"),
        ("WP-KZUZ", "+127 km", "+5.8%"),
    ],
}


@pytest.mark.parametrize("border", sorted(FACT_SHEET))
def test_lengths_compare_with_the_article_as_the_fact_sheet_does(
    service: ReferenceService, border: str
) -> None:
    assert compared(service, border) == FACT_SHEET[border]


@pytest.mark.parametrize("border", sorted(FACT_SHEET))
def test_rows_after_the_article_are_in_source_date_order_undated_last(
    service: ReferenceService, border: str
) -> None:
    rows = length_rows(service.border(border).lengths)
    dates = [row.figure.source.date for row in rows[1:]]
    dated = [d for d in dates if d]
    assert rows[0].figure.source.id == "ART"
    assert dated == sorted(dated, key=sortable_date)
    assert dates == dated + [""] * (len(dates) - len(dated))


@pytest.mark.parametrize("border", sorted(FACT_SHEET))
def test_every_length_but_the_articles_says_why_it_differs(
    service: ReferenceService, border: str
) -> None:
    detail = service.border(border)
    rows = length_rows(detail.lengths)
    assert rows[0].figure.reason == ""
    assert all(len(row.figure.reason) > 20 for row in rows[1:])
    assert len(detail.discrepancies) >= 3
    assert all(fact.label == "discrepancy" for fact in detail.discrepancies)


def test_the_reasons_name_the_causes_of_the_fact_sheet(service: ReferenceService) -> None:
    reasons = {
        (border, row.figure.source.id): row.figure.reason
        for border in FACT_SHEET
        for row in length_rows(service.border(border).lengths)
    }
    assert "Soviet-era maps" in reasons["kz-ru", "CIA1992"]
    assert "2005 state border treaty" in reasons["kz-ru", "IWPR2005"]
    assert "85.8 km Caspian section" in reasons["kz-ru", "WP-RU-KZRU"]
    assert "re-measured land boundaries across the whole Factbook" in reasons["kz-cn", "CIA2015"]
    assert "rivers and lakes" in reasons["kz-cn", "WP-RU-CNKZ"]
    assert "2017 demarcation treaty" in reasons["kz-kg", "KABAR2017"]
    assert "demarcated under the 2017 agreement" in reasons["kz-tm", "ZAKON-KZTM"]
    assert "river channels" in reasons["kz-uz", "AKIPRESS2022-UZ"]


def test_totals_by_source_against_the_article(service: ReferenceService) -> None:
    rows = length_rows(service.overview().totals)

    assert [
        (r.figure.source.id, r.figure.value, r.delta_km, r.delta_share and round(r.delta_share, 3))
        for r in rows
    ] == [
        ("ART", 12012, None, None),
        ("CIA1992", 12012, 0, 0),
        ("CIA2008", 12185, 173, 0.014),
        ("CIA2015", 13364, 1352, 0.113),
        ("KGMFA", 13392.6, pytest.approx(1380.6), 0.115),
    ]
    assert "42.7 km" in rows[-1].figure.reason


def test_the_lengths_page_finds_the_kyrgyz_ministrys_42_7_km(service: ReferenceService) -> None:
    page = lengths_page(service)
    by_source = {s.source.ref.id: s for s in page.comparison.series}

    assert list(by_source) == ["ART", "CIA1992", "CIA2008", "CIA2015", "KGMFA"]
    kgmfa = by_source["KGMFA"]
    assert kgmfa.total == pytest.approx(13349.9)
    assert kgmfa.stated_total == 13392.6
    assert kgmfa.stated_total - kgmfa.total == pytest.approx(42.7)
    assert by_source["CIA2008"].total == by_source["CIA2008"].stated_total == 12185
    assert page.comparison.value("CIA2008", "kz-kg") == 1224
    assert {f.source.id for f in page.discrepancies} >= {"CIA2007", "CIA-ANALYSIS", "KGMFA"}


# Fact sheet 6 (memberships matrix) and 5.1: the article's date (2012) and now.
GRID = {
    ("kz-ru", "CSTO"): (Standing.SHARED, Standing.SHARED),
    ("kz-ru", "CU, SES → EAEU"): (Standing.SHARED, Standing.SHARED),
    ("kz-uz", "CSTO"): (Standing.SHARED, Standing.FORMER),
    # Uzbekistan has been an observer state of the EAEU since 11 December 2020.
    ("kz-uz", "CU, SES → EAEU"): (Standing.NOT_MEMBER, Standing.OBSERVER),
    ("kz-cn", "CSTO"): (Standing.NOT_MEMBER, Standing.NOT_MEMBER),
    ("kz-cn", "SCO"): (Standing.SHARED, Standing.SHARED),
    # The undated Wikipedia list naming China an observer cannot be placed in time.
    ("kz-cn", "CARICC"): (Standing.NOT_MEMBER, Standing.NOT_MEMBER),
    ("kz-cn", "CU, SES → EAEU"): (Standing.NOT_MEMBER, Standing.NOT_MEMBER),
    ("kz-kg", "CU, SES → EAEU"): (Standing.NOT_MEMBER, Standing.SHARED),
    ("kz-kg", "CARICC"): (Standing.SHARED, Standing.SHARED),
    ("kz-tm", "CSTO"): (Standing.NOT_MEMBER, Standing.NOT_MEMBER),
    ("kz-tm", "SCO"): (Standing.NOT_MEMBER, Standing.NOT_MEMBER),
    ("kz-tm", "CICA"): (Standing.NOT_MEMBER, Standing.OBSERVER),
    ("kz-tm", "CARICC"): (Standing.SHARED, Standing.SHARED),
}


def test_the_grid_has_the_five_neighbours_and_five_columns(service: ReferenceService) -> None:
    grid = service.organisation_grid()

    assert [row.border.title for row in grid.rows] == [
        "Russia",
        "Uzbekistan",
        "China",
        "Kyrgyzstan",
        "Turkmenistan",
    ]
    assert [c.title for c in grid.columns] == ["CSTO", "SCO", "CICA", "CARICC", "CU, SES → EAEU"]
    assert (grid.then_label, grid.now_date) == ("2012", service.edition().date)


@pytest.mark.parametrize(("where", "expected"), sorted(GRID.items()))
def test_grid_cells_match_the_memberships_matrix(
    service: ReferenceService, where: tuple[str, str], expected: tuple[Standing, Standing]
) -> None:
    cell = service.organisation_grid().cell(*where)

    assert (cell.then.standing, cell.now.standing) == expected
    assert cell.sources, "every cell cites its sources"


def test_grid_details_dates_and_the_articles_smuggling_link(service: ReferenceService) -> None:
    grid = service.organisation_grid()

    kyrgyz = grid.cell("kz-kg", "CU, SES → EAEU")
    assert (kyrgyz.now.organisations, kyrgyz.now.since) == (("EAEU",), "2015-08-12")
    uzbek = grid.cell("kz-uz", "CSTO")
    assert uzbek.now.since == "2012-12-19"
    assert "TASS2012-UZ-DEC" in [s.id for s in uzbek.sources]
    china = grid.cell("kz-cn", "CU, SES → EAEU")
    assert any("smuggl" in note for note in china.notes)
    assert "ART" in [s.id for s in china.sources]
    russia = grid.cell("kz-ru", "CU, SES → EAEU")
    assert russia.then.organisations == ("CU", "SES")
    assert russia.now.organisations == ("EAEU",)


def test_the_timeline_lists_every_event_in_date_order(service: ReferenceService) -> None:
    entries = service.timeline().entries
    keys = [e.event.ref.key for e in entries]

    assert len(entries) == len(service.events())
    dates = [sortable_date(e.date) for e in entries]
    assert dates == sorted(dates)
    assert keys[0] == "independence-1991"
    for earlier, later in [
        ("csto-treaty-1992", "sco-founded-2001"),
        ("cn-demarcation-2002", "ru-border-treaty-2005"),
        ("osh-2010", "attacks-2011"),
        ("attacks-2011", "kg-demarcation-2017"),
        ("tm-demarcation-2017", "uz-demarcation-2022"),
    ]:
        assert keys.index(earlier) < keys.index(later)
    assert all(e.sources and e.summary for e in entries)
    assert all(e.event.ref.kind is ItemKind.EVENT for e in entries)


def values(held: tuple[Held[Figure] | Held[Fact], ...]) -> set[object]:
    """Return the values in force: a figure's number or a state's value."""
    return {h.record.value for h in held}


TODAY = date(2026, 12, 3)


def test_time_bound_values_then_and_now(service: ReferenceService) -> None:
    overview = {p.label: p for p in then_and_now(service.overview().figures, (), TODAY)}
    population = overview["population"]
    assert 16_000_000 in values(population.then)
    assert values(population.now) == {20_432_662}

    cica = service.organisation("cica")
    pairs = {p.label: p for p in then_and_now(cica.figures, cica.headquarters, TODAY)}
    assert values(pairs["member_count"].then) == {24}
    assert values(pairs["member_count"].now) == {28}

    csto = service.organisation("csto")
    counts = {p.label: p for p in then_and_now(csto.figures, (), TODAY)}["member_count"]
    assert (values(counts.then), values(counts.now)) == ({7}, {6})


@pytest.mark.parametrize(
    ("organisation", "words"),
    [
        ("csto", "understates the membership"),
        ("sco", "annual"),
        ("caricc", "entered into force"),
    ],
)
def test_the_articles_slips_are_corrections_on_their_pages(
    service: ReferenceService, organisation: str, words: str
) -> None:
    detail = service.organisation(organisation)
    corrections = [f.text for f in detail.notes if f.label == "correction"]

    assert any(words in text for text in corrections)
    assert not any(f.label in ("correction", "note") for f in detail.mandate)


def test_sanderson_correction_and_the_ministers_unconfirmed_quotes(
    service: ReferenceService,
) -> None:
    sanderson = service.person("sanderson")
    assert any(f.label == "correction" and "inexact" in f.text for f in sanderson.facts)
    assert "Strategic and International Studies" in sanderson.quotes[0].note

    minister = service.person("dzhaksybekov")
    assert {q.status for q in minister.quotes} == {"provenance-unconfirmed"}
    assert {q.attribution for q in minister.quotes} == {"said"}
    assert all("interview" in q.note for q in minister.quotes)


def test_a_sources_page_lists_the_figures_resting_on_it(service: ReferenceService) -> None:
    article = service.source("ART")
    shown = {(use.item.title, use.figure.quantity, use.figure.value) for use in article.figures}

    assert ("Russia", "length_km", 6846) in shown
    assert ("CICA", "member_count", 24) in shown
    assert len(article.figures) == article.figure_count
