"""CLI fixtures: a tiny file system (root only, as in CI)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def tiny_fs_cli(tmp_path: Path) -> Iterator[Path]:
    """Return a folder on a 1 MB tmpfs."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tiny file system needs root (CI runs as root)")
    target = tmp_path / "tiny"
    target.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(target)], check=True)
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)
