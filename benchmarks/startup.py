"""Measure start-up as a user gets it: the installed ``borderdesk`` command, from process start.

Each run launches a fresh process and reads the marks it writes with
``BORDERDESK_TRACE_STARTUP`` (see ``borderdesk.gui.startup_trace``): the tree painted with
rows, the page painted with an item's text, the chart painted with its bars, and every time
the event loop stood still after the first paint (the longest such stall in the first five
seconds is printed). Times count from just before the process is launched.

Scenarios, interleaved run by run so machine noise hits all alike, medians printed:

  window   floor: a bare PySide6 window with a 5-row tree and a page of text
  orm      floor: the same, importing ``sqlalchemy.orm`` first, as the app does (before
           PySide6: after it, PySide6's import hook reads every module's source)
  plot     floor: the same plus a 5-bar pyqtgraph plot (pyqtgraph imported after the window
           has painted, as the app loads its chart)
  fresh    BorderDesk with an empty user folder (first start)
  used     BorderDesk with a used one: notes, bookmarks, an imported data pack, settings
           remembering a border page

Targets (issue "Fast for real"): tree <= 1.15x orm, page <= 1.3x orm (page), chart <= 1.15x
plot (chart), and no stall over 100 ms. ``--no-bytecode`` runs every process with
``PYTHONDONTWRITEBYTECODE=1`` (otherwise the environment's setting is kept and printed); the
last line says how many of BorderDesk's modules have no up-to-date ``.pyc``: with that
setting, those are compiled again at every start.

``--baseline SRC`` adds the two BorderDesk scenarios run from another checkout's ``src``
folder (``fresh@base``, ``used@base``), e.g. a worktree of an earlier commit, for before and
after figures from the same run.

Usage: .venv/bin/python benchmarks/startup.py [--runs N] [--no-bytecode] [--baseline SRC]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
MARKS = ("tree", "page", "chart")
STALL_WINDOW = 5.0  # seconds after launch in which stalls count

FLOOR = r"""
import sys, time
from pathlib import Path
trace = Path(sys.argv[1])
scenario = sys.argv[2]
written = set()
def mark(name):
    if name not in written:
        written.add(name)
        with trace.open("a") as f:
            f.write(f"{name} {time.monotonic():.6f}\n")
if scenario in ("orm", "plot"):
    import sqlalchemy.orm  # noqa: F401  (before PySide6, as BorderDesk does)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeView
app = QApplication(sys.argv[:1])
window = QMainWindow()
splitter = QSplitter()
tree = QTreeView()
model = QStandardItemModel()
for name in ("Russia", "China", "Kyrgyzstan", "Turkmenistan", "Uzbekistan"):
    model.appendRow([QStandardItem(name), QStandardItem("1,000 km")])
tree.setModel(model)
page = QTextBrowser()
page.setHtml("<h1>Kazakhstan</h1><p>" + "A page of text about the borders. " * 40 + "</p>")
right = QSplitter()
right.setOrientation(__import__("PySide6.QtCore").QtCore.Qt.Orientation.Vertical)
right.addWidget(page)
splitter.addWidget(tree)
splitter.addWidget(right)
window.setCentralWidget(splitter)

def quit_when(names):
    if all(n in written for n in names):  # skip the teardown: only the marks matter
        QTimer.singleShot(0, lambda: __import__("os")._exit(0))

def load_plot():
    import pyqtgraph as pg
    plot = pg.PlotWidget()
    plot.addItem(pg.BarGraphItem(x=list(range(5)), height=[7, 2, 1, 4, 5], width=0.6))
    right.addWidget(plot)
    class Chart(QObject):
        def eventFilter(self, obj, event):
            if obj is plot.viewport() and event.type() == QEvent.Type.Paint:
                mark("chart")
                quit_when(("tree", "page", "chart"))
            return False
    app._chart_watch = Chart()
    plot.viewport().installEventFilter(app._chart_watch)

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if obj is tree.viewport():
                mark("tree")
                if scenario == "plot" and "plot" not in written:
                    written.add("plot")
                    QTimer.singleShot(0, load_plot)
            elif obj is page.viewport():
                mark("page")
            quit_when(("tree", "page", "chart") if scenario == "plot" else ("tree", "page"))
        return False

