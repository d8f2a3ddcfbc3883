"""The start-up trace a benchmark reads: what appeared when, and when the window stood still."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from borderdesk.core.sample import SampleService
from borderdesk.gui import startup_trace
from borderdesk.gui.settings import Settings
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.window.main_window import MainWindow


@pytest.fixture
def trace(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Trace into a file of the test's own, as BORDERDESK_TRACE_STARTUP would."""
    path = tmp_path / "trace.txt"
    monkeypatch.setattr(startup_trace, "_path", path)
    monkeypatch.setattr(startup_trace, "_marked", set())
    monkeypatch.setattr(startup_trace, "_began", time.monotonic())
    return path


def names(path: Path) -> list[str]:
    return [line.split()[0] for line in path.read_text().splitlines()] if path.exists() else []


def test_the_window_marks_tree_page_and_chart_once_each_in_order(
    qtbot: QtBot, trace: Path, tmp_path: Path
) -> None:
    before = time.monotonic()
    window = MainWindow(SampleService(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "chart" in names(trace), timeout=10000)
    window.detail_pane.viewport().repaint()
    marks = {}
    for line in trace.read_text().splitlines():
        name, *values = line.split()
        if name != "gap":
            assert name not in marks  # each written once
            marks[name] = float(values[0])
    assert set(marks) >= {"tree", "page", "chart"}
    assert before <= marks["tree"] <= marks["page"] <= marks["chart"] <= time.monotonic()
    assert isinstance(window.chart, ChartPanel)


def test_a_blocked_event_loop_is_written_as_a_gap(
    qtbot: QtBot, trace: Path, tmp_path: Path
) -> None:
    window = MainWindow(SampleService(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "tree" in names(trace))
    qtbot.waitUntil(lambda: window.chart is not None and window.map_link.view is not None)
    blocked = time.monotonic()
    QTimer.singleShot(50, lambda: time.sleep(0.3))

    def gaps() -> list[tuple[float, float]]:
        lines = trace.read_text().splitlines()
        pairs = [tuple(map(float, line.split()[1:])) for line in lines if line.startswith("gap")]
        return [(end, length) for end, length in pairs if end > blocked]

    qtbot.waitUntil(lambda: any(length >= 0.29 for _, length in gaps()), timeout=5000)
    end, length = max(gaps(), key=lambda pair: pair[1])
    assert 0.29 <= length < 1.0
    assert blocked + 0.3 <= end <= time.monotonic()


def test_without_the_variable_nothing_is_written(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(startup_trace, "_path", None)
    window = MainWindow(SampleService(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.chart is not None)
    assert not startup_trace.enabled()
    assert not list(tmp_path.glob("*.txt"))
