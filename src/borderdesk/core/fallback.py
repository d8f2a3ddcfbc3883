"""Mark records that hold only English as fallen back: for services with no translations at all.

The database service marks each text as it picks it; an in-memory service (the sample data, a
test's) has only the English, so everything it returns for another language is marked here, by
the texts each kind of record holds.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from datetime import date
from typing import TypeVar

from borderdesk.core.language import DEFAULT_LANGUAGE, Language, Wording
from borderdesk.core.model import (
    Bar,
    BorderDetail,
    BorderMap,
    BorderSummary,
    ChartSource,
    DatasetChange,
    DatasetEdition,
    EventDetail,
    Fact,
    Figure,
    Link,
    MapLine,
    MapOutline,
    MapPoint,
    Membership,
    OrganisationDetail,
    Overview,
    PersonDetail,
    Quote,
    Role,
    SegmentSeries,
    Source,
    SourceDetail,
    SourceRef,
    TopicDetail,
)
from borderdesk.core.pages import OrganisationGrid, Timeline
from borderdesk.core.service import ReferenceService
from borderdesk.core.validity import Confirmation

T = TypeVar("T")

# The fields of each record that hold our texts (not names of sources, quotes or vocabularies).
TEXT_FIELDS: dict[type, tuple[str, ...]] = {
    Link: ("title",),
    SourceRef: ("label", "edition"),
    Source: ("covers", "note"),
    Figure: ("note", "reason"),
    Fact: ("text", "value"),
    Quote: ("speaker_role", "attribution", "note"),
    Membership: ("member", "organisation", "note"),
    Role: ("note",),
    Confirmation: ("note",),
    DatasetChange: ("text",),
    BorderSummary: ("neighbour",),
    BorderDetail: ("neighbour", "description"),
    OrganisationDetail: ("abbreviation", "name", "description"),
    Overview: ("title", "description", "landlocked_note"),
    TopicDetail: ("name", "description"),
    PersonDetail: ("name", "role", "description"),
    EventDetail: ("title", "description"),
    Bar: ("label",),
    MapLine: ("name",),
    MapOutline: ("name",),
    MapPoint: ("name", "note"),
}


def in_english(record: T, asked: Language) -> T:
    """Return ``record`` (and every record in it) with its non-empty texts marked as English."""
    if asked == DEFAULT_LANGUAGE:
        return record
    return _mark(record, asked)


def _mark(value: T, asked: Language) -> T:
    if isinstance(value, tuple):
        return tuple(_mark(item, asked) for item in value)  # type: ignore[return-value]
    if not is_dataclass(value) or isinstance(value, type):
        return value
    changes: dict[str, object] = {}
    for f in fields(value):
        inner = getattr(value, f.name)
        if isinstance(inner, tuple) or (is_dataclass(inner) and not isinstance(inner, type)):
            changes[f.name] = _mark(inner, asked)
    names = TEXT_FIELDS.get(type(value))
    if names is not None:
        marked = tuple((n, DEFAULT_LANGUAGE) for n in names if getattr(value, n))
        changes["wording"] = Wording(asked, marked)
    return replace(value, **changes)


class EnglishOnly:
    """Serve an English-only service in another language: the same records, marked as English."""

    def __init__(self, english: ReferenceService, language: Language) -> None:
        self._english = english
        self._language = language

    @property
    def language(self) -> Language:
        """Return the language the texts are asked in."""
        return self._language

    def in_language(self, language: Language) -> ReferenceService:
        """Return the same dataset's service answering in ``language``."""
        return self._english.in_language(language)

    def prepare_pages(self) -> None:
        """Have the English service load what its pages need."""
        self._english.prepare_pages()

    def edition(self) -> DatasetEdition:
        """Return the dataset edition."""
        return in_english(self._english.edition(), self._language)

    def overview(self) -> Overview:
        """Return the Kazakhstan overview."""
        return in_english(self._english.overview(), self._language)

    def borders(self) -> tuple[BorderSummary, ...]:
        """Return the border segments, longest first by the default source."""
        return in_english(self._english.borders(), self._language)

    def border(self, key: str) -> BorderDetail:
        """Return one border segment; raise ItemNotFoundError for an unknown key."""
        return in_english(self._english.border(key), self._language)

    def organisations(self) -> tuple[Link, ...]:
        """Return the organisations in display order."""
        return in_english(self._english.organisations(), self._language)

    def organisation(self, key: str) -> OrganisationDetail:
        """Return one organisation."""
        return in_english(self._english.organisation(key), self._language)

    def topics(self) -> tuple[Link, ...]:
        """Return the topics and threats."""
        return in_english(self._english.topics(), self._language)

    def topic(self, key: str) -> TopicDetail:
        """Return one topic."""
        return in_english(self._english.topic(key), self._language)

    def people(self) -> tuple[Link, ...]:
        """Return the people."""
        return in_english(self._english.people(), self._language)

    def person(self, key: str) -> PersonDetail:
        """Return one person."""
        return in_english(self._english.person(key), self._language)

    def events(self) -> tuple[Link, ...]:
        """Return the events in date order."""
        return in_english(self._english.events(), self._language)

    def event(self, key: str) -> EventDetail:
        """Return one event."""
        return in_english(self._english.event(key), self._language)

    def sources(self) -> tuple[Link, ...]:
        """Return the sources."""
        return in_english(self._english.sources(), self._language)

    def source(self, key: str) -> SourceDetail:
        """Return one source and what rests on it."""
        return in_english(self._english.source(key), self._language)

    def chart_sources(self) -> tuple[ChartSource, ...]:
        """Return the sources that give a length for every segment, default first."""
        return in_english(self._english.chart_sources(), self._language)

    def segment_series(self, source_id: str | None = None) -> SegmentSeries:
        """Return the segment lengths from one source (the default when None)."""
        return in_english(self._english.segment_series(source_id), self._language)

    def organisation_grid(self, on: date | None = None) -> OrganisationGrid:
        """Return which organisations each neighbour shares with Kazakhstan, then and on a day."""
        return in_english(self._english.organisation_grid(on), self._language)

    def timeline(self) -> Timeline:
        """Return every event in date order, each with a one-line summary and its sources."""
        return in_english(self._english.timeline(), self._language)

    def border_map(self) -> BorderMap:
        """Return the map: border lines, the Caspian shore, outlines, tri-points and cities."""
        return in_english(self._english.border_map(), self._language)

    def changes(self) -> tuple[DatasetChange, ...]:
        """Return the dataset's change log, newest edition first, each change sourced."""
        return in_english(self._english.changes(), self._language)
