"""Frozen records the screens show: what a reader sees, never a database row."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TypeVar, overload

from borderdesk.core.citation import SourceRef as SourceRef
from borderdesk.core.i18n import translate
from borderdesk.core.language import ENGLISH, Wording
from borderdesk.core.record import frozen
from borderdesk.core.validity import Validity, with_own


class ItemKind(StrEnum):
    """Kinds of thing a reader can select."""

    OVERVIEW = "overview"
    BORDER = "border"
    ORGANISATION = "organisation"
    TOPIC = "topic"
    PERSON = "person"
    EVENT = "event"
    SOURCE = "source"
    COMPARISON = "comparison"  # keys: "lengths" (lengths by source), "grid" (borders x orgs)
    TIMELINE = "timeline"  # key: "events"


@dataclass(frozen=True, order=True)
class ItemRef:
    """Identify one selectable item: its kind and its stable key."""

    kind: ItemKind
    key: str

    def to_string(self) -> str:
        """Return a stable text form (``border:kz-ru``) for settings and links."""
        return f"{self.kind.value}:{self.key}"

    @classmethod
    def from_string(cls, text: str) -> ItemRef:
        """Parse the text form; raise ValueError when it is not one."""
        kind, sep, key = text.partition(":")
        if not sep or not key:
            raise ValueError(f"not an item reference: {text!r}")
        return cls(ItemKind(kind), key)


OVERVIEW_REF = ItemRef(ItemKind.OVERVIEW, "kazakhstan")


@frozen
class Link:
    """A titled reference to another item (for lists of related things)."""

    ref: ItemRef
    title: str
    keywords: str = field(default="", compare=False)  # search words: full name, aliases
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what


@frozen
class Source:
    """A full source record."""

    ref: SourceRef
    author: str
    date: str  # ISO date or year where known, else ""
    url: str
    covers: str  # what it covers, in our words
    note: str
    kind: str  # article, factbook, treaty, official, encyclopedia, news, analysis
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what


@frozen
class Figure:
    """A value of a named quantity for an item, from one source."""

    quantity: str  # e.g. "length_km", "population", "member_count"
    value: float
    unit: str  # e.g. "km", "people", "states"
    source: SourceRef
    as_of: str = ""  # the date the value holds for ("2012", "2024-08-01"); "" if timeless
    note: str = ""  # scope, e.g. "land boundary only"
    quote: str = ""  # the supporting quote, for the article's values
    is_default: bool = False  # the dataset's default source for this quantity
    # Why it differs from the default source's value, in our words ("" for the reference).
    reason: str = field(default="", compare=False)
    # When it holds: its start and end with their sources ("from", "until").
    dates: Validity = field(default=Validity(), compare=False)
    unlisted: int = 0  # a count: how many it counts that the dataset cannot name
    # Our translation of ``quote`` into the language asked for ("" in English or when none).
    quote_translation: str = field(default="", compare=False)
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what

    @property
    def validity(self) -> Validity:
        """Return when it holds: its dates, confirmed by its own source as of its date."""
        return with_own(self.dates, self.source, self.as_of, self.quote, self.quote_translation)


@frozen
class FigureUse:
    """A figure and the item it is shown on: what a source's page lists as resting on it."""

    item: Link
    figure: Figure


@frozen
class Fact:
    """A sourced statement, in our words, optionally tied to a date and a quote."""

    text: str
    source: SourceRef
    as_of: str = ""
    quote: str = ""
    label: str = ""  # e.g. "challenge", "founded", "headquarters"
    value: str = ""  # a time-bound state's short value: "Astana", "Azerbaijan", "demarcated"
    # When it holds: its start and end with their sources ("from", "until").
    dates: Validity = field(default=Validity(), compare=False)
    # Our translation of ``quote`` into the language asked for ("" in English or when none).
    quote_translation: str = field(default="", compare=False)
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what

    @property
    def validity(self) -> Validity:
        """Return when it holds: its dates, confirmed by its own source as of its date."""
        return with_own(self.dates, self.source, self.as_of, self.quote, self.quote_translation)

    @property
    def is_state(self) -> bool:
        """Tell whether the fact is a time-bound state (it has a short value) or a statement."""
        return bool(self.value)


@frozen
class Quote:
    """A quoted remark, attributed to a person, from a source."""

    text: str
    speaker: Link | None
    speaker_name: str
    speaker_role: str  # as given at the time, e.g. "Defence Minister of Kazakhstan"
    attribution: str  # how it was given: "said", "told EdgeKz magazine"
    source: SourceRef
    note: str = ""  # e.g. the unresolved question of an interview
    status: str = "attributed"  # attributed | provenance-unconfirmed
    # Our translation into the language asked for ("" in English or when none): shown under
    # the quote, which stays in the language it was said in, and labelled as ours.
    translation: str = field(default="", compare=False)
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what


