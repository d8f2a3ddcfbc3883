"""The ReferenceService ``open_store`` returns: quick listings now, the ORM on first detail.

The window's first paint needs only the navigation listings and the edition. Those, the
chart's series, the map and the pages a first start or a handout shows (the overview, a border,
an organisation) are read with plain SQL (``listings``, ``map_listing``, ``detail_listing``);
the other detail pages go to the ORM ``Repository``, whose engine is created, and whose modules
(SQLAlchemy among them) are imported and classes mapped, on the first call. Both read through
the same read-only connections.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from borderdesk.core.errors import StoreError
from borderdesk.core.language import DEFAULT_LANGUAGE, Language
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
from borderdesk.core.search_names import PlaceNames
from borderdesk.core.series_source import LengthTotals
from borderdesk.data import listings, map_listing, place_names
from borderdesk.data.localise import TRANSLATIONS_SQL, Texts, reading_in

if TYPE_CHECKING:
    from borderdesk.core.pages import OrganisationGrid, Timeline
    from borderdesk.data.repository import Repository


Connect = Callable[[], sqlite3.Connection]
K = TypeVar("K")
T = TypeVar("T")


@dataclass
class _Shared:
    """What every language's service over one database shares: the ORM and the translations."""

    orm: Repository | None = None
    texts: dict[Language, Texts] = field(default_factory=dict)
    # The file is immutable while open: what every page ranks borders by, and the chart's
    # sources, are read once (in each language: the names are translated).
    borders: dict[Language, tuple[BorderSummary, ...]] = field(default_factory=dict)
    complete: dict[Language, list[listings.CompleteSource]] = field(default_factory=dict)
    maps: dict[Language, BorderMap] = field(default_factory=dict)  # the map, its names translated
    # Each source's segment lengths, by language and source (None: the default source): the
    # chart reads them again at each date and source it shows, 4,005 rows at the format's limit.
    series: dict[tuple[Language, str | None], SegmentSeries] = field(default_factory=dict)


