"""Notes and bookmarks: each change is its own transaction, committed before returning.

Plain ``sqlite3``: the notes are open from the first paint on, and SQLAlchemy is not needed for
two small tables (its import would hold the first start for about 200 ms).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

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
from borderdesk.data.userdb.note_listing import BOOKMARKS_SQL, NOTES_SQL
from borderdesk.data.userdb.opening import connect, prepare

Clock = Callable[[], datetime]
Connect = Callable[[], sqlite3.Connection]


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


def _problem(error: sqlite3.Error) -> str:
    text = str(error).lower()
    if "full" in text:
        return "the disk is full; the change was not saved (your earlier notes are unchanged)"
    if "readonly" in text or "read-only" in text:
        return "the notes file cannot be written to; the change was not saved"
    if "locked" in text or "busy" in text:
        return "another program is using the notes file; the change was not saved, try again"
    return f"the change was not saved ({error})"


class _Connections:
    """A connection of its own for each use (a file), or one kept for all (in memory)."""

    def __init__(self, opener: Connect, *, kept: sqlite3.Connection | None = None) -> None:
        self._opener = opener
        self._kept = kept

    @contextmanager
    def using(self) -> Iterator[sqlite3.Connection]:
        """Yield a connection, closed afterwards unless it is the kept one."""
        if self._kept is not None:
            yield self._kept
            return
        connection = self._opener()
        try:
            yield connection
        finally:
            connection.close()

    def close(self) -> None:
        """Close the kept connection, if any."""
        if self._kept is not None:
            self._kept.close()


_NOTE = (
    "SELECT notes.item, notes.text, notes.created, notes.updated FROM notes WHERE notes.item = ?"
)
_BOOKMARK = (
    "SELECT bookmarks.item, bookmarks.title, bookmarks.created FROM bookmarks "
    "WHERE bookmarks.item = ?"
)


class UserDataRepository:
    """The UserDataService over one SQLite file (or an in-memory one when saving is off)."""

    def __init__(
        self, connections: _Connections, report: StartupReport, clock: Clock = _utc_now
    ) -> None:
        self._connections = connections
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
        self._connections.close()

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """Yield a connection whose changes are committed at the end, or none of them.

        The connection begins its transaction (``BEGIN IMMEDIATE``) before the first change:
        a call that changes nothing takes no write lock.
        """
        if not self._report.writable:
            raise UserDataError(self.path, f"saving is off: {self._report.read_only_reason}")
        try:
            with self._connections.using() as connection:
                connection.isolation_level = "IMMEDIATE"
                try:
                    yield connection
                    connection.commit()
                except BaseException:
                    connection.rollback()
                    raise
        except sqlite3.Error as error:
            raise UserDataError(self.path, _problem(error)) from None

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._connections.using() as connection:
                yield connection
        except sqlite3.Error as error:
            raise UserDataError(self.path, f"cannot be read ({error})") from None

    def note(self, ref: ItemRef) -> Note | None:
        """Return the note on an item, or None."""
        with self._reading() as connection:
            row = connection.execute(_NOTE, (ref.to_string(),)).fetchone()
        return Note(ref, row[1], parse_stamp(row[3])) if row is not None else None

    def notes(self) -> tuple[Note, ...]:
        """Return every note, by item."""
        with self._reading() as connection:
            rows = connection.execute(NOTES_SQL).fetchall()
        return tuple(
            Note(ref, text, parse_stamp(updated))
            for item, text, _created, updated in rows
            if (ref := _ref(item)) is not None
        )

    def set_note(self, ref: ItemRef, text: str) -> Note | None:
        """Save the note on an item (blank text deletes it); return what is stored."""
        if len(text) > NOTE_MAX_CHARS:
            raise UserDataError(self.path, f"a note holds at most {NOTE_MAX_CHARS:,} characters")
        problem = character_problem(text)  # what the notes file could not hold either
        if problem:
            raise UserDataError(self.path, f"the note {problem}")
        now, item = stamp(self._clock()), ref.to_string()
        with self._writing() as connection:
            row = connection.execute(_NOTE, (item,)).fetchone()
            if not text.strip():
                if row is not None:
                    connection.execute("DELETE FROM notes WHERE item = ?", (item,))
                return None
            if row is None:
                connection.execute(
                    "INSERT INTO notes (item, text, created, updated) VALUES (?, ?, ?, ?)",
                    (item, text, now, now),
                )
                return Note(ref, text, parse_stamp(now))
            updated = row[3]
            if row[1] != text:
                updated = now
                connection.execute(
                    "UPDATE notes SET text = ?, updated = ? WHERE item = ?", (text, now, item)
                )
            return Note(ref, text, parse_stamp(updated))

    def bookmarks(self) -> tuple[Bookmark, ...]:
        """Return the bookmarks, oldest first."""
        with self._reading() as connection:
            rows = connection.execute(BOOKMARKS_SQL).fetchall()
        return tuple(
            Bookmark(ref, title, parse_stamp(created))
            for item, title, created in rows
            if (ref := _ref(item)) is not None
        )

    def is_bookmarked(self, ref: ItemRef) -> bool:
        """Tell whether an item is bookmarked."""
        with self._reading() as connection:
            found = connection.execute(_BOOKMARK, (ref.to_string(),)).fetchone()
        return found is not None

    def set_bookmark(self, ref: ItemRef, title: str, bookmarked: bool) -> None:
        """Add or remove a bookmark."""
        item = ref.to_string()
        with self._writing() as connection:
            if not bookmarked:
                connection.execute("DELETE FROM bookmarks WHERE item = ?", (item,))
            elif connection.execute(_BOOKMARK, (item,)).fetchone() is None:
                title = " ".join(title.split())  # one line, as the notes file keeps it
                problem = character_problem(title)
                if problem:
                    raise UserDataError(self.path, f"the bookmark's title {problem}")
                connection.execute(
                    "INSERT INTO bookmarks (item, title, created) VALUES (?, ?, ?)",
                    (item, title, stamp(self._clock())),
                )

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
        with self._writing() as connection:
            return apply_merge(connection, preview, conflicts, stamp(self._clock()))


def _ref(text: str) -> ItemRef | None:
    try:
        return ItemRef.from_string(text)
    except ValueError:
        return None


def open_user_data(folders: UserFolders, clock: Clock = _utc_now) -> UserDataRepository:
    """Open (creating, migrating or restoring) the user's notes; never raise for a bad file.

    Call it holding the single-instance lock (``core.instance``): it may repair the file.
    """
    report = prepare(folders, clock())
    path = report.path
    if report.writable:
        connections = _Connections(partial(connect, path))
    elif path.exists() and is_sound(path, wait=1.0):  # a locked file is not waited for twice
        connections = _Connections(partial(connect, path, read_only=True))
    else:
        connections = _empty(path)
    return UserDataRepository(connections, report, clock)


def read_user_data(folders: UserFolders, clock: Clock = _utc_now) -> UserDataRepository:
    """Open the notes only to read them, beside the window that has them open; change nothing."""
    path = folders.notes_db
    report = StartupReport(path, read_only_reason="BorderDesk's window has the notes open")
    if path.exists():
        connections = _Connections(partial(connect, path, read_only=True))
    else:
        connections = _empty(path)
    return UserDataRepository(connections, report, clock)


def _empty(path: Path) -> _Connections:
    """Return an empty in-memory notes database (shown when none can be read)."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    migrate(path, memory)
    return _Connections(partial(connect, path), kept=memory)
