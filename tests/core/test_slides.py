"""The presentation's slides as plain data: order, figures with sources, points."""

from __future__ import annotations

from datetime import date

from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.pages import GRID_REF, LENGTHS_REF, TIMELINE_REF
from borderdesk.core.sample import SampleService
from borderdesk.core.service import ReferenceService
from borderdesk.core.slide_order import build_deck
from borderdesk.core.slides import (
    Slide,
    SlideVisual,
    figure_text,
    footer,
    index_of,
    sentences,
)

ON = date(2016, 1, 1)


def build_sequence(service: ReferenceService, on: date = ON) -> tuple[Slide, ...]:
    """Return the whole deck as of a day (the order every presentation starts from)."""
    return build_deck(service, on)


def test_the_deck_is_overview_borders_comparisons_organisations_then_timeline() -> None:
    service = SampleService()
    slides = build_sequence(service, ON)
    borders = service.borders()
    organisations = service.organisations()
    assert slides[0].ref == OVERVIEW_REF
    after = 1 + len(borders)
    assert [s.ref for s in slides[1:after]] == [ItemRef(ItemKind.BORDER, b.key) for b in borders]
    lengths = [b.length.value for b in borders]
    assert lengths == sorted(lengths, reverse=True)
    assert [s.ref for s in slides[after : after + 2]] == [LENGTHS_REF, GRID_REF]
    end = after + 2 + len(organisations)
    assert [s.ref for s in slides[after + 2 : end]] == [link.ref for link in organisations]
    assert [s.ref for s in slides[end:]] == [TIMELINE_REF]  # the sample's one event
    assert [s.visual for s in slides[after : after + 2]] == [
        SlideVisual.COMPARISON,
        SlideVisual.GRID,
    ]


def test_each_length_names_its_source_first_and_the_current_one_is_marked() -> None:
    slide = build_sequence(SampleService(), ON)[1]
    assert slide.highlight == "kz-ru"
    assert [figure_text(f) for f in slide.figures] == [
        "Article (c. 2012): 6,846 km",
        "CIA World Factbook 2015-2025: 7,644 km (current)",
        "Article (c. 2012): 57% of the land border",
    ]
    assert not any(text.startswith("Length:") for text, _ in slide.figures)
    assert all(source for _text, source in slide.figures)
    assert 1 <= len(slide.points) <= 3


def test_overview_slide_gives_the_land_border_by_the_article_and_on_the_day() -> None:
    slide = build_sequence(SampleService(), ON)[0]
    # The stated total, then the CIA edition current on the day; the segments are in the chart.
    assert [figure_text(f) for f in slide.figures] == [
        "Article (c. 2012): 12,012 km of land border",
        "CIA World Factbook 2015-2025: 13,364 km of land border (current)",
        "Article (c. 2012): 5 neighbours",
    ]
    assert slide.highlight is None
    assert slide.visual is SlideVisual.CHART


def test_organisation_slides_have_no_highlight() -> None:
    slides = build_sequence(SampleService(), ON)
    assert all(s.highlight is None for s in slides if s.ref.kind is ItemKind.ORGANISATION)


def test_organisation_slides_name_the_members_the_map_hatches() -> None:
    slides = {s.ref: s for s in build_sequence(SampleService(), ON)}
    csto = slides[ItemRef(ItemKind.ORGANISATION, "csto")]
    assert csto.members == ("KZ", "RU")
    # What the map hatches, and per which source (one per member).
    assert csto.members_label == (
        "members of the CSTO as of 1 January 2016 — per CIA World Factbook 2015-2025"
    )
    others = [s for s in slides.values() if s.ref.kind is not ItemKind.ORGANISATION]
    assert all(s.members == () and s.members_label == "" for s in others)


def test_index_of_and_footer() -> None:
    slides = build_sequence(SampleService(), ON)
    assert index_of(slides, ItemRef(ItemKind.BORDER, "kz-cn")) == 3
    assert index_of(slides, ItemRef(ItemKind.TOPIC, "nothing")) == 0
    assert footer(2, 13, "2026.11") == "3 / 13 · BorderDesk dataset 2026.11"
    assert (
        footer(2, 13, "2026.12", ON) == "3 / 13 · as of 1 January 2016 · BorderDesk dataset 2026.12"
    )


def test_sentences_split_at_full_stops_before_capitals() -> None:
    assert sentences("One is here. Two, c. 2012. Three!") == [
        "One is here.",
        "Two, c. 2012.",
        "Three!",
    ]


def test_the_member_count_is_the_one_that_holds_on_the_day() -> None:
    # The EAEU had 3 members on 1 January 2015, 4 from 2 January and 5 from 12 August 2015.
    from borderdesk.data.store import open_store

    store = open_store()
    try:
        eaeu = store.organisation("eaeu")
    finally:
        store.close()
    from borderdesk.core.slides import organisation_slide

    def members(on: date) -> list[str]:
        slide = organisation_slide(eaeu, on)
        assert all(figure_text(f).startswith(f[1] + ": ") for f in slide.figures)  # source first
        return [text.split(": ", 1)[1] for text, _source in slide.figures if " states" in text]

    assert members(date(2015, 1, 1)) == ["3 states"]
    assert members(date(2015, 3, 1)) == ["4 states"]
    assert members(date(2016, 1, 1)) == ["5 states (last confirmed 12 August 2015)"]


def test_on_the_bundled_data_the_cia_total_of_the_day_is_marked() -> None:
    from borderdesk.data.store import open_store

    store = open_store()
    try:
        then = build_sequence(store, date(2016, 1, 1))[0]
        now = build_sequence(store, date(2026, 12, 3))[0]
    finally:
        store.close()
    assert [figure_text(f) for f in then.figures][:2] == [
        "Article (c. 2012): 12,012 km of land border",
        "CIA World Factbook 2015–2025: 13,364 km of land border (current)",
    ]
    # After the Factbook's end its last figure holds, and the slide says the series ended.
    assert [figure_text(f) for f in now.figures][1] == (
        "CIA World Factbook 2015–2025: 13,364 km of land border "
        "(discontinued 4 February 2026: figures frozen)"
    )
