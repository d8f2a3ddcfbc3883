"""Measure BorderDesk on large data packs: search, pages, chart, import, memory, stalls.

Makes two seeded packs with ``make_pack.py`` (about ten thousand items, and the format's
limits), imports them, then measures each figure in a fresh process, with its floor measured
in the same run:

  search     a keystroke in the search box, typed and cleared once the names are indexed
             (on the worker, as the window does after its first page): median, p95 and
             worst (ms); floor: Qt laying out and drawing the same matching rows from a C++
             model
  pages      opening each kind of page (read, laid out and painted); floor: a page of 50 rows;
             and the longest the window's loop held while the page was read on the worker
             and shown, as the window opens pages of a large pack
  chart      marking a bar, and switching the source, at every border of the pack;
             floor: pyqtgraph restyling and redrawing as many bars as the chart draws
  import     ``borderdesk import-pack`` as a whole process; floor: reading the JSON
  memory     the peak resident size of a process that does all of the above
  stalls     ``borderdesk --db PACK`` started with BORDERDESK_TRACE_STARTUP: tree, page and
             chart painted, and the longest time the window stood still in its first 5 s

A measurement that runs past ``--timeout`` seconds or 4 GB is stopped and printed as such.
``--baseline SRC`` measures the 10k pack a second time with another checkout's ``src``
(an earlier commit) for before-and-after figures from the same run.

Usage: .venv/bin/python benchmarks/big_pack.py [--baseline SRC] [--timeout S] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
QUERIES = ["k", "ka", "kaz", "kaza", "kaz", "ka", "k", "", "s", "su", "sur", "surv", "sur", ""]
PAGES = [
    "overview:kazakhstan",
    "border:kz-ru",
    "organisation:org0001",
    "source:ART",
    "person:person00001",
    "event:event00001",
    "topic:topic0001",
    "comparison:lengths",
    "comparison:grid",
    "timeline:events",
]
MEMORY_LIMIT = 4 * 1024**3


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


# Children: each measures one thing in its own process and prints JSON ------------------------


def _app() -> Any:
    from borderdesk.gui.qtapp import ensure_application

    return ensure_application(headless=True)


def child_search(db: Path) -> dict[str, Any]:
    """Type and clear queries in the navigation panel; the floor lays out the same rows."""
    app = _app()
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from borderdesk.core.navigation import build_navigation
    from borderdesk.data.store import open_store
    from borderdesk.gui.models.navigation_model import NavigationModel
    from borderdesk.gui.selection import SelectionState
    from borderdesk.gui.views.navigation import NavigationPanel

    root = build_navigation(open_store(db))
    model = NavigationModel(root)
    panel = NavigationPanel(model, SelectionState())
    panel.resize(340, 900)
    panel.show()
    app.processEvents()
    if hasattr(model, "run_search_on"):  # as the window does: names indexed on its worker
        from borderdesk.gui.background import BackgroundWork

        work = BackgroundWork()
        model.run_search_on(work.run)
        model.prepare_search()
        while root._index is None:
            app.processEvents()
            time.sleep(0.005)
    times = []
    for query in QUERIES:
        start = time.monotonic()
        panel.search_box.setText(query)
        app.processEvents()
        times.append(time.monotonic() - start)
    floors = []
    for query in QUERIES:  # the same matching rows, from a C++ model, laid out and drawn
        needle = query.casefold()
        model = QStandardItemModel()
        for top in root.children:
            kept = [c for c in top.children if needle in f"{c.title} {c.detail}".casefold()]
            if kept or needle in top.title.casefold():
                heading = QStandardItem(top.title)
                heading.appendRows([QStandardItem(c.title) for c in kept or top.children])
                model.appendRow(heading)
        tree = QTreeView()
        tree.setUniformRowHeights(True)
        tree.resize(340, 900)
        tree.show()
        start = time.monotonic()
        tree.setModel(model)
        tree.expandAll()
        app.processEvents()
        floors.append(time.monotonic() - start)
        tree.close()
    return {"times": times, "floors": floors, "rows": sum(1 for _ in root.walk())}


def child_page(db: Path, ref_text: str) -> dict[str, Any]:
    """Open one page in the detail pane after a first page has warmed the reader up."""
    app = _app()
    from borderdesk.core.model import ItemRef
    from borderdesk.core.service import load_detail
    from borderdesk.data.store import open_store
    from borderdesk.gui.views.detail_pane import DetailPane

    service = open_store(db)
    pane = DetailPane(lambda ref: load_detail(service, ref))
    pane.resize(800, 900)
    pane.show()
    service.borders()  # what the window reads at start: the tree, and the chart's sources
    service.chart_sources()
    pane.show_ref(ItemRef.from_string("topic:terrorism"))  # the ORM imported and mapped
    app.processEvents()
    ref = ItemRef.from_string(ref_text)
    start = time.monotonic()
    pane.show_ref(ref)
    app.processEvents()
    took = time.monotonic() - start
    rows = pane.toHtml().count("<tr")
    floor_html = "<h1>A page</h1><table>" + "<tr><td>A row</td><td>1,234 km</td></tr>" * 50
    start = time.monotonic()
    pane.setHtml(floor_html + "</table>")
    app.processEvents()
    floor = time.monotonic() - start
    return {"time": took, "floor": floor, "rows": rows, "held": _held(app, pane, ref)}


def _held(app: Any, pane: Any, ref: Any) -> float | None:
    """Open the page as the window does on a large pack; return the loop's longest stall."""
    if not hasattr(pane, "read_on"):  # an earlier checkout: every page is read on the loop
        return None
    from borderdesk.gui.background import BackgroundWork

    pane.show_placeholder()
    app.processEvents()
    pane.read_on(BackgroundWork(pane))
    last, longest = time.monotonic(), 0.0
    pane.show_ref(ref)
    while pane.current_ref != ref:
        app.processEvents()
        now = time.monotonic()
        longest, last = max(longest, now - last), now
        time.sleep(0.001)
    pane.stop_reading()
    return longest


