"""Open the user's database at start: migrate it, or set a damaged one aside and restore.

What happened is returned as a StartupReport for the window to tell the user: the backup's
date after a restore, or why saving is off (a read-only folder, a newer BorderDesk's file).
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
from borderdesk.core.userdata import StartupReport, UserDataError
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.backups import (
    backup_if_due,
    copy_database,
    is_sound,
    newest_sound_backup,
)
from borderdesk.data.userdb.migrations import check_application, migrate

SIDECARS = ("-journal", "-wal", "-shm")


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Return an autocommit connection with the settings every use needs."""
    mode = "ro" if read_only else "rwc"
    connection = sqlite3.connect(
        f"{path.absolute().as_uri()}?mode={mode}",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=5.0,
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
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
    except OSError as error:
        return f"the folder {folder} cannot be written to ({reason(error)})"
    return ""


def _problem(path: Path) -> str:
    """Return what is wrong with an existing database file ("" when it is sound and ours)."""
    if not is_sound(path):
        return "damaged"
    try:
        with closing(connect(path, read_only=True)) as connection:
            check_application(path, connection)
    except UserDataError as error:
        return error.problem
    except sqlite3.Error as error:
        return str(error)
    return ""


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


def prepare(folders: UserFolders, now: datetime | None = None) -> StartupReport:
    """Make the notes database ready to open; return what was done, for the user."""
    now = now or datetime.now(UTC)
    path = folders.notes_db
    why_not = writable_reason(folders.data)
    if why_not:
        return StartupReport(path, read_only_reason=why_not)
    report = StartupReport(path)
    if path.exists() and (problem := _problem(path)):
        kept = set_aside(path, now)
        backup = newest_sound_backup(folders.backups)
        if backup is None:
            warning = (
                f"Your notes file was {problem} and no backup could be found. It was kept as "
                f"{kept.name}; BorderDesk started a new, empty notes file."
            )
            report = StartupReport(path, set_aside=kept, warnings=(warning,))
        else:
            with closing(connect(backup.path, read_only=True)) as source:
                copy_database(source, path)
            report = StartupReport(path, backup.path, backup.taken, kept)
    try:
        with closing(connect(path)) as connection:
            migrate(path, connection)
    except UserDataError as error:
        return StartupReport(path, read_only_reason=error.problem)
    except sqlite3.Error as error:
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
