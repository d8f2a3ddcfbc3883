"""Display scaling at 100%, 150% and 200%: the window fits the screen and no text is cut.

Each scale runs BorderDesk's own entry point in a fresh ``python`` (Qt reads the scale once
per process) on an offscreen 1920x1200 screen; ``scaling_probe`` checks the window in several
states and prints what it found.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.sample import SampleService
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.window.access import fitted_size
from tests.gui import scaling_probe

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1920, 1200)


def test_the_default_size_fits_the_screen_at_any_scaling() -> None:
    preferred = QSize(1280, 800)

    assert fitted_size(preferred, QSize(1920, 1170)) == QSize(1280, 800)  # 100%, a panel
    assert fitted_size(preferred, QSize(1280, 800)) == QSize(1088, 680)  # 150%
    assert fitted_size(preferred, QSize(960, 600)) == QSize(816, 510)  # 200%
    assert fitted_size(preferred, QSize(1366, 740)) == QSize(1161, 629)  # a small laptop
    assert fitted_size(preferred, QSize()) == preferred  # no screen known


Report = dict[str, Any]


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Report]:
    """Return the probe's report at a display scaling and screen, each run once."""
    done: dict[tuple[str, tuple[int, int]], Report] = {}

    def report(scale: str, screen: tuple[int, int] = SCREEN) -> Report:
        key = (scale, screen)
        if key not in done:
            folder = tmp_path_factory.mktemp(f"scale-{scale}-{screen[0]}x{screen[1]}")
            done[key] = probe(folder, scale, screen)
        return done[key]

    return report


def probe(tmp_path: Path, scale: str, size: tuple[int, int] = SCREEN) -> Report:
    """Run the window at one display scaling on a screen and return the probe's report."""
    screen = tmp_path / "screen.json"
    width, height = size
    screen.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": True,
                "screens": [
                    {"name": "probe", "x": 0, "y": 0, "width": width, "height": height}
                    | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                ],
            }
        ),
        encoding="utf-8",
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "BORDERDESK_", "QT_", "DISPLAY"))
    }
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        QT_SCALE_FACTOR=scale,
    )
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.scaling_probe"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("PROBE ")]
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(lines) == 1, result.stdout + result.stderr
    report: Report = json.loads(lines[0].removeprefix("PROBE "))
    return report


@pytest.mark.parametrize(
    ("scale", "logical"),
    [("1", (1920, 1200)), ("1.5", (1280, 800)), ("2", (960, 600))],
)
def test_no_text_is_cut_and_the_window_fits_the_screen(
    reports: Callable[..., Report], scale: str, logical: tuple[int, int]
) -> None:
    report = reports(scale)

    assert report["problems"] == []
    assert report["scale"] == float(scale)
    assert tuple(report["available"][2:]) == logical
    left, top, width, height = report["available"]
    for state, (x, y, w, h) in report["frames"].items():
        assert x >= left, state
        assert y >= top, state
        assert x + w <= left + width, state
        assert y + h <= top + height, state
    assert set(report["frames"]) == {
        "overview",
        "Russia chosen",
        "sources compared",
        "table",
        "map",
    }


def test_at_100_percent_the_window_opens_at_1280_by_800_with_the_whole_chart_in_view(
    reports: Callable[..., Report],
) -> None:
    report = reports("1")

    assert report["default"] == [1280, 800]
    assert report["window"][2:] == [1280, 800]
    # The chart (its plot, not the table of its figures) is whole beside the page.
    plots = {
        state: scrolls for state, scrolls in report["chart_scrolls"].items() if state != "table"
    }
    assert set(plots) == {"overview", "Russia chosen", "sources compared", "map"}
    assert not any(plots.values())
    assert not any(report["figures_folded"].values())


def test_every_page_shows_twelve_lines_at_every_text_size_at_1280_by_800(
    reports: Callable[..., Report],
) -> None:
    report = reports("1")

    assert report["window"][2:] == [1280, 800]
    sizes = {state.split("% ")[0] for state in report["lines"]}
    assert sizes == {"80", "90", "100", "110", "125", "150", "175", "200", "250"}
    pages = {state.split("% ", 1)[1] for state in report["lines"]}
    assert {"Kazakhstan overview", "Comparisons: Timeline", "Borders: Russia"} <= pages
    assert len(pages) >= 10  # a page of every kind the tree lists
    assert min(report["lines"].values()) >= 12  # (the probe reports each one short of it)
    assert report["problems"] == []  # no text cut, no length cut in the tree


@pytest.mark.parametrize("screen", [(1280, 720), (1920, 1080)])
def test_a_projector_or_a_wide_screen_shows_twelve_lines_from_80_to_250_percent(
    reports: Callable[..., Report], screen: tuple[int, int]
) -> None:
    report = reports("1", screen)

    width, height = screen
    x, y, w, h = report["window"]
    assert x + w <= width  # on the screen, maximized where it is small
    assert y + h <= height
    if screen == (1280, 720):  # the small screen's whole area, not 85% of it
        assert w > 1200
        assert h > 650
    sizes = {state.split("% ")[0] for state in report["lines"]}
    assert {"80", "250"} <= sizes
    assert min(report["lines"].values()) >= 12
    assert report["problems"] == []


def test_the_chart_opens_where_it_helps_and_folds_elsewhere(
    reports: Callable[..., Report],
) -> None:
    folded = reports("1")["folded"]

    assert not folded["100% Borders: Russia"]
    assert not folded["100% Kazakhstan overview"]
    assert not folded["100% Organisations: CSTO"]  # the map, its members hatched
    assert folded["100% Comparisons: Timeline"]
    assert folded["100% Comparisons: Borders × organisations"]
    assert folded["250% Borders: Russia"]  # no room beside twelve lines of the page


# The probe's own checks find what they look for --------------------------------------------


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    found: list[str] = []
    monkeypatch.setattr(scaling_probe, "problems", found)
    return found


def test_the_probe_finds_a_label_too_narrow_for_its_text(qtbot: QtBot, problems: list[str]) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("Kazakhstan's land borders by length", host)
    label.setGeometry(0, 0, label.sizeHint().width() // 2, label.sizeHint().height())
    host.show()

    scaling_probe.check_label(label, "test")
    assert len(problems) == 1
    assert "Kazakhstan's land" in problems[0]

    label.resize(label.sizeHint())
    problems.clear()
    scaling_probe.check_label(label, "test")
    assert problems == []


def test_the_probe_finds_tick_and_value_labels_that_collide(
    qtbot: QtBot, problems: list[str], sample_service: SampleService
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    chart = ChartPanel(host)
    chart.set_controls_visible(False)  # as in an export: the plot may get very small
    chart.set_series(sample_service.segment_series())
    host.resize(900, 560)
    chart.setGeometry(0, 0, 900, 560)
    host.show()
    qtbot.waitExposed(host)
    view = chart.plot_widget().getPlotItem().getViewBox()
    qtbot.waitUntil(lambda: view.height() > 300)  # laid out at its size

    scaling_probe.check_axes(chart, "roomy", len(chart.bar_labels()))
    assert problems == []

    chart.setGeometry(0, 0, 300, 190)  # far too small for its labels
    qtbot.waitUntil(lambda: chart.plot_widget().height() < 100)
    scaling_probe.check_axes(chart, "cramped", len(chart.bar_labels()))
    assert problems
    assert all(problem.startswith("cramped: ") for problem in problems)
