"""A second start: the open window comes to the front and opens what the second one names."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk import desktop
from borderdesk.core import requests
from borderdesk.core.instance import InstanceLock, Role
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.build import build_database
from borderdesk.gui import errors
from tests.data.helpers import FIXTURE

ROOT = Path(__file__).parents[2]


class FirstStart:
    """A real BorderDesk window in a process of its own (tests.gui.second_start_probe)."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.quit_file = folder / "quit"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.gui.second_start_probe", str(self.quit_file)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.state: dict[str, object] = {}

    def wait_for(self, wanted: dict[str, object], timeout: float = 60.0) -> dict[str, object]:
        """Read the window's reports until its state holds ``wanted``; return that state."""
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while not wanted.items() <= self.state.items():
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.process.stdout], [], [], max(left, 0))
            if not ready:
                raise AssertionError(f"the window never reached {wanted}; last {self.state}")
            line = self.process.stdout.readline()
            if not line:
                raise AssertionError(f"the window ended before {wanted}; last {self.state}")
            if line.startswith("STATE "):
                self.state = json.loads(line.removeprefix("STATE "))
        return self.state

    def close(self) -> int:
        self.quit_file.touch()
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        finally:
            if self.process.stdout is not None:
                self.process.stdout.close()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Return an environment with every user file in one folder, and no display."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "BORDERDESK_"))},
        "BORDERDESK_USER_DIR": str(tmp_path / "user"),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
    }


@pytest.fixture
def first(tmp_path: Path, env: dict[str, str]) -> Iterator[FirstStart]:
    window = FirstStart(tmp_path, env)
    try:
        window.wait_for({"minimized": True, "chart": True})
        yield window
    finally:
        window.close()


def second_start(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "borderdesk", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_second_start_brings_the_window_forward_at_the_item_it_names(
    first: FirstStart, env: dict[str, str], tmp_path: Path
) -> None:
    result = second_start(env, "--item", "org:csto")

    assert result.returncode == 0, result.stderr
    assert result.stdout == "BorderDesk is already open: its window was brought to the front\n"
    state = first.wait_for({"selected": "organisation:csto", "minimized": False})
    assert state["windows"] == 1
    assert list((tmp_path / "user" / "data" / "requests").iterdir()) == []  # taken

    dataset = tmp_path / "mini.sqlite"
    build_database(FIXTURE, dataset)
    result = second_start(env, "gui", "--db", str(dataset), "--item", "border:kz-cn")

    assert result.returncode == 0, result.stderr
    state = first.wait_for({"selected": "border:kz-cn"})
    assert str(state["edition"]).startswith("Dataset test.1 ")  # the window of that dataset
    assert state["windows"] == 1  # in place of the earlier one
    assert first.close() == 0


def test_a_second_start_names_a_malformed_item_as_a_usage_error(env: dict[str, str]) -> None:
    result = second_start(env, "--item", "kz-cn")

    assert result.returncode == 2
    assert "not an item: 'kz-cn'" in result.stderr


def test_a_window_that_does_not_answer_is_named_and_its_request_withdrawn(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = UserFolders.under(tmp_path / "user")
    monkeypatch.setenv("BORDERDESK_USER_DIR", str(tmp_path / "user"))
    holder = subprocess.Popen(  # holds the lock as a window would, but never reads requests
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from borderdesk.core.instance import InstanceLock, Role; "
            f"lock = InstanceLock(Path({str(folders.instance_lock)!r}), Role.WINDOW); "
            "assert lock.acquire(); print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    shown: list[str] = []
    monkeypatch.setattr(requests, "ANSWER_WAIT_S", 0.5)
    monkeypatch.setattr(errors, "show_error", lambda _p, _t, text: shown.append(text))
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "held\n"
        code = desktop.run_gui(None, "border:kz-ru")
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()

    assert code == 1
    assert shown == [
        f"BorderDesk is open (process {holder.pid}) but does not answer. If its window does "
        "not respond, close it and start BorderDesk again."
    ]
    assert list(folders.requests.iterdir()) == []  # nothing left to surprise a later window


def test_the_lock_is_held_by_the_kernel_so_a_killed_window_never_blocks_a_start(
    tmp_path: Path,
) -> None:
    lock_path = tmp_path / "borderdesk.lock"
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os; from pathlib import Path; "
            "from borderdesk.core.instance import InstanceLock, Role; "
            f"assert InstanceLock(Path({str(lock_path)!r}), Role.WINDOW).acquire(); "
            "os.kill(os.getpid(), 9)",
        ],
        check=False,
    )
    assert killed.returncode == -9
    assert lock_path.read_text().split()[1] == "window"  # its note is still there

    lock = InstanceLock(lock_path, Role.WINDOW)
    assert lock.acquire()
    other = InstanceLock(lock_path, Role.COMMAND)
    assert not other.acquire()
    holder = other.holder()
    assert holder is not None
    assert (holder.pid, holder.role) == (os.getpid(), Role.WINDOW)
    lock.release()
    assert other.acquire()
    other.release()


def test_a_start_sweeps_what_killed_runs_left_and_nothing_else(
    tmp_path: Path, env: dict[str, str]
) -> None:
    folders = UserFolders.under(tmp_path / "user")
    pictures = tmp_path / "pictures"
    for folder in (folders.data, folders.packs, folders.backups, folders.config, pictures):
        assert folders.config is not None
        folder.mkdir(parents=True, exist_ok=True)
    assert folders.settings_file is not None
    folders.settings_file.write_text(f"[export]\nfolder={pictures}\n", encoding="utf-8")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    stale = [
        folders.packs / f".import~bd{gone.pid}-abcdefgh",
        folders.packs / ".import-abcdefgh",  # an earlier version's
        folders.data / f".probe~bd{gone.pid}-abcdefgh",
        folders.data / f".userdata.json~bd{gone.pid}-abcdefgh.part",
        folders.config / f".settings-probe~bd{gone.pid}-abcdefgh",
        pictures / f".borders.png~bd{gone.pid}-abcdefgh.part",
    ]
    kept = [
        pictures / ".borders.png-abcdefgh.part",  # not marked as ours: the user's folder
        pictures / "borders.png",
        folders.packs / "notes-to-self.txt",
    ]
    for path in stale + kept:
        if "import" in path.name:
            path.mkdir()
        else:
            path.write_bytes(b"x")
        os.utime(path, (time.time() - 2 * 86400,) * 2)

    window = FirstStart(tmp_path, env)
    try:
        window.wait_for({"minimized": True})
    finally:
        assert window.close() == 0

    assert [path for path in stale if path.exists()] == []
    assert [path for path in kept if not path.exists()] == []