@frozen
class Role:
    """One dated role a member held: ``founding member`` from 1992, ``observer`` until 2017."""

    role: str  # the closed vocabulary of ``core.roles``
    validity: Validity
    note: str = ""
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what


@frozen
class Membership:
    """A country's (or body's) place in an organisation: one record, its roles over time."""

    member: str  # display name of the member
    member_key: str  # country or body key
    organisation: str  # abbreviation
    roles: tuple[Role, ...]  # in time order
    note: str = ""
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
    organisation_key: str = ""
    member_kind: str = "country"  # country | body (Interpol, SELEC): a count of states skips bodies

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        """Return every source of every role, once each, in order."""
        found = [source for role in self.roles for source in role.validity.sources]
        return tuple(dict.fromkeys(found))


@frozen
class BorderSummary:
    """One border segment as listed: neighbour and default length."""

    key: str
    neighbour: str
    length: Figure
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what


LIST_LIMIT = 50
"""A page lists at most this many rows of one kind, and says how many more there are."""

MoreRows = tuple[tuple[str, int], ...]
"""A page's shortened lists: (the field's name, how many rows it leaves out)."""


def more_rows(more: MoreRows, name: str) -> int:
    """Return how many rows of the list ``name`` a page leaves out (0: it lists them all)."""
    return next((count for field_name, count in more if field_name == name), 0)


def shortened(name: str, total: int, listed: int) -> MoreRows:
    """Return the ``more`` entry for a list of ``total`` rows of which ``listed`` are shown."""
    return ((name, total - listed),) if total > listed else ()


@frozen
class BorderDetail:
    """Everything a reader needs about one border segment."""

    key: str
    neighbour: str
    neighbour_key: str
    description: str
    lengths: tuple[Figure, ...]  # default source first, then by source date
    share_of_total: float  # share of the default source's computed total, 0..1
    rank: int  # 1 = longest by the default source
    challenges: tuple[Fact, ...]
    relations: tuple[Fact, ...]
    history: tuple[Fact, ...]  # delimitation and demarcation milestones
    memberships: tuple[Membership, ...]  # Kazakhstan's and the neighbour's, every organisation
    quotes: tuple[Quote, ...]
    topics: tuple[Link, ...]
    events: tuple[Link, ...]
    discrepancies: tuple[Fact, ...] = ()  # why the sources' lengths differ
    status: tuple[Fact, ...] = ()  # the border's legal status over time (states)
    map_measure: MapMeasure | None = field(default=None, compare=False)  # the map line's length
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
    more: MoreRows = ()  # lists longer than LIST_LIMIT: how many rows each leaves out


@frozen
class MapLength:
    """A border's length measured along one map line: at a scale, simplified to some detail."""

    scale: str  # "1:110m", "1:10m"
    detail_km: float  # the line simplified to this tolerance (0 = as published)
    points: int
    length_km: float
    source: SourceRef


@frozen
class MapMeasure:
    """A border's length measured along map lines of several scales and levels of detail."""

    lengths: tuple[MapLength, ...]  # coarsest first

    @property
    def finest(self) -> MapLength:
        """Return the length along the most detailed line."""
        return max(self.lengths, key=lambda m: (m.points, m.length_km))


@frozen
class OrganisationDetail:
    """Everything a reader needs about one organisation."""

    key: str
    abbreviation: str
    name: str
    description: str
    founded: tuple[Fact, ...]
    headquarters: tuple[Fact, ...]  # states (with a value and dates) and dated statements
    memberships: tuple[Membership, ...]  # one record per member, each with its dated roles
    mandate: tuple[Fact, ...]
    kazakhstan_role: tuple[Fact, ...]
    figures: tuple[Figure, ...]  # e.g. member counts with their dates
    related: tuple[Link, ...]  # predecessor / successor organisations
    quotes: tuple[Quote, ...]
    sources: tuple[SourceRef, ...]
    notes: tuple[Fact, ...] = ()  # corrections of the article and other notes
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
    chairs: tuple[Fact, ...] = ()  # chairmanships: states with the chair's name and dates
    validity: Validity = field(default=Validity(), compare=False)  # when it existed
    more: MoreRows = ()  # lists longer than LIST_LIMIT: how many rows each leaves out


@frozen
class Overview:
    """The Kazakhstan overview: totals, segments, the landlocked note, dated facts."""

    title: str
    description: str
    stated_total: Figure  # the default source's stated total
    computed_total_km: float  # sum of the default source's segment lengths
    segments: tuple[BorderSummary, ...]  # longest first
    landlocked_note: str
    caspian: tuple[Fact, ...]
    facts: tuple[Fact, ...]
    figures: tuple[Figure, ...]  # population, area ... each with as_of
    totals: tuple[Figure, ...] = ()  # each source's stated total of the five segments
    discrepancies: tuple[Fact, ...] = ()  # why the sources' totals differ
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
    more: MoreRows = ()  # lists longer than LIST_LIMIT: how many rows each leaves out


