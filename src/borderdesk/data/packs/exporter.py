"""Export a BorderDesk database to a data pack: read the rows back into the pack's records."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from borderdesk.core.atomic import write_bytes_atomically
from borderdesk.data.membership_rows import Change, Membership, MembershipRole, RoleConfirmation
from borderdesk.data.model_rows import Edition, Event, OverviewPage, Place, Topic, Translation
from borderdesk.data.models import (
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
from borderdesk.data.packs.export_values import column_text, dates, defaults, number, put
from borderdesk.data.packs.links import split_links
from borderdesk.data.packs.schema import FORMAT, FORMAT_VERSION
from borderdesk.data.store import check_database, connect_read_only
from borderdesk.data.translatable import text_hash
from borderdesk.data.vocabulary import KAZAKHSTAN, SEGMENTS_TOTAL

Record = dict[str, Any]
T = TypeVar("T", bound=Item)
Row = Item | Figure | Fact | Membership | MembershipRole | RoleConfirmation | Change


class _Reader:
    """Read one database's rows into pack records."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self.translations: dict[tuple[str, int], list[Translation]] = defaultdict(list)
        for t in session.scalars(select(Translation)):
            self.translations[t.table_name, t.row_id].append(t)
        self.figures: dict[int, list[Figure]] = defaultdict(list)
        for figure in session.scalars(select(Figure).order_by(Figure.id)):
            self.figures[figure.item_id].append(figure)
        self.facts: dict[int, list[Fact]] = defaultdict(list)
        for fact in session.scalars(select(Fact).order_by(Fact.id)):
            self.facts[fact.item_id].append(fact)

    def items(self, kind: type[T]) -> list[T]:
        return list(self.s.scalars(select(kind).order_by(kind.position)))

    def tr(self, row: Row, record: Record) -> Record:
        """Add the current translations of one row to its record, as sibling keys."""
        current: Record = {}
        for t in self.translations.get((str(row.__tablename__), row.id), []):
            # An outdated translation stays behind: the pack would take it for a current one.
            if t.english_hash == text_hash(column_text(row, t.column_name)):
                current[f"{t.column_name}_{t.language}"] = t.text
                if t.source is not None:
                    current[f"{t.column_name}_{t.language}_source"] = t.source.key
        record.update(sorted(current.items()))
        return record

    def figure(self, f: Figure, *, free: bool) -> Record:
        record: Record = {"quantity": f.quantity} if free else {}
        record["value"] = number(f.value)
        if free:
            record["unit"] = f.unit
        put(record, source=f.source.key, as_of=f.as_of, note=f.note, quote=f.quote, reason=f.reason)
        dates(record, f)
        if f.unlisted:
            record["unlisted"] = f.unlisted
        return self.tr(f, record)

    def fact(self, f: Fact) -> Record:
        record = put({}, label=f.label)
        record["text"] = f.text
        put(record, source=f.source.key, as_of=f.as_of, quote=f.quote, value=f.value)
        return self.tr(f, dates(record, f))

    def facts_of(self, item: Item) -> list[Record]:
        return [self.fact(f) for f in self.facts[item.id]]


