"""Which slides a presentation shows, in what order: the item, its neighbours, or the deck.

The teacher chooses (View → Slides): the current item alone; the item with its border and
organisations (a border and the organisations Kazakhstan shares with that neighbour, an
organisation and the borders with its member neighbours); or the whole deck, which opens at
the current item. An item with no slide of its own (a topic, a person, a source) starts from
the border or organisation it links to; an event from the timeline's run holding it.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.handout import nearest_handout
from borderdesk.core.members import shared_on
from borderdesk.core.model import OVERVIEW_REF, BorderDetail, ItemKind, ItemRef, Link
from borderdesk.core.pages import GRID_REF, LENGTHS_REF, TIMELINE_REF
from borderdesk.core.record import frozen
from borderdesk.core.service import ReferenceService
from borderdesk.core.slide_pages import grid_slide, lengths_slide, timeline_slides
from borderdesk.core.slides import (
    Slide,
    border_slide,
    border_slides,
    organisation_slide,
    organisation_slides,
    overview_slide,
)


class SlideOrder(StrEnum):
    """The slides a presentation shows."""

    ITEM = "item"  # the current item's slide (the timeline: all its runs)
    RELATED = "related"  # the item, then its border and organisations
    DECK = "deck"  # every slide, opening at the current item


@frozen
class Presentation:
    """The slides to show and the one to open at."""

    slides: tuple[Slide, ...]
    start: int


def build_deck(service: ReferenceService, on: date) -> tuple[Slide, ...]:
    """Return every slide as of a day: overview, borders, comparisons, organisations, timeline."""
    return (
        overview_slide(service.overview(), on),
        *border_slides(service, on),
        lengths_slide(service, on),
        grid_slide(service.organisation_grid(on), on),
        *organisation_slides(service, on),
        *timeline_slides(service.timeline(), on=on),
    )


def presentation(
    service: ReferenceService, order: SlideOrder, ref: ItemRef | None, on: date
) -> Presentation:
    """Return the slides for an order as of a day, opening at the item's slide."""
    target = slide_ref(service, ref)
    if order is SlideOrder.DECK:
        deck = build_deck(service, on)
        return Presentation(deck, start_index(service, deck, ref, target))
    slides = own_slides(service, target, on)
    if order is SlideOrder.RELATED:
        slides = slides + related_slides(service, target, on)
    return Presentation(slides, start_index(service, slides, ref, target))


def slide_ref(service: ReferenceService, ref: ItemRef | None) -> ItemRef:
    """Return the item whose slide stands for ref: itself, what it links to, or the overview."""
    if ref is None:
        return OVERVIEW_REF
    if ref.kind in (ItemKind.OVERVIEW, ItemKind.BORDER, ItemKind.ORGANISATION):
        return ref
    if ref in (LENGTHS_REF, GRID_REF) or ref.kind is ItemKind.TIMELINE:
        return ref
    if ref.kind is ItemKind.EVENT:
        return TIMELINE_REF
    return nearest_handout(service, ref) or OVERVIEW_REF


def own_slides(service: ReferenceService, ref: ItemRef, on: date) -> tuple[Slide, ...]:
    """Return an item's own slides as of a day: one, or the timeline's runs."""
    match ref.kind:
        case ItemKind.BORDER:
            return (border_slide(service.border(ref.key), on),)
        case ItemKind.ORGANISATION:
            return (organisation_slide(service.organisation(ref.key), on),)
        case ItemKind.TIMELINE:
            return tuple(timeline_slides(service.timeline(), on=on))
        case ItemKind.COMPARISON if ref == GRID_REF:
            return (grid_slide(service.organisation_grid(on), on),)
        case ItemKind.COMPARISON:
            return (lengths_slide(service, on),)
    return (overview_slide(service.overview(), on),)


def related_slides(service: ReferenceService, ref: ItemRef, on: date) -> tuple[Slide, ...]:
    """Return the slides that go with an item's: its border and organisations.

    A border: the organisations Kazakhstan shares with the neighbour. An organisation: the
    borders whose neighbour shares it. The overview and the comparisons: the borders; the
    grid: the organisations too. The timeline has none.
    """
    match ref.kind:
        case ItemKind.BORDER:
            shared = shared_with(service.border(ref.key), on)
            return tuple(organisation_slide(service.organisation(o.ref.key), on) for o in shared)
        case ItemKind.ORGANISATION:
            borders = [service.border(summary.key) for summary in service.borders()]
            return tuple(
                border_slide(border, on)
                for border in borders
                if any(link.ref == ref for link in shared_with(border, on))
            )
        case ItemKind.COMPARISON if ref == GRID_REF:
            return tuple(border_slides(service, on) + organisation_slides(service, on))
        case ItemKind.OVERVIEW | ItemKind.COMPARISON:
            return tuple(border_slides(service, on))
    return ()


def shared_with(border: BorderDetail, on: date) -> tuple[Link, ...]:
    """Return the organisations Kazakhstan and the border's neighbour both belong to on a day."""
    return shared_on(border.memberships, "KZ", border.neighbour_key, on)


def start_index(
    service: ReferenceService, slides: tuple[Slide, ...], ref: ItemRef | None, target: ItemRef
) -> int:
    """Return the slide to open at: the item's own, or the timeline run holding an event."""
    if ref is not None and ref.kind is ItemKind.EVENT:
        for index, slide in enumerate(slides):
            if any(entry.event.ref == ref for entry in slide.events):
                return index
    return next((i for i, slide in enumerate(slides) if slide.ref == target), 0)


def safe_presentation(
    service: ReferenceService, order: SlideOrder, ref: ItemRef | None, on: date
) -> Presentation:
    """Return the slides for an order as of a day; an unreadable item gives the whole deck."""
    try:
        return presentation(service, order, ref, on)
    except BorderDeskError:
        return Presentation(build_deck(service, on), 0)
