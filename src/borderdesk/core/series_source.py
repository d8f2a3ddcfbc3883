"""The part of the reference service that putting sources side by side needs.

``compare`` reads through this protocol rather than the whole ``ReferenceService``, which
dispatches to ``compare`` itself: the two modules then import in one direction only.

A service over a database also reads several sources' lengths in one go, and the totals
without the rest of the overview (``ReadsLengthsInOneGo``): Lengths by source of a large pack
then opens without reading the overview's lists or asking for each source's lengths apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from borderdesk.core.model import ChartSource, Fact, Figure, Overview, SegmentSeries
from borderdesk.core.record import frozen


class SeriesSource(Protocol):
    """Read the chart's sources, one source's lengths, and the overview's totals."""

    def overview(self) -> Overview:
        """Return the Kazakhstan overview."""
        ...

    def chart_sources(self) -> tuple[ChartSource, ...]:
        """Return the sources that give a length for every segment, default first."""
        ...

    def segment_series(self, source_id: str | None = None) -> SegmentSeries:
        """Return the segment lengths from one source (the default when None)."""
        ...


@frozen
class LengthTotals:
    """Each source's stated total of the segments, and why they differ, as the overview has."""

    totals: tuple[Figure, ...]  # the default source's first, then by date
    discrepancies: tuple[Fact, ...]  # the overview's first ones


@runtime_checkable
class ReadsLengthsInOneGo(Protocol):
    """A service that reads several sources' lengths, and the totals alone, in one go."""

    def segment_series_of(self, source_ids: Sequence[str]) -> tuple[SegmentSeries, ...]:
        """Return each source's segment lengths, in the order asked."""
        ...

    def length_totals(self) -> LengthTotals:
        """Return the overview's totals by source and its reasons, without the rest of it."""
        ...


def series_of(service: SeriesSource, source_ids: Sequence[str]) -> tuple[SegmentSeries, ...]:
    """Return each source's segment lengths, read together when the service can."""
    if isinstance(service, ReadsLengthsInOneGo):
        return service.segment_series_of(source_ids)
    return tuple(service.segment_series(source_id) for source_id in source_ids)


def length_totals(service: SeriesSource) -> LengthTotals:
    """Return the overview's totals by source and its reasons (alone when the service can)."""
    if isinstance(service, ReadsLengthsInOneGo):
        return service.length_totals()
    overview = service.overview()
    return LengthTotals(overview.totals, overview.discrepancies)
