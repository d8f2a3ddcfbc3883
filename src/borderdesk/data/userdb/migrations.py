"""Ordered migrations of the user's database; ``PRAGMA user_version`` holds the version reached.

Each migration runs in its own transaction with the version bump, so a crash leaves the file
at the old version or the new one, never between. Add a migration by appending a function.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from borderdesk.core.userdata import UserDataError

Migration = Callable[[sqlite3.Connection], None]
APPLICATION_ID = 0x42444E54  # "BDNT": tells our file from any other SQLite database


def _create_notes_and_bookmarks(connection: sqlite3.Connection) -> None:
    connection.execute(
        "CREATE TABLE notes (item TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL, "
        "updated TEXT NOT NULL)"
    )
    connection.execute(
        "CREATE TABLE bookmarks (item TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, "
        "created TEXT NOT NULL)"
    )


def _add_note_created(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE notes ADD COLUMN created TEXT NOT NULL DEFAULT ''")
    connection.execute("UPDATE notes SET created = updated")


MIGRATIONS: tuple[Migration, ...] = (_create_notes_and_bookmarks, _add_note_created)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    """Return the version a database file is at (0 for a new, empty file)."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def check_application(path: Path, connection: sqlite3.Connection) -> None:
    """Raise UserDataError if the file is some other program's SQLite database."""
    (app_id,) = connection.execute("PRAGMA application_id").fetchone()
    tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id != APPLICATION_ID and tables:
        raise UserDataError(path, "not a BorderDesk notes database (another program's file)")


def migrate(path: Path, connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database to ``target``, one transaction per step; return the old version.

    ``connection`` must be in autocommit mode (``isolation_level=None``).
    """
    check_application(path, connection)
    start = schema_version(connection)
    if start > SCHEMA_VERSION:
        raise UserDataError(
            path,
            f"written by a newer BorderDesk (notes schema version {start}; this one reads "
            f"version {SCHEMA_VERSION} and older). Update BorderDesk to use these notes",
        )
    for version in range(start, target):
        connection.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](connection)
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            connection.execute(f"PRAGMA user_version = {version + 1:d}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return start