@frozen
class TopicDetail:
    """A threat or topic: what it is and where the content mentions it."""

    key: str
    name: str
    description: str
    mentions: tuple[Fact, ...]
    related: tuple[Link, ...]
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
    more: MoreRows = ()  # lists longer than LIST_LIMIT: how many rows each leaves out


@frozen
class PersonDetail:
    """A person quoted or named in the content."""

    key: str
    name: str
    aliases: tuple[str, ...]
    role: str
    description: str
    facts: tuple[Fact, ...]
    quotes: tuple[Quote, ...]
    related: tuple[Link, ...]
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
    more: MoreRows = ()  # lists longer than LIST_LIMIT: how many rows each leaves out


@frozen
class EventDetail:
    """A dated event."""

    key: str
    title: str
    date: str  # ISO date, or a year or range as known
    description: str
    facts: tuple[Fact, ...]
    related: tuple[Link, ...]
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
    more: MoreRows = ()  # lists longer than LIST_LIMIT: how many rows each leaves out


@frozen
class SourceDetail:
    """A source and what in BorderDesk rests on it."""

    source: Source
    used_by: tuple[Link, ...]
    figure_count: int
    figures: tuple[FigureUse, ...] = ()  # the figures resting on it, with their items
    more: MoreRows = ()  # lists longer than LIST_LIMIT: how many rows each leaves out


@frozen
class DatasetEdition:
    """The bundled dataset's identity, stamped into every export."""

    version: str
    date: str
    checksum: str  # sha256 of the dataset text, hex
    schema_version: int

    @property
    def short_checksum(self) -> str:
        """Return the first 12 hex digits, enough to tell editions apart."""
        return self.checksum[:12]


@frozen
class DatasetChange:
    """One change of a dataset edition, with the sources it rests on (the change log)."""

    edition: str
    text: str
    sources: tuple[SourceRef, ...]
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what


@frozen
class ChartSource:
    """A source that gives a length for every segment, offered in the chart."""

    ref: SourceRef
    is_default: bool


@frozen
class Bar:
    """One bar: a segment's length from the series' source."""

    key: str  # border key
    label: str  # neighbour name
    value: float  # km
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what


@frozen
class SegmentSeries:
    """Segment lengths from one source, longest first, ready to chart."""

    source: ChartSource
    bars: tuple[Bar, ...]
    edition: DatasetEdition
    stated_total: float | None = None  # the source's own stated total, where it gives one
    notes: tuple[str, ...] = field(default_factory=tuple)
    on: date | None = None  # the day the chart is shown as of (its caption says so)

    @property
    def total(self) -> float:
        """Return the sum of the bars."""
        return sum(bar.value for bar in self.bars)


Detail = (
    Overview
    | BorderDetail
    | OrganisationDetail
    | TopicDetail
    | PersonDetail
    | EventDetail
    | SourceDetail
)


LonLat = tuple[float, float]  # degrees east, degrees north
Line = Sequence[LonLat]
Rings = Sequence[Sequence[LonLat]]
T = TypeVar("T")


class PackedLine(Sequence[LonLat]):
    """A line stored as whole ten-thousandths of a degree (``array('i')``: lon, lat, lon, ...).

    Reads as (lon, lat) pairs; a drawing reaches the packed integers directly (``packed``).
    """

    __slots__ = ("packed",)
    SCALE = 10_000

    def __init__(self, packed: array[int]) -> None:
        self.packed = packed

    @overload
    def __getitem__(self, index: int) -> LonLat: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[LonLat]: ...
    def __getitem__(self, index: int | slice) -> LonLat | Sequence[LonLat]:
        """Return a point (or a slice of points) in degrees."""
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.packed[2 * index] / self.SCALE, self.packed[2 * index + 1] / self.SCALE

    def __len__(self) -> int:
        """Return how many points there are."""
        return len(self.packed) // 2


class Decoded(Sequence[T]):
    """A sequence worked out the first time it is read (a map level nobody draws costs nothing).

    Compares equal to any sequence with the same items.
    """

    __slots__ = ("_decode", "_items")

    def __init__(self, decode: Callable[[], Sequence[T]]) -> None:
        self._decode: Callable[[], Sequence[T]] | None = decode
        self._items: Sequence[T] = ()

    def _loaded(self) -> Sequence[T]:
        if self._decode is not None:
            self._items, self._decode = self._decode(), None
        return self._items

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        """Return an item (or a slice) of the decoded sequence."""
        return self._loaded()[index]

    def __len__(self) -> int:
        """Return how many items there are."""
        return len(self._loaded())

    def __eq__(self, other: object) -> bool:
        """Tell whether another sequence holds the same items."""
        return isinstance(other, Sequence) and list(self._loaded()) == list(other)

    def __hash__(self) -> int:
        """Hash like the tuple of the items."""
        return hash(tuple(self._loaded()))


