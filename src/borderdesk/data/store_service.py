"""The ReferenceService ``open_store`` returns: quick listings now, the ORM on first detail.

The window's first paint needs only the navigation listings and the edition. Those (and the
chart's series) are read with plain SQL (``listings``); the detail pages go to the ORM
``Repository``, whose engine is created, and whose modules (SQLAlchemy among them) are imported
and classes mapped, on the first call. Both read through the same read-only connections.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from borderdesk.core.errors import StoreError
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
from borderdesk.data import listings

if TYPE_CHECKING:
    from borderdesk.core.pages import OrganisationGrid, Timeline
    from borderdesk.data.repository import Repository


Connect = Callable[[], sqlite3.Connection]


class StoreService:
    """Read one BorderDesk database: listings with plain SQL, details through the ORM."""

    def __init__(self, path: Path, connect: Connect) -> None:
        self.path = path
        self._connect = connect  # a new read-only connection to ``path``
        self._orm: Repository | None = None

    def close(self) -> None:
        """Close the ORM's pooled connections (the listings close theirs after each call)."""
        if self._orm is not None:
            self._orm.close()

    @property
    def repository(self) -> Repository:
        """Return the ORM repository over the same connections, importing it on first use."""
        if self._orm is None:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import QueuePool

            from borderdesk.data.repository import Repository

            engine = create_engine("sqlite://", creator=self._connect, poolclass=QueuePool)
            self._orm = Repository(engine, self.path)
        return self._orm

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """Open a connection; turn database failures into a StoreError naming the file."""
        try:
            with closing(self._connect()) as connection:
                yield connection
        except sqlite3.Error as error:  # the ORM's engine reports the same, wrapped
            problem = " ".join(str(error).split())
            raise StoreError(self.path, f"damaged: {problem}") from None
        except UnicodeDecodeError:
            raise StoreError(self.path, "damaged: text that is not UTF-8") from None
        except listings.InconsistentDataError as error:
            raise StoreError(self.path, f"damaged: {error}") from None

    # Listings: plain SQL, no ORM --------------------------------------------------------

    def edition(self) -> DatasetEdition:
        """Return the dataset edition."""
        with self._connection() as connection:
            return listings.edition(connection)

    def borders(self) -> tuple[BorderSummary, ...]:
        """Return the border segments, longest first by the default source."""
        with self._connection() as connection:
            return listings.borders(connection)

    def organisations(self) -> tuple[Link, ...]:
        """Return the organisations in dataset order."""
        with self._connection() as connection:
            return listings.organisations(connection)

    def topics(self) -> tuple[Link, ...]:
        """Return the topics and threats in dataset order."""
        with self._connection() as connection:
            return listings.topics(connection)

    def people(self) -> tuple[Link, ...]:
        """Return the people in dataset order."""
        with self._connection() as connection:
            return listings.people(connection)

    def events(self) -> tuple[Link, ...]:
        """Return the events in date order."""
        with self._connection() as connection:
            return listings.events(connection)

    def sources(self) -> tuple[Link, ...]:
        """Return the sources: the article first, then by date."""
        with self._connection() as connection:
            return listings.sources(connection)

    def chart_sources(self) -> tuple[ChartSource, ...]:
        """Return the sources that give a length for every segment, default first."""
        with self._connection() as connection:
            return listings.chart_sources(connection)

    def segment_series(self, source_id: str | None = None) -> SegmentSeries:
        """Return the segment lengths from one source (the default when None)."""
        with self._connection() as connection:
            return listings.segment_series(connection, source_id)

    # Details: the ORM repository ----------------------------------------------------------

    def overview(self) -> Overview:
        """Return the Kazakhstan overview."""
        return self.repository.overview()

    def border(self, key: str) -> BorderDetail:
        """Return one border segment."""
        return self.repository.border(key)

    def organisation(self, key: str) -> OrganisationDetail:
        """Return one organisation."""
        return self.repository.organisation(key)

    def topic(self, key: str) -> TopicDetail:
        """Return one topic."""
        return self.repository.topic(key)

    def person(self, key: str) -> PersonDetail:
        """Return one person."""
        return self.repository.person(key)

    def event(self, key: str) -> EventDetail:
        """Return one event."""
        return self.repository.event(key)

    def source(self, key: str) -> SourceDetail:
        """Return one source and what rests on it."""
        return self.repository.source(key)

    def organisation_grid(self, on: date | None = None) -> OrganisationGrid:
        """Return which organisations each neighbour shares with Kazakhstan, then and on a day."""
        return self.repository.organisation_grid(on)

    def timeline(self) -> Timeline:
        """Return every event in date order, each with a one-line summary and its sources."""
        return self.repository.timeline()

    def border_map(self) -> BorderMap:
        """Return the bundled map of Kazakhstan, its neighbours and their border lines."""
        return self.repository.border_map()

    def changes(self) -> tuple[DatasetChange, ...]:
        """Return the dataset's change log, newest edition first."""
        return self.repository.changes()
