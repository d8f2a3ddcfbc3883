"""The window starts with Python's cycle collector paused and runs with it once it has loaded.

Start-up leaves few cycles among the hundreds of thousands of objects it makes, and each of
the collections it would set off walks them all again; so the collector waits until the
first load is in, then what start-up made is set aside (``gc.freeze``) and it runs as usual.
A window left without the collector would grow with every cycle a long session drops.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Starts BorderDesk's own entry point and looks at the collector every 20 ms while the
# window is shown, until the chart and the map are in and the collector has resumed.
WATCH = """
import gc
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from borderdesk.gui.qtapp import ensure_application

seen = []

def look():
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    if not windows or not windows[0].isVisible():
        return
    seen.append(gc.isenabled())
    window = windows[0]
    if seen[-1] and window.chart is not None and window.map_link.view is not None:
        timer.stop()
        print("seen:", "".join("on " if on else "off " for on in seen), flush=True)
        print("set aside:", gc.get_freeze_count(), flush=True)
        QApplication.exit(0)

app = ensure_application()
timer = QTimer(app)
timer.timeout.connect(look)
timer.start(20)
QTimer.singleShot(60_000, lambda: QApplication.exit(3))
from borderdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_collector_waits_for_the_first_load_then_runs(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BORDERDESK_")}
    env.update(BORDERDESK_USER_DIR=str(tmp_path / "user"), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-c", WATCH],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    seen = run.stdout.split("seen:")[1].splitlines()[0].split()
    assert seen[0] == "off"  # the window shown, its first load still under way
    assert seen[-1] == "on"  # and back once it is in
    assert seen == sorted(seen, key=lambda state: state == "on")  # never paused again
    assert int(run.stdout.split("set aside:")[1].split()[0]) > 100_000
