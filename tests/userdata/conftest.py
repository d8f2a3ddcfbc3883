"""Fixtures for the user-data tests: folders, tiny and read-only file systems (root only)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core.userdirs import UserFolders

ROOT = os.geteuid() == 0


@pytest.fixture
def folders(tmp_path: Path) -> UserFolders:
    """Return user folders private to one test."""
    return UserFolders.under(tmp_path / "user")


def _mount(target: Path, size: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)], check=True)


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    """Return a folder on a 1 MB tmpfs (needs root, as in CI)."""
    if not ROOT:
        pytest.skip("mounting a tiny file system needs root (CI runs as root)")
    target = tmp_path / "tiny"
    _mount(target, "1m")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture
def make_read_only() -> Iterator[object]:
    """Return a function that remounts a tiny_fs read-only."""
    mounted: list[Path] = []

    def remount(target: Path) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(target)], check=True)
        mounted.append(target)

    yield remount
    for target in mounted:
        subprocess.run(["mount", "-o", "remount,rw", str(target)], check=False)


def fill(folder: Path) -> None:
    """Fill a file system until it has no byte left (unbuffered: closing never raises)."""
    for name, chunk in (("ballast", 65536), ("ballast2", 1)):
        with (folder / name).open("wb", buffering=0) as file:
            try:
                while file.write(b"\0" * chunk):
                    pass
            except OSError:
                pass


@pytest.fixture(scope="session")
def mini_pack(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Return the fixture dataset exported as a data pack."""
    from borderdesk.data.build import build_database
    from borderdesk.data.packs.exporter import export_pack
    from tests.data.helpers import FIXTURE

    folder = tmp_path_factory.mktemp("minipack")
    build_database(FIXTURE, folder / "mini.sqlite")
    return export_pack(folder / "mini.sqlite", folder / "mini.json")
