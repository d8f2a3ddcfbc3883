"""Turn the validated dataset records into ORM rows, in a stable order with stable ids."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count

from sqlalchemy.orm import Session

from borderdesk.data.bulk_insert import Row, TableRows, insert_rows
from borderdesk.data.crossrefs import parse_ref
from borderdesk.data.map_rows import MapText
from borderdesk.data.membership_writer import DATE_COLUMNS, write_changes, write_memberships
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
    Base,
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
    NO_VALIDITY,
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
ALWAYS = ("", None, "", None)  # the DATE_COLUMNS of a row that holds at all times
FIGURE_COLUMNS = (
    "id",
    "position",
    "item_id",
    "quantity",
    "value",
    "unit",
    "source_id",
    "as_of",
    "note",
    "quote",
    "is_default",
    "reason",
    "unlisted",
    *DATE_COLUMNS,
)
FACT_COLUMNS = (
    "id",
    "position",
    "item_id",
    "label",
    "text",
    "source_id",
    "as_of",
    "quote",
    "value",
    *DATE_COLUMNS,
)
TRANSLATION_COLUMNS = (
    "table_name",
    "row_id",
    "column_name",
    "language",
    "text",
    "english_hash",
    "source_id",
)


class DatasetWriter:
    """Add every row of one dataset to a session; ids follow the order of the text.

    Rows are gathered per table, each a tuple of its columns' values, and inserted table by
    table with one executemany each (``insert_rows``): a large pack has a hundred thousand
    figures, and the ORM's unit of work would add them one object at a time.
    """

    def __init__(self, session: Session, dataset: Dataset) -> None:
        self._session = session
        self._dataset = dataset
        self._tables: dict[str, TableRows] = {}  # by table name, rows in order
        self._item_ids = count(1)
        self._items: dict[tuple[str, str], int] = {}  # (kind, key) -> item id
        self._titles: dict[int, str] = {}  # a person's name, for quotes that name no speaker
        self._figure_ids = count(1)
        self._fact_ids = count(1)
        self._link_positions = count(1)
        self._links: set[tuple[int, int]] = set()
        self._defaults: dict[str, str] = {}  # quantity -> its default source
        self._item_rows = self._rows(Item, "id", "item_kind", "key", "position")
        self._figure_rows = self._rows(Figure, *FIGURE_COLUMNS)
        self._fact_rows = self._rows(Fact, *FACT_COLUMNS)
        self._translation_rows = self._rows(Translation, *TRANSLATION_COLUMNS)
        self._link_rows = self._rows(ItemLink, "from_id", "to_id", "relation", "position")

    def write(self, tick: Callable[[float], None] | None = None) -> None:
        """Add the whole dataset, table by table in the order the foreign keys need.

        ``tick`` hears the share of rows written after each table (and may raise to stop).
        """
        edition = self._dataset.edition
        self._add(Meta, key="schema_version", value=str(SCHEMA_VERSION))
        self._add(
            Edition, id=1, version=edition.version, date=edition.date, checksum=edition.checksum
        )
        self._write_items()
        self._write_values()
        self._write_links()
        connection = self._session.connection()
        total, done = sum(len(rows.rows) for rows in self._tables.values()), 0
        for table in Base.metadata.sorted_tables:
            gathered = self._tables.pop(table.name, None)
            if gathered is not None and gathered.rows:
                insert_rows(connection, table, gathered.names, gathered.rows)
                done += len(gathered.rows)
                if tick is not None:
                    tick(done / total)

    def _rows(self, cls: type[Base], /, *names: str) -> list[Row]:
        """Return the list gathering ``cls``'s rows: each a tuple of the values of ``names``."""
        gathered = self._tables.get(cls.__tablename__)
        if gathered is None:
            gathered = self._tables[cls.__tablename__] = TableRows(names)
        elif gathered.names != names:
            raise ValueError(
                f"{cls.__tablename__}: rows of {names}, after rows of {gathered.names}"
            )
        return gathered.rows

    def _add(self, cls: type[Base], /, **row: object) -> None:
        """Gather one row given by column name (for the tables of a few rows)."""
        self._rows(cls, *row).append(tuple(row.values()))

    def _write_items(self) -> None:
        data = self._dataset
        for n, s in enumerate(data.sources, 1):
            self._item(
                "source",
                s.id,
                n,
                Source,
                s.translations,
                label=s.label,
                title=s.title,
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
        for n, c in enumerate(data.countries, 1):
            self._item(
                "country",
                c.id,
                n,
                Country,
                c.translations,
                name=c.name,
                kind=c.kind,
                description=c.description,
            )
        kazakhstan = self._items["country", KAZAKHSTAN]
        overview = data.overview
        self._item(
            "overview",
            "kazakhstan",
            1,
            OverviewPage,
            overview.translations,
            country_id=kazakhstan,
            title=overview.title,
            description=overview.description,
            landlocked_note=overview.landlocked_note,
        )
        for n, g in enumerate(data.segments, 1):
            self._item(
                "border",
                g.id,
                n,
                Segment,
                g.translations,
                country_a_id=kazakhstan,
                country_b_id=self._items["country", g.neighbour],
                description=g.description,
            )
        organisation_ids = {o.id: next(self._item_ids) for o in data.organisations}
        for n, o in enumerate(data.organisations, 1):
            self._item(
                "organisation",
                o.id,
                n,
                Organisation,
                o.translations,
                item_id=organisation_ids[o.id],
                abbreviation=o.abbreviation,
                name=o.name,
                description=o.description,
                predecessor_id=organisation_ids[o.predecessor] if o.predecessor else None,
                successor_id=organisation_ids[o.successor] if o.successor else None,
                **dict(zip(DATE_COLUMNS, self._dates(o.validity), strict=True)),
            )
        for n, place in enumerate(data.places, 1):
            self._item(
                "place",
                place.id,
                n,
                Place,
                place.translations,
                name=place.name,
                country_id=self._items["country", place.country],
                kind=place.kind,
            )
        for n, p in enumerate(data.people, 1):
            person = self._item(
                "person",
                p.id,
                n,
                Person,
                p.translations,
                name=p.name,
                role=p.role,
                description=p.description,
            )
            self._titles[person] = p.name
            for a, alias in enumerate(p.aliases, 1):
                self._add(Alias, person_id=person, position=a, alias=alias)
        for n, e in enumerate(data.events, 1):
            self._item(
                "event",
                e.id,
                n,
                Event,
                e.translations,
                title=e.title,
                date=e.date,
                description=e.description,
            )
        for n, t in enumerate(data.topics, 1):
            self._item(
                "topic", t.id, n, Topic, t.translations, name=t.name, description=t.description
            )
        for n, q in enumerate(data.quotes, 1):
            speaker = self._items["person", q.speaker] if q.speaker else None
            self._item(
                "quote",
                q.id,
                n,
                Quote,
                q.translations,
                speaker_id=speaker,
                speaker_name=q.speaker_name or (self._titles[speaker] if speaker else ""),
                speaker_role=q.speaker_role,
                text=q.text,
                attribution=q.attribution,
                status=q.status,
                source_id=self._source_id(q.source),
                note=q.note,
            )

    def _dates(self, validity: ValidityText) -> tuple[object, ...]:
        """Return the ``Dated`` columns of a row (``DATE_COLUMNS``): ends and their sources."""
        if validity is NO_VALIDITY:  # most rows hold at all times
            return ALWAYS
        return (
            validity.since,
            self._source_id(validity.since_source) if validity.since_source else None,
            validity.until,
            self._source_id(validity.until_source) if validity.until_source else None,
        )

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
        write_memberships(
            self._rows,
            data.memberships,
            lambda kind, key: self._items[kind, key],
            self._source_id,
            self._dates,
            self._translations,
        )
        write_changes(self._rows, data.changes, self._source_id, self._translations)

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

    def _item(
        self,
        item_kind: str,
        key: str,
        position: int,
        cls: type[Item],
        translations: tuple[TranslationText, ...] = (),
        item_id: int | None = None,
        **columns: object,
    ) -> int:
        """Add an item's ``items`` row and its own table's row; return its id."""
        row_id = item_id if item_id is not None else next(self._item_ids)
        self._items[item_kind, key] = row_id
        self._item_rows.append((row_id, item_kind, key, position))
        self._add(cls, id=row_id, **columns)
        self._translations(cls.__tablename__, row_id, translations)
        return row_id

    def _source_id(self, key: str) -> int:
        return self._items["source", key]

    def _figure(self, item: int, f: FigureText) -> None:
        row_id = next(self._figure_ids)
        self._figure_rows.append(
            (
                row_id,
                row_id,
                item,
                f.quantity,
                f.value,
                f.unit,
                self._source_id(f.source),
                f.as_of,
                f.note,
                f.quote,
                f.source == self._default_source(f.quantity),
                f.reason,
                f.unlisted,
                *self._dates(f.validity),
            )
        )
        if f.translations:
            self._translations("figures", row_id, f.translations)

    def _fact(self, item: int, f: FactText) -> None:
        row_id = next(self._fact_ids)
        self._fact_rows.append(
            (
                row_id,
                row_id,
                item,
                f.label,
                f.text,
                self._source_id(f.source),
                f.as_of,
                f.quote,
                f.value,
                *self._dates(f.validity),
            )
        )
        if f.translations:
            self._translations("facts", row_id, f.translations)

    def _default_source(self, quantity: str) -> str:
        """Return the dataset's default source of a quantity (asked once per quantity)."""
        source = self._defaults.get(quantity)
        if source is None:
            source = self._defaults[quantity] = self._dataset.default_source(quantity)
        return source

    def _link(self, origin: int, target: int) -> None:
        if (origin, target) in self._links:
            return
        self._links.add((origin, target))
        self._link_rows.append((origin, target, CONCERNS, next(self._link_positions)))

    def _translations(
        self, table: str, row_id: int, translations: tuple[TranslationText, ...]
    ) -> None:
        for t in translations:
            self._translation_rows.append(
                (
                    table,
                    row_id,
                    t.field,
                    t.language,
                    t.text,
                    text_hash(t.english),
                    self._source_id(t.source) if t.source else None,
                )
            )

    def write_map_translations(self, map_text: MapText) -> None:
        """Add the translations of the map's names and roles (rows numbered as ``write_map``'s)."""
        self._translation_rows.clear()  # those of the dataset are in already
        for n, feature in enumerate(map_text.features, 1):
            self._translations("map_features", n, feature.translations)
        if self._translation_rows:
            table = Base.metadata.tables[Translation.__tablename__]
            insert_rows(
                self._session.connection(), table, TRANSLATION_COLUMNS, self._translation_rows
            )
