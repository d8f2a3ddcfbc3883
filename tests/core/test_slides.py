"""The presentation's slides as plain data: order, figures with sources, points."""

from __future__ import annotations

from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.pages import GRID_REF, LENGTHS_REF, TIMELINE_REF
from borderdesk.core.sample import SampleService
from borderdesk.core.slide_order import build_deck
from borderdesk.core.slides import SlideVisual, figure_text, footer, index_of, sentences


def build_sequence(service: SampleService) -> tuple:  # type: ignore[type-arg]
    """Return the whole deck (the order every presentation starts from)."""
    return build_deck(service)


def test_the_deck_is_overview_borders_comparisons_organisations_then_timeline() -> None:
    service = SampleService()
    slides = build_sequence(service)
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
    slide = build_sequence(SampleService())[1]
    assert slide.highlight == "kz-ru"
    assert [figure_text(f) for f in slide.figures] == [
        "Article (c. 2012): 6,846 km",
        "CIA World Factbook 2015-2025: 7,644 km (current)",
        "Article (c. 2012): 57% of the land border",
    ]
    assert not any(text.startswith("Length:") for text, _ in slide.figures)
    assert all(source for _text, source in slide.figures)
    assert 1 <= len(slide.points) <= 3


def test_overview_slide_gives_the_land_border_by_the_article_and_today() -> None:
    slide = build_sequence(SampleService())[0]
    assert [figure_text(f) for f in slide.figures] == [
        "Article (c. 2012): 12,012 km of land border",
        "CIA World Factbook 2015-2025: 13,364 km of land border (current)",
        "Article (c. 2012): 5 neighbours",
    ]
    assert slide.highlight is None
    assert slide.visual is SlideVisual.CHART


def test_organisation_slides_have_no_highlight() -> None:
    slides = build_sequence(SampleService())
    assert all(s.highlight is None for s in slides if s.ref.kind is ItemKind.ORGANISATION)


def test_organisation_slides_name_the_members_the_map_hatches() -> None:
    slides = {s.ref: s for s in build_sequence(SampleService())}
    csto = slides[ItemRef(ItemKind.ORGANISATION, "csto")]
    assert csto.members == ("KZ", "RU")
    assert csto.members_label == "members of the CSTO today"
    others = [s for s in slides.values() if s.ref.kind is not ItemKind.ORGANISATION]
    assert all(s.members == () and s.members_label == "" for s in others)


def test_index_of_and_footer() -> None:
    slides = build_sequence(SampleService())
    assert index_of(slides, ItemRef(ItemKind.BORDER, "kz-cn")) == 3
    assert index_of(slides, ItemRef(ItemKind.TOPIC, "nothing")) == 0
    assert footer(2, 13, "2026.11") == "3 / 13 · BorderDesk dataset 2026.11"


def test_sentences_split_at_full_stops_before_capitals() -> None:
    assert sentences("One is here. Two, c. 2012. Three!") == [
        "One is here.",
        "Two, c. 2012.",
        "Three!",
    ]


def test_the_member_count_is_the_latest_even_within_one_year() -> None:
    # The EAEU had 3 members on 1 January 2015 and 5 by 12 August 2015: the later one shows.
    from borderdesk.data.store import open_store

    store = open_store()
    try:
        slide = next(s for s in build_sequence(store) if s.title == "EAEU")
    finally:
        store.close()
    members = [(text, source) for text, source in slide.figures if "states" in text]
    assert members == [
        (f"{source}: 5 states (as of 12 August 2015)", source) for _t, source in members
    ]
    assert len(members) == 1
    assert all(figure_text(f).startswith(f[1] + ": ") for f in slide.figures)  # source first


def test_on_the_bundled_data_the_current_cia_total_is_marked() -> None:
    from borderdesk.data.store import open_store

    store = open_store()
    try:
        overview = build_sequence(store)[0]
    finally:
        store.close()
    assert [figure_text(f) for f in overview.figures][:2] == [
        "Article (c. 2012): 12,012 km of land border",
        "CIA World Factbook 2015–2025: 13,364 km of land border (current)",
    ]