watch = Watch()
tree.viewport().installEventFilter(watch)
page.viewport().installEventFilter(watch)
window.resize(1280, 800)
window.show()
QTimer.singleShot(30000, app.quit)
app.exec()
"""

NOTES = {
    "format": "borderdesk-notes",
    "format_version": 1,
    "exported": "2026-11-28T09:30:00Z",
    "notes": [
        {"item": item, "text": f"On {item}: " + "words " * 40, "updated": "2026-11-28T09:30:00Z"}
        for item in ("border:kz-ru", "border:kz-cn", "border:kz-kg", "organisation:csto")
    ],
    "bookmarks": [
        {"item": "border:kz-cn", "title": "China", "created": "2026-11-28T09:30:00Z"},
        {"item": "organisation:sco", "title": "SCO", "created": "2026-11-28T09:30:00Z"},
    ],
}


def isolated_env(home: Path, trace: Path | None, *, no_bytecode: bool) -> dict[str, str]:
    """Return an environment whose every user folder is inside ``home``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "share"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("BORDERDESK_USER_DIR", "borderdesk"),
    ):
        env[name] = str(home / sub)
    env.pop("BORDERDESK_TRACE_STARTUP", None)
    if trace is not None:
        env["BORDERDESK_TRACE_STARTUP"] = str(trace)
    if no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def prepare_used(home: Path) -> None:
    """Give ``home`` notes, bookmarks, an imported pack and settings naming a border page."""
    env = isolated_env(home, None, no_bytecode=False)
    command = str(BIN / "borderdesk")
    home.mkdir(parents=True, exist_ok=True)
    notes = home / "notes.json"
    notes.write_text(json.dumps(NOTES), encoding="utf-8")
    pack = home / "pack.json"
    for args in (
        ["import-notes", str(notes), "--conflicts", "replace"],
        ["export-data", str(pack)],
        ["import-pack", str(pack), "--name", "my-pack"],
    ):
        subprocess.run([command, *args], env=env, check=True, capture_output=True, timeout=120)
    remember = (
        "from borderdesk.core.model import ItemRef\n"
        "from borderdesk.gui.settings import Settings\n"
        "settings = Settings()\n"
        "settings.window.last_selection = ItemRef.from_string('border:kz-cn')\n"
        "settings.sync()\n"
    )
    subprocess.run([sys.executable, "-c", remember], env=env, check=True, timeout=60)


def read_trace(trace: Path, start: float) -> dict[str, float]:
    """Return the marks in seconds since ``start`` and the longest stall in the window."""
    marks: dict[str, float] = {}
    stall = 0.0
    for line in trace.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts[0] == "gap":
            end, length = float(parts[1]) - start, float(parts[2])
            if end - length < STALL_WINDOW:
                stall = max(stall, min(length, STALL_WINDOW - (end - length)))
        elif len(parts) == 2:
            marks[parts[0]] = float(parts[1]) - start
    marks["stall"] = stall
    return marks


def run_once(
    scenario: str, used: Path, *, no_bytecode: bool, baseline: Path | None = None
) -> dict[str, float]:
    """Launch one process of a scenario; return its marks in seconds since launch."""
    app, _, base = scenario.partition("@")
    with tempfile.TemporaryDirectory() as folder:
        trace = Path(folder) / "trace.txt"
        home = used if app == "used" else Path(folder) / "home"
        env = isolated_env(home, trace, no_bytecode=no_bytecode)
        if base and baseline is not None:
            env["PYTHONPATH"] = str(baseline)  # before the installed package on sys.path
        if app in ("fresh", "used"):
            command = [str(BIN / "borderdesk")]
        else:
            command = [sys.executable, "-c", FLOOR, str(trace), scenario]
        env["PYTHONFAULTHANDLER"] = "1"  # a crash prints every thread's Python stack
        start = time.monotonic()
        done = subprocess.run(command, env=env, capture_output=True, timeout=60, check=False)
        if done.returncode != 0:
            tail = done.stderr.decode(errors="replace")[-4000:]
            raise SystemExit(f"{scenario} failed with exit code {done.returncode}:\n{tail}")
        return read_trace(trace, start)


