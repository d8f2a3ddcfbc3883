"""Open the user's database at start: migrate it, or set a damaged one aside and restore.

What happened is returned as a StartupReport for the window to tell the user: the backup's
date after a restore, or why saving is off (a read-only folder, a newer BorderDesk's file,
another program's lock that outlasted the wait). A file that a crash left with a hot journal,
or that is locked for a while, is sound: SQLite rolls the one back and waits for the other.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import tempfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from borderdesk.core.atomic import reason
from borderdesk.core.leftovers import folder_prefix
from borderdesk.core.record import frozen
from borderdesk.core.userdata import StartupReport, UserDataError
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.backups import (
    backup_if_due,
    copy_database,
    newest_sound_backup,
)
from borderdesk.data.userdb.migrations import check_application, migrate

SIDECARS = ("-journal", "-wal", "-shm")
SQLITE_HEADER = b"SQLite format 3\x00"
SAVE_WAIT_S = 5.0  # a save waits this long for another program's lock
START_WAIT_S = 10.0  # the start waits longer: a lock held for some seconds is not damage
DAMAGE_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
BUSY_CODES = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED


def connect(
    path: Path, *, read_only: bool = False, wait: float = SAVE_WAIT_S
) -> sqlite3.Connection:
    """Return an autocommit connection with the settings every use needs.

    ``wait`` is SQLite's busy timeout: how long a statement waits for another connection's
    lock before it fails with "database is locked".
    """
    mode = "ro" if read_only else "rwc"
    connection = sqlite3.connect(
        f"{path.absolute().as_uri()}?mode={mode}",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=wait,
    )
    # DELETE journal + FULL sync: a commit is on disk before it returns, and one file
    # (plus a transient journal) is all there is to back up or set aside.
    connection.execute("PRAGMA synchronous = FULL")
    if not read_only:
        connection.execute("PRAGMA journal_mode = DELETE")
    return connection


def writable_reason(folder: Path) -> str:
    """Return why files cannot be written in ``folder`` ("" when they can)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=folder_prefix("probe")):
            pass
    except OSError as error:
        return f"the folder {folder} cannot be written to ({reason(error)})"
    return ""


@frozen
class Examination:
    """What opening an existing notes file found: real damage, or what kept it from a check."""

    damage: str = ""  # the file is damaged or not ours: set it aside and restore a backup
    hindrance: str = ""  # it could not be checked now (locked, unreadable): leave it alone


def examine(path: Path, wait: float | None = None) -> Examination:
    """Open an existing notes file as SQLite does for a write, then check it.

    Opening it read-write lets SQLite roll back a transaction that a crash left in a hot
    journal, and the busy timeout waits for another program's lock: neither is damage. Only
    a file SQLite calls corrupt or not a database, or whose ``quick_check`` fails once it is
    open, is damaged. ``wait`` is START_WAIT_S unless given.
    """
    wait = START_WAIT_S if wait is None else wait
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except OSError as error:
        return Examination(hindrance=f"the notes file cannot be read ({reason(error)})")
    if head != SQLITE_HEADER:
        return Examination(damage="empty" if not head else "not a database")
    try:
        with closing(connect(path, wait=wait)) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
            check_application(path, connection)
    except UserDataError as error:
        return Examination(damage=error.problem)
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in DAMAGE_CODES:
            return Examination(damage=f"damaged ({error})")
        if code in BUSY_CODES:
            return Examination(hindrance=busy_reason(wait))
        return Examination(hindrance=f"the notes file cannot be opened ({error})")
    if rows != [("ok",)]:
        return Examination(damage="damaged (its integrity check failed)")
    return Examination()


def busy_reason(wait: float) -> str:
    """Return why the notes cannot be used while another program holds their lock."""
    return (
        f"another program has kept the notes file locked for more than {wait:.0f} seconds; "
        "it was left untouched. Close that program and start BorderDesk again"
    )


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its journal) to ``NAME.corrupt-TIMESTAMP``."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.corrupt-{stamp}")
    os.replace(path, kept)
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.replace(sidecar, kept.with_name(kept.name + suffix))
    return kept


def _restore(folders: UserFolders, problem: str, now: datetime) -> StartupReport:
    """Set a damaged notes file aside and put the newest sound backup in its place."""
    path = folders.notes_db
    backup = newest_sound_backup(folders.backups)
    if backup is None and problem == "empty":
        # Zero bytes is an empty SQLite database (a first start killed before its first
        # write leaves one): with no backup to prefer, it is simply used.
        return StartupReport(path)
    kept = set_aside(path, now)
    if backup is None:
        warning = (
            f"Your notes file was {problem} and no backup could be found. It was kept as "
            f"{kept.name}; BorderDesk started a new, empty notes file."
        )
        return StartupReport(path, set_aside=kept, warnings=(warning,))
    with closing(connect(backup.path, read_only=True)) as source:
        copy_database(source, path)
    return StartupReport(path, backup.path, backup.taken, kept)


def prepare(folders: UserFolders, now: datetime | None = None) -> StartupReport:
    """Make the notes database ready to open; return what was done, for the user."""
    now = now or datetime.now(UTC)
    path = folders.notes_db
    why_not = writable_reason(folders.data)
    if why_not:
        return StartupReport(path, read_only_reason=why_not)
    report = StartupReport(path)
    found = examine(path) if path.exists() else Examination()
    if found.hindrance:
        return StartupReport(path, read_only_reason=found.hindrance)
    if found.damage:
        report = _restore(folders, found.damage, now)
    try:
        with closing(connect(path, wait=START_WAIT_S)) as connection:
            migrate(path, connection)
    except UserDataError as error:
        return StartupReport(path, read_only_reason=error.problem)
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorcode", 0) & 0xFF in BUSY_CODES:
            return StartupReport(path, read_only_reason=busy_reason(START_WAIT_S))
        return StartupReport(path, read_only_reason=f"the notes file cannot be opened ({error})")
    try:  # a failed backup never stops the start, but the user hears of it
        backup_if_due(path, folders.backups, now)
    except UserDataError as error:
        warning = (
            f"No backup of your notes could be taken today ({error}). Your notes themselves "
            f"are saved, and the earlier backups in {folders.backups} are kept."
        )
        report = dataclasses.replace(report, warnings=(*report.warnings, warning))
    return report
