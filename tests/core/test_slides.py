"""The presentation's slides as plain data: order, figures with sources, points."""

from __future__ import annotations

from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.core.slides import build_sequence, footer, index_of, sentences


def test_sequence_is_overview_then_borders_longest_first_then_organisations() -> None:
    service = SampleService()
    slides = build_sequence(service)
    borders = service.borders()
    organisations = service.organisations()
    assert slides[0].ref == OVERVIEW_REF
    assert [s.ref for s in slides[1 : 1 + len(borders)]] == [
        ItemRef(ItemKind.BORDER, b.key) for b in borders
    ]
    lengths = [b.length.value for b in borders]
    assert lengths == sorted(lengths, reverse=True)
    assert [s.ref for s in slides[1 + len(borders) :]] == [link.ref for link in organisations]


def test_border_slide_cites_every_figure_and_highlights_the_border() -> None:
    slide = build_sequence(SampleService())[1]
    assert slide.highlight == "kz-ru"
    assert ("Length: 6,846 km", "Article (c. 2012)") in slide.figures
    assert ("Share of the total: 57%", "Article (c. 2012)") in slide.figures
    assert ("Length: 7,644 km", "CIA World Factbook 2015-2025") in slide.figures
    assert all(source for _text, source in slide.figures)
    assert 1 <= len(slide.points) <= 3


def test_overview_slide_gives_the_total_and_the_five_segments() -> None:
    slide = build_sequence(SampleService())[0]
    assert slide.figures[0] == ("Land borders: 12,012 km", "Article (c. 2012)")
    assert len(slide.figures) == 6
    assert slide.highlight is None


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
    members = [text for text, _source in slide.figures if text.startswith("Members:")]
    assert members == ["Members: 5 states (as of 12 August 2015)"]
