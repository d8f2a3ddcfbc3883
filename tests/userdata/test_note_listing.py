"""The notes read with plain SQL, to print them, are exactly the ORM snapshot's notes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb import note_listing
from borderdesk.data.userdb.repository import open_user_data, read_user_data


def orm_notes(folders: UserFolders) -> dict[ItemRef, str] | str:
    """Return the notes as the snapshot gives them, or the error it raised."""
    repository = read_user_data(folders)
    try:
        return {note.ref: note.text for note in repository.snapshot().notes}
    except BorderDeskError as error:
        return f"{type(error).__name__}: {error}"
    finally:
        repository.close()


def plain_notes(folders: UserFolders) -> dict[ItemRef, str] | str:
    """Return the notes read with plain SQL, or the error it raised."""
    try:
        return note_listing.saved_notes(folders.notes_db)
    except BorderDeskError as error:
        return f"{type(error).__name__}: {error}"


def written(folders: UserFolders) -> None:
    """Save some notes and bookmarks the usual way, in a file ready to be read."""
    repository = open_user_data(folders)
    try:
        repository.set_note(ItemRef(ItemKind.BORDER, "kz-cn"), "Ask why the CIA's figure grew.")
        repository.set_note(ItemRef(ItemKind.ORGANISATION, "csto"), "Қазақ тілінде\nекі жол.")
        repository.set_note(ItemRef(ItemKind.TOPIC, "water"), "  spaced  ")
        repository.set_bookmark(ItemRef(ItemKind.BORDER, "kz-ru"), "Kazakhstan – Russia", True)
    finally:
        repository.close()


def changed(folders: UserFolders, statement: str) -> None:
    with closing(sqlite3.connect(folders.notes_db)) as connection:
        connection.execute(statement)
        connection.commit()


def test_the_notes_are_the_snapshots(folders: UserFolders) -> None:
    written(folders)
    changed(folders, "INSERT INTO notes VALUES ('nonsense', 'kept out', '', '')")
    answer = plain_notes(folders)
    assert answer == orm_notes(folders)
    assert isinstance(answer, dict)
    assert len(answer) == 3  # the row with no reference passed over
    assert answer[ItemRef(ItemKind.ORGANISATION, "csto")] == "Қазақ тілінде\nекі жол."


@pytest.mark.parametrize(
    "statement",
    [
        "DROP TABLE bookmarks",
        "ALTER TABLE notes DROP COLUMN created",
        "DELETE FROM notes",
    ],
)
def test_a_changed_file_gives_the_same_answer(folders: UserFolders, statement: str) -> None:
    written(folders)
    changed(folders, statement)
    assert plain_notes(folders) == orm_notes(folders)


def test_a_file_that_is_not_a_database_gives_the_same_error(folders: UserFolders) -> None:
    written(folders)
    folders.notes_db.write_bytes(b"\x00not a database" * 100)
    answer = plain_notes(folders)
    assert isinstance(answer, str)
    assert answer.startswith("UserDataError: ")
    assert isinstance(orm_notes(folders), str)


def test_a_handout_with_notes_imports_no_sqlalchemy(folders: UserFolders, tmp_path: Path) -> None:
    written(folders)
    out = tmp_path / "china.pdf"
    command = ["handout", str(out), "--item", "border:kz-cn"]
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "borderdesk", *command],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "BORDERDESK_USER_DIR": str(tmp_path / "user"),
        },
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    imported = [line.split("|")[-1].strip() for line in result.stderr.splitlines()]
    assert "borderdesk.data.userdb.note_listing" in imported  # the notes were read
    assert not [name for name in imported if name.split(".")[0] == "sqlalchemy"]
