"""The one interface the GUI and the command line talk to."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from borderdesk.core.compare import lengths_page
from borderdesk.core.errors import ItemNotFoundError
from borderdesk.core.language import Language
from borderdesk.core.model import (
    BorderDetail,
    BorderMap,
    BorderSummary,
    ChartSource,
    DatasetChange,
    DatasetEdition,
    EventDetail,
    ItemKind,
    ItemRef,
    Link,
    OrganisationDetail,
    Overview,
    PersonDetail,
    SegmentSeries,
    SourceDetail,
    TopicDetail,
)
from borderdesk.core.pages import OrganisationGrid, Page, Timeline
from borderdesk.core.since_article import SINCE_ARTICLE_REF, since_article


class ReferenceService(Protocol):
    """Read access to one BorderDesk dataset, in one language; every call returns frozen records.

    Texts come in the service's language; one not translated yet falls back (kk -> ru -> en)
    and each record's ``wording`` names the texts that did. English is the default.
    """

    @property
    def language(self) -> Language:
        """Return the language the texts are asked in."""
        ...

    def in_language(self, language: Language) -> ReferenceService:
        """Return the same dataset's service answering in ``language``."""
        ...

    def prepare_pages(self) -> None:
        """Load what a first read of any page needs (modules, mappings): slow once, for a
        worker thread, so that the first such page does not hold the window."""
        ...

    def edition(self) -> DatasetEdition:
        """Return the dataset edition."""
        ...

    def overview(self) -> Overview:
        """Return the Kazakhstan overview."""
        ...

    def borders(self) -> tuple[BorderSummary, ...]:
        """Return the border segments, longest first by the default source."""
        ...

    def border(self, key: str) -> BorderDetail:
        """Return one border segment; raise ItemNotFoundError for an unknown key."""
        ...

    def organisations(self) -> tuple[Link, ...]:
        """Return the organisations in display order."""
        ...

    def organisation(self, key: str) -> OrganisationDetail:
        """Return one organisation."""
        ...

    def topics(self) -> tuple[Link, ...]:
        """Return the topics and threats."""
        ...

    def topic(self, key: str) -> TopicDetail:
        """Return one topic."""
        ...

    def people(self) -> tuple[Link, ...]:
        """Return the people."""
        ...

    def person(self, key: str) -> PersonDetail:
        """Return one person."""
        ...

    def events(self) -> tuple[Link, ...]:
        """Return the events in date order."""
        ...

    def event(self, key: str) -> EventDetail:
        """Return one event."""
        ...

    def sources(self) -> tuple[Link, ...]:
        """Return the sources."""
        ...

    def source(self, key: str) -> SourceDetail:
        """Return one source and what rests on it."""
        ...

    def chart_sources(self) -> tuple[ChartSource, ...]:
        """Return the sources that give a length for every segment, default first."""
        ...

    def segment_series(self, source_id: str | None = None) -> SegmentSeries:
        """Return the segment lengths from one source (the default when None)."""
        ...

    def organisation_grid(self, on: date | None = None) -> OrganisationGrid:
        """Return which organisations each neighbour shares with Kazakhstan, then and on a day.

        ``None`` means the dataset edition's date.
        """
        ...

    def timeline(self) -> Timeline:
        """Return every event in date order, each with a one-line summary and its sources."""
        ...

    def border_map(self) -> BorderMap:
        """Return the map: border lines, the Caspian shore, outlines, tri-points and cities."""
        ...

    def changes(self) -> tuple[DatasetChange, ...]:
        """Return the dataset's change log, newest edition first, each change sourced."""
        ...


def load_detail(service: ReferenceService, ref: ItemRef, on: date | None = None) -> Page:
    """Return the page record for any item reference (the grid as of ``on``)."""
    match ref.kind:
        case ItemKind.OVERVIEW:
            return service.overview()
        case ItemKind.BORDER:
            return service.border(ref.key)
        case ItemKind.ORGANISATION:
            return service.organisation(ref.key)
        case ItemKind.TOPIC:
            return service.topic(ref.key)
        case ItemKind.PERSON:
            return service.person(ref.key)
        case ItemKind.EVENT:
            return service.event(ref.key)
        case ItemKind.SOURCE:
            return service.source(ref.key)
        case ItemKind.COMPARISON if ref.key == "lengths":
            return lengths_page(service)
        case ItemKind.COMPARISON if ref.key == "grid":
            return service.organisation_grid(on)
        case ItemKind.COMPARISON if ref.key == SINCE_ARTICLE_REF.key:
            return since_article(service, on or date.today())
        case ItemKind.TIMELINE:
            return service.timeline()
    raise ItemNotFoundError(f"nothing to show for {ref.to_string()}")
