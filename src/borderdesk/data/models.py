"""The typed ORM of the bundled database: every selectable thing is an ``Item``.

Countries, border segments, organisations, people, events, topics, sources, quotes and the
overview share the ``items`` table (joined-table inheritance), so figures, facts and links can
point at any of them with one real foreign key, and a new kind of item needs no reshaping.
The rows that items hold collections of (figures, facts, memberships, links, aliases) live here
too, so that both ends of each relationship are typed without an import circle; rows nothing
points back at are in ``model_rows``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

if TYPE_CHECKING:
    from borderdesk.data.membership_rows import Membership


def _mapper_args(**args: str) -> dict[str, str]:
    return args


def kind_args(identity: str) -> dict[str, str]:
    """Return the mapper arguments of an item subclass: its ``item_kind`` value."""
    return _mapper_args(polymorphic_identity=identity)


class Base(DeclarativeBase):
    """The one declarative base of the BorderDesk schema."""


class Dated:
    """The columns of a time-bound row: ``since`` and ``until``, each with its source.

    ``until`` is the first day the row no longer holds; both are "" when not known.
    """

    since: Mapped[str] = mapped_column(default="")
    until: Mapped[str] = mapped_column(default="")
    since_source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    until_source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))

    @declared_attr
    def since_source(cls) -> Mapped[Source | None]:  # noqa: N805 (a declared attribute)
        """Return the source that says when it began."""
        return relationship("Source", foreign_keys=f"{_name(cls)}.since_source_id")

    @declared_attr
    def until_source(cls) -> Mapped[Source | None]:  # noqa: N805 (a declared attribute)
        """Return the source that says when it ended."""
        return relationship("Source", foreign_keys=f"{_name(cls)}.until_source_id")


def dated_indexes(table: str) -> tuple[Index, Index]:
    """Return the indexes of a dated table's ``since`` and ``until`` sources.

    A source's page lists what rests on it, its dates included; without them that reads
    every fact, figure and role of a pack. Partial: most rows name no such source, and a
    row without one costs the index (and the import) nothing.
    """
    return (
        Index(
            f"ix_{table}_since_source_id",
            "since_source_id",
            sqlite_where=text("since_source_id IS NOT NULL"),
        ),
        Index(
            f"ix_{table}_until_source_id",
            "until_source_id",
            sqlite_where=text("until_source_id IS NOT NULL"),
        ),
    )


def _name(cls: object) -> str:
    """Return the mapped class's name (``declared_attr`` hands over the class)."""
    return str(getattr(cls, "__name__", ""))


class Item(Base):
    """Anything with a stable key: the supertype of every kind below."""

    __tablename__ = "items"
    __table_args__ = (UniqueConstraint("item_kind", "key"),)
    __mapper_args__ = _mapper_args(polymorphic_on="item_kind")

    id: Mapped[int] = mapped_column(primary_key=True)
    item_kind: Mapped[str]  # border, organisation, topic, person, event, source, country ...
    key: Mapped[str]  # the dataset id: "kz-ru", "csto", "ART", "KZ"
    position: Mapped[int]  # order in the dataset text, within the kind

    figures: Mapped[list[Figure]] = relationship(
        back_populates="item", foreign_keys="Figure.item_id", order_by="Figure.position"
    )
    facts: Mapped[list[Fact]] = relationship(
        back_populates="item", foreign_keys="Fact.item_id", order_by="Fact.position"
    )
    links_out: Mapped[list[ItemLink]] = relationship(
        back_populates="origin", foreign_keys="ItemLink.from_id", order_by="ItemLink.position"
    )
    links_in: Mapped[list[ItemLink]] = relationship(
        back_populates="target", foreign_keys="ItemLink.to_id", order_by="ItemLink.position"
    )

    @property
    def title(self) -> str:
        """Return the name a reader sees for this item."""
        return self.key

    @property
    def search_text(self) -> str:
        """Return more words a search should find this item by (full names, aliases)."""
        return ""


class Country(Item):
    """A country or a body (Interpol, the UN ...) that borders or belongs to something."""

    __tablename__ = "countries"
    __mapper_args__ = kind_args("country")

    id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    name: Mapped[str]
    kind: Mapped[str]  # country | body
    description: Mapped[str]

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="member", order_by="Membership.position"
    )

    @property
    def title(self) -> str:
        """Return the country's name."""
        return self.name


class Segment(Item):
    """A land border segment between two countries."""

    __tablename__ = "segments"
    __mapper_args__ = kind_args("border")

    id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    country_a_id: Mapped[int] = mapped_column(ForeignKey("countries.id"))  # Kazakhstan
    country_b_id: Mapped[int] = mapped_column(ForeignKey("countries.id"))  # the neighbour
    description: Mapped[str]

    country_a: Mapped[Country] = relationship(foreign_keys=[country_a_id])
    neighbour: Mapped[Country] = relationship(foreign_keys=[country_b_id])

    @property
    def title(self) -> str:
        """Return the neighbour's name."""
        return self.neighbour.name


