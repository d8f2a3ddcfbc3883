"""Presentation slides as plain data: the overview, each border, each organisation.

Every figure says what it is: a length leads with its source ("Article (c. 2012): 6,846 km",
"CIA World Factbook 2015–2025: 7,644 km (current)"), never a bare "Length:" beside another.
The comparisons and the timeline have slides of their own (``slide_pages``); which slides a
presentation shows, and in what order, is ``slide_order``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from borderdesk.core.as_of import as_of_label, format_when
from borderdesk.core.editions import current_editions, discontinued_note
from borderdesk.core.format import format_km, format_number, format_percent
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted, translate
from borderdesk.core.members import Roster, roster
from borderdesk.core.model import (
    OVERVIEW_REF,
    BorderDetail,
    Figure,
    ItemKind,
    ItemRef,
    OrganisationDetail,
    Overview,
)
from borderdesk.core.on_date import figures_on, states_on
from borderdesk.core.pages import OrganisationGrid, SourceComparison, TimelineEntry
from borderdesk.core.record import frozen
from borderdesk.core.roles import Group, MemberStanding
from borderdesk.core.service import ReferenceService
from borderdesk.core.validity import Held, Standing, parse_when
from borderdesk.core.vocabulary import counted, role_name

MAX_POINTS = 3
CURRENT_MARK = QT_TRANSLATE_NOOP("Slides", " (current)")  # after the figure holding on the date

CONTEXT = "Slides"
# A sentence ends at . ! or ? before a capital, Latin or Cyrillic (Kazakh letters included).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\"“‘«(])")

FigureLine = tuple[str, str]  # the figure as text, and its source's short label


class SlideVisual(StrEnum):
    """What a slide shows beside (or instead of) its text."""

    CHART = "chart"  # the segment lengths, the slide's border highlighted
    MAP = "map"  # the map, an organisation's members hatched or a border marked
    COMPARISON = "comparison"  # every source's lengths of the five borders side by side
    GRID = "grid"  # which organisations each neighbour shares with Kazakhstan
    TIMELINE = "timeline"  # the events on a line of years


@frozen
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
    members: tuple[str, ...] = ()  # the country keys the map hatches: members on the date
    members_label: str = ""  # e.g. "members of the CSTO as of 1 January 2016"
    on: date | None = None  # the date the slide holds for (every figure is true then)
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
    """Return the mark after the figure that holds on the date, among older ones: `` (current)``."""
    return translate("Slides", CURRENT_MARK)


def _length_template(what: str) -> str:
    if what == "in all":
        return translate("Slides", "{source}: {length} in all")
    if what == "land":
        return translate("Slides", "{source}: {length} of land border")
    return translate("Slides", "{source}: {length}")


def sourced_length(figure: Figure, *, mark: str = "", what: str = "") -> FigureLine:
    """Return ``Article (c. 2012): 6,846 km`` (``… (current)``), the source first."""
    label = figure.source.label
    line = _length_template(what).format(source=label, length=format_km(figure.value))
    return line + mark, label


def _edition_mark(figure: Figure, on: date) -> str:
    """Return " (current)" for a series' edition current on the day, or that the series ended."""
    ended = discontinued_note(figure.source, on)
    return f" ({ended})" if ended else current_mark()


def edition_lines(
    figures: Iterable[Figure], shown: Figure | None, on: date, what: str = ""
) -> list[FigureLine]:
    """Return each series' edition current on the day (bar the one shown), source first.

    ``what`` is "", "in all" or "land" (``… of land border``).
    """
    figures = tuple(figures)
    current = current_editions((f.source for f in figures), on)
    lines = []
    for edition in current.values():
        figure = next(f for f in figures if f.source == edition)
        if shown is None or figure.source != shown.source:
            lines.append(sourced_length(figure, mark=_edition_mark(figure, on), what=what))
    return lines


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


def overview_slide(overview: Overview, on: date) -> Slide:
    """Return the Kazakhstan slide as of a day: the land border by the article and then.

    The five segments are in the chart beside it, each bar labelled.
    """
    total = overview.stated_total
    figures = [sourced_length(total, what="land")]
    figures += edition_lines(overview.totals, total, on, what="land")
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
        on=on,
    )


def border_title(neighbour: str) -> str:
    """Return a border's title on its slide and handout: ``Kazakhstan – Russia``."""
    return translate("Slides", "Kazakhstan – {neighbour}").format(neighbour=neighbour)


def border_slide(border: BorderDetail, on: date) -> Slide:
    """Return a border's slide as of a day: its length by the article and then, its share.

    Each length names its source first; each series' edition current on the day is marked
    "(current)", or says that the series has ended.
    """
    default = next((f for f in border.lengths if f.is_default), border.lengths[0])
    figures: list[FigureLine] = [sourced_length(default)]
    figures += edition_lines(border.lengths, default, on)
    share = format_percent(border.share_of_total)
    label = default.source.label
    line = translate("Slides", "{source}: {share} of the land border")
    figures.append((line.format(source=label, share=share), label))
    return Slide(
        title=border_title(border.neighbour),
        figures=tuple(figures),
        points=_points(sentences(border.description), (fact.text for fact in border.challenges)),
        highlight=border.key,
        ref=ItemRef(ItemKind.BORDER, border.key),
        subtitle=translate("Slides", "Border no. {rank} by length").format(rank=border.rank),
        on=on,
    )