def child_chart(db: Path) -> dict[str, Any]:
    """Mark bars and switch sources on the chart of every border; the floor redraws bars."""
    app = _app()
    import pyqtgraph as pg

    from borderdesk.data.store import open_store
    from borderdesk.gui.views.chart import ChartPanel

    service = open_store(db)
    sources = service.chart_sources()
    series = service.segment_series(None)
    panel = ChartPanel()
    panel.resize(1100, 500)
    panel.set_sources(sources)
    panel.set_series(series)
    panel.show()
    app.processEvents()
    keys = [bar.key for bar in series.bars]
    marks = []
    for key in [keys[1], keys[5], keys[len(keys) // 2], keys[2], keys[-1], keys[3]]:
        start = time.monotonic()
        panel.highlight(key)
        app.processEvents()
        marks.append(time.monotonic() - start)
    switches = []
    for option in [*sources[1:4], sources[0]]:
        start = time.monotonic()
        panel.set_series(service.segment_series(option.ref.id))
        app.processEvents()
        switches.append(time.monotonic() - start)
    drawn = len(panel.bar_heights())
    plot = pg.PlotWidget()
    plot.resize(1100, 500)
    bars = pg.BarGraphItem(x=list(range(drawn)), height=[1.0] * drawn, width=0.6)
    plot.addItem(bars)
    plot.show()
    app.processEvents()
    mark_floor, switch_floor = [], []
    for n in range(6):
        start = time.monotonic()
        bars.setOpts(brushes=[pg.mkBrush("r" if i == n else "b") for i in range(drawn)])
        app.processEvents()
        mark_floor.append(time.monotonic() - start)
        start = time.monotonic()
        bars.setOpts(height=[float((i * 7 + n) % 11 + 1) for i in range(drawn)])
        app.processEvents()
        switch_floor.append(time.monotonic() - start)
    return {
        "marks": marks,
        "switches": switches,
        "mark_floor": mark_floor,
        "switch_floor": switch_floor,
        "bars": len(keys),
        "drawn": drawn,
    }


def child_memory(db: Path) -> dict[str, Any]:
    """Do all of the above in one process, then report its peak resident size."""
    child_search(db)
    for ref in PAGES:
        child_page(db, ref)
    child_chart(db)
    return {"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


CHILDREN = {"search": child_search, "chart": child_chart, "memory": child_memory}


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def measure(what: list[str], db: Path, baseline: Path | None, timeout: float) -> Any:
    """Run one child measurement; return its JSON, or a string saying why it was stopped."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if baseline is not None:
        env["PYTHONPATH"] = str(baseline)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *what, "--db", str(db)]
    try:
        done = subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=_limit_memory,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s (stopped)"
    if done.returncode != 0:
        memory = "MemoryError" in done.stderr or "bad_alloc" in done.stderr
        return "out of memory (4 GB)" if memory else f"failed: {done.stderr.strip()[-200:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def timed_process(command: list[str], env: dict[str, str], timeout: float) -> float | str:
    """Return a whole process's wall time, or why it was stopped."""
    start = time.monotonic()
    try:
        subprocess.run(command, env=env, capture_output=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s (stopped)"
    return time.monotonic() - start


# Reporting -------------------------------------------------------------------------------------


def p95(values: list[float]) -> float:
    """Return the 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]


def show(label: str, value: Any, floor: float | None = None, target: str = "") -> None:
    """Print one figure with its floor and ratio, or why it was stopped."""
    if isinstance(value, str):
        print(f"  {label:<44} {value}")
        return
    ratio = f"  floor {floor * 1000:7.1f} ms  {value / floor:6.1f}x" if floor else ""
    print(f"  {label:<44} {value * 1000:9.1f} ms{ratio}  {target}")


def report(name: str, db: Path, baseline: Path | None, timeout: float) -> None:
    """Measure and print every figure of one pack."""
    tag = f"{name}{'@base' if baseline else ''}"
    search = measure(["search"], db, baseline, timeout)
    if isinstance(search, str):
        show(f"[{tag}] search keystroke", search)
    else:
        times, floors = search["times"], search["floors"]
        print(f"[{tag}] search over {search['rows']:,} rows, {len(times)} keystrokes:")
        show("median keystroke", statistics.median(times), statistics.median(floors))
        show("p95 keystroke", p95(times), p95(floors), "(target < 16 ms)")
        show("worst keystroke", max(times), max(floors), "(target < 50 ms)")
    print(f"[{tag}] pages (target < 200 ms; at most 50 rows of a kind):")
    for ref in PAGES:
        page = measure(["page", ref], db, baseline, timeout)
        if isinstance(page, str):
            show(ref, page)
        else:
            show(f"{ref} ({page['rows']} table rows)", page["time"], page["floor"])
            if page.get("held") is not None:
                show("  the window held meanwhile", page["held"], None, "(target < 100 ms)")
    chart = measure(["chart"], db, baseline, timeout)
    if isinstance(chart, str):
        show(f"[{tag}] chart", chart)
    else:
        print(f"[{tag}] chart of {chart['bars']:,} borders ({chart['drawn']} bars drawn):")
        mark_floor = statistics.median(chart["mark_floor"])
        switch_floor = statistics.median(chart["switch_floor"])
        show("mark a bar (median)", statistics.median(chart["marks"]), mark_floor)
        show("mark a bar (worst)", max(chart["marks"]), mark_floor, "(target < 16 ms)")
        show("switch source (median)", statistics.median(chart["switches"]), switch_floor)
        show("switch source (worst)", max(chart["switches"]), switch_floor, "(target < 200 ms)")
    memory = measure(["memory"], db, baseline, timeout * 4)
    label = f"[{tag}] peak memory, all of the above"
    if isinstance(memory, str):
        print(f"{label}: {memory}")
    else:
        print(f"{label}: {memory['peak_mb']:.0f} MB (target < 400 MB)")


def stalls(db: Path, baseline: Path | None, home: Path) -> None:
    """Start the window on a pack with the start-up trace; print its marks and longest stall."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BORDERDESK_USER_DIR=str(home))
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    if baseline is not None:
        env["PYTHONPATH"] = str(baseline)
    trace = home / "trace.txt"
    trace.unlink(missing_ok=True)
    env["BORDERDESK_TRACE_STARTUP"] = str(trace)
    start = time.monotonic()
    try:
        subprocess.run(
            [str(BIN / "borderdesk"), "--db", str(db)], env=env, capture_output=True, timeout=120
        )
    except subprocess.TimeoutExpired:
        print("  start-up did not finish in 120 s")
    marks, worst = {}, 0.0
    for line in trace.read_text().splitlines() if trace.exists() else []:
        name, *values = line.split()
        if name == "gap":
            worst = max(worst, float(values[1]))
        else:
            marks[name] = float(values[0]) - start
    shown = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in marks.items() if k != "end")
    print(f"  window on the pack: {shown}; longest stall {worst * 1000:.0f} ms (target < 100)")


def main() -> None:
    """Make the packs, import them, measure everything, print it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, metavar="SRC", help="another checkout's src/")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per measurement")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep the packs in DIR")
    parser.add_argument("--only", choices=("10k", "limit"), help="measure one pack only")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        what, *rest = args.child
        result = child_page(args.db, rest[0]) if what == "page" else CHILDREN[what](args.db)
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for size in ("10k", "limit"):
            if args.only not in (None, size):
                continue
            pack = folder / f"pack-{size}.json"
            if not pack.exists():
                subprocess.run(
                    [sys.executable, str(HERE / "make_pack.py"), str(pack), "--size", size],
                    check=True,
                    capture_output=True,
                )
            print(f"== {size} pack: {pack.stat().st_size / 1e6:.1f} MB")
            runs: list[tuple[Path | None, str]] = [(None, "")]
            if args.baseline is not None and size == "10k":
                runs.append((args.baseline, "@base"))
            db = None
            for baseline, tag in runs:
                user = folder / f"user-{size}{tag}"
                run_env = dict(env, BORDERDESK_USER_DIR=str(user))
                if baseline is not None:
                    run_env["PYTHONPATH"] = str(baseline)
                read = timed_process(
                    [sys.executable, "-c", f"import json; json.load(open({str(pack)!r}))"],
                    env,
                    args.timeout,
                )
                took = timed_process(
                    [str(BIN / "borderdesk"), "import-pack", str(pack), "--name", size],
                    run_env,
                    args.timeout * 10,
                )
                show(
                    f"[{size}{tag}] import (whole process)",
                    took,
                    read if isinstance(read, float) else None,
                    "(target: 5x faster)",
                )
                if db is None:
                    db = user / "data" / "packs" / f"{size}.sqlite"
            assert db is not None
            for baseline, _tag in runs:
                report(size, db, baseline, args.timeout)
                stalls(db, baseline, folder / "home")


if __name__ == "__main__":
    main()