class Organisation(Dated, Item):
    """A regional or international organisation; ``since``/``until``: when it existed."""

    __tablename__ = "organisations"
    __mapper_args__ = kind_args("organisation")

    id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    abbreviation: Mapped[str]
    name: Mapped[str]
    description: Mapped[str]
    predecessor_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))

    predecessor: Mapped[Organisation | None] = relationship(
        foreign_keys=[predecessor_id], remote_side=[id]
    )
    successor: Mapped[Organisation | None] = relationship(
        foreign_keys=[successor_id], remote_side=[id]
    )
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="organisation", order_by="Membership.position"
    )

    @property
    def title(self) -> str:
        """Return the abbreviation."""
        return self.abbreviation

    @property
    def search_text(self) -> str:
        """Return the full name, so a search for it finds the abbreviation's row."""
        return self.name


class Person(Item):
    """A person quoted or named in the content."""

    __tablename__ = "people"
    __mapper_args__ = kind_args("person")

    id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    name: Mapped[str]
    role: Mapped[str]
    description: Mapped[str]

    aliases: Mapped[list[Alias]] = relationship(back_populates="person", order_by="Alias.position")
    quotes: Mapped[list[Quote]] = relationship(
        back_populates="speaker", foreign_keys="Quote.speaker_id", order_by="Quote.position"
    )

    @property
    def title(self) -> str:
        """Return the person's name."""
        return self.name

    @property
    def search_text(self) -> str:
        """Return the other spellings of the name and the role."""
        return " ".join([*(alias.alias for alias in self.aliases), self.role])


class Source(Item):
    """A source that figures, facts, memberships and quotes rest on."""

    __tablename__ = "sources"
    __mapper_args__ = kind_args("source")

    id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    label: Mapped[str]
    title_text: Mapped[str] = mapped_column("title")
    author: Mapped[str]
    publisher: Mapped[str]
    edition: Mapped[str]
    date: Mapped[str]  # ISO date or year, "" if unknown
    url: Mapped[str]
    covers: Mapped[str]
    note: Mapped[str]
    kind: Mapped[str]  # article, factbook, treaty, official, encyclopedia, news, analysis
    series: Mapped[str] = mapped_column(default="")  # the publication it is an edition of
    discontinued: Mapped[str] = mapped_column(default="")  # the day its publication ended

    @property
    def title(self) -> str:
        """Return the short label."""
        return self.label

    @property
    def search_text(self) -> str:
        """Return the title and publisher."""
        return f"{self.title_text} {self.publisher}"


class Quote(Item):
    """A quoted remark, attributed to a speaker, from a source."""

    __tablename__ = "quotes"
    __mapper_args__ = kind_args("quote")

    id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    speaker_name: Mapped[str]
    speaker_role: Mapped[str]
    text: Mapped[str]
    attribution: Mapped[str]
    status: Mapped[str]  # attributed | provenance-unconfirmed
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    note: Mapped[str]

    speaker: Mapped[Person | None] = relationship(
        back_populates="quotes", foreign_keys=[speaker_id]
    )
    source: Mapped[Source] = relationship(foreign_keys=[source_id])


class Figure(Dated, Base):
    """A value of a named quantity for an item (segment, organisation, country), from a source."""

    __tablename__ = "figures"
    __table_args__ = dated_indexes("figures")

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]  # order in the dataset text
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    quantity: Mapped[str]  # length_km, land_border_total_km, population, member_count ...
    value: Mapped[float]
    unit: Mapped[str]
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    as_of: Mapped[str]
    note: Mapped[str]
    quote: Mapped[str]
    is_default: Mapped[bool]  # from the dataset's default source for this quantity
    reason: Mapped[str]  # why it differs from the default source's value, in our words
    unlisted: Mapped[int] = mapped_column(default=0)  # a count's members the data cannot name

    item: Mapped[Item] = relationship(back_populates="figures", foreign_keys=[item_id])
    source: Mapped[Source] = relationship(foreign_keys=[source_id])


class Fact(Dated, Base):
    """A sourced statement about an item; with a ``value``, a time-bound state with its dates."""

    __tablename__ = "facts"
    # An item's facts under a label (the overview's Caspian facts, its discrepancies) and its
    # count of each label come from this index alone: an overview may hold 90,000 facts.
    # ``item_id``'s own index stays: it gives the facts of every other label in id order.
    __table_args__ = (Index("ix_facts_item_id_label", "item_id", "label"), *dated_indexes("facts"))

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    label: Mapped[str]  # challenge, history, founded, headquarters, caspian ...
    text: Mapped[str]
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    as_of: Mapped[str]
    quote: Mapped[str]
    value: Mapped[str] = mapped_column(default="")  # a state's short value: "Astana"

    item: Mapped[Item] = relationship(back_populates="facts", foreign_keys=[item_id])
    source: Mapped[Source] = relationship(foreign_keys=[source_id])


class ItemLink(Base):
    """A quote, event or topic concerns a border, organisation, person, topic ..."""

    __tablename__ = "item_links"

    from_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    to_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True, index=True)
    relation: Mapped[str] = mapped_column(primary_key=True)  # "concerns"
    position: Mapped[int]

    origin: Mapped[Item] = relationship(back_populates="links_out", foreign_keys=[from_id])
    target: Mapped[Item] = relationship(back_populates="links_in", foreign_keys=[to_id])


class Alias(Base):
    """Another spelling of a person's name."""

    __tablename__ = "person_aliases"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str]

    person: Mapped[Person] = relationship(back_populates="aliases")