def stale_bytecode() -> tuple[int, int]:
    """Return how many of BorderDesk's modules lack an up-to-date .pyc, and how many there are."""
    spec = importlib.util.find_spec("borderdesk")
    if spec is None or not spec.submodule_search_locations:
        return 0, 0
    root = Path(next(iter(spec.submodule_search_locations)))
    sources = sorted(root.rglob("*.py"))
    stale = 0
    for source in sources:
        cached = Path(importlib.util.cache_from_source(str(source)))
        try:
            header = cached.read_bytes()[:16]
        except OSError:
            stale += 1
            continue
        flags = int.from_bytes(header[4:8], "little")
        mtime = int.from_bytes(header[8:12], "little")
        if flags == 0 and mtime != int(source.stat().st_mtime) & 0xFFFFFFFF:
            stale += 1
    return stale, len(sources)


def main() -> None:
    """Run every scenario several times, interleaved, and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-bytecode", action="store_true", help="PYTHONDONTWRITEBYTECODE=1")
    parser.add_argument("--baseline", type=Path, metavar="SRC", help="another checkout's src/")
    args = parser.parse_args()
    scenarios: tuple[str, ...] = ("window", "orm", "plot", "fresh", "used")
    if args.baseline is not None:
        scenarios += ("fresh@base", "used@base")
    apps = [s for s in scenarios if s.partition("@")[0] in ("fresh", "used")]
    results: dict[str, dict[str, list[float]]] = {s: {} for s in scenarios}
    with tempfile.TemporaryDirectory() as folder:
        used = Path(folder) / "used"
        prepare_used(used)
        options = {"no_bytecode": args.no_bytecode, "baseline": args.baseline}
        for scenario in scenarios:  # warm the file cache once, not counted
            run_once(scenario, used, **options)
        for _ in range(args.runs):
            for scenario in scenarios:
                marks = run_once(scenario, used, **options)
                for name, value in marks.items():
                    results[scenario].setdefault(name, []).append(value)

    med = {s: {k: statistics.median(v) for k, v in m.items()} for s, m in results.items()}
    no_cache = args.no_bytecode or os.environ.get("PYTHONDONTWRITEBYTECODE")
    mode = ", PYTHONDONTWRITEBYTECODE=1" if no_cache else ""
    print(f"start-up, median of {args.runs} interleaved runs (ms from launch, offscreen{mode}):")
    for scenario in scenarios:
        shown = ", ".join(
            f"{name} {med[scenario][name] * 1000:.0f}"
            for name in (*MARKS, "stall")
            if name in med[scenario] and (name != "stall" or scenario in apps)
        )
        print(f"  {scenario:<10} {shown}")
    print("ratios (target):")
    for scenario in apps:
        app = med[scenario]
        print(
            f"  {scenario:<10} tree/orm {app['tree'] / med['orm']['tree']:.2f} (<= 1.15)"
            f"  page/orm {app['page'] / med['orm']['page']:.2f} (<= 1.3)"
            f"  chart/plot {app['chart'] / med['plot']['chart']:.2f} (<= 1.15)"
            f"  longest stall {app['stall'] * 1000:.0f} ms (<= 100)"
            f"  worst run's stall {max(results[scenario]['stall']) * 1000:.0f} ms"
        )
    print(
        f"  floors: orm/window tree {med['orm']['tree'] / med['window']['tree']:.2f},"
        f" plot/orm tree {med['plot']['tree'] / med['orm']['tree']:.2f}"
    )
    stale, total = stale_bytecode()
    print(f"BorderDesk modules without an up-to-date .pyc: {stale} of {total}")


if __name__ == "__main__":
    main()
