"""Catalogue B (user data): notes commit at once, survive damage, refuse what they cannot do."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import UserDataError
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.backups import is_sound, list_backups, take_backup
from borderdesk.data.userdb.migrations import MIGRATIONS, SCHEMA_VERSION, migrate
from borderdesk.data.userdb.repository import open_user_data
from tests.userdata.conftest import fill

RU = ItemRef.from_string("border:kz-ru")
CN = ItemRef.from_string("border:kz-cn")


def rows(path: Path) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT item, text FROM notes ORDER BY item").fetchall()


def test_every_change_is_on_disk_when_the_call_returns(folders: UserFolders) -> None:
    repository = open_user_data(folders)
    repository.set_note(RU, "first")
    repository.set_bookmark(CN, "China", True)

    # Another connection sees it at once: nothing waits in a cache.
    assert rows(folders.notes_db) == [("border:kz-ru", "first")]
    repository.set_note(RU, "")
    assert rows(folders.notes_db) == []
    assert [b.ref for b in repository.bookmarks()] == [CN]


def test_search_like_text_is_stored_literally(folders: UserFolders) -> None:
    repository = open_user_data(folders)
    texts = ["' OR 1=1 --", "100% _sure_ \\ back", "NEAR(a b)", "x" * 10_000, "<script>x</script>"]
    for n, text in enumerate(texts):
        repository.set_note(ItemRef.from_string(f"topic:t{n}"), text)
    assert [note.text for note in repository.notes()] == texts


def test_c08_a_corrupt_file_is_set_aside_and_the_newest_backup_restored(
    folders: UserFolders,
) -> None:
    monday = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    repository = open_user_data(folders, clock=lambda: monday)
    repository.set_note(RU, "kept in Monday's backup")
    take_backup(folders.notes_db, folders.backups, monday)
    repository.set_note(CN, "after the backup")
    repository.close()
    damaged = bytearray(folders.notes_db.read_bytes())
    damaged[0:100] = b"\xff" * 100
    folders.notes_db.write_bytes(bytes(damaged))

    tuesday = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    again = open_user_data(folders, clock=lambda: tuesday)

    report = again.report
    assert report.restored_date == monday
    assert report.set_aside is not None
    assert report.set_aside.name == "userdata.sqlite.corrupt-20260303-080000"
    assert report.set_aside.read_bytes() == bytes(damaged)  # kept, byte for byte
    assert again.note(RU) is not None
    assert again.note(CN) is None  # made after the backup: the message says so
    assert is_sound(folders.notes_db)


def test_c08_no_backup_starts_empty_and_says_so(folders: UserFolders) -> None:
    folders.data.mkdir(parents=True)
    folders.notes_db.write_bytes(b"garbage, not a database" * 100)
    repository = open_user_data(folders)
    assert repository.report.set_aside is not None
    assert "no backup" in repository.report.warnings[0]
    assert repository.notes() == ()
    repository.set_note(RU, "works again")
    assert repository.note(RU) is not None


def test_c09_a_backup_taken_during_a_write_is_verified_and_consistent(
    folders: UserFolders,
) -> None:
    repository = open_user_data(folders)
    repository.set_note(RU, "committed")
    writer = sqlite3.connect(folders.notes_db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO notes VALUES ('border:kz-cn', 'uncommitted', 'x', 'x')")
    backup = take_backup(folders.notes_db, folders.backups, datetime.now(UTC))
    writer.execute("ROLLBACK")
    writer.close()
    assert is_sound(backup.path)
    assert rows(backup.path) == [("border:kz-ru", "committed")]


def test_backups_rotate_and_keep_a_few_generations(folders: UserFolders) -> None:
    repository = open_user_data(folders, clock=lambda: datetime(2025, 12, 31, tzinfo=UTC))
    repository.set_note(RU, "x")
    for day in range(1, 12):
        take_backup(folders.notes_db, folders.backups, datetime(2026, 1, day, tzinfo=UTC))
    kept = list_backups(folders.backups)
    assert len(kept) == 7
    assert kept[0].taken.day == 11
    assert all(is_sound(backup.path) for backup in kept)


def test_migrations_bring_an_old_file_forward_and_keep_its_notes(folders: UserFolders) -> None:
    folders.data.mkdir(parents=True)
    with closing(sqlite3.connect(folders.notes_db, isolation_level=None)) as connection:
        migrate(folders.notes_db, connection, target=1)  # a version-1 file, as shipped first
        connection.execute("INSERT INTO notes VALUES ('border:kz-ru', 'old note', '2025-01-01')")
    repository = open_user_data(folders)
    assert repository.report.writable
    assert repository.note(RU) is not None
    with closing(sqlite3.connect(folders.notes_db)) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        created = connection.execute("SELECT created FROM notes").fetchone()[0]
    assert created == "2025-01-01"
    assert len(MIGRATIONS) == SCHEMA_VERSION


def test_a_newer_file_is_refused_untouched_and_saving_is_off(folders: UserFolders) -> None:
    folders.data.mkdir(parents=True)
    with closing(sqlite3.connect(folders.notes_db, isolation_level=None)) as connection:
        migrate(folders.notes_db, connection)
        connection.execute("PRAGMA user_version = 99")
    before = folders.notes_db.read_bytes()
    repository = open_user_data(folders)
    assert "version 99" in repository.report.read_only_reason
    with pytest.raises(UserDataError, match="saving is off"):
        repository.set_note(RU, "x")
    assert folders.notes_db.read_bytes() == before


def test_c07_disk_full_rolls_back_and_keeps_earlier_notes(tiny_fs: Path) -> None:
    folders = UserFolders.under(tiny_fs)
    repository = open_user_data(folders)
    repository.set_note(RU, "written before the disk filled")
    fill(tiny_fs)

    def write_until_full() -> None:
        for n in range(200):
            repository.set_note(ItemRef.from_string(f"topic:t{n}"), "y" * 50_000)

    with pytest.raises(UserDataError, match="disk is full") as caught:
        write_until_full()
    assert str(folders.notes_db) in str(caught.value)
    assert repository.note(RU) is not None
    assert is_sound(folders.notes_db)


def test_c11_read_only_folder_shows_notes_and_turns_saving_off(
    tiny_fs: Path, make_read_only: Any
) -> None:
    folders = UserFolders.under(tiny_fs)
    repository = open_user_data(folders)
    repository.set_note(RU, "readable later")
    repository.close()
    before = folders.notes_db.read_bytes()
    make_read_only(tiny_fs)

    again = open_user_data(folders)

    assert "read-only file system" in again.report.read_only_reason
    assert str(folders.data) in again.report.read_only_reason
    assert again.note(RU) is not None
    with pytest.raises(UserDataError, match="saving is off"):
        again.set_note(RU, "changed")
    assert folders.notes_db.read_bytes() == before


def test_c11_no_folder_at_all_still_starts(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    repository = open_user_data(UserFolders.under(blocker))
    assert not repository.report.writable
    assert repository.notes() == ()


def test_concurrent_writers_lose_nothing(folders: UserFolders) -> None:
    open_user_data(folders).close()
    errors: list[BaseException] = []

    def write(prefix: str) -> None:
        repository = open_user_data(folders)
        try:
            for n in range(30):
                repository.set_note(ItemRef.from_string(f"topic:{prefix}{n}"), prefix)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write, args=(p,)) for p in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(rows(folders.notes_db)) == 60
