"""Every command that writes a file, on a full disk: exit 1, the reason named, the old file intact.

Two ways to fill the disk: a real 64 KiB tmpfs with a few KiB left (root only, as in CI; the
file systems' own behaviour, partial writes included), and ENOSPC injected at the write, which
runs everywhere. Either way the command must not say "wrote", must leave the earlier file byte
for byte, and must leave no partial or temporary file beside it.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.cli import main
from borderdesk.core.model import ItemRef
from borderdesk.core.userdirs import UserFolders

OLD = b"the earlier, good file\n" * 40
# Each writer: the file it writes and the command that writes it ({out} is the target).
WRITERS = {
    "chart-png": ("chart.png", ["export-chart", "{out}"]),
    "chart-svg": ("chart.svg", ["export-chart", "{out}"]),
    "chart-pdf": ("chart.pdf", ["export-chart", "{out}"]),
    "chart-a4-pdf": ("chart-a4.pdf", ["export-chart", "{out}", "--preset", "a4-landscape"]),
    "map-png": ("map.png", ["export-map", "{out}"]),
    "map-svg": ("map.svg", ["export-map", "{out}"]),
    "map-pdf": ("map.pdf", ["export-map", "{out}"]),
    "handout-pdf": ("handout.pdf", ["handout", "{out}", "--all"]),
    "quiz-pdf": ("quiz.pdf", ["quiz", "{out}", "--questions", "10", "--seed", "7"]),
    "data-pack": ("pack.json", ["export-data", "{out}"]),
    "notes": ("notes.json", ["export-notes", "{out}"]),
}


def command(case: str, out: Path) -> list[str]:
    """Return the arguments that write ``case`` to ``out``."""
    _name, args = WRITERS[case]
    return [os.fspath(out) if arg == "{out}" else arg for arg in args]


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Return a user folder with enough notes that their export cannot fit in a few KiB."""
    from borderdesk.data.userdb.repository import open_user_data

    folder = tmp_path / "user"
    monkeypatch.setenv("BORDERDESK_USER_DIR", str(folder))
    repository = open_user_data(UserFolders.under(folder))
    for n in range(12):
        repository.set_note(ItemRef.from_string(f"topic:t{n}"), f"note {n} " + "x" * 1000)
    repository.close()
    return folder


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """Return a folder on a 64 KiB tmpfs; the test fills it (root only, as in CI)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs as root); the injected ENOSPC runs")
    target = tmp_path / "full"
    target.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


def leave_free(folder: Path, room: int) -> None:
    """Fill the file system under ``folder`` until only ``room`` bytes are left."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    (folder / "ballast").write_bytes(b"\0" * max(0, free - room))


@pytest.mark.parametrize("room", [0, 8192])
@pytest.mark.parametrize("case", sorted(WRITERS))
def test_a_real_full_disk_keeps_the_old_file(
    full_disk: Path, user_dir: Path, case: str, room: int
) -> None:
    target = full_disk / WRITERS[case][0]
    target.write_bytes(OLD)
    leave_free(full_disk, room)
    result = subprocess.run(
        [sys.executable, "-m", "borderdesk", *command(case, target)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "BORDERDESK_USER_DIR": str(user_dir)},
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"borderdesk: cannot write {target}: the disk is full\n"
    assert target.read_bytes() == OLD
    assert sorted(os.listdir(full_disk)) == sorted(["ballast", target.name])


@pytest.mark.parametrize("case", sorted(WRITERS))
def test_an_injected_full_disk_keeps_the_old_file(
    tmp_path: Path,
    user_dir: Path,
    case: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / WRITERS[case][0]
    target.write_bytes(OLD)
    real_write = os.write

    def full_after_a_few_bytes(handle: int, data: bytes) -> int:
        written = real_write(handle, bytes(data[:512]))
        if written < len(data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return written

    monkeypatch.setattr("borderdesk.core.atomic.os.write", full_after_a_few_bytes)
    code = main(command(case, target))
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == f"borderdesk: cannot write {target}: the disk is full\n"
    assert target.read_bytes() == OLD
    assert os.listdir(folder) == [target.name]


@pytest.mark.parametrize("case", sorted(WRITERS))
def test_with_room_each_writer_replaces_the_file(
    tmp_path: Path, user_dir: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same commands succeed when there is room: the failures above are the disk's."""
    target = tmp_path / WRITERS[case][0]
    target.write_bytes(OLD)
    code = main(command(case, target))
    out, _err = capsys.readouterr()
    assert code == 0
    assert out.startswith(f"wrote {target}")
    data = target.read_bytes()
    assert data != OLD
    assert data[:4] in {b"\x89PNG", b"<?xm", b"%PDF", b'{\n "'}
    assert sorted(os.listdir(tmp_path)) == sorted([target.name, "user"])
