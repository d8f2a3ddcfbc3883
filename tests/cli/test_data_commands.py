"""The data and notes commands, and catalogue A, D and F cases seen from the command line."""

from __future__ import annotations

import errno
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from borderdesk.cli import main
from borderdesk.core import atomic
from borderdesk.core.atomic import write_bytes_atomically
from borderdesk.core.errors import ExportError
from borderdesk.data.store import bundled_path


@pytest.fixture(autouse=True)
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user"
    monkeypatch.setenv("BORDERDESK_USER_DIR", str(folder))
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_passes_the_bundled_database(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check")
    assert code == 0
    assert out.splitlines()[-1] == "Verdict: OK: the database is sound"
    assert "ok    sources of figures: all" in out


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        ("missing", "file not found"),  # catalogue 1
        ("random", "not a SQLite database"),  # catalogue 2
        ("truncated", "damaged"),  # catalogue 2
        ("bitflip", "damaged"),  # catalogue 3
        ("schema", "schema version 1, this BorderDesk reads version 6"),  # catalogue 5
    ],
)
def test_c01_c05_a_bad_database_fails_the_check_naming_file_and_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, damage: str, problem: str
) -> None:
    path = tmp_path / "copy.sqlite"
    if damage != "missing":
        shutil.copy(bundled_path(), path)
    data = path.read_bytes() if path.exists() else b""
    if damage == "random":
        path.write_bytes(os.urandom(8192))
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif damage == "bitflip":
        flipped = bytearray(data)
        # Inside a stored text (the middle of the file may be a page's free space).
        flipped[data.index(b"The border with Russia is by far")] ^= 0x10
        path.write_bytes(bytes(flipped))
    elif damage == "schema":
        import sqlite3

        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 1
    assert f"Checking {path}" in out
    assert problem in out
    assert out.splitlines()[-1] == "Verdict: FAILED: do not use this database"
    assert not path.exists() or damage != "missing"  # no empty database created


def test_export_data_then_import_pack_then_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, user_dir: Path
) -> None:
    before = bundled_path().read_bytes()
    code, out, _ = run(capsys, "export-data", str(tmp_path / "pack.json"))
    assert code == 0
    assert out.startswith(f"wrote {tmp_path / 'pack.json'}: dataset ")
    code, out, _ = run(capsys, "import-pack", str(tmp_path / "pack.json"), "--name", "school")
    assert code == 0
    imported = user_dir / "data" / "packs" / "school.sqlite"
    assert f"open it with: borderdesk --db {imported}" in out
    code, out, _ = run(capsys, "check", "--db", str(imported))
    assert code == 0
    assert bundled_path().read_bytes() == before  # the bundled data is never modified


def test_an_import_pack_process_says_what_it_imported_and_leaves_a_sound_pack(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, user_dir: Path
) -> None:
    """As a process of its own (which ends without the interpreter's teardown once done)."""
    assert run(capsys, "export-data", str(tmp_path / "pack.json"))[0] == 0
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "borderdesk",
            "import-pack",
            str(tmp_path / "pack.json"),
            "--lang",
            "en",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "BORDERDESK_USER_DIR": str(user_dir)},
        timeout=120,
        check=False,
    )
    imported = user_dir / "data" / "packs" / "pack.sqlite"
    assert (done.returncode, done.stderr) == (0, "")
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"imported {tmp_path / 'pack.json'} as pack (dataset ")
    assert lines[1:] == [f"open it with: borderdesk --db {imported}"]
    code, out, _ = run(capsys, "check", "--db", str(imported))
    assert code == 0
    assert out.splitlines()[-1] == "Verdict: OK: the database is sound"


@pytest.mark.parametrize("db_first", [True, False])
def test_db_given_before_or_after_a_data_command_is_the_one_it_reads(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, user_dir: Path, db_first: bool
) -> None:
    assert run(capsys, "export-data", str(tmp_path / "bundled.json"))[0] == 0
    pack = json.loads((tmp_path / "bundled.json").read_text(encoding="utf-8"))
    pack["overview"]["title"] = "Kazakhstan (the school's copy)"
    (tmp_path / "school.json").write_text(json.dumps(pack), encoding="utf-8")
    assert run(capsys, "import-pack", str(tmp_path / "school.json"), "--name", "school")[0] == 0
    imported = str(user_dir / "data" / "packs" / "school.sqlite")
    out = str(tmp_path / "out.json")

    where = ["--db", imported]
    code, _, _ = run(
        capsys, *([*where, "export-data", out] if db_first else ["export-data", out, *where])
    )
    assert code == 0
    exported = json.loads(Path(out).read_text(encoding="utf-8"))
    assert exported["overview"]["title"] == "Kazakhstan (the school's copy)"
    code, checked, _ = run(capsys, *([*where, "check"] if db_first else ["check", *where]))
    assert code == 0
    assert imported in checked


