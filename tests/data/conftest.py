"""Data-layer fixtures: the small fixture dataset, built once, and a repository over it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.data.build import build_database
from borderdesk.data.repository import Repository
from borderdesk.data.store import open_store
from tests.data.helpers import FIXTURE


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the fixture dataset built into a database file (built once per run)."""
    out = tmp_path_factory.mktemp("built") / "mini.sqlite"
    build_database(FIXTURE, out)
    return out


@pytest.fixture(scope="session")
def repo(fixture_db: Path) -> Iterator[Repository]:
    """Return a repository over the fixture database."""
    repository = open_store(fixture_db)
    yield repository
    repository.close()


@pytest.fixture
def dataset_copy(tmp_path: Path) -> Path:
    """Return a private, editable copy of the fixture dataset text."""
    copy = tmp_path / "db"
    shutil.copytree(FIXTURE, copy)
    return copy
