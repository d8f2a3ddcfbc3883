"""A sound notes file is never taken for a damaged one: after a crash mid-save, or while locked."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from borderdesk.core.model import ItemRef
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb import opening
from borderdesk.data.userdb.repository import open_user_data

RU = ItemRef.from_string("border:kz-ru")
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

# A save killed half-way: the app's own connection writes more than its page cache holds, so
# changed pages reach the file before the commit and the journal that undoes them is hot.
CRASH_MID_SAVE = """
import os, sys
from pathlib import Path
from borderdesk.data.userdb.opening import connect
connection = connect(Path(sys.argv[1]))
connection.execute("PRAGMA cache_size = 5")
connection.execute("BEGIN IMMEDIATE")
for n in range(400):
    connection.execute(
        "INSERT INTO notes (item, text, created, updated) VALUES (?, ?, 'x', 'x')",
        (f"topic:half-{n}", "never committed " * 60),
    )
connection.execute("UPDATE notes SET text = 'overwritten, never committed'")
os.kill(os.getpid(), 9)
"""

HOLD_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("ROLLBACK")
"""


def notes(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT item, text FROM notes ORDER BY item").fetchall()


def with_a_note_after_the_backup(folders: UserFolders) -> None:
    """Leave a notes file whose one note was committed after the day's backup was taken."""
    repository = open_user_data(folders, clock=lambda: MONDAY)  # takes Monday's backup
    repository.set_note(RU, "committed after the backup")
    repository.close()
    assert len(list(folders.backups.glob("userdata-*.sqlite"))) == 1


@contextmanager
def lock_held(path: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    """Hold an exclusive SQLite lock on ``path`` from another process for ``seconds``."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    try:
        assert holder.stdout.readline() == "locked\n"
        yield holder
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def set_aside(folders: UserFolders) -> list[Path]:
    return sorted(folders.data.glob("*.corrupt-*"))


def test_a_save_killed_mid_transaction_is_rolled_back_not_restored_from_a_backup(
    folders: UserFolders,
) -> None:
    with_a_note_after_the_backup(folders)
    crash = subprocess.run(
        [sys.executable, "-c", CRASH_MID_SAVE, str(folders.notes_db)], check=False
    )
    assert crash.returncode == -9
    journal = folders.notes_db.with_name("userdata.sqlite-journal")
    assert journal.stat().st_size > 0  # hot: the file holds half a transaction

    again = open_user_data(folders)

    assert set_aside(folders) == []
    assert again.report.set_aside is None
    assert again.report.restored_date is None
    assert again.report.warnings == ()
    assert again.report.writable
    assert [(n.ref, n.text) for n in again.notes()] == [(RU, "committed after the backup")]
    assert not journal.exists()  # SQLite rolled the half transaction back
    again.set_note(RU, "and saving works")
    assert notes(folders.notes_db) == [("border:kz-ru", "and saving works")]


def test_a_lock_held_longer_than_a_save_waits_is_waited_for_at_start(
    folders: UserFolders,
) -> None:
    with_a_note_after_the_backup(folders)
    before = folders.notes_db.read_bytes()

    with lock_held(folders.notes_db, 6.5) as holder:
        again = open_user_data(folders)  # waits for the lock (more than 5 seconds)
        assert holder.poll() is not None  # it did wait until the holder had finished

    assert set_aside(folders) == []
    assert again.report.writable
    assert again.report.set_aside is None
    assert [n.text for n in again.notes()] == ["committed after the backup"]
    assert folders.notes_db.read_bytes() == before


def test_a_lock_held_past_the_wait_leaves_the_file_alone_and_says_why(
    folders: UserFolders, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_a_note_after_the_backup(folders)
    before = folders.notes_db.read_bytes()
    monkeypatch.setattr(opening, "START_WAIT_S", 0.3)

    with lock_held(folders.notes_db, 60):
        blocked = open_user_data(folders)
        report = blocked.report
        blocked.close()

    assert set_aside(folders) == []
    assert report.set_aside is None
    assert not report.writable
    assert "another program has kept the notes file locked" in report.read_only_reason
    assert "left untouched" in report.read_only_reason
    assert folders.notes_db.read_bytes() == before
    later = open_user_data(folders)  # the lock is gone: everything is there
    assert later.report.writable
    assert [n.text for n in later.notes()] == ["committed after the backup"]


def test_real_damage_found_after_a_normal_open_is_still_set_aside(
    folders: UserFolders,
) -> None:
    with_a_note_after_the_backup(folders)
    data = bytearray(folders.notes_db.read_bytes())
    page = 4096  # the notes table's first page after the schema: garbled, header intact
    data[page : page + 2048] = b"\xa5" * 2048
    folders.notes_db.write_bytes(bytes(data))

    again = open_user_data(folders)

    assert again.report.set_aside is not None
    assert again.report.restored_date == MONDAY
    assert set_aside(folders) == [again.report.set_aside]
