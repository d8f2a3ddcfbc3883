"""The notes commands respect the one-BorderDesk-at-a-time lock, as the window does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.cli import main
from borderdesk.core.instance import InstanceLock, Role
from borderdesk.core.model import ItemRef
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.repository import open_user_data

RU = ItemRef.from_string("border:kz-ru")


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> UserFolders:
    monkeypatch.setenv("BORDERDESK_USER_DIR", str(tmp_path / "user"))
    folders = UserFolders.under(tmp_path / "user")
    repository = open_user_data(folders)
    repository.set_note(RU, "mine")
    repository.close()
    return folders


@pytest.fixture
def notes_file(tmp_path: Path) -> Path:
    path = tmp_path / "incoming.json"
    note = {"item": "border:kz-cn", "text": "from the other machine"}
    path.write_text(
        json.dumps(
            {"format": "borderdesk-notes", "format_version": 1, "notes": [note], "bookmarks": []}
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def window_open(folders: UserFolders) -> Iterator[InstanceLock]:
    """Hold the lock as an open window does (a lock is per open file, so this process can)."""
    lock = InstanceLock(folders.instance_lock, Role.WINDOW)
    assert lock.acquire()
    yield lock
    lock.release()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def stored(folders: UserFolders) -> dict[str, str]:
    repository = open_user_data(folders)
    try:
        return {note.ref.to_string(): note.text for note in repository.notes()}
    finally:
        repository.close()


@pytest.mark.usefixtures("window_open")
def test_import_notes_is_refused_while_the_window_has_them_open(
    capsys: pytest.CaptureFixture[str], folders: UserFolders, notes_file: Path
) -> None:
    before = folders.notes_db.read_bytes()

    code, out, err = run(capsys, "import-notes", str(notes_file))

    assert code == 1
    assert out == ""
    assert err == (
        f"borderdesk: {folders.notes_db}: BorderDesk is open (process {os.getpid()}): use "
        "File → Import notes and bookmarks… there, or close it and try again\n"
    )
    assert folders.notes_db.read_bytes() == before


@pytest.mark.usefixtures("window_open")
def test_export_notes_reads_beside_the_open_window_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], folders: UserFolders, tmp_path: Path
) -> None:
    before = {p.name: p.read_bytes() for p in folders.data.rglob("*") if p.is_file()}

    code, out, err = run(capsys, "export-notes", str(tmp_path / "out.json"))

    assert (code, err) == (0, "")
    assert out == f"wrote {tmp_path / 'out.json'}: 1 note, 0 bookmarks\n"
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [n["text"] for n in exported["notes"]] == ["mine"]
    after = {p.name: p.read_bytes() for p in folders.data.rglob("*") if p.is_file()}
    assert after == before  # no migration, backup or repair beside the window's own


def test_a_notes_command_waits_for_another_command_to_finish(
    capsys: pytest.CaptureFixture[str], folders: UserFolders, notes_file: Path
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from pathlib import Path; "
            "from borderdesk.core.instance import InstanceLock, Role; "
            f"lock = InstanceLock(Path({str(folders.instance_lock)!r}), Role.COMMAND); "
            "assert lock.acquire(); print('held', flush=True); time.sleep(1.5)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "held\n"
        code, out, err = run(capsys, "import-notes", str(notes_file))
        finished_first = holder.poll() is not None
    finally:
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()

    assert code == 0, err
    assert finished_first  # the import began only once the other command had let go
    assert "1 new note," in out
    assert stored(folders) == {"border:kz-cn": "from the other machine", "border:kz-ru": "mine"}