@frozen
class MapLine:
    """A line on the map: a border segment (key = border key), a shore, or one outline ring."""

    key: str
    name: str
    points: Line
    countries: tuple[str, ...] = ()  # the country keys it separates or belongs to
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
    lod: Sequence[Line] = ()  # the line at each coarser level of detail

    def at_level(self, level: int) -> Line:
        """Return the line at a level of detail (0 = finest; past the last, the coarsest)."""
        if level <= 0 or not self.lod:
            return self.points
        return self.lod[min(level, len(self.lod)) - 1]


@frozen
class MapOutline:
    """A country's outline, drawn for context: one ring per part of it within the map."""

    key: str  # country key
    name: str
    role: str  # kazakhstan | neighbour | context
    rings: Rings
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
    lod: Sequence[Rings] = ()  # the rings at each coarser level
    label: LonLat | None = None  # where its name goes

    def at_level(self, level: int) -> Rings:
        """Return the rings at a level of detail (0 = finest; past the last, the coarsest)."""
        if level <= 0 or not self.lod:
            return self.rings
        return self.lod[min(level, len(self.lod)) - 1]


@frozen
class MapArea:
    """A sea, a lake or a disputed area: rings at each level, a note and a source."""

    key: str
    name: str  # "" for a lake drawn but not named
    kind: str  # sea | lake | disputed
    rings: Rings
    lod: Sequence[Rings] = ()
    countries: tuple[str, ...] = ()  # a disputed area's parties
    note: str = ""
    source: SourceRef | None = None
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what

    def at_level(self, level: int) -> Rings:
        """Return the rings at a level of detail (0 = finest; past the last, the coarsest)."""
        if level <= 0 or not self.lod:
            return self.rings
        return self.lod[min(level, len(self.lod)) - 1]


@frozen
class MapPoint:
    """A labelled point: a tri-point, an end of the Caspian shore, or a city."""

    key: str
    name: str
    kind: str  # tripoint | shore-end | city
    point: LonLat
    countries: tuple[str, ...] = ()
    note: str = ""  # a city's role: capital, headquarters ...
    source: SourceRef | None = None
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
    names: tuple[Fact, ...] = ()  # a city's names over time (states: value and dates)
    roles: tuple[Fact, ...] = ()  # its roles over time: capital, seat of a secretariat ...


@frozen
class BorderMap:
    """The bundled map of Kazakhstan and its neighbours, with its source and scale."""

    segments: tuple[MapLine, ...]  # one per border, keyed by the border's key
    shore: tuple[MapLine, ...]  # the Caspian shore: Kazakhstan's outline not shared with anyone
    outlines: tuple[MapOutline, ...]
    points: tuple[MapPoint, ...]  # tri-points, shore ends, cities
    source: SourceRef | None
    scale: str  # e.g. "1:10m"
    waters: tuple[MapArea, ...] = ()  # seas and lakes
    disputed: tuple[MapArea, ...] = ()  # drawn as disputed, never as one party's
    levels: tuple[float, ...] = (0.0,)  # each level's simplification tolerance, km

    def segment(self, key: str) -> MapLine | None:
        """Return the line of one border segment, or None when the map has none."""
        return next((line for line in self.segments if line.key == key), None)

    @property
    def caption(self) -> str:
        """Return the line naming the map's data source and scale."""
        if self.source is None:
            caption = (
                translate("Map", "Map: scale {scale}").format(scale=self.scale)
                if self.scale
                else translate("Map", "Map")
            )
        else:
            caption = translate("Map", "Map data: {title}, {edition} (scale {scale})").format(
                title=self.source.title, edition=self.source.edition, scale=self.scale
            )
        sources = [
            *(a.source for a in (*self.waters, *self.disputed)),
            *(p.source for p in self.points),
        ]
        others = {s.label: None for s in sources if s is not None and s != self.source}
        return "; ".join([caption, *others]) if others else caption

    @property
    def short_caption(self) -> str:
        """Return the caption short enough for a slide: ``Map data: Natural Earth 1:110m; …``."""
        labels = [self.source.label] if self.source is not None else []
        labels += [point.source.label for point in self.points if point.source is not None]
        named = "; ".join(dict.fromkeys(labels))
        if not named:
            return self.caption
        return translate("Map", "Map data: {sources}").format(sources=named)
