"""Longer words must fit: the window, presentation mode and the dialogs in a pseudo-locale.

Kazakh and Russian run 20-40% longer than English. The pseudo-locale makes every text of ours
40% longer, accented and between markers (``⟦Ëxpöŕt çhäŕt…·····⟧``); ``pseudo_probe`` runs
BorderDesk in it and reports any label, button, combo box, tab, heading or menu whose text
is cut, and any word of ours shown without the markers (one that escaped translation).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import translations

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1920, 1200)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Return the probe's report of one run in the pseudo-locale."""
    tmp_path = tmp_path_factory.mktemp("pseudo")
    qm = translations.make_pseudo(tmp_path / "i18n")
    return probe(tmp_path, [str(qm)])


def probe(tmp_path: Path, arguments: list[str]) -> dict[str, Any]:
    """Run BorderDesk with the probe and return its report."""
    screen = tmp_path / "screen.json"
    width, height = SCREEN
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
    )
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.pseudo_probe", *arguments],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("PROBE ")]
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(lines) == 1, result.stdout + result.stderr
    found: dict[str, Any] = json.loads(lines[0].removeprefix("PROBE "))
    return found


def test_no_text_is_cut_and_no_word_escapes_translation(report: dict[str, Any]) -> None:
    assert report["problems"] == []


def test_the_probe_went_through_the_window_presentation_mode_and_the_dialogs(
    report: dict[str, Any],
) -> None:
    translated = report["translated"]
    for state in (
        "overview",
        "Russia chosen",
        "sources compared",
        "table",
        "map",
        "menus",
        "export chart dialog",
        "export map dialog",
        "handout dialog",
        "quiz dialog",
        "shortcut sheet",
        "presentation mode",
        "presentation mode, the map",
    ):
        assert translated.get(state, 0) > 0, state
    assert translated["menus"] > 30
    assert translated["export chart dialog"] > 15


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_in_kazakh_and_russian_no_text_is_cut(language: str, tmp_path: Path) -> None:
    found = probe(tmp_path, ["--lang", language])

    assert found["problems"] == []
    assert found["translated"]["export chart dialog"] > 0
    assert found["translated"]["presentation mode"] > 0
