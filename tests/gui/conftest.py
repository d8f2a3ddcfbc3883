"""GUI fixtures: the sample service and isolated settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.core.sample import SampleService


@pytest.fixture
def sample_service() -> SampleService:
    """Return the in-memory sample dataset."""
    return SampleService()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """Return a path for an INI settings file private to one test."""
    return tmp_path / "settings.ini"
