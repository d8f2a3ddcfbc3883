"""The ORM rows that hang on items: figures, facts, memberships, links, translations, meta."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from borderdesk.data.map_rows import MapFeature as MapFeature  # the map's table, registered
from borderdesk.data.models import Base, Country, Item, Organisation, Person, Source
from borderdesk.data.vocabulary import SCHEMA_VERSION as SCHEMA_VERSION
from borderdesk.data.vocabulary import SET_USER_VERSION as SET_USER_VERSION


class Figure(Base):
    """A value of a named quantity for an item (segment, organisation, country), from a source."""

    __tablename__ = "figures"

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

    item: Mapped[Item] = relationship(back_populates="figures", foreign_keys=[item_id])
    source: Mapped[Source] = relationship(foreign_keys=[source_id])


class Fact(Base):
    """A sourced statement about an item, in our words, optionally dated and quoted."""

    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    label: Mapped[str]  # challenge, history, founded, headquarters, caspian ...
    text: Mapped[str]
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    as_of: Mapped[str]
    quote: Mapped[str]

    item: Mapped[Item] = relationship(back_populates="facts", foreign_keys=[item_id])
    source: Mapped[Source] = relationship(foreign_keys=[source_id])


class Membership(Base):
    """A country's or body's role in an organisation, over a time, from a source."""

    __tablename__ = "memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    member_id: Mapped[int] = mapped_column(ForeignKey("countries.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    role: Mapped[str]  # member, founding member, observer, former member, non-member, chair ...
    since: Mapped[str]
    until: Mapped[str]
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    note: Mapped[str]
    quote: Mapped[str]

    member: Mapped[Country] = relationship(back_populates="memberships", foreign_keys=[member_id])
    organisation: Mapped[Organisation] = relationship(
        back_populates="memberships", foreign_keys=[organisation_id]
    )
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


class Translation(Base):
    """A translation of one English text column of one row (``name_ru`` in the text)."""

    __tablename__ = "translations"

    table_name: Mapped[str] = mapped_column(primary_key=True)  # "countries", "facts" ...
    row_id: Mapped[int] = mapped_column(primary_key=True)
    column_name: Mapped[str] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(primary_key=True)  # ISO 639-1: "ru", "kk"
    text: Mapped[str]


class Meta(Base):
    """Key-value facts about the database itself: ``schema_version`` above all."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]


class Edition(Base):
    """The dataset edition this database was built from (one row)."""

    __tablename__ = "dataset_edition"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str]
    date: Mapped[str]
    checksum: Mapped[str]  # sha256 of the dataset text, hex
