"""One-page handouts as plain data: a border's or an organisation's page, every line sourced.

A handout says what the presentation's slide says (``core.slides``), with each figure's full
source, the chart with the map beside it (a border, highlighted on both) or the map (an
organisation's member states marked), the teacher's own note on the item, and the list of
every source cited on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date
from enum import StrEnum

from borderdesk.core.as_of import as_of_label
from borderdesk.core.dates import format_date
from borderdesk.core.display import quoted
from borderdesk.core.editions import chart_source_on
from borderdesk.core.errors import BorderDeskError, ItemNotFoundError
from borderdesk.core.i18n import translate
from borderdesk.core.lazy import Lazy
from borderdesk.core.members import roster
from borderdesk.core.model import (
    BorderDetail,
    BorderMap,
    DatasetEdition,
    Fact,
    ItemKind,
    ItemRef,
    OrganisationDetail,
    SegmentSeries,
    SourceRef,
)
from borderdesk.core.record import frozen
from borderdesk.core.service import ReferenceService
from borderdesk.core.slides import Slide, border_slide, border_title, organisation_slide

CONTEXT = "Handout"
HANDOUT_KINDS = (ItemKind.BORDER, ItemKind.ORGANISATION)
NOTE_MAX_CHARS = 900  # of the teacher's note on a page; a longer note ends with "…"

NoteLookup = Callable[[ItemRef], str]
"""The user's note on an item, as typed ("" for none)."""
KIND_ALIASES = {"org": ItemKind.ORGANISATION}  # ``org:csto`` is short for ``organisation:csto``


class Visual(StrEnum):
    """What a handout shows beside its text."""

    CHART = "chart"  # the segment-length chart, the border's bar highlighted
    MAP = "map"  # the border map, the organisation's member states marked


@frozen
class Cited:
    """A line of a handout and the source it rests on (None: the dataset's own summary)."""

    text: str
    source: SourceRef | None = None


@frozen
class Handout:
    """One page: title, the chart or map, key figures with sources, points, the source list."""

    ref: ItemRef
    title: str
    subtitle: str
    figures: tuple[Cited, ...]  # every figure with its source
    points: tuple[Cited, ...]  # at most three, in plain words
    visual: Visual
    highlight: str | None  # the chart's highlighted border key
    members: tuple[str, ...]  # the map's marked member states (country keys)
    members_label: str  # e.g. "members of the CSTO as of 1 January 2016"
    visual_sources: tuple[SourceRef, ...]  # what the chart or the map is drawn from
    member_sources: tuple[SourceRef, ...]  # what the map's marked members rest on
    sources: tuple[SourceRef, ...]  # every source cited on the page, in order of first use
    map_beside: bool = False  # a border's chart has the map beside it, the border marked
    note: str = ""  # the teacher's own note on the item (their words, not a sourced fact)

    @property
    def slug(self) -> str:
        """Return the item's key for a file name: ``kz-ru``, ``csto``."""
        return self.ref.key


@frozen
class HandoutSet:
    """Handouts to print together, with what their charts and maps draw and the footer's data."""

    handouts: Sequence[Handout]  # a tuple, or a HandoutBook making each page when asked
    series: SegmentSeries  # the chart's bars: the dataset's default source
    border_map: BorderMap
    edition: DatasetEdition
    version: str  # BorderDesk's version
    printed: date
    on: date  # the date every page holds for

    def refs(self) -> tuple[ItemRef, ...]:
        """Return the items of the handouts, in order, without making any not made yet."""
        handouts = self.handouts
        if isinstance(handouts, HandoutBook):
            return handouts.refs
        return tuple(handout.ref for handout in handouts)

    def footer(self) -> str:
        """Return the footer's left part: ``BorderDesk 0.1.0 · dataset 2026.12 · as of … ·``."""
        return translate(
            "Handout", "BorderDesk {version} · dataset {dataset} · {as_of} · printed {day}"
        ).format(
            version=self.version,
            dataset=self.edition.version,
            as_of=as_of_label(self.on),
            day=format_date(self.printed.isoformat()),
        )

    def title(self) -> str:
        """Return the document's title, for the PDF's metadata."""
        when = as_of_label(self.on)
        if len(self.handouts) == 1:
            return translate("Handout", "BorderDesk handout: {title}, {as_of}").format(
                title=self.handouts[0].title, as_of=when
            )
        return translate(
            "Handout",
            "BorderDesk handouts: Kazakhstan's land borders and regional organisations, {as_of}",
        ).format(as_of=when)


