"""With a real second screen (Qt's offscreen platform given two), the slides fill the projector
and the presenter's view fills the laptop's screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [
    {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
    {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080},
]


def test_the_slides_fill_the_projector_and_the_presenter_the_laptop(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": False,
                "screens": [
                    screen | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
                    for screen in SCREENS
                ],
            }
        ),
        encoding="utf-8",
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("QT_")}
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        BORDERDESK_USER_DIR=str(tmp_path / "user"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.presenter_probe"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("PROBE ")]
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(lines[-1].removeprefix("PROBE "))

    assert report["screens"] == ["laptop", "projector"]
    assert report["slides_on"] == "projector"
    assert report["slides_geometry"] == [1280, 0, 1920, 1080]
    assert report["presenter"]
    assert report["presenter_on"] == "laptop"
    assert report["presenter_geometry"] == [0, 0, 1280, 800]
    assert report["note"].startswith("No note on this item.")
