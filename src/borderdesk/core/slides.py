"""Presentation slides as plain data: the overview, each border, each organisation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from borderdesk.core.format import format_date, format_km, format_percent
from borderdesk.core.i18n import translate
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
from borderdesk.core.service import ReferenceService
from borderdesk.core.vocabulary import counted

MAX_POINTS = 3
CIA_CURRENT = "CIA2015"  # the CIA World Factbook 2015–2025 editions' figures

CONTEXT = "Slides"
# A sentence ends at . ! or ? before a capital, Latin or Cyrillic (Kazakh letters included).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\"“‘«(])")

_YEAR = re.compile(r"\d{4}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")

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
    members: tuple[str, ...] = ()  # the country keys the map hatches: members today
    members_label: str = ""  # e.g. "members of the CSTO today"


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
    """Return the Kazakhstan slide: the stated total and the five segments."""
    total = overview.stated_total
    figures: list[FigureLine] = [
        (
            translate("Slides", "Land borders: {length}").format(length=format_km(total.value)),
            total.source.label,
        )
    ]
    figures += [
        (f"{segment.neighbour}: {format_km(segment.length.value)}", segment.length.source.label)
        for segment in overview.segments
    ]
    return Slide(
        title=translate("Slides", "{country}: land borders").format(country=overview.title),
        figures=tuple(figures),
        points=_points(sentences(overview.description), [overview.landlocked_note]),
        highlight=None,
        ref=OVERVIEW_REF,
    )


def border_slide(border: BorderDetail) -> Slide:
    """Return a border's slide: its default length, share of the total and the CIA figure."""
    default = next((f for f in border.lengths if f.is_default), border.lengths[0])
    length = translate("Slides", "Length: {length}")
    share = translate("Slides", "Share of the total: {share}")
    figures: list[FigureLine] = [
        (length.format(length=format_km(default.value)), default.source.label),
        (share.format(share=format_percent(border.share_of_total)), default.source.label),
    ]
    cia = next((f for f in border.lengths if f.source.id == CIA_CURRENT), None)
    if cia is not None and cia is not default:
        figures.append((length.format(length=format_km(cia.value)), cia.source.label))
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
        figures.append(
            (translate("Slides", "Founded: {year}").format(year=when), fact.source.label)
        )
    if organisation.headquarters:
        fact = organisation.headquarters[0]
        figures.append(
            (
                translate("Slides", "Headquarters: {place}").format(place=fact.text),
                fact.source.label,
            )
        )
    count = _latest(organisation.figures, "member_count")
    if count is not None:
        number = counted(count.value, count.unit)
        if count.as_of:
            text = translate("Slides", "Members: {count} (as of {date})").format(
                count=number, date=format_date(count.as_of)
            )
        else:
            text = translate("Slides", "Members: {count}").format(count=number)
        figures.append((text, count.source.label))
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
    )


def build_sequence(service: ReferenceService) -> tuple[Slide, ...]:
    """Return the slides in order: overview, borders longest first, then organisations."""
    slides = [overview_slide(service.overview())]
    slides += [border_slide(service.border(summary.key)) for summary in service.borders()]
    slides += [
        organisation_slide(service.organisation(link.ref.key)) for link in service.organisations()
    ]
    return tuple(slides)


def index_of(slides: tuple[Slide, ...], ref: ItemRef | None) -> int:
    """Return the index of the slide for ref, or 0 when no slide shows it."""
    return next((i for i, slide in enumerate(slides) if slide.ref == ref), 0)


def footer(index: int, count: int, version: str) -> str:
    """Return the slide footer: ``3 / 13 · BorderDesk dataset 2026.11``."""
    return translate("Slides", "{number} / {count} · BorderDesk dataset {version}").format(
        number=index + 1, count=count, version=version
    )
