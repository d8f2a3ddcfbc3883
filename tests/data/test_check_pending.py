"""``borderdesk check`` on a database whose latest changes are not in the file itself yet."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from borderdesk.data.check import check
from borderdesk.data.store import bundled_path


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """Return a copy of the bundled database, without its checksum file (full checks run)."""
    path = tmp_path / "edited.sqlite"
    shutil.copy(bundled_path(), path)
    return path


def test_changes_waiting_in_a_wal_file_are_reported_not_called_sound(copy: Path) -> None:
    with closing(sqlite3.connect(copy)) as writer:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("UPDATE dataset_edition SET version = '2099.1.1'")
        writer.commit()  # the change is committed, in edited.sqlite-wal only
        report = check(copy)
    assert not report.ok
    text = report.text()
    assert "FAIL  pending changes: edited.sqlite-wal (" in text
    assert "holds changes that are not in the database file yet" in text
    assert "wal_checkpoint" in text
    assert text.splitlines()[-1] == "Verdict: FAILED: do not use this database"


def test_once_checkpointed_the_same_database_is_sound(copy: Path) -> None:
    with closing(sqlite3.connect(copy)) as writer:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("UPDATE dataset_edition SET version = version")
        writer.commit()
        writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        report = check(copy)
    assert report.ok, report.text()
    assert "pending" not in report.text()


def test_a_stray_wal_beside_a_rollback_database_changes_nothing(copy: Path) -> None:
    (copy.parent / (copy.name + "-wal")).write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 4000)
    report = check(copy)
    assert report.ok, report.text()


def test_the_journal_of_an_unfinished_write_is_reported(copy: Path) -> None:
    journal = copy.parent / (copy.name + "-journal")
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + b"\0" * 504)
    report = check(copy)
    assert not report.ok
    assert "FAIL  unfinished write: edited.sqlite-journal beside it" in report.text()


def test_the_bundled_database_is_sound() -> None:
    assert check().ok
