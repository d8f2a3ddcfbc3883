"""Files that are not regular files, given where a file is read: refused at once, never waited on.

A named pipe blocks its reader until something writes to it; ``/dev/zero`` never ends. Each
command is run as a user runs it, in a process with a time limit, so a hang fails the test
instead of stopping the run.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from borderdesk.core.errors import StoreError
from borderdesk.data.store import bundled_path, check_database, checksum_path, checksum_text

FIFO = "is a named pipe (FIFO), not a regular file"


def run(*args: str, user: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m borderdesk`` as a user would; a hang becomes a failed test."""
    try:
        return subprocess.run(
            [sys.executable, "-m", "borderdesk", *args],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "BORDERDESK_USER_DIR": str(user)},
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"borderdesk {' '.join(args)} hung on a file that is not a regular file")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    """Return a named pipe that nothing ever writes to."""
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("command", ["import-pack", "import-notes"])
def test_an_import_from_a_fifo_is_refused_at_once(fifo: Path, tmp_path: Path, command: str) -> None:
    result = run(command, str(fifo), user=tmp_path / "user")
    assert result.returncode == 1
    assert result.stderr == f"borderdesk: {fifo}: {FIFO}; nothing was imported\n"


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--db", "{db}"),
        ("export-data", "{out}", "--db", "{db}"),
        ("export-chart", "{out}", "--db", "{db}"),
    ],
)
def test_a_database_that_is_a_fifo_is_refused_at_once(
    fifo: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    out = tmp_path / ("out.json" if args[0] == "export-data" else "out.png")
    argv = [str(fifo) if a == "{db}" else str(out) if a == "{out}" else a for a in args]
    result = run(*argv, user=tmp_path / "user")
    assert result.returncode == 1
    problem = "is a named pipe (FIFO), not a BorderDesk database file"
    assert problem in result.stdout + result.stderr
    assert not out.exists()


def test_dev_zero_is_a_device_not_an_empty_file(tmp_path: Path) -> None:
    result = run("check", "--db", "/dev/zero", user=tmp_path / "user")
    assert result.returncode == 1
    assert "FAIL  database: is a character device, not a BorderDesk database file" in result.stdout
    assert "empty" not in result.stdout


def test_a_fifo_checksum_file_is_not_waited_on(fifo: Path, tmp_path: Path) -> None:
    database = tmp_path / "copy.sqlite"
    shutil.copy(bundled_path(), database)
    os.mkfifo(checksum_path(database))
    result = run("check", "--db", str(database), user=tmp_path / "user")
    assert result.returncode == 0  # no checksum file to go by: the full checks run instead
    assert result.stdout.splitlines()[-1] == "Verdict: OK: the database is sound"


def test_a_folder_is_named_as_one(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder, not a BorderDesk database file"):
        check_database(tmp_path)


def test_a_large_database_is_hashed_in_chunks(tmp_path: Path) -> None:
    """A 64 MB file with a checksum beside it costs far less memory than its size to check."""
    database = tmp_path / "large.sqlite"
    size = 64 * 1024 * 1024
    with database.open("wb") as file:
        file.write(b"SQLite format 3\x00")
        file.truncate(size)  # sparse: no disk space, but every byte is read and hashed
    digest = hashlib.sha256()
    with database.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    checksum_path(database).write_text(
        checksum_text(digest.hexdigest(), database.name), encoding="ascii"
    )
    tracemalloc.start()
    try:
        with pytest.raises(StoreError):  # it matches its checksum, but is no database
            check_database(database)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < size // 8, f"checking a {size:,}-byte file took {peak:,} bytes"


def test_a_damaged_large_database_fails_its_checksum(tmp_path: Path) -> None:
    database = tmp_path / "copy.sqlite"
    shutil.copy(bundled_path(), database)
    checksum_path(database).write_text(checksum_text("0" * 64, database.name), encoding="ascii")
    with pytest.raises(StoreError, match="does not match its checksum"):
        check_database(database)


def test_a_fifo_among_the_imported_packs_is_passed_over(tmp_path: Path) -> None:
    """The window lists the packs folder at start: a named pipe there must not stop it."""
    packs = tmp_path / "packs"
    packs.mkdir()
    os.mkfifo(packs / "stuck.sqlite")
    shutil.copy(bundled_path(), packs / "real.sqlite")
    code = (
        "import sys; from pathlib import Path\n"
        "from borderdesk.data.packs.importer import list_packs\n"
        "print([info.name for info in list_packs(Path(sys.argv[1]))])\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", code, str(packs)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("listing the packs hung on a named pipe")
    assert result.stdout.strip() == "['real']"


@pytest.mark.parametrize("command", ["export-chart", "export-data", "handout"])
def test_an_export_never_replaces_a_named_pipe(fifo: Path, tmp_path: Path, command: str) -> None:
    target = fifo.with_name("pipe.pdf" if command != "export-data" else "pipe.json")
    fifo.rename(target)
    extra = ["--all"] if command == "handout" else []
    result = run(command, str(target), *extra, user=tmp_path / "user")
    assert result.returncode == 1
    assert result.stderr == (
        f"borderdesk: cannot write {target}: a named pipe (FIFO) has that name, not a file\n"
    )
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert os.listdir(tmp_path) == [target.name]


def test_an_export_never_replaces_a_device(tmp_path: Path) -> None:
    """As root a rename would put a plain file where /dev/null was: refused before writing."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root (CI runs as root)")
    device = tmp_path / "null.png"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    result = run("export-chart", str(device), user=tmp_path / "user")
    assert result.returncode == 1
    assert "a character device has that name, not a file" in result.stderr
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert os.listdir(tmp_path) == [device.name]