def test_import_pack_errors_exit_1_naming_file_and_paths(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "borderdesk-data-pack", "format_version": 3}))
    code, _, err = run(capsys, "import-pack", str(bad))
    assert code == 1
    first = err.splitlines()[0]
    assert first == f"borderdesk: {bad}: 4 problems, nothing was imported:"
    assert "  format_version: must be 2" in err
    assert "\n  missing 'edition'\n" in err


def test_a_version_1_pack_is_refused_naming_its_version(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"format": "borderdesk-data-pack", "format_version": 1}))
    code, _, err = run(capsys, "import-pack", str(old))
    assert code == 1
    assert "format_version: a version 1 pack, whose memberships carry no dated roles" in err
    assert "this BorderDesk reads version 2" in err


def test_notes_export_import_preview_and_conflicts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, user_dir: Path
) -> None:
    from borderdesk.core.model import ItemRef
    from borderdesk.core.userdirs import UserFolders
    from borderdesk.data.userdb.repository import open_user_data

    repository = open_user_data(UserFolders.under(user_dir))
    repository.set_note(ItemRef.from_string("border:kz-ru"), "mine")
    code, out, _ = run(capsys, "export-notes", str(tmp_path / "notes.json"))
    assert (code, out.strip()) == (0, f"wrote {tmp_path / 'notes.json'}: 1 note, 0 bookmarks")
    repository.set_note(ItemRef.from_string("border:kz-ru"), "changed since")
    code, out, _ = run(capsys, "import-notes", str(tmp_path / "notes.json"), "--dry-run")
    assert code == 0
    assert "0 new notes, 1 note differing from yours" in out
    assert "differs from yours: border:kz-ru" in out
    assert "nothing was changed" in out
    code, out, _ = run(capsys, "import-notes", str(tmp_path / "notes.json"))
    assert "kept 1 of yours unchanged" in out
    assert repository.note(ItemRef.from_string("border:kz-ru")).text == "changed since"  # type: ignore[union-attr]
    run(capsys, "import-notes", str(tmp_path / "notes.json"), "--conflicts", "both")
    text = repository.note(ItemRef.from_string("border:kz-ru")).text  # type: ignore[union-attr]
    assert text.startswith("changed since")
    assert text.endswith("mine")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["import-notes"])
    assert caught.value.code == 2


def test_c22_read_only_target_folder_no_partial_file(
    tiny_fs_cli: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tiny_fs_cli / "pack.json"
    target.write_bytes(b"old export")
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_fs_cli)], check=True)
    try:
        code, _, err = run(capsys, "export-data", str(target))
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(tiny_fs_cli)], check=True)
    assert code == 1
    assert (
        err.strip()
        == f"borderdesk: cannot write {target}: the folder is on a read-only file system"
    )
    assert os.listdir(tiny_fs_cli) == ["pack.json"]
    assert target.read_bytes() == b"old export"


def test_c23_disk_full_keeps_the_old_file_and_leaves_no_temp(
    tiny_fs_cli: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tiny_fs_cli / "pack.json"
    target.write_bytes(b"old export")
    (tiny_fs_cli / "ballast").write_bytes(b"\0" * 900_000)
    code, _, err = run(capsys, "export-data", str(target))
    assert code == 1
    assert err.strip() == f"borderdesk: cannot write {target}: the disk is full"
    assert sorted(os.listdir(tiny_fs_cli)) == ["ballast", "pack.json"]
    assert target.read_bytes() == b"old export"


@pytest.mark.parametrize(
    "name", ["grenzen 🗺️.json", "مرز.json", "Cafe\u0301.json", "CON.json", "trailing. .json"]
)
def test_c25_unusual_names_work(tmp_path: Path, name: str) -> None:
    write_bytes_atomically(tmp_path / name, b"{}")
    assert (tmp_path / name).read_bytes() == b"{}"


def test_c26_long_names_and_paths_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="longer than 255 bytes"):
        write_bytes_atomically(tmp_path / ("é" * 130 + ".json"), b"{}")
    deep = tmp_path / "/".join(["d" * 200] * 25) / "x.json"
    with pytest.raises(ExportError, match=r"folder does not exist|too long"):
        write_bytes_atomically(deep, b"{}")


def test_c27_a_locked_target_asks_to_retry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "notes.json"
    target.write_bytes(b"old")

    def busy(*args: object) -> None:
        raise OSError(errno.EBUSY, "Device or resource busy")

    monkeypatch.setattr(atomic.os, "replace", busy)
    with pytest.raises(ExportError, match="in use by another program; close it and try again"):
        write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["notes.json"]


def test_c35_sockets_are_blocked_and_qtnetwork_never_imported() -> None:
    with pytest.raises(RuntimeError, match="network access attempted"):
        socket.socket()
    code = (
        "import sys, borderdesk.app, borderdesk.cli, borderdesk.commands, "
        "borderdesk.gui.window.main_window, borderdesk.gui.window.userdata_ui, "
        "borderdesk.gui.window.user_session, "
        "borderdesk.data.packs.importer, borderdesk.data.userdb.repository; "
        "sys.exit('PySide6.QtNetwork' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
