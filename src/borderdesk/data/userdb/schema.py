"""The ORM of the user's database. Its tables are created and changed only by migrations."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UserBase(DeclarativeBase):
    """The declarative base of the user's database (apart from the bundled dataset's)."""


class NoteRow(UserBase):
    """The user's note on one item, keyed by the item's reference (``border:kz-ru``)."""

    __tablename__ = "notes"

    item: Mapped[str] = mapped_column(primary_key=True)
    text: Mapped[str]
    created: Mapped[str]  # ISO 8601, UTC (added by migration 2)
    updated: Mapped[str]  # ISO 8601, UTC


class BookmarkRow(UserBase):
    """A bookmarked item, with the title it had when bookmarked."""

    __tablename__ = "bookmarks"

    item: Mapped[str] = mapped_column(primary_key=True)
    title: Mapped[str]
    created: Mapped[str]  # ISO 8601, UTC
