"""A service whose language can change under the views that hold it.

A window hands one ``SwitchingService`` to its tree, pages, chart, map and outputs; when the
reader picks another language, ``switch`` turns it to the same dataset in that language, and
every later call answers in it (the window then asks its views to read again).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from borderdesk.core.language import Language
from borderdesk.core.model import (
    BorderDetail,
    BorderMap,
    BorderSummary,
    ChartSource,
    DatasetChange,
    DatasetEdition,
    EventDetail,
    Link,
    OrganisationDetail,
    Overview,
    PersonDetail,
    SegmentSeries,
    SourceDetail,
    TopicDetail,
)
from borderdesk.core.pages import OrganisationGrid, Timeline
from borderdesk.core.search_names import KnowsPlaces, PlaceNames
from borderdesk.core.series_source import LengthTotals, length_totals, series_of
from borderdesk.core.service import ReferenceService


class SwitchingService:
    """Answer as the service of the language chosen last (a ReferenceService itself)."""

    def __init__(self, service: ReferenceService) -> None:
        self._service = service

    @property
    def current(self) -> ReferenceService:
        """Return the service answering now."""
        return self._service

    def switch(self, language: Language) -> None:
        """Answer in ``language`` from now on."""
        if language != self._service.language:
            self._service = self._service.in_language(language)

    @property
    def language(self) -> Language:
        """Return the language the texts are asked in."""
        return self._service.language

    def in_language(self, language: Language) -> ReferenceService:
        """Return the same dataset's service answering in ``language``."""
        return self._service.in_language(language)

    def prepare_pages(self) -> None:
        """Have the current language's service load what its pages need."""
        self._service.prepare_pages()

    def edition(self) -> DatasetEdition:
        """Return the dataset edition."""
        return self._service.edition()

    def overview(self) -> Overview:
        """Return the Kazakhstan overview."""
        return self._service.overview()

    def borders(self) -> tuple[BorderSummary, ...]:
        """Return the border segments, longest first by the default source."""
        return self._service.borders()

    def border(self, key: str) -> BorderDetail:
        """Return one border segment; raise ItemNotFoundError for an unknown key."""
        return self._service.border(key)

    def organisations(self) -> tuple[Link, ...]:
        """Return the organisations in display order."""
        return self._service.organisations()

    def organisation(self, key: str) -> OrganisationDetail:
        """Return one organisation."""
        return self._service.organisation(key)

    def topics(self) -> tuple[Link, ...]:
        """Return the topics and threats."""
        return self._service.topics()

    def topic(self, key: str) -> TopicDetail:
        """Return one topic."""
        return self._service.topic(key)

    def people(self) -> tuple[Link, ...]:
        """Return the people."""
        return self._service.people()

    def person(self, key: str) -> PersonDetail:
        """Return one person."""
        return self._service.person(key)

    def events(self) -> tuple[Link, ...]:
        """Return the events in date order."""
        return self._service.events()

    def event(self, key: str) -> EventDetail:
        """Return one event."""
        return self._service.event(key)

    def sources(self) -> tuple[Link, ...]:
        """Return the sources."""
        return self._service.sources()

    def source(self, key: str) -> SourceDetail:
        """Return one source and what rests on it."""
        return self._service.source(key)

    def chart_sources(self) -> tuple[ChartSource, ...]:
        """Return the sources that give a length for every segment, default first."""
        return self._service.chart_sources()

    def segment_series(self, source_id: str | None = None) -> SegmentSeries:
        """Return the segment lengths from one source (the default when None)."""
        return self._service.segment_series(source_id)

    def segment_series_of(self, source_ids: Sequence[str]) -> tuple[SegmentSeries, ...]:
        """Return each source's segment lengths, read together when the service can."""
        return series_of(self._service, source_ids)

    def length_totals(self) -> LengthTotals:
        """Return the overview's totals by source and its reasons (alone when it can)."""
        return length_totals(self._service)

    def organisation_grid(self, on: date | None = None) -> OrganisationGrid:
        """Return which organisations each neighbour shares with Kazakhstan, then and on a day."""
        return self._service.organisation_grid(on)

    def timeline(self) -> Timeline:
        """Return every event in date order, each with a one-line summary and its sources."""
        return self._service.timeline()

    def place_names(self) -> tuple[PlaceNames, ...]:
        """Return every place's names today and its former names (none if the data has none)."""
        service = self._service
        return service.place_names() if isinstance(service, KnowsPlaces) else ()

    def changes(self) -> tuple[DatasetChange, ...]:
        """Return the dataset's change log, newest edition first, each change sourced."""
        return self._service.changes()

    def border_map(self) -> BorderMap:
        """Return the map: border lines, the Caspian shore, outlines, tri-points and cities."""
        return self._service.border_map()
