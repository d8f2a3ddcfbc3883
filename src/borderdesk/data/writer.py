"""Turn the validated dataset records into ORM rows, in a stable order with stable ids."""

from __future__ import annotations

from itertools import count

from sqlalchemy.orm import Session

from borderdesk.data.crossrefs import parse_ref
from borderdesk.data.map_rows import MapText
from borderdesk.data.membership_writer import write_changes, write_memberships
from borderdesk.data.model_rows import (
    SCHEMA_VERSION,
    Edition,
    Event,
    Meta,
    OverviewPage,
    Place,
    Topic,
    Translation,
)
from borderdesk.data.models import (
    Alias,
    Country,
    Fact,
    Figure,
    Item,
    ItemLink,
    Organisation,
    Person,
    Quote,
    Segment,
    Source,
)
from borderdesk.data.records import (
    KAZAKHSTAN,
    Dataset,
    FactText,
    FigureText,
    ValidityText,
)
from borderdesk.data.records import (
    Translation as TranslationText,
)
from borderdesk.data.translatable import text_hash

CONCERNS = "concerns"


class DatasetWriter:
    """Add every row of one dataset to a session; ids follow the order of the text."""

    def __init__(self, session: Session, dataset: Dataset) -> None:
        self._session = session
        self._dataset = dataset
        self._item_ids = count(1)
        self._items: dict[tuple[str, str], Item] = {}
        self._figure_ids = count(1)
        self._fact_ids = count(1)
        self._link_positions = count(1)
        self._links: set[tuple[int, int]] = set()

    def write(self) -> None:
        """Add the whole dataset, flushing kind by kind so the insert order is fixed."""
        edition = self._dataset.edition
        self._session.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
        self._session.add(
            Edition(id=1, version=edition.version, date=edition.date, checksum=edition.checksum)
        )
        self._write_items()
        self._session.flush()
        self._write_values()
        self._write_links()

    def _write_items(self) -> None:
        data = self._dataset
        for n, s in enumerate(data.sources, 1):
            source = Source(
                key=s.id,
                position=n,
                label=s.label,
                title_text=s.title,
                author=s.author,
                publisher=s.publisher,
                edition=s.edition,
                date=s.date,
                url=s.url,
                covers=s.covers,
                note=s.note,
                kind=s.kind,
                series=s.series,
                discontinued=s.discontinued,
            )
            self._item(source, s.translations)
        for n, c in enumerate(data.countries, 1):
            self._item(
                Country(key=c.id, position=n, name=c.name, kind=c.kind, description=c.description),
                c.translations,
            )
        kazakhstan = self._items["country", KAZAKHSTAN]
        overview = data.overview
        page = OverviewPage(
            key="kazakhstan",
            position=1,
            country_id=kazakhstan.id,
            title_text=overview.title,
            description=overview.description,
            landlocked_note=overview.landlocked_note,
        )
        self._item(page, overview.translations)
        for n, g in enumerate(data.segments, 1):
            neighbour = self._items["country", g.neighbour]
            self._item(
                Segment(
                    key=g.id,
                    position=n,
                    country_a_id=kazakhstan.id,
                    country_b_id=neighbour.id,
                    description=g.description,
                ),
                g.translations,
            )
        organisations: dict[str, Organisation] = {}
        for n, o in enumerate(data.organisations, 1):
            organisations[o.id] = Organisation(
                key=o.id,
                position=n,
                abbreviation=o.abbreviation,
                name=o.name,
                description=o.description,
                **self._dates(o.validity),
            )
            self._item(organisations[o.id], o.translations)
        for o in data.organisations:  # once every organisation has its id
            row = organisations[o.id]
            row.predecessor_id = organisations[o.predecessor].id if o.predecessor else None
            row.successor_id = organisations[o.successor].id if o.successor else None
        for n, place in enumerate(data.places, 1):
            self._item(
                Place(
                    key=place.id,
                    position=n,
                    name=place.name,
                    country_id=self._items["country", place.country].id,
                    kind=place.kind,
                ),
                place.translations,
            )
        for n, p in enumerate(data.people, 1):
            person = self._item(
                Person(key=p.id, position=n, name=p.name, role=p.role, description=p.description),
                p.translations,
            )
            for a, alias in enumerate(p.aliases, 1):
                self._session.add(Alias(person_id=person.id, position=a, alias=alias))
        for n, e in enumerate(data.events, 1):
            self._item(
                Event(
                    key=e.id, position=n, title_text=e.title, date=e.date, description=e.description
                ),
                e.translations,
            )
        for n, t in enumerate(data.topics, 1):
            self._item(
                Topic(key=t.id, position=n, name=t.name, description=t.description), t.translations
            )
        for n, q in enumerate(data.quotes, 1):
            speaker = self._items["person", q.speaker] if q.speaker else None
            self._item(
                Quote(
                    key=q.id,
                    position=n,
                    speaker_id=speaker.id if speaker else None,
                    speaker_name=q.speaker_name or (speaker.title if speaker else ""),
                    speaker_role=q.speaker_role,
                    text=q.text,
                    attribution=q.attribution,
                    status=q.status,
                    source_id=self._source_id(q.source),
                    note=q.note,
                ),
                q.translations,
            )

    def _dates(self, validity: ValidityText) -> dict[str, object]:
        """Return the ``Dated`` columns of a row: its ends and the ids of their sources."""
        return {
            "since": validity.since,
            "since_source_id": self._source_id(validity.since_source)
            if validity.since_source
            else None,
            "until": validity.until,
            "until_source_id": self._source_id(validity.until_source)
            if validity.until_source
            else None,
        }

    def _write_values(self) -> None:
        data = self._dataset
        kazakhstan = self._items["country", KAZAKHSTAN]
        for figure in (*data.overview.figures, *data.totals):
            self._figure(kazakhstan, figure)
        for fact in data.overview.facts:
            self._fact(kazakhstan, fact)
        holders = [
            *(("border", s.id, s.lengths, s.facts) for s in data.segments),
            *(("organisation", o.id, o.figures, o.facts) for o in data.organisations),
            *(("person", p.id, (), p.facts) for p in data.people),
            *(("event", e.id, (), e.facts) for e in data.events),
            *(("topic", t.id, (), t.facts) for t in data.topics),
            *(("place", p.id, (), p.facts) for p in data.places),
        ]
        for kind, key, figures, facts in holders:
            for figure in figures:
                self._figure(self._items[kind, key], figure)
            for fact in facts:
                self._fact(self._items[kind, key], fact)
        self._session.flush()
        write_memberships(
            self._session,
            data.memberships,
            lambda kind, key: self._items[kind, key].id,
            self._source_id,
            self._dates,
            self._translations,
        )
        write_changes(self._session, data.changes, self._source_id, self._translations)

    def _write_links(self) -> None:
        data = self._dataset
        for kind, ident, _origin, refs in data.concerns():
            for ref in refs:
                self._link(self._items[kind, ident], self._items[parse_ref(ref)])
        for segment in data.segments:
            border = self._items["border", segment.id]
            for ref in segment.topics:
                self._link(self._items[parse_ref(ref, "topic")], border)
            for ref in segment.events:
                self._link(self._items[parse_ref(ref, "event")], border)
        self._session.flush()

    def _item(self, item: Item, translations: tuple[TranslationText, ...] = ()) -> Item:
        item.id = next(self._item_ids)
        self._items[str(item.__mapper__.polymorphic_identity), item.key] = item
        self._session.add(item)
        self._translations(item.__tablename__, item.id, translations)
        return item

    def _source_id(self, key: str) -> int:
        return self._items["source", key].id

    def _figure(self, item: Item, f: FigureText) -> None:
        row_id = next(self._figure_ids)
        self._session.add(
            Figure(
                id=row_id,
                position=row_id,
                item_id=item.id,
                quantity=f.quantity,
                value=f.value,
                unit=f.unit,
                source_id=self._source_id(f.source),
                as_of=f.as_of,
                note=f.note,
                quote=f.quote,
                is_default=f.source == self._dataset.default_source(f.quantity),
                reason=f.reason,
                unlisted=f.unlisted,
                **self._dates(f.validity),
            )
        )
        self._translations("figures", row_id, f.translations)

    def _fact(self, item: Item, f: FactText) -> None:
        row_id = next(self._fact_ids)
        self._session.add(
            Fact(
                id=row_id,
                position=row_id,
                item_id=item.id,
                label=f.label,
                text=f.text,
                source_id=self._source_id(f.source),
                as_of=f.as_of,
                quote=f.quote,
                value=f.value,
                **self._dates(f.validity),
            )
        )
        self._translations("facts", row_id, f.translations)

    def _link(self, origin: Item, target: Item) -> None:
        if (origin.id, target.id) in self._links:
            return
        self._links.add((origin.id, target.id))
        position = next(self._link_positions)
        self._session.add(
            ItemLink(from_id=origin.id, to_id=target.id, relation=CONCERNS, position=position)
        )

    def _translations(
        self, table: str, row_id: int, translations: tuple[TranslationText, ...]
    ) -> None:
        for t in translations:
            self._session.add(
                Translation(
                    table_name=table,
                    row_id=row_id,
                    column_name=t.field,
                    language=t.language,
                    text=t.text,
                    english_hash=text_hash(t.english),
                    source_id=self._source_id(t.source) if t.source else None,
                )
            )

    def write_map_translations(self, map_text: MapText) -> None:
        """Add the translations of the map's names and roles (rows numbered as ``write_map``'s)."""
        for n, feature in enumerate(map_text.features, 1):
            self._translations("map_features", n, feature.translations)
        self._session.flush()
