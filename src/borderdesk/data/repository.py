"""The ReferenceService over the bundled database: short sessions in, frozen records out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, configure_mappers

from borderdesk.core.display import quoted
from borderdesk.core.errors import ItemNotFoundError, StoreError
from borderdesk.core.language import DEFAULT_LANGUAGE, Language
from borderdesk.core.model import (
    LIST_LIMIT,
    Bar,
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
    shortened,
)
from borderdesk.core.pages import OrganisationGrid, Timeline
from borderdesk.data import comparisons, convert, map_records, queries
from borderdesk.data import membership_rows as members
from borderdesk.data import model_rows as rows
from borderdesk.data import models as orm
from borderdesk.data.localise import TRANSLATIONS_SQL, Texts, Wordings, reading_in
from borderdesk.data.records import LAND_BORDER_TOTAL, LENGTH, SEGMENTS_TOTAL
from borderdesk.data.vocabulary import (
    BORDER_SECTIONS,
    DISCREPANCY,
    NOTES,
    ORGANISATION_SECTIONS,
)


class Repository:
    """Read one BorderDesk database in one language; every call opens a short session."""

    def __init__(
        self,
        engine: Engine,
        path: Path,
        language: Language = DEFAULT_LANGUAGE,
        texts: dict[Language, Texts] | None = None,
    ) -> None:
        self._engine = engine
        self.path = path
        self.language = language
        self._texts = {} if texts is None else texts  # loaded once per language, shared

    def in_language(self, language: Language) -> Repository:
        """Return a repository over the same database that answers in ``language``."""
        return Repository(self._engine, self.path, language, self._texts)

    def close(self) -> None:
        """Close the pooled connections."""
        self._engine.dispose()

    def prepare_pages(self) -> None:
        """Set up the ORM's mappings now rather than at the first page read."""
        configure_mappers()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with Session(self._engine) as session, reading_in(self._translations(session)):
                yield session
        except DBAPIError as error:
            problem = " ".join(str(error.orig).split())
            raise StoreError(self.path, f"damaged: {problem}") from None
        except UnicodeDecodeError:
            raise StoreError(self.path, "damaged: text that is not UTF-8") from None
        except queries.InconsistentDataError as error:
            raise StoreError(self.path, f"damaged: {error}") from None

    def _translations(self, session: Session) -> Texts:
        """Return the translations of the language asked for, read on first use."""
        if self.language == DEFAULT_LANGUAGE:
            return Texts()
        texts = self._texts.get(self.language)
        if texts is None:
            rows = session.connection().exec_driver_sql(TRANSLATIONS_SQL)
            texts = self._texts[self.language] = Texts.from_rows(self.language, rows)
        return texts

    def edition(self) -> DatasetEdition:
        """Return the dataset edition."""
        with self._session() as session:
            return self._edition(session)

    def _edition(self, session: Session) -> DatasetEdition:
        edition = session.scalars(select(rows.Edition)).one()
        schema = session.get_one(rows.Meta, "schema_version")
        return DatasetEdition(edition.version, edition.date, edition.checksum, int(schema.value))

    def borders(self) -> tuple[BorderSummary, ...]:
        """Return the border segments, longest first by the default source."""
        with self._session() as session:
            return self._ranked(session)

    def _ranked(self, session: Session) -> tuple[BorderSummary, ...]:
        return tuple(
            _summary(segment, length) for segment, length in queries.ranked_segments(session)
        )

    def border(self, key: str, ranked: Sequence[BorderSummary] | None = None) -> BorderDetail:
        """Return one border segment; ``ranked`` is ``borders()``, when the caller has it."""
        with self._session() as session:
            segment = queries.get_item(session, orm.Segment, key)
            if ranked is None:
                ranked = self._ranked(session)
            total = sum(summary.length.value for summary in ranked)
            rank, default = next(
                (n, summary.length) for n, summary in enumerate(ranked, 1) if summary.key == key
            )
            facts = segment.facts
            lengths = sorted(
                (f for f in segment.figures if f.quantity == LENGTH), key=convert.length_order
            )
            related = queries.related(segment)
            w = Wordings()
            return BorderDetail(
                key=segment.key,
                neighbour=convert.titled(w, "neighbour", segment),
                neighbour_key=segment.neighbour.key,
                description=w.text(
                    "description", *convert.at(segment, "description"), segment.description
                ),
                lengths=tuple(convert.figure(f) for f in lengths),
                share_of_total=default.value / total if total else 0.0,
                rank=rank,
                challenges=convert.facts(f for f in facts if f.label == "challenge"),
                relations=convert.facts(f for f in facts if f.label not in BORDER_SECTIONS),
                history=convert.facts(f for f in facts if f.label == "history"),
                memberships=tuple(
                    convert.membership(m) for m in queries.border_memberships(session, segment)
                ),
                quotes=tuple(convert.quote(q) for q in queries.quotes_about(segment)),
                topics=convert.links(i for i in related if isinstance(i, rows.Topic)),
                events=convert.links(i for i in related if isinstance(i, rows.Event)),
                discrepancies=convert.facts(f for f in facts if f.label == DISCREPANCY),
                status=convert.facts(f for f in facts if f.label == "status"),
                map_measure=map_records.map_measure(session, segment.key),
                wording=w.done(),
            )

    def organisations(self) -> tuple[Link, ...]:
        """Return the organisations in dataset order."""
        return self._listing(orm.Organisation)

    def organisation(self, key: str) -> OrganisationDetail:
        """Return one organisation."""
        with self._session() as session:
            org = queries.get_item(session, orm.Organisation, key)
            memberships, membership_count = queries.first_memberships(session, org)
            facts = org.facts
            quotes = queries.quotes_about(org)
            successors = session.scalars(
                select(orm.Organisation).where(
                    (orm.Organisation.predecessor_id == org.id)
                    | (orm.Organisation.successor_id == org.id)
                )
            )
            neighbours = [o for o in (org.predecessor, org.successor) if o is not None]
            cited = [f.source for f in facts] + [f.source for f in org.figures]
            cited += [s for m in memberships for s in queries.membership_sources(m)]
            cited += [q.source for q in quotes]
            sources = sorted({s.id: s for s in cited}.values(), key=convert.source_order)
            w = Wordings()
            return OrganisationDetail(
                key=org.key,
                abbreviation=w.text(
                    "abbreviation", *convert.at(org, "abbreviation"), org.abbreviation
                ),
                name=w.text("name", *convert.at(org, "name"), org.name),
                description=w.text("description", *convert.at(org, "description"), org.description),
                founded=convert.facts(f for f in facts if f.label == "founded"),
                headquarters=convert.facts(f for f in facts if f.label == "headquarters"),
                memberships=tuple(convert.membership(m) for m in memberships),
                mandate=convert.facts(f for f in facts if f.label not in ORGANISATION_SECTIONS),
                kazakhstan_role=convert.facts(f for f in facts if f.label == "kazakhstan_role"),
                figures=tuple(convert.figure(f) for f in org.figures),
                related=convert.links(
                    [*neighbours, *successors, *queries.related(org)], ordered=False
                ),
                quotes=tuple(convert.quote(q) for q in quotes),
                sources=tuple(convert.source_ref(s) for s in sources),
                notes=convert.facts(sorted((f for f in facts if f.label in NOTES), key=_by_note)),
                wording=w.done(),
                chairs=convert.facts(f for f in facts if f.label == "chair"),
                validity=convert.validity(org),
                more=shortened("memberships", membership_count, len(memberships)),
            )

    def topics(self) -> tuple[Link, ...]:
        """Return the topics and threats in dataset order."""
        return self._listing(rows.Topic)

    def topic(self, key: str) -> TopicDetail:
        """Return one topic."""
        with self._session() as session:
            topic = queries.get_item(session, rows.Topic, key)
            w = Wordings()
            return TopicDetail(
                key=topic.key,
                name=w.text("name", *convert.at(topic, "name"), topic.name),
                description=w.text(
                    "description", *convert.at(topic, "description"), topic.description
                ),
                mentions=convert.facts(topic.facts),
                related=convert.links(queries.related(topic)),
                wording=w.done(),
            )

    def people(self) -> tuple[Link, ...]:
        """Return the people in dataset order."""
        return self._listing(orm.Person)

    def person(self, key: str) -> PersonDetail:
        """Return one person."""
        with self._session() as session:
            person = queries.get_item(session, orm.Person, key)
            quoted_on = [link.target for quote in person.quotes for link in quote.links_out]
            w = Wordings()
            return PersonDetail(
                key=person.key,
                name=w.text("name", *convert.at(person, "name"), person.name),
                aliases=tuple(alias.alias for alias in person.aliases),
                role=w.text("role", *convert.at(person, "role"), person.role),
                description=w.text(
                    "description", *convert.at(person, "description"), person.description
                ),
                facts=convert.facts(person.facts),
                quotes=tuple(convert.quote(q) for q in person.quotes),
                related=convert.links([*queries.related(person), *quoted_on]),
                wording=w.done(),
            )

    def events(self) -> tuple[Link, ...]:
        """Return the events in date order."""
        with self._session() as session:
            return convert.links(session.scalars(select(rows.Event)))

    def event(self, key: str) -> EventDetail:
        """Return one event."""
        with self._session() as session:
            event = queries.get_item(session, rows.Event, key)
            w = Wordings()
            return EventDetail(
                key=event.key,
                title=w.text("title", *convert.at(event, "title"), event.title_text),
                date=event.date,
                description=w.text(
                    "description", *convert.at(event, "description"), event.description
                ),
                facts=convert.facts(event.facts),
                related=convert.links(queries.related(event)),
                wording=w.done(),
            )

    def sources(self) -> tuple[Link, ...]:
        """Return the sources: the article first, then by date."""
        with self._session() as session:
            sources = sorted(session.scalars(select(orm.Source)), key=convert.source_order)
            return convert.links(sources, ordered=False)

    def source(self, key: str) -> SourceDetail:
        """Return one source and what rests on it."""
        with self._session() as session:
            source = queries.get_item(session, orm.Source, key)
            users, user_count = queries.first_users(session, source)
            used_by = convert.links(users)
            figure_count = queries.figure_count(session, source)
            figures = comparisons.figures_from(session, source)
            return SourceDetail(
                source=convert.full_source(source),
                used_by=used_by,
                figure_count=figure_count,
                figures=figures,
                more=(
                    *shortened("used_by", user_count, len(used_by)),
                    *shortened("figures", figure_count, len(figures)),
                ),
            )

    def chart_sources(self) -> tuple[ChartSource, ...]:
        """Return the sources that give a length for every segment, default first."""
        with self._session() as session:
            return tuple(_chart_source(first) for first, _ in queries.chart_lengths(session))

    def segment_series(self, source_id: str | None = None) -> SegmentSeries:
        """Return the segment lengths from one source (the default when None)."""
        with self._session() as session:
            if source_id is not None:
                queries.get_item(session, orm.Source, source_id)  # unknown id: not found
            options = queries.chart_lengths(session)
            chosen = next((o for o in options if source_id in (None, o[0].source.key)), None)
            if chosen is None:
                raise ItemNotFoundError(
                    f"source {quoted(source_id)} gives no length for every border"
                )
            first, lengths = chosen
            ordered = sorted(lengths, key=lambda f: (-f.value, f.item.position))
            stated = queries.stated_total(session, SEGMENTS_TOTAL, first.source.key)
            bars = tuple(_bar(f) for f in ordered)
            notes = tuple(
                f"{bar.label}: {convert.figure(f).note}"
                for bar, f in zip(bars, ordered, strict=True)
                if f.note
            )
            return SegmentSeries(
                source=_chart_source(first),
                bars=bars,
                edition=self._edition(session),
                stated_total=stated.value if stated is not None else None,
                notes=notes,
            )

    def overview(self, ranked: Sequence[BorderSummary] | None = None) -> Overview:
        """Return the Kazakhstan overview; ``ranked`` is ``borders()``, when the caller has it.

        Its lists are read with a LIMIT: a pack may give the overview 90,000 facts.
        """
        with self._session() as session:
            pages = session.scalars(select(rows.OverviewPage)).all()
            if len(pages) != 1:  # the build writes one: say the file is damaged, not crash
                raise queries.InconsistentDataError(f"{len(pages)} rows of the overview, not one")
            page = pages[0]
            stated = queries.stated_total(session, LAND_BORDER_TOTAL) or queries.stated_total(
                session, SEGMENTS_TOTAL
            )
            if stated is None:
                raise queries.InconsistentDataError("the default source states no total")
            if ranked is None:
                ranked = self._ranked(session)
            country = page.country
            counts = queries.label_counts(session, country)
            caspian = queries.facts_of(session, country, labels=("caspian",))
            facts = queries.facts_of(session, country, exclude=("caspian", DISCREPANCY))
            why = queries.facts_of(session, country, labels=(DISCREPANCY,))
            caspian_count, why_count = counts.get("caspian", 0), counts.get(DISCREPANCY, 0)
            fact_count = sum(counts.values()) - caspian_count - why_count
            figures = [
                f for f in country.figures if f.quantity != SEGMENTS_TOTAL and f is not stated
            ]
            segments = tuple(ranked[:LIST_LIMIT])
            w = Wordings()
            return Overview(
                title=w.text("title", *convert.at(page, "title"), page.title_text),
                description=w.text(
                    "description", *convert.at(page, "description"), page.description
                ),
                stated_total=convert.figure(stated),
                computed_total_km=sum(summary.length.value for summary in ranked),
                segments=segments,
                landlocked_note=w.text(
                    "landlocked_note", *convert.at(page, "landlocked_note"), page.landlocked_note
                ),
                caspian=convert.facts(caspian),
                facts=convert.facts(facts),
                figures=tuple(convert.figure(f) for f in figures[:LIST_LIMIT]),
                totals=comparisons.source_totals(country),
                discrepancies=convert.facts(why),
                wording=w.done(),
                more=(
                    *shortened("segments", len(ranked), len(segments)),
                    *shortened("caspian", caspian_count, len(caspian)),
                    *shortened("facts", fact_count, len(facts)),
                    *shortened("figures", len(figures), min(len(figures), LIST_LIMIT)),
                    *shortened("discrepancies", why_count, len(why)),
                ),
            )

    def organisation_grid(
        self, on: date | None = None, ranked: Sequence[BorderSummary] | None = None
    ) -> OrganisationGrid:
        """Return which organisations each neighbour shares with Kazakhstan, then and on a day.

        ``ranked`` is ``borders()``, when the caller has it.
        """
        with self._session() as session:
            day = on or date.fromisoformat(self._edition(session).date)
            borders = ranked if ranked is not None else self._ranked(session)
            return comparisons.organisation_grid(session, day, borders)

    def border_map(self) -> BorderMap:
        """Return the bundled map of Kazakhstan, its neighbours and their border lines."""
        with self._session() as session:
            return map_records.border_map(session)

    def changes(self) -> tuple[DatasetChange, ...]:
        """Return the dataset's change log, newest edition first, each change sourced."""
        with self._session() as session:
            rows_ = session.scalars(select(members.Change).order_by(members.Change.position))
            changes = [convert.change(row) for row in rows_]
            return tuple(sorted(changes, key=lambda c: c.edition, reverse=True))

    def timeline(self) -> Timeline:
        """Return every event in date order, each with a one-line summary and its sources."""
        with self._session() as session:
            return comparisons.timeline(session)

    def _listing(self, cls: type[orm.Item]) -> tuple[Link, ...]:
        with self._session() as session:
            return convert.links(session.scalars(select(cls)))


def _summary(segment: orm.Segment, length: orm.Figure) -> BorderSummary:
    w = Wordings()
    neighbour = convert.titled(w, "neighbour", segment)
    return BorderSummary(segment.key, neighbour, convert.figure(length), wording=w.done())


def _bar(length: orm.Figure) -> Bar:
    w = Wordings()
    return Bar(
        length.item.key, convert.titled(w, "label", length.item), length.value, wording=w.done()
    )


def _chart_source(length: orm.Figure) -> ChartSource:
    return ChartSource(convert.source_ref(length.source), length.is_default)


def _by_note(fact: orm.Fact) -> tuple[int, int]:
    """Corrections of the article first, then other notes, each as written."""
    return NOTES.index(fact.label), fact.position