def _freshest(held: Iterable[Held[Figure]]) -> Held[Figure] | None:
    """Return the held figure with the latest confirmation (the most recent source)."""

    def seen(h: Held[Figure]) -> date:
        span = parse_when(h.last_confirmed.as_of) if h.last_confirmed is not None else None
        return span.last if span is not None else date.min

    return max(held, key=seen, default=None)


def _count_line(what: str, held: Held[Figure] | None) -> FigureLine | None:
    """Return ``CIA …: 10 states`` (with ``last confirmed …`` when only that), or None."""
    if held is None:
        return None
    figure = held.record
    label = figure.source.label
    count = int(figure.value) if float(figure.value).is_integer() else -1
    if what and figure.unit == "states" and count >= 0:
        number = Counted.tr("{count} partner state(s)", "", count).format(
            count=format_number(figure.value)
        )
    else:
        number = counted(figure.value, figure.unit)
    text = translate("Slides", "{source}: {count}").format(source=label, count=number)
    if held.standing is Standing.LAST_CONFIRMED and held.last_confirmed is not None:
        text += translate("Slides", " (last confirmed {date})").format(
            date=format_when(held.last_confirmed.as_of)
        )
    return text, label


def _existence(organisation: OrganisationDetail, on: date) -> FigureLine | None:
    """Return when the organisation was founded, or that it had not been or had ended."""
    validity = organisation.validity
    begun, ended = validity.start(), validity.end()
    if begun is not None and on < begun and validity.since_source is not None:
        label = validity.since_source.label
        text = translate("Slides", "{source}: not yet founded (from {date})")
        return text.format(source=label, date=format_when(validity.since)), label
    if ended is not None and on >= ended and validity.until_source is not None:
        label = validity.until_source.label
        text = translate("Slides", "{source}: ended {date}")
        return text.format(source=label, date=format_when(validity.until)), label
    if validity.since and validity.since_source is not None:
        label = validity.since_source.label
        text = translate("Slides", "{source}: founded {date}")
        return text.format(source=label, date=format_when(validity.since)), label
    return None


def _suspended_lines(standings: Iterable[MemberStanding]) -> list[FigureLine]:
    """Return ``Armenia: participation frozen since 22 February 2024`` per suspended member."""
    lines = []
    for s in standings:
        validity = s.role.validity
        source = validity.since_source or (validity.sources or (None,))[0]
        if source is None:
            continue
        role = role_name(s.role.role)
        if validity.since:
            text = translate("Slides", "{source}: {member}, {role} since {date}")
        else:
            text = translate("Slides", "{source}: {member}, {role}")
        line = text.format(
            source=source.label,
            member=s.membership.member,
            role=role,
            date=format_when(validity.since) if validity.since else "",
        )
        lines.append((line, source.label))
    return lines


def _hatched_label(listed: Roster) -> str:
    """Return what the slide's map hatches, and per which sources (one per member)."""
    sources = "; ".join(source.label for source in listed.sources())
    if not sources:
        return listed.label()
    return translate("Slides", "{members} — per {sources}").format(
        members=listed.label(), sources=sources
    )


def organisation_slide(organisation: OrganisationDetail, on: date) -> Slide:
    """Return an organisation's slide as of a day: founded, seat, counts, each sourced."""
    listed = roster(organisation, on)
    members = listed.hatched()
    figures: list[FigureLine] = []
    existence = _existence(organisation, on)
    if existence is not None:
        figures.append(existence)
    for state in states_on(organisation.headquarters, on, "headquarters"):
        fact = max(state.facts, key=lambda f: f.validity.last_confirmed_day() or date.min)
        text = translate("Slides", "{source}: headquarters {place}").format(
            source=fact.source.label, place=state.value
        )
        if state.standing is Standing.LAST_CONFIRMED and state.last_confirmed is not None:
            text += translate("Slides", " (last confirmed {date})").format(
                date=format_when(state.last_confirmed.as_of)
            )
        figures.append((text, fact.source.label))
    for what, quantity in (("", "member_count"), ("partner", "partner_count")):
        line = _count_line(what, _freshest(figures_on(organisation.figures, on, quantity)))
        if line is not None:
            figures.append(line)
    figures += _suspended_lines(listed.group(Group.SUSPENDED))
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
        members_label=_hatched_label(listed),
        on=on,
        visual=SlideVisual.MAP,
    )


def border_slides(service: ReferenceService, on: date) -> list[Slide]:
    """Return every border's slide as of a day, longest first."""
    return [border_slide(service.border(summary.key), on) for summary in service.borders()]


def organisation_slides(service: ReferenceService, on: date) -> list[Slide]:
    """Return every organisation's slide as of a day, in the tree's order."""
    return [
        organisation_slide(service.organisation(link.ref.key), on)
        for link in service.organisations()
    ]


def index_of(slides: tuple[Slide, ...], ref: ItemRef | None) -> int:
    """Return the index of the slide for ref, or 0 when no slide shows it."""
    return next((i for i, slide in enumerate(slides) if slide.ref == ref), 0)


def next_title(slides: tuple[Slide, ...], index: int) -> str:
    """Return the title of the slide after ``index`` ("" after the last)."""
    return slides[index + 1].title if index + 1 < len(slides) else ""


def footer(index: int, count: int, version: str, on: date | None = None) -> str:
    """Return the slide footer: ``3 / 13 · as of 3 December 2026 · BorderDesk dataset 2026.12``."""
    if on is None:
        text = translate("Slides", "{number} / {count} · BorderDesk dataset {version}")
    else:
        text = translate("Slides", "{number} / {count} · {as_of} · BorderDesk dataset {version}")
    return text.format(
        number=index + 1, count=count, version=version, as_of=as_of_label(on) if on else ""
    )
