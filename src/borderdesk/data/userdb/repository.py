"""Notes and bookmarks: each change is its own transaction, committed before returning."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from sqlalchemy import Engine, create_engine, delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool, StaticPool

from borderdesk.core.characters import character_problem
from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import (
    NOTE_MAX_CHARS,
    Bookmark,
    Conflict,
    MergePreview,
    MergeResult,
    Note,
    StartupReport,
    UserData,
    UserDataError,
)
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.backups import is_sound
from borderdesk.data.userdb.merge import apply_merge, preview_merge
from borderdesk.data.userdb.migrations import migrate
from borderdesk.data.userdb.opening import connect, prepare
from borderdesk.data.userdb.schema import BookmarkRow, NoteRow

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def stamp(moment: datetime) -> str:
    """Return the ISO 8601 text stored for a moment (UTC, seconds, ``Z``)."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_stamp(text: str) -> datetime:
    """Return the moment stored as text (an unreadable one reads as the epoch)."""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return datetime(1970, 1, 1, tzinfo=UTC)


def _problem(error: DBAPIError) -> str:
    text = str(error.orig).lower()
    if "full" in text:
        return "the disk is full; the change was not saved (your earlier notes are unchanged)"
    if "readonly" in text or "read-only" in text:
        return "the notes file cannot be written to; the change was not saved"
    if "locked" in text or "busy" in text:
        return "another program is using the notes file; the change was not saved, try again"
    return f"the change was not saved ({error.orig})"


class UserDataRepository:
    """The UserDataService over one SQLite file (or an in-memory one when saving is off)."""

    def __init__(self, engine: Engine, report: StartupReport, clock: Clock = _utc_now) -> None:
        self._engine = engine
        self._report = report
        self._clock = clock

    @property
    def path(self) -> Path:
        """Return the database file."""
        return self._report.path

    @property
    def report(self) -> StartupReport:
        """Return what opening the data found."""
        return self._report

    def close(self) -> None:
        """Close the connections."""
        self._engine.dispose()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        if not self._report.writable:
            raise UserDataError(self.path, f"saving is off: {self._report.read_only_reason}")
        try:
            with Session(self._engine) as session, session.begin():
                yield session
        except DBAPIError as error:
            raise UserDataError(self.path, _problem(error)) from None

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with Session(self._engine) as session:
                yield session
        except DBAPIError as error:
            raise UserDataError(self.path, f"cannot be read ({error.orig})") from None

    def note(self, ref: ItemRef) -> Note | None:
        """Return the note on an item, or None."""
        with self._reading() as session:
            row = session.get(NoteRow, ref.to_string())
            return Note(ref, row.text, parse_stamp(row.updated)) if row is not None else None

    def notes(self) -> tuple[Note, ...]:
        """Return every note, by item."""
        with self._reading() as session:
            rows = session.scalars(select(NoteRow).order_by(NoteRow.item)).all()
            return tuple(_note(row) for row in rows if _ref(row.item) is not None)

    def set_note(self, ref: ItemRef, text: str) -> Note | None:
        """Save the note on an item (blank text deletes it); return what is stored."""
        if len(text) > NOTE_MAX_CHARS:
            raise UserDataError(self.path, f"a note holds at most {NOTE_MAX_CHARS:,} characters")
        problem = character_problem(text)  # what the notes file could not hold either
        if problem:
            raise UserDataError(self.path, f"the note {problem}")
        now = stamp(self._clock())
        with self._writing() as session:
            row = session.get(NoteRow, ref.to_string())
            if not text.strip():
                if row is not None:
                    session.delete(row)
                return None
            if row is None:
                session.add(NoteRow(item=ref.to_string(), text=text, created=now, updated=now))
            elif row.text != text:
                row.text, row.updated = text, now
            return Note(ref, text, parse_stamp(now if row is None else row.updated))

    def bookmarks(self) -> tuple[Bookmark, ...]:
        """Return the bookmarks, oldest first."""
        with self._reading() as session:
            rows = session.scalars(
                select(BookmarkRow).order_by(BookmarkRow.created, BookmarkRow.item)
            )
            return tuple(_bookmark(row) for row in rows if _ref(row.item) is not None)

    def is_bookmarked(self, ref: ItemRef) -> bool:
        """Tell whether an item is bookmarked."""
        with self._reading() as session:
            return session.get(BookmarkRow, ref.to_string()) is not None

    def set_bookmark(self, ref: ItemRef, title: str, bookmarked: bool) -> None:
        """Add or remove a bookmark."""
        with self._writing() as session:
            if not bookmarked:
                session.execute(delete(BookmarkRow).where(BookmarkRow.item == ref.to_string()))
            elif session.get(BookmarkRow, ref.to_string()) is None:
                title = " ".join(title.split())  # one line, as the notes file keeps it
                problem = character_problem(title)
                if problem:
                    raise UserDataError(self.path, f"the bookmark's title {problem}")
                created = stamp(self._clock())
                session.add(BookmarkRow(item=ref.to_string(), title=title, created=created))

    def snapshot(self) -> UserData:
        """Return every note and bookmark."""
        return UserData(self.notes(), self.bookmarks())

    def export_to(self, path: Path) -> UserData:
        """Write every note and bookmark to a JSON file, atomically."""
        from borderdesk.data.userdb.transfer import write_notes_file  # JSON Schema: on use

        data = self.snapshot()
        write_notes_file(path, data, self._clock())
        return data

    def preview_import(self, path: Path) -> MergePreview:
        """Read and validate a notes file; return what importing it would change."""
        from borderdesk.data.userdb.transfer import read_notes_file  # JSON Schema: on use

        return preview_merge(path, read_notes_file(path), self.snapshot())

    def apply_import(self, preview: MergePreview, conflicts: Conflict) -> MergeResult:
        """Merge a previewed import in one transaction."""
        with self._writing() as session:
            return apply_merge(session, preview, conflicts, stamp(self._clock()))


