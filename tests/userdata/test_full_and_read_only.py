"""Catalogue 7, 11, 22, 23: a full or read-only disk under the backup, export and settings writes.

Each write runs on a 1 MB tmpfs (root only, as in CI). What the user is told names the file
and the problem; nothing partial is left; what was there before is byte-for-byte unchanged.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from borderdesk.core.errors import ExportError
from borderdesk.core.model import ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.core.userdata import UserDataError
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.backups import is_sound, list_backups, take_backup
from borderdesk.data.userdb.opening import prepare
from borderdesk.data.userdb.repository import open_user_data
from borderdesk.gui.settings import Settings
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.fakes import FakeChartPanel
from tests.userdata.conftest import fill

RU = ItemRef.from_string("border:kz-ru")
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
TUESDAY = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
BALLAST = {"ballast", "ballast2"}


def names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in BALLAST
    }


def add_bulk(folders: UserFolders, count: int = 40) -> None:
    """Give the notes file some weight, so a copy of it cannot fit once the disk is full."""
    repository = open_user_data(folders)
    for n in range(count):
        repository.set_note(ItemRef.from_string(f"topic:t{n}"), f"note {n} " + "x" * 4000)
    repository.close()


# Notes backup --------------------------------------------------------------------------------


def test_c07_a_backup_on_a_full_disk_keeps_the_good_one_and_says_why(tiny_fs: Path) -> None:
    folders = UserFolders.under(tiny_fs)
    add_bulk(folders)
    good = take_backup(folders.notes_db, folders.backups, MONDAY)
    backups = list_backups(folders.backups)
    before = snapshot(tiny_fs)
    fill(tiny_fs)

    with pytest.raises(UserDataError) as caught:
        take_backup(folders.notes_db, folders.backups, TUESDAY)

    message = str(caught.value)
    assert str(folders.backups) in message
    assert "the backup could not be written: the disk is full" in message
    assert names(folders.backups) == {backup.path.name for backup in backups}  # no partial
    assert list_backups(folders.backups) == backups
    assert snapshot(tiny_fs) == before
    assert is_sound(good.path)


def test_c07_a_failed_backup_at_start_is_reported_not_fatal(tiny_fs: Path) -> None:
    folders = UserFolders.under(tiny_fs)
    add_bulk(folders)
    take_backup(folders.notes_db, folders.backups, MONDAY)
    before = snapshot(tiny_fs)
    fill(tiny_fs)

    report = prepare(folders, TUESDAY)

    assert report.writable  # the notes still open and save
    (warning,) = report.warnings
    assert "No backup of your notes could be taken today" in warning
    assert "the disk is full" in warning
    assert str(folders.backups) in warning
    assert snapshot(tiny_fs) == before


def test_c11_a_backup_into_a_read_only_folder_is_refused_cleanly(
    tiny_fs: Path, make_read_only: Any
) -> None:
    folders = UserFolders.under(tiny_fs)
    add_bulk(folders, 3)
    take_backup(folders.notes_db, folders.backups, MONDAY)
    backups = list_backups(folders.backups)
    before = snapshot(tiny_fs)
    make_read_only(tiny_fs)

    with pytest.raises(UserDataError, match="read-only") as caught:
        take_backup(folders.notes_db, folders.backups, TUESDAY)

    assert str(folders.backups) in str(caught.value)
    assert list_backups(folders.backups) == backups
    assert snapshot(tiny_fs) == before


# Notes JSON export ---------------------------------------------------------------------------


def test_c23_a_notes_export_on_a_full_disk_leaves_the_old_file(
    tiny_fs: Path, tmp_path: Path
) -> None:
    repository = open_user_data(UserFolders.under(tmp_path / "user"))
    repository.set_note(RU, "small")
    target = tiny_fs / "notes.json"
    repository.export_to(target)
    before = target.read_bytes()
    for n in range(60):
        repository.set_note(ItemRef.from_string(f"topic:t{n}"), "y" * 20_000)
    fill(tiny_fs)

    with pytest.raises(ExportError) as caught:
        repository.export_to(target)

    assert str(caught.value) == f"cannot write {target}: the disk is full"
    assert names(tiny_fs) == {"notes.json"} | BALLAST  # no .part file left
    assert target.read_bytes() == before


def test_c22_a_notes_export_into_a_read_only_folder_leaves_the_old_file(
    tiny_fs: Path, tmp_path: Path, make_read_only: Any
) -> None:
    repository = open_user_data(UserFolders.under(tmp_path / "user"))
    repository.set_note(RU, "first")
    target = tiny_fs / "notes.json"
    repository.export_to(target)
    before = target.read_bytes()
    repository.set_note(RU, "second")
    make_read_only(tiny_fs)

    with pytest.raises(ExportError) as caught:
        repository.export_to(target)

    assert str(caught.value) == (f"cannot write {target}: the folder is on a read-only file system")
    assert names(tiny_fs) == {"notes.json"}
    assert target.read_bytes() == before


# Settings ------------------------------------------------------------------------------------


def saved_settings(path: Path) -> bytes:
    settings = Settings(path)
    settings.window.geometry = QByteArray(b"saved geometry")
    settings.window.last_selection = RU
    assert settings.sync()
    assert settings.save_problem == ""
    return path.read_bytes()


def test_c07_settings_on_a_full_disk_are_not_saved_and_the_user_is_told(
    tiny_fs: Path, qtbot: QtBot
) -> None:
    path = tiny_fs / "settings.ini"
    before = saved_settings(path)
    fill(tiny_fs)
    window = MainWindow(SampleService(), Settings(path), chart_factory=FakeChartPanel)
    qtbot.addWidget(window)
    window.resize(900, 700)

    window.save_state()

    assert window.statusBar().currentMessage() == (
        f"Settings cannot be saved to {path}: the disk is full."
    )
    assert path.read_bytes() == before
    assert names(tiny_fs) == {"settings.ini"} | BALLAST  # no temp or lock file left


def test_c11_settings_in_a_read_only_folder_are_read_and_saving_is_reported(
    tiny_fs: Path, make_read_only: Any, qtbot: QtBot
) -> None:
    path = tiny_fs / "settings.ini"
    before = saved_settings(path)
    make_read_only(tiny_fs)

    settings = Settings(path)
    window = MainWindow(SampleService(), settings, chart_factory=FakeChartPanel)
    qtbot.addWidget(window)

    expected = f"Settings cannot be saved to {path}: the folder is on a read-only file system."
    assert window.selection.current == RU  # what was saved is still used
    assert window.statusBar().currentMessage() == expected
    window.resize(700, 500)
    window.close()  # saves on close: refused, reported, no crash
    assert settings.save_problem == expected
    assert path.read_bytes() == before
    assert names(tiny_fs) == {"settings.ini"}


def test_c33_garbage_settings_in_a_read_only_folder_are_never_overwritten(
    tiny_fs: Path, make_read_only: Any
) -> None:
    path = tiny_fs / "settings.ini"
    garbage = b"\x00\x01 not settings \xff" * 20
    path.write_bytes(garbage)
    make_read_only(tiny_fs)

    settings = Settings(path)

    assert settings.recovered_from is None  # could not be moved aside
    assert settings.window.geometry is None
    assert "read-only file system" in settings.save_problem
    settings.window.geometry = QByteArray(b"new")
    assert not settings.sync()
    assert path.read_bytes() == garbage
    assert names(tiny_fs) == {"settings.ini"}