class HandoutBook(Lazy[Handout]):
    """The handouts of many items, each made when first asked for (and kept).

    A pack of two thousand borders would take minutes to make whole; a preview asks for the
    page it shows, a PDF for each page as it is drawn.
    """

    def __init__(self, refs: Sequence[ItemRef], make: Callable[[ItemRef], Handout]) -> None:
        self.refs = tuple(refs)
        super().__init__(len(self.refs), lambda number: make(self.refs[number]))


@frozen
class HandoutChoice:
    """An item with a handout, as a list of them names it (before its handout is made)."""

    ref: ItemRef
    title: str  # as its handout is titled: ``Kazakhstan – Russia``, ``CSTO``
    full_name: str  # an organisation's name in full ("" when the title is all of it)


class HandoutError(BorderDeskError):
    """An item has no handout, or a handout request names nothing in the dataset."""


def page_number(index: int, count: int) -> str:
    """Return the page number as printed: ``Page 3 of 12``."""
    return translate("Handout", "Page {page} of {count}").format(page=index + 1, count=count)


def citation(source: SourceRef) -> str:
    """Return a full citation: title, then publisher and edition (with the date if not in it)."""
    when = source.edition
    if source.date and source.date[:4] not in source.edition:
        when = f"{source.edition} ({source.date})" if source.edition else source.date
    title = source.title if source.title[-1:] in ".?!" else f"{source.title}."
    tail = ", ".join(part for part in (source.publisher, when) if part)
    if not tail:
        return title
    end = "" if tail.endswith(".") else "."  # an edition in Russian may end "2015–2025 гг."
    return f"{title} {tail}{end}"


def file_name(refs: Sequence[ItemRef]) -> str:
    """Return a default file name: ``handout-kz-ru.pdf``, or ``handouts-borderdesk.pdf``."""
    if len(refs) == 1:
        return f"handout-{refs[0].key}.pdf"
    return "handouts-borderdesk.pdf"


def handout_refs(service: ReferenceService) -> tuple[ItemRef, ...]:
    """Return every item with a handout: borders longest first, then the organisations."""
    borders = tuple(ItemRef(ItemKind.BORDER, summary.key) for summary in service.borders())
    return borders + tuple(link.ref for link in service.organisations())


def handout_choices(service: ReferenceService) -> tuple[HandoutChoice, ...]:
    """Return every item with a handout, in ``handout_refs`` order, titled as its handout is."""
    borders = tuple(
        HandoutChoice(ItemRef(ItemKind.BORDER, summary.key), border_title(summary.neighbour), "")
        for summary in service.borders()
    )
    return borders + tuple(
        HandoutChoice(link.ref, link.title, link.keywords if link.keywords != link.title else "")
        for link in service.organisations()
    )


def parse_item(text: str) -> ItemRef:
    """Parse ``border:kz-ru``, ``organisation:csto`` or ``org:csto``; ValueError if malformed."""
    kind, sep, key = text.strip().partition(":")
    if sep and key and kind.lower() in KIND_ALIASES:
        return ItemRef(KIND_ALIASES[kind.lower()], key)
    return ItemRef.from_string(text.strip())


