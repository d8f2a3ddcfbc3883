"""Stale temporary files and import folders are swept; nothing else in the folder ever is."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from borderdesk.core.atomic import write_bytes_atomically
from borderdesk.core.leftovers import sweep, sweep_folders, temp_name

HOUR = 3600.0
DAY = 86400.0


@pytest.fixture(scope="module")
def dead_pid() -> int:
    """Return the id of a process that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def make(path: Path, age: float, *, folder: bool = False) -> Path:
    """Create a file (or a folder holding one) last changed ``age`` seconds ago."""
    if folder:
        path.mkdir()
        (path / "half-built.sqlite").write_bytes(b"x" * 100)
    else:
        path.write_bytes(b"half written")
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))
    return path


def names(folder: Path) -> set[str]:
    return {entry.name for entry in folder.iterdir()}


def test_only_our_stale_leftovers_go(tmp_path: Path, dead_pid: int) -> None:
    me = os.getpid()
    make(tmp_path / f".notes.json~bd{dead_pid}-abcdefgh.part", 2 * 60)  # writer gone
    make(tmp_path / f".import~bd{dead_pid}-a1b2c3d4", 2 * 60, folder=True)  # import killed
    make(tmp_path / f".map.svg~bd{me}-abcdefgh.part", 2 * DAY)  # no write takes a day
    kept = {
        make(tmp_path / f".fresh.png~bd{dead_pid}-abcdefgh.part", 10).name,  # a minute's grace
        make(tmp_path / f".busy.png~bd{me}-abcdefgh.part", 2 * HOUR).name,  # its writer runs
        make(tmp_path / f".import~bd{me}-zzzzzzzz", 2 * HOUR, folder=True).name,
        make(tmp_path / ".borders.png-abcdefgh.part", 2 * DAY).name,  # no id: only where asked
        make(tmp_path / ".import-abcdefgh", 2 * DAY, folder=True).name,
        make(tmp_path / "borders.png.part", 2 * DAY).name,  # not our shape
        make(tmp_path / f".x~bd{dead_pid}-ABCDEFGH.part", 2 * DAY).name,
        make(tmp_path / f".x~bd{dead_pid}-abcdefgh.partial", 2 * DAY).name,
        make(tmp_path / f".import~bd{dead_pid}-abcdefgh.part", 2 * DAY, folder=True).name,
        make(tmp_path / f".import~bd{dead_pid}-abcdefgi", 2 * DAY).name,  # a file, not a folder
        make(tmp_path / "holiday.png", 2 * DAY).name,
    }
    outside = make(tmp_path.parent / f"{tmp_path.name}-outside", 2 * DAY, folder=True)
    link = tmp_path / f".import~bd{dead_pid}-linklink"
    link.symlink_to(outside)
    kept.add(link.name)
    below = tmp_path / "sub"
    below.mkdir()
    make(below / f".deep~bd{dead_pid}-abcdefgh.part", 2 * DAY)
    kept.add("sub")

    removed = sweep(tmp_path)

    assert names(tmp_path) == kept
    assert len(removed) == 3
    assert (outside / "half-built.sqlite").exists()  # never followed through a link
    assert names(below) == {f".deep~bd{dead_pid}-abcdefgh.part"}  # never below the folder


def test_earlier_versions_leftovers_go_from_our_own_folders_by_age(
    tmp_path: Path, dead_pid: int
) -> None:
    packs, pictures = tmp_path / "packs", tmp_path / "pictures"
    packs.mkdir()
    pictures.mkdir()
    make(packs / ".import-abcdefgh", 2 * DAY, folder=True)
    make(packs / ".probe-abcdefgh", 2 * DAY)
    young = make(packs / ".import-zzzzzzzz", 2 * HOUR, folder=True)
    unknown = make(packs / ".borders.png-abcdefgh.part", 2 * DAY)  # no version wrote it here
    theirs = make(pictures / ".borders.png-abcdefgh.part", 2 * DAY)
    ours = make(pictures / f".borders.png~bd{dead_pid}-abcdefgh.part", 2 * DAY)

    sweep_folders([packs], [pictures])

    assert names(packs) == {young.name, unknown.name}
    assert names(pictures) == {theirs.name}  # in the user's folder only our marked files go
    assert not ours.exists()


def test_writing_a_file_sweeps_what_earlier_writes_of_it_left(
    tmp_path: Path, dead_pid: int
) -> None:
    target = tmp_path / "notes.json"
    make(tmp_path / ".notes.json-abcdefgh.part", 2 * DAY)  # an earlier version's, same target
    make(tmp_path / f".notes.json~bd{dead_pid}-abcdefgh.part", 2 * 60)
    other = make(tmp_path / ".other.json-abcdefgh.part", 2 * DAY)

    write_bytes_atomically(target, b"{}")

    assert names(tmp_path) == {"notes.json", other.name}
    assert temp_name("notes.json").startswith(f".notes.json~bd{os.getpid()}-")