def read_pack(engine: Engine) -> Record:
    """Return the pack of the database behind ``engine``."""
    with Session(engine) as session:
        r = _Reader(session)
        edition = session.scalars(select(Edition)).one()
        kazakhstan = session.scalars(select(Country).where(Country.key == KAZAKHSTAN)).one()
        overview = session.scalars(select(OverviewPage)).one()
        pack: Record = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "edition": {"version": edition.version, "date": edition.date},
        }
        pack["defaults"] = defaults(session)
        pack["overview"] = r.tr(
            overview,
            put(
                {"title": overview.title_text},
                description=overview.description,
                landlocked_note=overview.landlocked_note,
            ),
        )
        own = r.figures[kazakhstan.id]
        pack["figure"] = [r.figure(f, free=True) for f in own if f.quantity != SEGMENTS_TOTAL]
        pack["total"] = [r.figure(f, free=False) for f in own if f.quantity == SEGMENTS_TOTAL]
        pack["fact"] = r.facts_of(kazakhstan)
        pack["source"] = [
            r.tr(
                s,
                put(
                    {"id": s.key, "label": s.label, "title": s.title_text},
                    author=s.author,
                    publisher=s.publisher,
                    edition=s.edition,
                    date=s.date,
                    url=s.url,
                    kind=s.kind,
                    covers=s.covers,
                    note=s.note,
                    series=s.series,
                    discontinued=s.discontinued,
                ),
            )
            for s in r.items(Source)
        ]
        pack["country"] = [
            r.tr(c, put({"id": c.key, "name": c.name, "kind": c.kind}, description=c.description))
            for c in r.items(Country)
        ]
        links = list(session.scalars(select(ItemLink).order_by(ItemLink.position)))
        concerns, segment_refs = split_links(links)
        pack["segment"] = [
            r.tr(
                g,
                put(
                    {"id": g.key, "neighbour": g.neighbour.key},
                    description=g.description,
                    topics=segment_refs[g.id]["topic"],
                    events=segment_refs[g.id]["event"],
                    length=[r.figure(f, free=False) for f in r.figures[g.id]],
                    fact=r.facts_of(g),
                ),
            )
            for g in r.items(Segment)
        ]
        pack["organisation"] = [
            r.tr(
                o,
                dates(
                    put(
                        {"id": o.key, "abbreviation": o.abbreviation, "name": o.name},
                        description=o.description,
                        predecessor=o.predecessor.key if o.predecessor else "",
                        successor=o.successor.key if o.successor else "",
                        fact=r.facts_of(o),
                        figure=[r.figure(f, free=True) for f in r.figures[o.id]],
                    ),
                    o,
                ),
            )
            for o in r.items(Organisation)
        ]
        pack["membership"] = [
            r.tr(
                m,
                put(
                    {"member": m.member.key, "organisation": m.organisation.key},
                    note=m.note,
                    role=[_role(r, role) for role in m.roles],
                ),
            )
            for m in session.scalars(select(Membership).order_by(Membership.position))
        ]
        pack["change"] = [
            r.tr(
                c,
                {
                    "edition": c.edition,
                    "text": c.text,
                    "sources": [s.source.key for s in c.sources],
                },
            )
            for c in session.scalars(select(Change).order_by(Change.position))
        ]
        pack["place"] = [
            r.tr(
                p,
                put(
                    {"id": p.key, "name": p.name, "country": p.country.key},
                    kind=p.kind,
                    fact=r.facts_of(p),
                ),
            )
            for p in r.items(Place)
        ]
        pack["person"] = [
            r.tr(
                p,
                put(
                    {"id": p.key, "name": p.name},
                    aliases=[a.alias for a in p.aliases],
                    role=p.role,
                    description=p.description,
                    fact=r.facts_of(p),
                ),
            )
            for p in r.items(Person)
        ]
        pack["quote"] = [_quote(r, q, concerns[q.id]) for q in r.items(Quote)]
        pack["event"] = [
            r.tr(
                e,
                put(
                    {"id": e.key, "title": e.title_text, "date": e.date},
                    description=e.description,
                    concerns=concerns[e.id],
                    fact=r.facts_of(e),
                ),
            )
            for e in r.items(Event)
        ]
        pack["topic"] = [
            r.tr(
                t,
                put(
                    {"id": t.key, "name": t.name},
                    description=t.description,
                    concerns=concerns[t.id],
                    fact=r.facts_of(t),
                ),
            )
            for t in r.items(Topic)
        ]
    return {key: value for key, value in pack.items() if value != []}


def _role(r: _Reader, role: MembershipRole) -> Record:
    """Return one dated role with its confirmations."""
    record: Record = {"role": role.role}
    dates(record, role)
    put(record, note=role.note)
    confirmed = [
        r.tr(
            c,
            put({"source": c.source.key, "as_of": c.as_of}, quote=c.quote, note=c.note),
        )
        for c in role.confirmations
    ]
    return r.tr(role, put(record, confirmed=confirmed))


def _quote(r: _Reader, q: Quote, concerns: list[str]) -> Record:
    # The build fills an empty speaker_name from the speaker: leave it out again.
    name = "" if q.speaker is not None and q.speaker_name == q.speaker.name else q.speaker_name
    record = put(
        {"id": q.key},
        speaker=q.speaker.key if q.speaker else "",
        speaker_name=name,
        speaker_role=q.speaker_role,
    )
    record["text"] = q.text
    put(
        record,
        attribution=q.attribution,
        status=q.status,
        source=q.source.key,
        note=q.note,
        concerns=concerns,
    )
    return r.tr(q, record)


def pack_text(pack: Record) -> bytes:
    """Return the pack as the UTF-8 JSON text an export writes (indented, stable)."""
    return (json.dumps(pack, ensure_ascii=False, indent=1) + "\n").encode()


def export_pack(database: Path, out: Path) -> Record:
    """Check ``database``, then write its pack to ``out`` atomically; return the pack."""
    check_database(database)
    engine = create_engine(
        "sqlite://", creator=lambda: connect_read_only(database), poolclass=NullPool
    )
    try:
        pack = read_pack(engine)
    finally:
        engine.dispose()
    write_bytes_atomically(out, pack_text(pack))
    return pack
