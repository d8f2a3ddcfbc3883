"""Presentation slides as plain data: the overview, each border, each organisation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from borderdesk.core.as_of import as_of_label, format_when
from borderdesk.core.editions import current_editions, discontinued_note
from borderdesk.core.format import format_km, format_number, format_percent
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
from borderdesk.core.roles import Group, MemberStanding
from borderdesk.core.service import ReferenceService
from borderdesk.core.validity import Held, Standing, parse_when

MAX_POINTS = 3

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])")

FigureLine = tuple[str, str]  # the figure as text, and its source's short label


@dataclass(frozen=True)
class Slide:
    """One slide: a title, key figures each with its source, a few points, what is marked.

    A border's slide marks its bar in the chart (and its line on the map); an organisation's
    marks its member states on the map.
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
    """Return the Kazakhstan slide: the stated total, the five segments, the current CIA total."""
    total = overview.stated_total
    figures: list[FigureLine] = [(f"Land borders: {format_km(total.value)}", total.source.label)]
    figures += [
        (f"{segment.neighbour}: {format_km(segment.length.value)}", segment.length.source.label)
        for segment in overview.segments
    ]
    current = current_editions((t.source for t in overview.totals), on)
    for edition in current.values():
        stated = next(t for t in overview.totals if t.source == edition)
        if stated.source != total.source:
            figures.append(_edition_line("Land borders", stated, on))
    return Slide(
        title=f"{overview.title}: land borders",
        figures=tuple(figures),
        points=_points(sentences(overview.description), [overview.landlocked_note]),
        highlight=None,
        ref=OVERVIEW_REF,
        on=on,
    )


def _edition_line(what: str, figure: Figure, on: date) -> FigureLine:
    """Return a figure from a series' current edition, saying if the series has ended."""
    ended = discontinued_note(figure.source, on)
    suffix = f" ({ended})" if ended else ""
    return f"{what}: {format_km(figure.value)}{suffix}", figure.source.label


def border_slide(border: BorderDetail, on: date) -> Slide:
    """Return a border's slide: its default length, share, and each series' current edition."""
    default = next((f for f in border.lengths if f.is_default), border.lengths[0])
    figures: list[FigureLine] = [
        (f"Length: {format_km(default.value)}", default.source.label),
        (f"Share of the total: {format_percent(border.share_of_total)}", default.source.label),
    ]
    current = current_editions((f.source for f in border.lengths), on)
    for edition in current.values():
        length = next(f for f in border.lengths if f.source == edition)
        if length is not default:
            figures.append(_edition_line("Length", length, on))
    return Slide(
        title=f"Kazakhstan – {border.neighbour}",
        figures=tuple(figures),
        points=_points(sentences(border.description), (fact.text for fact in border.challenges)),
        highlight=border.key,
        ref=ItemRef(ItemKind.BORDER, border.key),
        subtitle=f"Border no. {border.rank} by length",
        on=on,
    )


def _freshest(held: Iterable[Held[Figure]]) -> Held[Figure] | None:
    """Return the held figure with the latest confirmation (the most recent source)."""

    def seen(h: Held[Figure]) -> date:
        span = parse_when(h.last_confirmed.as_of) if h.last_confirmed is not None else None
        return span.last if span is not None else date.min

    return max(held, key=seen, default=None)


def _count_line(label: str, held: Held[Figure] | None) -> FigureLine | None:
    """Return ``Members: 10 states`` (with ``last confirmed …`` when only that), or None."""
    if held is None:
        return None
    figure = held.record
    text = f"{label}: {format_number(figure.value)} {figure.unit}"
    if held.standing is Standing.LAST_CONFIRMED and held.last_confirmed is not None:
        text += f" (last confirmed {format_when(held.last_confirmed.as_of)})"
    return text, figure.source.label


def _existence(organisation: OrganisationDetail, on: date) -> FigureLine | None:
    """Return when the organisation was founded, or that it had not been or had ended."""
    validity = organisation.validity
    begun, ended = validity.start(), validity.end()
    if begun is not None and on < begun and validity.since_source is not None:
        return (f"Not yet founded: from {format_when(validity.since)}", validity.since_source.label)
    if ended is not None and on >= ended and validity.until_source is not None:
        return (f"Ended: {format_when(validity.until)}", validity.until_source.label)
    if validity.since and validity.since_source is not None:
        return (f"Founded: {format_when(validity.since)}", validity.since_source.label)
    return None


def _suspended_lines(standings: Iterable[MemberStanding]) -> list[FigureLine]:
    """Return ``Armenia: participation frozen since 22 February 2024`` per suspended member."""
    lines = []
    for s in standings:
        validity = s.role.validity
        source = validity.since_source or (validity.sources or (None,))[0]
        if source is None:
            continue
        since = f" since {format_when(validity.since)}" if validity.since else ""
        lines.append((f"{s.membership.member}: {s.role.role}{since}", source.label))
    return lines


def _hatched_label(listed: Roster) -> str:
    """Return what the slide's map hatches, and per which sources (one per member)."""
    sources = "; ".join(source.label for source in listed.sources())
    return f"{listed.label()} — per {sources}" if sources else listed.label()


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
        text = f"Headquarters: {state.value}"
        if state.standing is Standing.LAST_CONFIRMED and state.last_confirmed is not None:
            text += f" (last confirmed {format_when(state.last_confirmed.as_of)})"
        figures.append((text, fact.source.label))
    for label, quantity in (("Members", "member_count"), ("Partners", "partner_count")):
        line = _count_line(label, _freshest(figures_on(organisation.figures, on, quantity)))
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
    )


def build_sequence(service: ReferenceService, on: date) -> tuple[Slide, ...]:
    """Return the slides as of a day: overview, borders longest first, then organisations."""
    slides = [overview_slide(service.overview(), on)]
    slides += [border_slide(service.border(summary.key), on) for summary in service.borders()]
    slides += [
        organisation_slide(service.organisation(link.ref.key), on)
        for link in service.organisations()
    ]
    return tuple(slides)


def index_of(slides: tuple[Slide, ...], ref: ItemRef | None) -> int:
    """Return the index of the slide for ref, or 0 when no slide shows it."""
    return next((i for i, slide in enumerate(slides) if slide.ref == ref), 0)


def footer(index: int, count: int, version: str, on: date | None = None) -> str:
    """Return the slide footer: ``3 / 13 · as of 3 December 2026 · BorderDesk dataset 2026.12``."""
    when = f" · {as_of_label(on)}" if on is not None else ""
    return f"{index + 1} / {count}{when} · BorderDesk dataset {version}"
