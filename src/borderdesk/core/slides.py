"""Presentation slides as plain data: the overview, each border, each organisation.

Every figure says what it is: a length leads with its source ("Article (c. 2012): 6,846 km",
"CIA World Factbook 2015–2025: 7,644 km (current)"), never a bare "Length:" beside another.
The comparisons and the timeline have slides of their own (``slide_pages``); which slides a
presentation shows, and in what order, is ``slide_order``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from borderdesk.core.format import format_date, format_km, format_number, format_percent
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted, translate
from borderdesk.core.members import current_members, members_label
from borderdesk.core.model import (
    OVERVIEW_REF,
    BorderDetail,
    Figure,
    ItemKind,
    ItemRef,
    OrganisationDetail,
    Overview,
)
from borderdesk.core.pages import OrganisationGrid, SourceComparison, TimelineEntry
from borderdesk.core.service import ReferenceService
from borderdesk.core.vocabulary import counted

MAX_POINTS = 3
CIA_CURRENT = "CIA2015"  # the CIA World Factbook 2015–2025 editions' figures
CURRENT_MARK = QT_TRANSLATE_NOOP("Slides", " (current)")  # after today's figure, among older

CONTEXT = "Slides"
# A sentence ends at . ! or ? before a capital, Latin or Cyrillic (Kazakh letters included).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\"“‘«(])")

_YEAR = re.compile(r"\d{4}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")

FigureLine = tuple[str, str]  # the figure as text, and its source's short label


class SlideVisual(StrEnum):
    """What a slide shows beside (or instead of) its text."""

    CHART = "chart"  # the segment lengths, the slide's border highlighted
    MAP = "map"  # the map, an organisation's members hatched or a border marked
    COMPARISON = "comparison"  # every source's lengths of the five borders side by side
    GRID = "grid"  # which organisations each neighbour shares with Kazakhstan
    TIMELINE = "timeline"  # the events on a line of years


@dataclass(frozen=True)
class Slide:
    """One slide: a title, key figures each with its source, a few points, what is marked.

    A border's slide marks its bar in the chart (and its line on the map); an organisation's
    marks its member states on the map. The comparisons and the timeline carry what they
    draw: the sources' lengths, the grid, a run of events.
    """

    title: str
    figures: tuple[FigureLine, ...]
    points: tuple[str, ...]
    highlight: str | None  # the border key the chart and the map mark, or None
    ref: ItemRef
    subtitle: str = ""
    members: tuple[str, ...] = ()  # the country keys the map hatches: members today
    members_label: str = ""  # e.g. "members of the CSTO today"
    visual: SlideVisual = SlideVisual.CHART
    comparison: SourceComparison | None = None  # a COMPARISON slide's lengths
    grid: OrganisationGrid | None = None  # a GRID slide's memberships
    events: tuple[TimelineEntry, ...] = ()  # a TIMELINE slide's events, in date order
    sources: tuple[str, ...] = ()  # what a grid or timeline rests on (short labels)


def figure_text(figure: FigureLine) -> str:
    """Return a figure as a slide shows it: naming its source first, or after a dash."""
    text, source = figure
    # "In" rather than "starts with": a language may put a mark or a word before the source.
    return text if not source or source in text else f"{text} — {source}"


def current_mark() -> str:
    """Return the mark after the figure that holds today: `` (current)``."""
    return translate("Slides", CURRENT_MARK)


def _sourced_length(figure: Figure, *, current: bool = False, land: bool = False) -> FigureLine:
    """Return ``Article (c. 2012): 6,846 km`` (``… (current)``), the source first."""
    label = figure.source.label
    if land:
        text = translate("Slides", "{source}: {length} of land border")
    else:
        text = translate("Slides", "{source}: {length}")
    line = text.format(source=label, length=format_km(figure.value))
    return line + (current_mark() if current else ""), label


def sentences(text: str) -> list[str]:
    """Split prose into sentences (at a full stop, ! or ? followed by a capital)."""
    return [part.strip() for part in _SENTENCE_END.split(text.strip()) if part.strip()]


def _points(*groups: Iterable[str]) -> tuple[str, ...]:
    """Return the first few distinct, non-empty points from the groups, in order."""
    chosen: list[str] = []
    for group in groups:
        for text in group:
            if text and text not in chosen and len(chosen) < MAX_POINTS:
                chosen.append(text)
    return tuple(chosen)


def overview_slide(overview: Overview) -> Slide:
    """Return the Kazakhstan slide: the land border's length by the article and today.

    The five segments are in the chart beside it, each bar labelled.
    """
    total = overview.stated_total
    current = next((t for t in overview.totals if t.source.id == CIA_CURRENT), None)
    figures = [_sourced_length(total, land=True)]
    if current is not None and current.source != total.source:
        figures.append(_sourced_length(current, current=True, land=True))
    label = total.source.label
    count = len(overview.segments)
    neighbours = Counted.tr("{count} neighbour(s)", "", count).format(count=format_number(count))
    figures.append((f"{label}: {neighbours}", label))
    return Slide(
        title=translate("Slides", "{country}: land borders").format(country=overview.title),
        figures=tuple(figures),
        points=_points(sentences(overview.description), [overview.landlocked_note]),
        highlight=None,
        ref=OVERVIEW_REF,
    )


def border_slide(border: BorderDetail) -> Slide:
    """Return a border's slide: its length by the article and today's, and its share.

    Each length names its source first; the one that holds today is marked "(current)".
    """
    default = next((f for f in border.lengths if f.is_default), border.lengths[0])
    cia = next((f for f in border.lengths if f.source.id == CIA_CURRENT), None)
    figures: list[FigureLine] = [_sourced_length(default)]
    if cia is not None and cia is not default:
        figures.append(_sourced_length(cia, current=True))
    share = format_percent(border.share_of_total)
    label = default.source.label
    line = translate("Slides", "{source}: {share} of the land border")
    figures.append((line.format(source=label, share=share), label))
    return Slide(
        title=translate("Slides", "Kazakhstan – {neighbour}").format(neighbour=border.neighbour),
        figures=tuple(figures),
        points=_points(sentences(border.description), (fact.text for fact in border.challenges)),
        highlight=border.key,
        ref=ItemRef(ItemKind.BORDER, border.key),
        subtitle=translate("Slides", "Border no. {rank} by length").format(rank=border.rank),
    )


def _latest(figures: Iterable[Figure], quantity: str) -> Figure | None:
    """Return the figure of a quantity holding for the latest date (the default on a tie)."""
    matching = [f for f in figures if f.quantity == quantity]
    return max(matching, key=lambda f: (_year(f.as_of), _date(f.as_of), f.is_default), default=None)


def _date(as_of: str) -> str:
    """Return an as-of date's ISO part ("2015-08-12"), or "" (orders figures within a year)."""
    found = _ISO_DATE.search(as_of)
    return found.group(0) if found else ""