def resolve_items(service: ReferenceService, texts: Iterable[str]) -> tuple[ItemRef, ...]:
    """Return the refs the texts name, in order, once each; HandoutError names a bad one."""
    known = handout_refs(service)
    chosen: list[ItemRef] = []
    for text in texts:
        try:
            ref: ItemRef | None = parse_item(text)
        except ValueError:
            ref = None
        if ref is None or ref not in known:
            examples = ", ".join(r.to_string() for r in _examples(known))
            raise HandoutError(
                translate(
                    "Handout",
                    "no handout for {item}: handouts exist for borders and organisations, "
                    "e.g. {examples}",
                ).format(item=quoted(text), examples=examples)
            )
        if ref not in chosen:
            chosen.append(ref)
    return tuple(chosen)


def _examples(known: Sequence[ItemRef]) -> list[ItemRef]:
    """Return a few known refs of each kind, to name in a message."""
    borders = [r for r in known if r.kind is ItemKind.BORDER][:3]
    organisations = [r for r in known if r.kind is ItemKind.ORGANISATION][:3]
    return borders + organisations


def nearest_handout(service: ReferenceService, ref: ItemRef | None) -> ItemRef | None:
    """Return ref when it has a handout, else the first border or organisation it links to.

    Topics, people and events offer their related items, a source the first item resting on
    it; the overview and the side-by-side pages offer nothing (None).
    """
    if ref is None:
        return None
    if ref.kind in HANDOUT_KINDS:
        return ref
    try:
        match ref.kind:
            case ItemKind.TOPIC:
                links = service.topic(ref.key).related
            case ItemKind.PERSON:
                links = service.person(ref.key).related
            case ItemKind.EVENT:
                links = service.event(ref.key).related
            case ItemKind.SOURCE:
                links = service.source(ref.key).used_by
            case _:
                return None
    except ItemNotFoundError:
        return None
    known = set(handout_refs(service))
    return next((link.ref for link in links if link.ref in known), None)


def build_handout_set(
    service: ReferenceService,
    refs: Sequence[ItemRef],
    *,
    version: str,
    printed: date,
    on: date | None = None,
    notes: NoteLookup | None = None,
) -> HandoutSet:
    """Return the handouts of refs as of a day (the printing day when None), chart and map.

    ``notes`` gives the user's note on each item, printed as the teacher's note.
    """
    book = handout_book(service, refs, version=version, printed=printed, on=on, notes=notes)
    return replace(book, handouts=tuple(book.handouts))


def handout_book(
    service: ReferenceService,
    refs: Sequence[ItemRef],
    *,
    version: str,
    printed: date,
    on: date | None = None,
    notes: NoteLookup | None = None,
) -> HandoutSet:
    """Return ``build_handout_set``'s handouts as a ``HandoutBook``: each made when asked for."""
    if not refs:
        raise HandoutError(translate("Handout", "choose at least one border or organisation"))
    day = on or printed
    series = service.segment_series(chart_source_on(service.chart_sources(), None, day))
    border_map = service.border_map()

    def make(ref: ItemRef) -> Handout:
        handout = build_handout(service, ref, series, border_map, day)
        return replace(handout, note=note_for_page(notes(ref) if notes is not None else ""))

    book = HandoutBook(refs, make)
    return HandoutSet(book, series, border_map, service.edition(), version, printed, day)


def note_for_page(text: str) -> str:
    """Return a note as a page prints it: trimmed, and cut at a word with "…" when long."""
    text = text.strip()
    if len(text) <= NOTE_MAX_CHARS:
        return text
    cut = text[:NOTE_MAX_CHARS].rsplit(maxsplit=1)[0].rstrip(" ,;:.")
    return f"{cut} …"


def build_handout(
    service: ReferenceService,
    ref: ItemRef,
    series: SegmentSeries,
    border_map: BorderMap,
    on: date,
) -> Handout:
    """Return one item's handout as of a day; HandoutError for an item of neither kind."""
    if ref.kind is ItemKind.BORDER:
        return border_handout(service.border(ref.key), series, on, border_map)
    if ref.kind is ItemKind.ORGANISATION:
        return organisation_handout(service.organisation(ref.key), border_map, on)
    raise HandoutError(
        translate("Handout", "handouts exist for borders and organisations, not for {item}").format(
            item=ref.to_string()
        )
    )


