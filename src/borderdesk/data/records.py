"""Plain, validated records read from the dataset text (db/*.toml), before the build."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import field

from borderdesk.core.record import frozen
from borderdesk.data.membership_records import ChangeText as ChangeText
from borderdesk.data.membership_records import ConfirmationText as ConfirmationText
from borderdesk.data.membership_records import MembershipText as MembershipText
from borderdesk.data.membership_records import PlaceText as PlaceText
from borderdesk.data.membership_records import RoleText as RoleText
from borderdesk.data.text_base import NO_VALIDITY as NO_VALIDITY
from borderdesk.data.text_base import NOWHERE as NOWHERE
from borderdesk.data.text_base import Origin as Origin
from borderdesk.data.text_base import Translation as Translation
from borderdesk.data.text_base import ValidityText as ValidityText
from borderdesk.data.vocabulary import KAZAKHSTAN as KAZAKHSTAN
from borderdesk.data.vocabulary import LAND_BORDER_TOTAL as LAND_BORDER_TOTAL
from borderdesk.data.vocabulary import LENGTH as LENGTH
from borderdesk.data.vocabulary import SEGMENTS_TOTAL as SEGMENTS_TOTAL


@frozen
class FigureText:
    """A value of a named quantity, from a source."""

    quantity: str
    value: float
    unit: str
    source: str
    as_of: str
    note: str
    quote: str
    reason: str  # why it differs from the default source's value ("" for the reference)
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)
    id: str = ""  # stable within the record it belongs to; names it in the translations
    validity: ValidityText = NO_VALIDITY
    unlisted: int = 0  # a count: how many it counts that the dataset cannot name


@frozen
class FactText:
    """A sourced statement about the record it belongs to."""

    label: str
    text: str
    source: str
    as_of: str
    quote: str
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)
    id: str = ""  # stable within the record it belongs to; names it in the translations
    value: str = ""  # a time-bound state's short value ("Astana"); "" for a statement
    validity: ValidityText = NO_VALIDITY


@frozen
class SourceText:
    """A source (``sources.toml``)."""

    id: str
    label: str
    title: str
    author: str
    publisher: str
    edition: str
    date: str
    url: str
    kind: str
    covers: str
    note: str
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)
    series: str = ""  # the publication it is an edition of, e.g. "cia-factbook"
    discontinued: str = ""  # the day the publication ended, e.g. "2026-02-04"


@frozen
class CountryText:
    """A country or a body (``countries.toml``)."""

    id: str
    name: str
    kind: str
    description: str
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)


@frozen
class OverviewText:
    """The Kazakhstan overview (``overview.toml``)."""

    title: str
    description: str
    landlocked_note: str
    figures: tuple[FigureText, ...]
    facts: tuple[FactText, ...]
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)


@frozen
class SegmentText:
    """A border segment between Kazakhstan and a neighbour (``segments.toml``)."""

    id: str
    neighbour: str
    description: str
    topics: tuple[str, ...]
    events: tuple[str, ...]
    lengths: tuple[FigureText, ...]
    facts: tuple[FactText, ...]
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)


@frozen
class OrganisationText:
    """An organisation (``organisations.toml``)."""

    id: str
    abbreviation: str
    name: str
    description: str
    predecessor: str
    successor: str
    facts: tuple[FactText, ...]
    figures: tuple[FigureText, ...]
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)
    validity: ValidityText = NO_VALIDITY  # when the organisation existed


@frozen
class PersonText:
    """A person (``people.toml``)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    role: str
    description: str
    facts: tuple[FactText, ...]
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)


@frozen
class QuoteText:
    """A quoted remark (``quotes.toml``); ``concerns`` holds ``kind:id`` references."""

    id: str
    speaker: str
    speaker_name: str
    speaker_role: str
    text: str
    attribution: str
    status: str
    source: str
    note: str
    concerns: tuple[str, ...]
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)


@frozen
class EventText:
    """A dated event (``events.toml``)."""

    id: str
    title: str
    date: str
    description: str
    concerns: tuple[str, ...]
    facts: tuple[FactText, ...]
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)


@frozen
class TopicText:
    """A topic or threat (``topics.toml``)."""

    id: str
    name: str
    description: str
    concerns: tuple[str, ...]
    facts: tuple[FactText, ...]
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)


@frozen
class EditionText:
    """The dataset edition: version and date from ``dataset.toml``, checksum of the text."""

    version: str
    date: str
    checksum: str


@frozen
class DefaultText:
    """The dataset's default source for one quantity (``[defaults]``)."""

    quantity: str
    source: str
    origin: Origin = field(default=NOWHERE, compare=False)


@frozen
class Dataset:
    """The whole dataset text, validated and cross-checked."""

    edition: EditionText
    defaults: tuple[DefaultText, ...]
    sources: tuple[SourceText, ...]
    countries: tuple[CountryText, ...]
    overview: OverviewText
    totals: tuple[FigureText, ...]  # quantity SEGMENTS_TOTAL
    segments: tuple[SegmentText, ...]
    organisations: tuple[OrganisationText, ...]
    memberships: tuple[MembershipText, ...]
    people: tuple[PersonText, ...]
    quotes: tuple[QuoteText, ...]
    events: tuple[EventText, ...]
    topics: tuple[TopicText, ...]
    places: tuple[PlaceText, ...] = ()
    changes: tuple[ChangeText, ...] = ()  # the edition change log

    def all_figures(self) -> Iterator[FigureText]:
        """Yield every figure: overview, totals, segment lengths, organisation figures."""
        yield from self.overview.figures
        yield from self.totals
        for segment in self.segments:
            yield from segment.lengths
        for organisation in self.organisations:
            yield from organisation.figures

    def all_facts(self) -> Iterator[FactText]:
        """Yield every fact, whatever it is about."""
        yield from self.overview.facts
        holders = (
            self.segments,
            self.organisations,
            self.people,
            self.events,
            self.topics,
            self.places,
        )
        for group in holders:
            for holder in group:
                yield from holder.facts

    def roles(self) -> Iterator[tuple[MembershipText, RoleText]]:
        """Yield every membership role with its membership."""
        for membership in self.memberships:
            for role in membership.roles:
                yield membership, role

    def concerns(self) -> Iterator[tuple[str, str, Origin, tuple[str, ...]]]:
        """Yield (kind, id, origin, references) for every quote, event and topic."""
        yield from (("quote", q.id, q.origin, q.concerns) for q in self.quotes)
        yield from (("event", e.id, e.origin, e.concerns) for e in self.events)
        yield from (("topic", t.id, t.origin, t.concerns) for t in self.topics)

    def default_source(self, quantity: str) -> str:
        """Return the default source id for a quantity, or "" when none is set.

        The totals default to the source of the default lengths unless set on their own.
        """
        source = next((d.source for d in self.defaults if d.quantity == quantity), "")
        if not source and quantity in (LAND_BORDER_TOTAL, SEGMENTS_TOTAL):
            return self.default_source(LENGTH)
        return source
