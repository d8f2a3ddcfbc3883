"""The part of the reference service that putting sources side by side needs.

``compare`` reads through this protocol rather than the whole ``ReferenceService``, which
dispatches to ``compare`` itself: the two modules then import in one direction only.
"""

from __future__ import annotations

from typing import Protocol

from borderdesk.core.model import ChartSource, Overview, SegmentSeries


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
