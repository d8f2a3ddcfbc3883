"""Measure start-up: time from launch to real paint events, in fresh processes.

Scenarios, each run several times, alternating so machine noise hits all alike:

  a  empty       an empty PySide6 main window, to its first paint
  b  orm         the same plus ``sqlalchemy.orm``, the import BorderDesk cannot avoid
  c  borderdesk  BorderDesk itself: to the first paint of the filled tree, then of the chart
  d  eager       BorderDesk with pyqtgraph imported up front, to the chart's first paint

Prints medians and the ratios c(tree)/a, c(tree)/b and c(chart)/d(chart).
Targets: tree painted within 1.15x of b; chart within 1.15x of d.

Usage: python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import os, sys, time
T0 = float(sys.argv[2])
scenario = sys.argv[1]
if scenario == "eager":
    import pyqtgraph  # noqa: F401  (a window that imports everything up front)
if scenario == "orm":
    import sqlalchemy.orm  # noqa: F401
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

marks = {}

def mark(name):
    if name not in marks:
        marks[name] = time.monotonic() - T0

def finish():
    print(" ".join(f"{k}={v:.6f}" for k, v in marks.items()), flush=True)
    QApplication.instance().quit()

class Watcher(QObject):
    def __init__(self, want_chart):
        super().__init__()
        self.want_chart = want_chart

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if "tree" not in marks and _is_tree_viewport(obj):
                mark("tree")
                if not self.want_chart:
                    QTimer.singleShot(0, finish)
            elif self.want_chart and "chart" not in marks and _inside_chart(obj):
                mark("chart")
                QTimer.singleShot(0, finish)
        return False

def _is_tree_viewport(obj):
    parent = obj.parent() if hasattr(obj, "parent") else None
    return isinstance(parent, QTreeView) and obj is parent.viewport()

def _inside_chart(obj):
    while obj is not None:
        if obj.objectName() == "segmentChart":
            return True
        obj = obj.parent()
    return False

app = QApplication(sys.argv[:1])
if scenario in ("empty", "orm"):
    window = QMainWindow()
    tree = QTreeView()
    window.setCentralWidget(tree)
    watcher = Watcher(want_chart=False)
else:
    from borderdesk.app import open_service
    from borderdesk.gui.window.main_window import MainWindow
    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.settings import Settings

    ensure_application()
    from pathlib import Path

    window = MainWindow(open_service(None), Settings(Path(os.environ["BENCH_SETTINGS"])))
    watcher = Watcher(want_chart=True)
app.installEventFilter(watcher)
window.resize(1280, 800)
window.show()
QTimer.singleShot(20000, finish)
app.exec()
"""


def run_once(scenario: str, settings: Path) -> dict[str, float]:
    """Launch one child process and return its marks in seconds since launch."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_SETTINGS=str(settings))
    start = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, scenario, repr(start)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    last = out.strip().splitlines()[-1]
    return {k: float(v) for k, v in (pair.split("=") for pair in last.split())}


def main() -> None:
    """Run every scenario several times and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    scenarios = ("empty", "orm", "borderdesk", "eager")
    results: dict[str, dict[str, list[float]]] = {s: {} for s in scenarios}
    with tempfile.TemporaryDirectory() as folder:
        settings = Path(folder) / "settings.ini"
        for scenario in scenarios:  # warm the file cache once, not counted
            run_once(scenario, settings)
        for _ in range(runs):
            for scenario in scenarios:
                for name, value in run_once(scenario, settings).items():
                    results[scenario].setdefault(name, []).append(value)

    med = {s: {k: statistics.median(v) for k, v in marks.items()} for s, marks in results.items()}
    print(f"start-up, median of {runs} runs (ms from launch, offscreen):")
    for scenario in scenarios:
        shown = ", ".join(f"{k} {v * 1000:.0f}" for k, v in med[scenario].items())
        print(f"  {scenario:<11} {shown}")
    tree = med["borderdesk"]["tree"]
    print(f"tree / empty window (c/a):          {tree / med['empty']['tree']:.2f}")
    print(f"tree / window + ORM (c/b):          {tree / med['orm']['tree']:.2f}  (target <= 1.15)")
    chart_ratio = med["borderdesk"]["chart"] / med["eager"]["chart"]
    print(f"chart / eager-import window chart:  {chart_ratio:.2f}  (target <= 1.15)")
    print(f"eager window's tree / ours:         {med['eager']['tree'] / tree:.2f}")


if __name__ == "__main__":
    main()