def border_handout(
    border: BorderDetail,
    series: SegmentSeries,
    on: date,
    border_map: BorderMap | None = None,
) -> Handout:
    """Return a border's handout as of a day: the slide's figures and points, the chart.

    With the map, the map beside the chart shows where the border runs.
    """
    slide = border_slide(border, on)
    known = [figure.source for figure in border.lengths]
    figures = _figures(slide, known)
    points = _points(slide, border.challenges)
    chart_sources = (series.source.ref,)
    beside = border_map is not None and border_map.segment(border.key) is not None
    drawn = chart_sources + (map_sources(border_map) if beside and border_map else ())
    visual_sources = tuple(dict.fromkeys(drawn))
    return Handout(
        ref=slide.ref,
        title=slide.title,
        subtitle=slide.subtitle,
        figures=figures,
        points=points,
        visual=Visual.CHART,
        highlight=border.key if any(bar.key == border.key for bar in series.bars) else None,
        members=(),
        members_label="",
        visual_sources=visual_sources,
        member_sources=(),
        sources=_sources(figures, points, visual_sources),
        map_beside=beside,
    )


def organisation_handout(
    organisation: OrganisationDetail, border_map: BorderMap, on: date
) -> Handout:
    """Return an organisation's handout: the slide's figures and points, its members mapped.

    The map, not the chart: the segment lengths say nothing of an organisation, while the
    member states marked on the map show which of Kazakhstan's borders it spans.
    """
    slide = organisation_slide(organisation, on)
    known = [
        *organisation.validity.sources,
        *(fact.source for fact in organisation.founded),
        *(fact.source for fact in organisation.headquarters),
        *(figure.source for figure in organisation.figures),
        *organisation.sources,
    ]
    figures = _figures(slide, known)
    points = _points(slide, organisation.mandate)
    listed = roster(organisation, on)
    mapped = {outline.key for outline in border_map.outlines}
    members = listed.hatched(mapped)
    visual_sources = map_sources(border_map)
    member_sources = listed.sources(mapped)
    return Handout(
        ref=slide.ref,
        title=slide.title,
        subtitle=slide.subtitle,
        figures=figures,
        points=points,
        visual=Visual.MAP,
        highlight=None,
        members=members,
        members_label=listed.label(),
        visual_sources=visual_sources,
        member_sources=member_sources,
        sources=_sources(figures, points, (*visual_sources, *member_sources)),
    )


def map_sources(border_map: BorderMap) -> tuple[SourceRef, ...]:
    """Return what the map is drawn from: its outlines' source, then its cities' sources."""
    found = [border_map.source, *(point.source for point in border_map.points)]
    return tuple(dict.fromkeys(source for source in found if source is not None))


def _figures(slide: Slide, known: Iterable[SourceRef]) -> tuple[Cited, ...]:
    """Return the slide's figures, each with the full source its label names."""
    by_label = {source.label: source for source in reversed(list(known))}
    figures = []
    for text, label in slide.figures:
        if label not in by_label:
            raise HandoutError(f"{slide.ref.to_string()}: no source {label!r} for {text!r}")
        figures.append(Cited(text, by_label[label]))
    return tuple(figures)


def _points(slide: Slide, facts: Iterable[Fact]) -> tuple[Cited, ...]:
    """Return the slide's points, each a fact's with its source, else the item's own summary."""
    by_text = {fact.text: fact.source for fact in facts}
    return tuple(Cited(point, by_text.get(point)) for point in slide.points)


def _sources(
    figures: Iterable[Cited], points: Iterable[Cited], visual: Iterable[SourceRef]
) -> tuple[SourceRef, ...]:
    """Return every source cited, once each, in the order the page cites them."""
    cited = [line.source for line in (*figures, *points) if line.source is not None]
    return tuple(dict.fromkeys([*cited, *visual]))
