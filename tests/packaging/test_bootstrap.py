"""scripts/bootstrap.sh as a new user meets it: progress while it installs, and patience with apt.

The scripts run on a copy of the repository's scripts with stand-ins for Python and apt-get
(on PATH), so nothing is installed and the project's own .venv is never touched.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.conftest import REPO

SCRIPTS = REPO / "scripts"

# A stand-in for python3 that makes a venv whose "python" answers what bootstrap.sh asks.
FAKE_PYTHON = """#!/bin/sh
case "$1 $2" in
    "-m venv") mkdir -p "$3/bin" && cp "$0" "$3/bin/python" && exit 0 ;;
    "-m pip")
        if [ -n "$FAIL_PIP" ]; then
            echo "ERROR: No matching distribution found for pyside6"; exit 1
        fi
        echo "Obtaining file:///repo"
        echo "Collecting pyside6-essentials<6.12,>=6.8 (from borderdesk==0.1.0)"
        echo "  Downloading PySide6_Essentials-6.11.3-cp39-abi3-manylinux_2_28_x86_64.whl (96.0 MB)"
        echo "Collecting pyqtgraph>=0.13 (from borderdesk==0.1.0)"
        echo "Requirement already satisfied: numpy in ./.venv/lib/python3.11/site-packages"
        echo "Installing collected packages: pyside6-essentials, pyqtgraph, borderdesk"
        echo "Successfully installed borderdesk-0.1.0 pyqtgraph-0.14.0 pyside6-essentials-6.11.3"
        exit 0 ;;
esac
case "$2" in *libqxcb*) echo /bin/true ;; esac
exit 0
"""
# A stand-in for apt-get that notes its arguments, and fails like apt does when told to.
FAKE_APT = """#!/bin/sh
echo "$@" >>"$APT_LOG"
if [ -n "$APT_FAILS" ]; then
    echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1" >&2
    exit 100
fi
exit 0
"""


@pytest.fixture
def tools(tmp_path: Path) -> Path:
    """Return a folder of stand-ins (python3, apt-get) to put first on PATH."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for name, text in (("python3", FAKE_PYTHON), ("apt-get", FAKE_APT)):
        (folder / name).write_text(text)
        (folder / name).chmod(0o755)
    return folder


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """Return a repository copy holding only what bootstrap.sh reads."""
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    for name in ("bootstrap.sh", "apt-wait.sh"):
        shutil.copy2(SCRIPTS / name, root / "scripts" / name)
    shutil.copy2(REPO / "pyproject.toml", root / "pyproject.toml")
    return root


@pytest.fixture
def held_lock(tmp_path: Path) -> Iterator[Path]:
    """Return a lock file that this process holds as apt holds /var/lib/dpkg/lock-frontend."""
    lock = tmp_path / "lock-frontend"
    with lock.open("w") as handle:
        fcntl.lockf(handle, fcntl.LOCK_EX)
        yield lock


def environment(tools: Path, tmp_path: Path, **extra: str) -> dict[str, str]:
    """Return an environment with the stand-ins first on PATH."""
    return {
        **os.environ,
        "PATH": f"{tools}:{os.environ['PATH']}",
        "PYTHON": str(tools / "python3"),
        "APT_LOG": str(tmp_path / "apt.log"),
        "DPKG_LOCK": str(tmp_path / "lock-frontend"),
        **extra,
    }


def apt_get(
    tools: Path, tmp_path: Path, *args: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    """Run the apt_get function of scripts/apt-wait.sh with the stand-in apt-get only."""
    only_apt = tmp_path / "apt-only"
    only_apt.mkdir(exist_ok=True)
    shutil.copy2(tools / "apt-get", only_apt / "apt-get")
    script = f'. "{SCRIPTS / "apt-wait.sh"}" && apt_get "$@"'
    return subprocess.run(
        ["bash", "-c", script, "apt_get", *args],
        env=environment(tools, tmp_path, PATH=f"{only_apt}:{os.environ['PATH']}", **extra),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_first_run_shows_its_progress(copy: Path, tools: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(copy / "scripts" / "bootstrap.sh")],
        env=environment(tools, tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Setting up BorderDesk in {copy / '.venv'} (first run only)"
    assert "  [1/3] creating a Python environment" in lines
    assert "    fetching pyside6-essentials" in lines
    assert "    fetching pyqtgraph" in lines
    assert "    installing them (this takes a while)..." in lines
    assert lines[-1] == "  [3/3] checking the system libraries Qt needs"
    second = subprocess.run(
        [str(copy / "scripts" / "bootstrap.sh")],
        env=environment(tools, tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (second.returncode, second.stdout) == (0, "")  # later starts say nothing


def test_a_failed_install_shows_why(copy: Path, tools: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(copy / "scripts" / "bootstrap.sh")],
        env=environment(tools, tmp_path, FAIL_PIP="1"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Installing failed; the last lines of" in result.stderr
    assert "No matching distribution found for pyside6" in result.stderr


def test_apt_waits_for_a_lock_another_program_holds_and_says_so(
    tools: Path, tmp_path: Path, held_lock: Path
) -> None:
    result = apt_get(tools, tmp_path, "install", "-y", "libgl1")
    assert result.returncode == 0
    assert re.search(
        rf"Another package manager, process {os.getpid()} \(.+\), is installing packages; "
        r"waiting for it to finish \(at most 10 min\)\.\.\.",
        result.stderr,
    )
    logged = (tmp_path / "apt.log").read_text()
    assert logged.strip() == "-o DPkg::Lock::Timeout=600 install -y libgl1"


def test_apt_that_gives_up_on_the_lock_says_why(
    tools: Path, tmp_path: Path, held_lock: Path
) -> None:
    result = apt_get(tools, tmp_path, "update", APT_FAILS="1", APT_WAIT_SECONDS="120")
    assert result.returncode == 100
    assert "apt-get gave up: process" in result.stderr
    assert "still held the package lock after 2 min" in result.stderr
    assert (tmp_path / "apt.log").read_text().strip() == "-o DPkg::Lock::Timeout=120 update"


def test_apt_with_the_lock_free_runs_quietly(tools: Path, tmp_path: Path) -> None:
    (tmp_path / "lock-frontend").touch()
    result = apt_get(tools, tmp_path, "update")
    assert (result.returncode, result.stderr) == (0, "")


def test_every_apt_get_in_the_scripts_waits_for_the_lock() -> None:
    found = []
    for script in [*SCRIPTS.glob("*.sh"), *(REPO / "packaging").glob("*.sh")]:
        if script.name == "apt-wait.sh":
            continue
        for number, line in enumerate(script.read_text().splitlines(), 1):
            code = line.split("#")[0]
            if "echo" not in code and re.search(
                r"(^|[;&|(]\s*|\s)apt-get\s+(-\S+\s+)*(update|install)", code
            ):
                found.append(f"{script.name}:{number}: {line.strip()}")
    assert found == []