def _ref(text: str) -> ItemRef | None:
    try:
        return ItemRef.from_string(text)
    except ValueError:
        return None


def _note(row: NoteRow) -> Note:
    return Note(ItemRef.from_string(row.item), row.text, parse_stamp(row.updated))


def _bookmark(row: BookmarkRow) -> Bookmark:
    return Bookmark(ItemRef.from_string(row.item), row.title, parse_stamp(row.created))


def _session_connection(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Return a connection whose transactions the Session's commit ends (BEGIN before DML)."""
    connection = connect(path, read_only=read_only)
    connection.isolation_level = "IMMEDIATE"
    return connection


def open_user_data(folders: UserFolders, clock: Clock = _utc_now) -> UserDataRepository:
    """Open (creating, migrating or restoring) the user's notes; never raise for a bad file.

    Call it holding the single-instance lock (``core.instance``): it may repair the file.
    """
    report = prepare(folders, clock())
    path = report.path
    if report.writable:
        engine = create_engine(
            "sqlite://", creator=partial(_session_connection, path), poolclass=NullPool
        )
    elif path.exists() and is_sound(path, wait=1.0):  # a locked file is not waited for twice
        engine = _reading_engine(path)
    else:
        engine = _empty_engine(path)
    return UserDataRepository(engine, report, clock)


def read_user_data(folders: UserFolders, clock: Clock = _utc_now) -> UserDataRepository:
    """Open the notes only to read them, beside the window that has them open; change nothing."""
    path = folders.notes_db
    report = StartupReport(path, read_only_reason="BorderDesk's window has the notes open")
    engine = _reading_engine(path) if path.exists() else _empty_engine(path)
    return UserDataRepository(engine, report, clock)


def _reading_engine(path: Path) -> Engine:
    return create_engine(
        "sqlite://",
        creator=partial(_session_connection, path, read_only=True),
        poolclass=NullPool,
    )


def _empty_engine(path: Path) -> Engine:
    """Return an engine over an empty in-memory notes database (shown when none can be read)."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    migrate(path, memory)
    memory.isolation_level = "IMMEDIATE"
    return create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
