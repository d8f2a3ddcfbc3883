"""The ORM rows nothing in ``models`` points back at: events, topics, the overview, translations.

Also the database's own rows (meta, edition) and, registered with them, the map's table. This
module imports ``models`` and never the reverse, so the schema has no import circle.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from borderdesk.data.map_rows import MapFeature as MapFeature  # the map's table, registered
from borderdesk.data.membership_rows import Membership as Membership  # registered with the rest
from borderdesk.data.models import Base, Country, Item, Source, kind_args
from borderdesk.data.vocabulary import SCHEMA_VERSION as SCHEMA_VERSION
from borderdesk.data.vocabulary import SET_USER_VERSION as SET_USER_VERSION


class Translation(Base):
    """A translation of one English text column of one row (``name_ru`` in the text)."""

    __tablename__ = "translations"

    table_name: Mapped[str] = mapped_column(primary_key=True)  # "countries", "facts" ...
    row_id: Mapped[int] = mapped_column(primary_key=True)
    column_name: Mapped[str] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(primary_key=True)  # ISO 639-1: "ru", "kk"
    text: Mapped[str]
    # The short hash of the English it was made from: when it is not the column's text's, the
    # translation is outdated, and the reader falls back past it.
    english_hash: Mapped[str]
    # For an official name or abbreviation: the source that gives it so.
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))

    source: Mapped[Source | None] = relationship(foreign_keys=[source_id])


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


class Event(Item):
    """A dated event."""

    __tablename__ = "events"
    __mapper_args__ = kind_args("event")

    id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    title_text: Mapped[str] = mapped_column("title")
    date: Mapped[str]  # ISO date, or a year or range as known
    description: Mapped[str]

    @property
    def title(self) -> str:
        """Return the event's title."""
        return self.title_text


class Topic(Item):
    """A topic or threat."""

    __tablename__ = "topics"
    __mapper_args__ = kind_args("topic")

    id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    name: Mapped[str]
    description: Mapped[str]

    @property
    def title(self) -> str:
        """Return the topic's name."""
        return self.name


class OverviewPage(Item):
    """The Kazakhstan overview's own text; its figures and facts hang on the country."""

    __tablename__ = "overview"
    __mapper_args__ = kind_args("overview")

    id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    country_id: Mapped[int] = mapped_column(ForeignKey("countries.id"))
    title_text: Mapped[str] = mapped_column("title")
    description: Mapped[str]
    landlocked_note: Mapped[str]

    country: Mapped[Country] = relationship(foreign_keys=[country_id])

    @property
    def title(self) -> str:
        """Return the overview's title."""
        return self.title_text


class Place(Item):
    """A place named in the content (a city): its names and roles over time are its facts."""

    __tablename__ = "places"
    __mapper_args__ = kind_args("place")

    id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    name: Mapped[str]  # the name it has today
    country_id: Mapped[int] = mapped_column(ForeignKey("countries.id"))
    kind: Mapped[str]  # city

    country: Mapped[Country] = relationship(foreign_keys=[country_id])

    @property
    def title(self) -> str:
        """Return the place's name today."""
        return self.name
