"""GUI fixtures: the sample service and isolated settings."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from borderdesk.core.sample import SampleService
from borderdesk.gui.qtapp import apply_text_scale
from borderdesk.gui.style.palette import apply_platform_look
from tests.gui.boxes import MessageBoxes


@pytest.fixture
def sample_service() -> SampleService:
    """Return the in-memory sample dataset."""
    return SampleService()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """Return a path for an INI settings file private to one test."""
    return tmp_path / "settings.ini"


@pytest.fixture
def plain_look(qapp: QApplication) -> Iterator[None]:
    """Give back the platform's style, palette and text size after a test changed them."""
    yield
    apply_platform_look(qapp)
    apply_text_scale(qapp, 100)


@pytest.fixture(autouse=True)
def message_boxes(qapp: QApplication) -> Iterator[MessageBoxes]:
    """Answer every message box a test shows (none waits for a click), recording each."""
    boxes = MessageBoxes()
    yield boxes
    boxes.close()


@pytest.fixture(autouse=True)
def collect_widgets_between_tests() -> Iterator[None]:
    """Collect the test's closed windows once it is over, not in the middle of a later one.

    A window a test made and dropped lives on in Python's reference cycles (pyqtgraph's plots
    are full of them); left to the cycle collector, it is deleted whenever a collection
    happens to run, and a deletion during another widget's paint event took that painter's
    engine with it (a crash in QPainter, seen in the map's graticule). The application
    itself deletes its presentation windows on close. A window that loaded put what it made
    out of the collector's sight (``gc.freeze``): it is put back first, or no test's window
    would ever be collected.
    """
    yield
    gc.unfreeze()
    gc.collect()
