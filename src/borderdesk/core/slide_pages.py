"""Slides of the side-by-side pages: lengths by source, the grid, the timeline in runs.

Each carries what it draws (the sources' lengths, the grid, a run of events) and the short
labels of what that rests on, for its source line. The timeline is cut into runs of a few
events each, so every event's name reads from the back of the room.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from borderdesk.core.compare import lengths_page
from borderdesk.core.i18n import translate
from borderdesk.core.model import SourceRef
from borderdesk.core.pages import (
    GRID_REF,
    LENGTHS_REF,
    TIMELINE_REF,
    OrganisationGrid,
    Timeline,
    TimelineEntry,
)
from borderdesk.core.service import ReferenceService
from borderdesk.core.slides import (
    MAX_POINTS,
    FigureLine,
    Slide,
    SlideVisual,
    edition_lines,
    sourced_length,
)

EVENTS_PER_SLIDE = 6  # a run of the timeline: each name whole at the slide's type size
MAX_TOTALS = 3  # figures beside the lengths chart: the article's, today's and one more


def lengths_slide(service: ReferenceService, on: date) -> Slide:
    """Return the slide of every chart source's five lengths, grouped, with the totals.

    Beside the article's total, each series' edition current on the day is marked.
    """
    page = lengths_page(service)
    default = next((t for t in page.totals if t.is_default), None)
    figures: list[FigureLine] = []
    if default is not None:
        figures.append(sourced_length(default, what="in all"))
    figures += edition_lines(page.totals, default, on, what="in all")
    return Slide(
        title=translate("Slides", "Lengths by source"),
        figures=tuple(figures[:MAX_TOTALS]),
        points=tuple(fact.text for fact in page.discrepancies[: MAX_POINTS - 1]),
        highlight=None,
        ref=LENGTHS_REF,
        subtitle=translate("Slides", "Each source's lengths of the five borders, side by side"),
        on=on,
        visual=SlideVisual.COMPARISON,
        comparison=page.comparison,
    )


def grid_slide(grid: OrganisationGrid, on: date | None = None) -> Slide:
    """Return the slide of which organisations each neighbour shares with Kazakhstan."""
    sources = (source for row in grid.rows for cell in row.cells for source in cell.sources)
    return Slide(
        title=translate("Slides", "Borders × organisations"),
        figures=(),
        points=(),
        highlight=None,
        ref=GRID_REF,
        subtitle=translate(
            "Slides", "Which organisations each neighbour shares with Kazakhstan: {then} and {now}"
        ).format(then=grid.then_label, now=grid.now_date[:4]),
        on=on,
        visual=SlideVisual.GRID,
        grid=grid,
        sources=_labels(sources),
    )


def timeline_slides(
    timeline: Timeline, per_slide: int = EVENTS_PER_SLIDE, *, on: date | None = None
) -> list[Slide]:
    """Return the timeline in runs of at most ``per_slide`` events, each run a slide."""
    runs = _runs(timeline.entries, per_slide)
    slides = []
    for number, run in enumerate(runs, start=1):
        first, last = _year(run[0].date), _year(run[-1].date)
        span = first if first == last else f"{first}–{last}"
        if len(runs) > 1:
            subtitle = translate("Slides", "Events ({number} of {count})").format(
                number=number, count=len(runs)
            )
        else:
            subtitle = translate("Slides", "Events")
        slides.append(
            Slide(
                title=translate("Slides", "Timeline: {span}").format(span=span),
                figures=(),
                points=(),
                highlight=None,
                ref=TIMELINE_REF,
                subtitle=subtitle,
                on=on,
                visual=SlideVisual.TIMELINE,
                events=tuple(run),
                sources=_labels(source for entry in run for source in entry.sources),
            )
        )
    return slides


def _runs(entries: Sequence[TimelineEntry], per_slide: int) -> list[list[TimelineEntry]]:
    """Cut the events into runs as even as can be, none longer than ``per_slide``."""
    if not entries:
        return []
    count = -(-len(entries) // per_slide)  # ceiling
    size, extra = divmod(len(entries), count)
    runs, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        runs.append(list(entries[start:end]))
        start = end
    return runs


def _year(when: str) -> str:
    """Return the year an event starts in (``1992-05/1997-06-27`` gives 1992)."""
    return when[:4]


def _labels(sources: Iterable[SourceRef]) -> tuple[str, ...]:
    """Return the short labels of sources, once each, in the order first met."""
    return tuple(dict.fromkeys(source.label for source in sources))
