"""Imports and exports killed half-way leave leftovers that the next run sweeps away."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from borderdesk.cli import main
from borderdesk.core import leftovers
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.build import build_database
from borderdesk.data.packs.exporter import export_pack
from tests.data.helpers import FIXTURE

KILLED_IMPORT = """
import sys, time
from pathlib import Path
from borderdesk.data.packs import importer
built = importer.write_database
def write_then_hang(*args):
    built(*args)
    print("built", flush=True)
    time.sleep(60)
importer.write_database = write_then_hang
importer.import_pack(Path(sys.argv[1]), Path(sys.argv[2]))
"""


@pytest.fixture(scope="module")
def pack_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pack")
    build_database(FIXTURE, folder / "mini.sqlite")
    export_pack(folder / "mini.sqlite", folder / "mini.json")
    return folder / "mini.json"


def test_an_import_killed_half_way_is_swept_by_the_next_import(
    pack_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folders = UserFolders.under(tmp_path / "user")
    monkeypatch.setenv("BORDERDESK_USER_DIR", str(tmp_path / "user"))
    worker = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(pack_file), str(folders.packs)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    try:
        assert worker.stdout.readline() == "built\n"
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        worker.stdout.close()
    (left,) = folders.packs.iterdir()
    assert left.name.startswith(f".import~bd{worker.pid}-")
    assert any(left.iterdir())  # the half-built database
    earlier = folders.packs / ".import-abcdefgh"  # what an earlier version left, long ago
    earlier.mkdir()
    os.utime(earlier, (time.time() - 2 * 86400,) * 2)
    mine = folders.packs / "my-notes.txt"  # anything else in the folder stays
    mine.write_text("not BorderDesk's")
    monkeypatch.setattr(leftovers, "GONE_AFTER_S", 0.0)  # instead of waiting a minute

    assert main(["import-pack", str(pack_file)]) == 0

    assert sorted(p.name for p in folders.packs.iterdir()) == [
        "mini.sqlite",
        "mini.sqlite.sha256",
        "my-notes.txt",
    ]
    assert "imported" in capsys.readouterr().out
