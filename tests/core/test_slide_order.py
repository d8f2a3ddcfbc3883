"""Which slides a presentation shows: the item, the item with its border and organisations, or
the whole deck; and the comparison and timeline slides."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.pages import GRID_REF, LENGTHS_REF, TIMELINE_REF, Timeline
from borderdesk.core.service import ReferenceService
from borderdesk.core.slide_order import SlideOrder, build_deck, presentation
from borderdesk.core.slide_pages import EVENTS_PER_SLIDE, timeline_slides
from borderdesk.core.slides import SlideVisual, figure_text
from borderdesk.data.store import open_store

CHINA = ItemRef(ItemKind.BORDER, "kz-cn")
SCO = ItemRef(ItemKind.ORGANISATION, "sco")


@pytest.fixture(scope="module")
def service() -> Iterator[ReferenceService]:
    store = open_store()
    yield store
    store.close()


def titles(service: ReferenceService, order: SlideOrder, ref: ItemRef) -> tuple[list[str], int]:
    shown = presentation(service, order, ref)
    return [slide.title for slide in shown.slides], shown.start


def test_the_item_alone(service: ReferenceService) -> None:
    assert titles(service, SlideOrder.ITEM, CHINA) == (["Kazakhstan – China"], 0)
    assert titles(service, SlideOrder.ITEM, LENGTHS_REF) == (["Lengths by source"], 0)
    runs, start = titles(service, SlideOrder.ITEM, TIMELINE_REF)
    assert start == 0
    assert all(title.startswith("Timeline: ") for title in runs)


def test_a_border_with_the_organisations_shared_with_its_neighbour(
    service: ReferenceService,
) -> None:
    shared = [link.title for link in service.border("kz-cn").shared_organisations]
    assert titles(service, SlideOrder.RELATED, CHINA) == (["Kazakhstan – China", *shared], 0)
    assert shared  # China shares the SCO and CICA with Kazakhstan


def test_an_organisation_with_the_borders_of_its_member_neighbours(
    service: ReferenceService,
) -> None:
    shown, start = titles(service, SlideOrder.RELATED, SCO)
    assert start == 0
    assert shown[0] == "SCO"
    assert "Kazakhstan – China" in shown
    assert "Kazakhstan – Turkmenistan" not in shown  # never in the SCO


def test_the_whole_deck_opens_at_the_item(service: ReferenceService) -> None:
    deck = build_deck(service)
    shown = presentation(service, SlideOrder.DECK, CHINA)
    assert shown.slides == deck
    assert deck[shown.start].ref == CHINA
    event = ItemRef(ItemKind.EVENT, "uz-demarcation-2022")
    opened = presentation(service, SlideOrder.DECK, event)
    assert any(entry.event.ref == event for entry in deck[opened.start].events)


def test_an_item_without_a_slide_starts_from_what_it_links_to(service: ReferenceService) -> None:
    topic = service.topics()[0].ref
    shown = presentation(service, SlideOrder.ITEM, topic)
    assert shown.slides[0].ref.kind in (ItemKind.BORDER, ItemKind.ORGANISATION, ItemKind.OVERVIEW)
    assert presentation(service, SlideOrder.ITEM, None).slides[0].ref == OVERVIEW_REF


def test_the_comparisons_have_slides_that_draw_them(service: ReferenceService) -> None:
    deck = {slide.ref: slide for slide in build_deck(service)}
    lengths, grid = deck[LENGTHS_REF], deck[GRID_REF]
    assert lengths.visual is SlideVisual.COMPARISON
    assert lengths.comparison is not None
    assert len(lengths.comparison.series) == len(service.chart_sources())
    assert [figure_text(f) for f in lengths.figures] == [
        "Article (c. 2012): 12,012 km in all",
        "CIA World Factbook 2015–2025: 13,364 km in all (current)",
    ]
    assert grid.visual is SlideVisual.GRID
    assert grid.grid == service.organisation_grid()
    assert grid.sources  # what the memberships rest on, named under the grid


def test_the_timeline_is_cut_into_even_runs_in_date_order(service: ReferenceService) -> None:
    timeline = service.timeline()
    runs = timeline_slides(timeline)
    events = [entry for slide in runs for entry in slide.events]

    assert events == list(timeline.entries)
    sizes = [len(slide.events) for slide in runs]
    assert max(sizes) <= EVENTS_PER_SLIDE
    assert max(sizes) - min(sizes) <= 1
    assert all(slide.visual is SlideVisual.TIMELINE for slide in runs)
    assert runs[0].title == "Timeline: 1991–2001"
    assert all(slide.sources for slide in runs)
    assert timeline_slides(Timeline(())) == []
