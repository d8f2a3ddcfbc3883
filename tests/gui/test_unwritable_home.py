"""Catalogue 36: home, cache, config and data folders unwritable: the app starts and draws charts.

Each run is a fresh ``python`` (matplotlib and Qt pick their folders once per process) whose
HOME and XDG folders lie under a regular file, so nothing at all can be created there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs BorderDesk's own entry point (as ``python -m borderdesk``), answers each start-up message
# box after printing it, and quits once the navigation tree and then the chart have painted.
WATCH_AND_QUIT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeView
from borderdesk.gui.qtapp import ensure_application

seen = []

def inside_chart(obj):
    while obj is not None:
        if obj.objectName() == "segmentChart":
            return True
        obj = obj.parent()
    return False

class Watcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QMessageBox):
            print("message:", obj.windowTitle(), "|", obj.text().replace("\\n", " "), flush=True)
            QTimer.singleShot(0, obj.accept)
        elif event.type() == QEvent.Type.Paint:
            parent = obj.parent()
            if "tree" not in seen and isinstance(parent, QTreeView) and obj is parent.viewport():
                seen.append("tree")
                print("painted: tree", flush=True)
            elif "tree" in seen and "chart" not in seen and inside_chart(obj):
                seen.append("chart")
                print("painted: chart", flush=True)
        return False

def quit_when_drawn():
    if seen == ["tree", "chart"] and QApplication.activeModalWidget() is None:
        QApplication.exit(0)

app = ensure_application()
watcher = Watcher(app)
app.installEventFilter(watcher)
timer = QTimer(app)
timer.timeout.connect(quit_when_drawn)
timer.start(100)
QTimer.singleShot(60_000, lambda: QApplication.exit(3))
from borderdesk.cli import main
code = main(sys.argv[1:])
print("exit:", code, flush=True)
sys.exit(code)
"""


def unwritable_env(tmp_path: Path) -> dict[str, str]:
    """Return an environment whose home and XDG folders cannot be created (under a file)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the home folder should be")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "BORDERDESK_", "MPLCONFIGDIR"))
    }
    env.update(
        HOME=str(blocker / "home"),
        XDG_CACHE_HOME=str(blocker / "cache"),
        XDG_CONFIG_HOME=str(blocker / "config"),
        XDG_DATA_HOME=str(blocker / "data"),
        XDG_STATE_HOME=str(blocker / "state"),
        XDG_RUNTIME_DIR=str(blocker / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT / "src"),
    )
    return env


def test_c36_export_chart_works_with_every_user_folder_unwritable(tmp_path: Path) -> None:
    out = tmp_path / "out" / "chart.png"
    out.parent.mkdir()
    env = unwritable_env(tmp_path)

    result = subprocess.run(
        [sys.executable, "-m", "borderdesk", "export-chart", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stdout
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert sorted(path.name for path in out.parent.iterdir()) == ["chart.png"]
    assert (tmp_path / "blocker").read_text() == "a file where the home folder should be"


def test_c36_the_window_starts_and_draws_with_every_user_folder_unwritable(
    tmp_path: Path,
) -> None:
    env = unwritable_env(tmp_path)

    result = subprocess.run(
        [sys.executable, "-c", WATCH_AND_QUIT],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "painted: tree" in lines
    assert "painted: chart" in lines
    assert lines[-1] == "exit: 0"
    saving_off = [line for line in lines if line.startswith("message: Notes cannot be saved")]
    assert len(saving_off) == 1
    assert "cannot be saved during this session" in saving_off[0]
    assert str(tmp_path / "blocker" / "data") in saving_off[0]
    assert "part of the folder path is a file, not a folder" in saving_off[0]
    assert "Traceback" not in result.stderr
    assert (tmp_path / "blocker").read_text() == "a file where the home folder should be"
