"""Packaging fixtures: a release folder staged around a tiny fake bundle, and a prefix."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
CHECK_BUNDLE = PACKAGING / "check-bundle.sh"
APP_ID = "io.github.borderdesk.BorderDesk"
FAKE_VERSION_LINE = "BorderDesk fake-bundle"


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command, returning its result whatever the exit code."""
    return subprocess.run(
        [str(a) for a in args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=env,
    )


def snapshot(folder: Path) -> dict[str, str]:
    """Return every path under ``folder`` with its kind (and a file's text or a link's target)."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = f"link -> {os.readlink(path)}"
        elif path.is_dir():
            found[key] = "dir"
        else:
            found[key] = f"file {path.read_bytes()!r}"
    return found


@pytest.fixture(scope="session")
def fake_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder shaped like the PyInstaller bundle, with a shell script as the program."""
    bundle = tmp_path_factory.mktemp("bundle") / "borderdesk"
    (bundle / "_internal" / "borderdesk" / "assets").mkdir(parents=True)
    program = bundle / "borderdesk"
    program.write_text(f'#!/bin/sh\necho "{FAKE_VERSION_LINE} $*"\n')
    program.chmod(0o755)
    (bundle / "_internal" / "libfake.so.1").write_bytes(b"\x7fELF fake")
    (bundle / "_internal" / "libfake.so").symlink_to("libfake.so.1")
    (bundle / "_internal" / "borderdesk" / "assets" / "borderdesk.sqlite").write_bytes(b"db")
    return bundle


@pytest.fixture(scope="session")
def release(fake_bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a release folder staged by packaging/stage.sh around the fake bundle."""
    out = tmp_path_factory.mktemp("release") / "borderdesk-release"
    result = run(PACKAGING / "stage.sh", fake_bundle, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def prefix(tmp_path: Path) -> Path:
    """Return an install prefix that already holds another program's files (with a space)."""
    root = tmp_path / "home dir" / ".local"
    (root / "share" / "applications").mkdir(parents=True)
    (root / "share" / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    (root / "bin").mkdir()
    (root / "bin" / "other-tool").write_text("#!/bin/sh\n")
    return root
