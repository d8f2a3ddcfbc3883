"""Run BorderDesk's window as a first start and report what later starts do to it.

Run by test_second_start as ``python -m tests.gui.second_start_probe QUIT_FILE [ARGS...]``: the
window starts through the real command line (ARGS are passed on), is minimised, and ``READY``
is printed; from then on a line ``STATE {json}`` reports the newest window whenever its
selection, dataset or window state changes. The windows close once QUIT_FILE exists.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from borderdesk import cli
from borderdesk.gui.qtapp import ensure_application
from borderdesk.gui.window import user_session
from borderdesk.gui.window.main_window import MainWindow

quit_file = Path(sys.argv[1])
last: dict[str, object] = {}


def windows() -> list[MainWindow]:
    """Return the open main windows, oldest first."""
    shown = QApplication.topLevelWidgets()
    return [w for w in shown if isinstance(w, MainWindow) and w.isVisible()]


def poll() -> None:
    """Minimise the first window once, then report every change; close all on request."""
    open_windows = windows()
    if not open_windows:
        return
    window = open_windows[-1]
    if not last:
        window.showMinimized()
        print("READY", flush=True)
    current = window.selection.current
    state = {
        "selected": current.to_string() if current is not None else None,
        "minimized": window.isMinimized(),
        "active": QApplication.activeWindow() is window,
        "windows": len(open_windows),
        "edition": window.edition_label.text(),
        "chart": window.chart is not None,  # loaded: the window's busiest moment is over
    }
    if state != last:
        last.clear()
        last.update(state)
        print(f"STATE {json.dumps(state)}", flush=True)
    if quit_file.exists():
        for each in open_windows:
            each.close()


user_session.show_messages = lambda _parent, _messages: None  # no modal start-up news
application = ensure_application()
timer = QTimer()
timer.timeout.connect(poll)
timer.start(50)
sys.exit(cli.main(["gui", *sys.argv[2:]]))