class StoreService:
    """Read one BorderDesk database: listings with plain SQL, details through the ORM."""

    def __init__(
        self,
        path: Path,
        connect: Connect,
        language: Language = DEFAULT_LANGUAGE,
        shared: _Shared | None = None,
    ) -> None:
        self.path = path
        self._connect = connect  # a new read-only connection to ``path``
        self._language = language
        self._shared = _Shared() if shared is None else shared

    @property
    def language(self) -> Language:
        """Return the language this service answers in."""
        return self._language

    def in_language(self, language: Language) -> StoreService:
        """Return a service over the same database answering in ``language``."""
        # Every language's service shares the connections: closing any closes them all.
        return StoreService(self.path, self._connect, language, self._shared)

    def close(self) -> None:
        """Close the ORM's pooled connections (the listings close theirs after each call)."""
        if self._shared.orm is not None:
            self._shared.orm.close()

    def prepare_pages(self) -> None:
        """Import and set up the ORM the pages read without plain SQL use (about 0.3 s once)."""
        self.repository.prepare_pages()

    @property
    def repository(self) -> Repository:
        """Return the ORM repository over the same connections, importing it on first use."""
        if self._shared.orm is None:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import QueuePool

            from borderdesk.data.repository import Repository

            engine = create_engine("sqlite://", creator=self._connect, poolclass=QueuePool)
            self._shared.orm = Repository(engine, self.path, texts=self._shared.texts)
        orm = self._shared.orm
        return orm if orm.language == self._language else orm.in_language(self._language)

    def _translations(self, connection: sqlite3.Connection) -> Texts:
        """Return the translations of this service's language, read on first use."""
        if self._language == DEFAULT_LANGUAGE:
            return Texts()
        texts = self._shared.texts.get(self._language)
        if texts is None:
            rows = connection.execute(TRANSLATIONS_SQL)
            texts = self._shared.texts[self._language] = Texts.from_rows(self._language, rows)
        return texts

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """Open a connection; turn database failures into a StoreError naming the file."""
        try:
            with (
                closing(self._connect()) as connection,
                reading_in(self._translations(connection)),
            ):
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
        return self._read_once(self._shared.borders, self._language, listings.borders)

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

    def place_names(self) -> tuple[PlaceNames, ...]:
        """Return every place's names today and its former names (none without places)."""
        with self._connection() as connection:
            return place_names.place_names(connection)

    def chart_sources(self) -> tuple[ChartSource, ...]:
        """Return the sources that give a length for every segment, default first."""
        with self._connection() as connection:
            return listings.chart_sources(connection, self._complete_sources(connection))

    def segment_series(self, source_id: str | None = None) -> SegmentSeries:
        """Return the segment lengths from one source (the default when None), read once."""
        series = self._read_once(
            self._shared.series,
            (self._language, source_id),
            lambda c: listings.segment_series(c, source_id, self._complete_sources(c)),
        )
        # The default source's, read for the chart, is that source's too (Lengths by source).
        self._shared.series.setdefault((self._language, series.source.ref.id), series)
        return series

    def segment_series_of(self, source_ids: Sequence[str]) -> tuple[SegmentSeries, ...]:
        """Return each source's segment lengths, those not read yet read in one go (and kept)."""
        kept = self._shared.series
        missing = [s for s in dict.fromkeys(source_ids) if (self._language, s) not in kept]
        if missing:
            with self._connection() as connection:
                read = listings.segment_series_of(
                    connection, missing, self._complete_sources(connection)
                )
            for source_id, series in zip(missing, read, strict=True):
                kept[self._language, source_id] = series
        return tuple(kept[self._language, source_id] for source_id in source_ids)

    def _complete_sources(self, connection: sqlite3.Connection) -> list[listings.CompleteSource]:
        found = self._shared.complete.get(self._language)
        if found is None:
            found = self._shared.complete[self._language] = listings.complete_sources(connection)
        return found

    def border_map(self) -> BorderMap:
        """Return the bundled map of Kazakhstan, its neighbours and their border lines.

        Read once per language: the window's map, a handout and an export share it.
        """
        return self._read_once(self._shared.maps, self._language, map_listing.border_map)

    def _read_once(self, kept: dict[K, T], key: K, read: Callable[[sqlite3.Connection], T]) -> T:
        """Return ``kept[key]``, read through a connection of its own the first time."""
        found = kept.get(key)
        if found is None:
            with self._connection() as connection:
                found = kept[key] = read(connection)
        return found

    # Details: the first pages with plain SQL, the others through the ORM repository -------

    def overview(self) -> Overview:
        """Return the Kazakhstan overview (read with plain SQL: a first start's first page)."""
        from borderdesk.data import detail_listing

        ranked = self.borders()
        with self._connection() as connection:
            return detail_listing.overview(connection, ranked)

    def length_totals(self) -> LengthTotals:
        """Return the overview's totals by source and its reasons, without the rest of it."""
        from borderdesk.data import detail_listing

        with self._connection() as connection:
            return detail_listing.length_totals(connection)

    def border(self, key: str) -> BorderDetail:
        """Return one border segment (read with plain SQL: a handout needs no ORM)."""
        from borderdesk.data import detail_listing  # a page's reader: not every command's

        ranked = self.borders()
        with self._connection() as connection:
            return detail_listing.border(connection, key, ranked)

    def organisation(self, key: str) -> OrganisationDetail:
        """Return one organisation (read with plain SQL: a handout needs no ORM)."""
        from borderdesk.data import detail_listing

        with self._connection() as connection:
            return detail_listing.organisation(connection, key)

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
        return self.repository.organisation_grid(on, self.borders())

    def timeline(self) -> Timeline:
        """Return every event in date order, each with a one-line summary and its sources."""
        return self.repository.timeline()

    def changes(self) -> tuple[DatasetChange, ...]:
        """Return the dataset's change log, newest edition first."""
        return self.repository.changes()
