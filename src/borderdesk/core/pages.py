"""Records of the side-by-side views: lengths by source, borders x organisations, timeline.

Plain frozen dataclasses like ``model``; ``Page`` is every record the detail pane can show.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from borderdesk.core.model import (
    LIST_LIMIT,
    DatasetEdition,
    Detail,
    Fact,
    Figure,
    ItemKind,
    ItemRef,
    Link,
    SegmentSeries,
    SourceRef,
)
from borderdesk.core.record import frozen
from borderdesk.core.since_article import SinceArticle
from borderdesk.core.validity import Held

ARTICLE_ID = "ART"  # the article every page starts from (the fact sheet's source id)
ARTICLE_YEAR = "2012"  # its year: printed undated, inferred early-to-mid 2012

LENGTHS_REF = ItemRef(ItemKind.COMPARISON, "lengths")
GRID_REF = ItemRef(ItemKind.COMPARISON, "grid")
TIMELINE_REF = ItemRef(ItemKind.TIMELINE, "events")


@frozen
class LengthRow:
    """One source's length of a border, compared with the reference (the article's)."""

    figure: Figure
    is_reference: bool
    delta_km: float | None  # figure - reference; None for the reference row or without one
    delta_share: float | None  # delta_km / reference, e.g. 0.1166 for +11.7%


@frozen
class ThenNow:
    """A time-bound value at the article's date and on the date viewed, for one quantity."""

    label: str  # the figure's quantity or the fact's label: "member_count", "headquarters"
    then: tuple[Held[Figure] | Held[Fact], ...]  # what held at the article's date
    now: tuple[Held[Figure] | Held[Fact], ...]  # what holds on the date viewed


@frozen
class SourceComparison:
    """Several sources' lengths of the five segments side by side, for the grouped chart."""

    series: tuple[SegmentSeries, ...]  # in the order chosen; every series has the same keys
    edition: DatasetEdition
    on: date | None = None  # the day the chart is shown as of (its caption says so)

    @property
    def keys(self) -> tuple[str, ...]:
        """Return the border keys in bar-group order (the first series' order)."""
        return tuple(bar.key for bar in self.series[0].bars) if self.series else ()

    @property
    def labels(self) -> tuple[str, ...]:
        """Return the neighbour names in bar-group order."""
        return tuple(bar.label for bar in self.series[0].bars) if self.series else ()

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        """Return every source compared, in order."""
        return tuple(s.source.ref for s in self.series)

    def value(self, source_id: str, key: str) -> float:
        """Return one source's length of one border; KeyError when it has none."""
        for series in self.series:
            if series.source.ref.id == source_id:
                return next(bar.value for bar in series.bars if bar.key == key)
        raise KeyError(source_id)


ChartView = SegmentSeries | SourceComparison
"""What the chart shows: one source's bars, or several sources' grouped bars."""


@frozen
class LengthsPage:
    """Every chart source's five lengths and totals side by side, with the reasons."""

    comparison: SourceComparison  # the chart sources, default first, then by date
    totals: tuple[Figure, ...]  # each source's stated total, with its reason
    discrepancies: tuple[Fact, ...]  # why the totals differ


class Standing(StrEnum):
    """Where a neighbour stands with Kazakhstan in an organisation at one date."""

    SHARED = "shared"  # both members
    SUSPENDED = "suspended"  # both members, the neighbour's participation suspended or frozen
    OBSERVER = "observer"  # Kazakhstan a member, the neighbour an observer or partner
    FORMER = "former"  # the neighbour had been a member but had left
    NOT_MEMBER = "not a member"


@frozen
class GridStatus:
    """A neighbour's standing at one date, and which organisations of the column it is in."""

    standing: Standing
    organisations: tuple[str, ...] = ()  # abbreviations, e.g. ("EAEU",)
    since: str = ""  # when it began (shared, observer) or ended (former), as known
    confirmed: bool = True  # a source places the day inside the membership's time
    last_confirmed: str = ""  # when not confirmed: the latest date a source gives


@frozen
class GridCell:
    """One neighbour in one column: then (the article's date) and now, with the sources."""

    then: GridStatus
    now: GridStatus
    sources: tuple[SourceRef, ...]
    notes: tuple[str, ...] = ()


@frozen
class GridRow:
    """One border: the neighbour and its cells, in column order."""

    border: Link
    neighbour_key: str
    cells: Sequence[GridCell]  # worked out as they are read (core.grid.LazyCells)


@frozen
class GridColumn:
    """One column: an organisation, or a chain of predecessors and their successor."""

    title: str  # "CSTO", "CU, SES → EAEU"
    organisations: tuple[Link, ...]


@frozen
class OrganisationGrid:
    """Which organisations each neighbour shares with Kazakhstan, at the article's date and now."""

    then_label: str  # "2012"
    then_date: str  # the article's date as compared, "2012-06-01"
    now_date: str  # the date viewed, "2026-12-03"
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]

    def cell(self, border_key: str, column_title: str) -> GridCell:
        """Return the cell of one border in one column; KeyError when there is none."""
        row = next(r for r in self.rows if r.border.ref.key == border_key)
        index = next(i for i, c in enumerate(self.columns) if c.title == column_title)
        return row.cells[index]


@frozen
class TimelineEntry:
    """One dated event, as the timeline lists it."""

    event: Link
    date: str  # as in the dataset: "2010-06", "1992-05/1997-06-27"
    summary: str  # the description's first sentence
    sources: tuple[SourceRef, ...]  # the sources of the event's facts


@frozen
class Timeline:
    """The events in the dataset in date order, the first LIST_LIMIT of them listed."""

    entries: tuple[TimelineEntry, ...]
    more: int = 0  # how many later events are left out


Page = Detail | LengthsPage | OrganisationGrid | Timeline | SinceArticle
"""Every record the detail pane can show."""

GRID_COLUMNS = 12  # a grid with more organisation columns than this is read in a table view


def needs_table_view(page: Page) -> bool:
    """Tell whether a page's table is too long to lay out as part of the page.

    Lengths by source of more than LIST_LIMIT borders, or a grid of more borders or more
    organisation columns than a page shows, is read in a table view row by row instead.
    """
    if isinstance(page, LengthsPage):
        return len(page.comparison.keys) > LIST_LIMIT
    if isinstance(page, OrganisationGrid):
        return len(page.rows) > LIST_LIMIT or len(page.columns) > GRID_COLUMNS
    return False
