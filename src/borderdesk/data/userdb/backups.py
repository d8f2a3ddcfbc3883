"""Verified backups of the user's database: SQLite's backup API, then ``quick_check``.

A backup is named by when it was taken (UTC): ``userdata-20261128-093000.sqlite``. It is
written beside its final name and renamed only once verified, so every file with a final
name is a good copy. One a day is kept for the last few days. A backup that cannot be
written (disk full, read-only folder) raises UserDataError naming the file and why; it leaves
no partial file and never touches the earlier backups.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from borderdesk.core.atomic import reason
from borderdesk.core.record import frozen
from borderdesk.core.userdata import UserDataError

KEEP = 7  # generations
_NAME = re.compile(r"userdata-(\d{8}-\d{6})\.sqlite")
_STAMP = "%Y%m%d-%H%M%S"
_SQLITE_REASONS = {  # primary result codes
    8: "the folder is read-only",  # SQLITE_READONLY
    13: "the disk is full",  # SQLITE_FULL
    14: "the file cannot be created",  # SQLITE_CANTOPEN
}


@frozen
class Backup:
    """A backup file and when it was taken."""

    path: Path
    taken: datetime


def is_sound(path: Path, wait: float = 5.0) -> bool:
    """Tell whether a file is a readable SQLite database that passes ``quick_check``.

    It is opened read-only: for backups and copies, which no crash leaves mid-transaction.
    The notes file itself is examined as ``opening.examine`` does.
    """
    try:
        with path.open("rb") as file:
            if file.read(16) != b"SQLite format 3\x00":
                return False
        uri = f"{path.absolute().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=wait)) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (OSError, sqlite3.Error):
        return False
    return rows == [("ok",)]


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database into ``target`` with the backup API, verify it, then rename it in.

    Raise OSError or sqlite3.Error on failure, leaving no partial file behind.
    """
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        if not is_sound(partial):
            raise sqlite3.DatabaseError(f"the copy {partial} failed its quick_check")
        with partial.open("rb") as file:
            os.fsync(file.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
        partial.with_name(f"{partial.name}-journal").unlink(missing_ok=True)


def list_backups(folder: Path) -> list[Backup]:
    """Return the backups in ``folder``, newest first."""
    found = []
    try:
        names = list(folder.iterdir())
    except OSError:
        return []
    for path in names:
        match = _NAME.fullmatch(path.name)
        if match:
            taken = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, taken))
    return sorted(found, key=lambda backup: backup.taken, reverse=True)


def newest_sound_backup(folder: Path) -> Backup | None:
    """Return the newest backup that passes ``quick_check``."""
    return next((backup for backup in list_backups(folder) if is_sound(backup.path)), None)


def take_backup(database: Path, folder: Path, now: datetime) -> Backup:
    """Take a verified backup of ``database`` now; drop all but the newest ``KEEP``.

    Raise UserDataError naming the backup file and why it could not be written.
    """
    target = folder / f"userdata-{now.astimezone(UTC).strftime(_STAMP)}.sqlite"
    uri = f"{database.absolute().as_uri()}?mode=ro"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(".userdata-*.partial*"):  # left by a run killed mid-backup
            stale.unlink(missing_ok=True)
        with closing(sqlite3.connect(uri, uri=True)) as source:
            copy_database(source, target)
    except (OSError, sqlite3.Error) as error:
        raise UserDataError(target, f"the backup could not be written: {_why(error)}") from None
    for old in list_backups(folder)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, now.astimezone(UTC))


def _why(error: OSError | sqlite3.Error) -> str:
    """Return why a backup failed, in a user's words."""
    if isinstance(error, OSError):
        return reason(error)
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _SQLITE_REASONS:
        return _SQLITE_REASONS[code & 0xFF]
    return str(error)


def backup_if_due(database: Path, folder: Path, now: datetime) -> Backup | None:
    """Take a backup unless one was taken today (UTC); return it, or None when not due."""
    newest = next(iter(list_backups(folder)), None)
    if newest is not None and newest.taken.date() == now.astimezone(UTC).date():
        return None
    return take_backup(database, folder, now)


def refresh_backup(database: Path, folder: Path, now: datetime) -> Backup:
    """Take a backup now and drop the older ones of the same day (one a day is kept)."""
    backup = take_backup(database, folder, now)
    for old in list_backups(folder):
        if old.path != backup.path and old.taken.date() == backup.taken.date():
            old.path.unlink(missing_ok=True)
    return backup