def _year(as_of: str) -> int:
    """Return the latest year named in an as-of date ("c. 2012", "1992–2007"), or 0."""
    return max((int(year) for year in _YEAR.findall(as_of)), default=0)


def organisation_slide(organisation: OrganisationDetail) -> Slide:
    """Return an organisation's slide: founded, headquarters and member count, each sourced."""
    members = current_members(organisation)
    figures: list[FigureLine] = []
    if organisation.founded:
        fact = organisation.founded[0]
        when = fact.as_of[:4] if fact.as_of else fact.text
        line = translate("Slides", "{source}: founded {year}")
        figures.append((line.format(source=fact.source.label, year=when), fact.source.label))
    if organisation.headquarters:
        fact = organisation.headquarters[0]
        figures.append((f"{fact.source.label}: {fact.text}", fact.source.label))  # a sentence
    count = _latest(organisation.figures, "member_count")
    if count is not None:
        label = count.source.label
        number = counted(count.value, count.unit)
        if count.as_of:
            text = translate("Slides", "{source}: {count} (as of {date})").format(
                source=label, count=number, date=format_date(count.as_of)
            )
        else:
            text = translate("Slides", "{source}: {count}").format(source=label, count=number)
        figures.append((text, label))
    return Slide(
        title=organisation.abbreviation,
        figures=tuple(figures),
        points=_points(
            sentences(organisation.description), (fact.text for fact in organisation.mandate)
        ),
        highlight=None,
        ref=ItemRef(ItemKind.ORGANISATION, organisation.key),
        subtitle=organisation.name if organisation.name != organisation.abbreviation else "",
        members=members,
        members_label=members_label(organisation) if members else "",
        visual=SlideVisual.MAP,
    )


def border_slides(service: ReferenceService) -> list[Slide]:
    """Return every border's slide, longest first."""
    return [border_slide(service.border(summary.key)) for summary in service.borders()]


def organisation_slides(service: ReferenceService) -> list[Slide]:
    """Return every organisation's slide, in the tree's order."""
    return [
        organisation_slide(service.organisation(link.ref.key)) for link in service.organisations()
    ]


def index_of(slides: tuple[Slide, ...], ref: ItemRef | None) -> int:
    """Return the index of the slide for ref, or 0 when no slide shows it."""
    return next((i for i, slide in enumerate(slides) if slide.ref == ref), 0)


def next_title(slides: tuple[Slide, ...], index: int) -> str:
    """Return the title of the slide after ``index`` ("" after the last)."""
    return slides[index + 1].title if index + 1 < len(slides) else ""


def footer(index: int, count: int, version: str) -> str:
    """Return the slide footer: ``3 / 13 · BorderDesk dataset 2026.11``."""
    return translate("Slides", "{number} / {count} · BorderDesk dataset {version}").format(
        number=index + 1, count=count, version=version
    )
