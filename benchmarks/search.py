"""Time each keystroke of a search typed letter by letter into the window's navigation panel.

Queries of every kind the search serves (Cyrillic, Kazakh, Latin transliterations, former
names, abbreviations, typos) are typed one letter at a time into the real search box over the
real navigation model, on the bundled data and on a seeded pack of about ten thousand items;
each keystroke is timed until Qt has laid out and drawn the rows. Two floors, in the same run:
``plain``, the same panel with the search it replaced (the folded query as a substring of each
row's English title, detail and keywords: no other languages, ranks, typos or hints), and
``same rows``, the same panel showing the very rows the search shows, worked out beforehand,
drawn by Qt's own delegate with no hints: what Qt alone costs for what the reader sees.

Prints the median, 95th percentile and worst keystroke in milliseconds (a frame is 16 ms),
for the model alone (the search and the rows' structure) and for the panel (typed into the
box, then the tree laid out and drawn).

Usage: .venv/bin/python benchmarks/search.py [--db PACK.sqlite] [--bundled-only]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
QUERIES = (
    "ШОС", "ОДКБ", "ҰҚШҰ", "Қытай", "Китай", "Кыргызстан", "Астана", "Nur-Sultan",
    "Alma-Ata", "Qazaqstan", "Kazakstan", "Казахстан", "uzbekstan", "kyrgystan",
    "turkmenstan", "collective security", "kazakhstan", "survey", "border post",
)  # fmt: skip


def _plain_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _models() -> tuple[type[Any], type[Any], type[Any]]:
    """Return the navigation model and two floors: the plain search, and the same rows."""
    from borderdesk.core.navigation import NavNode, ranked_search
    from borderdesk.core.search import Found
    from borderdesk.core.search_result import SearchResult, Shown
    from borderdesk.gui.models.navigation_model import NavigationModel

    class PlainModel(NavigationModel):
        """The navigation model with the search before this one: a substring, in English."""

        _texts: dict[int, str] | None = None

        def set_query(self, text: str) -> None:
            root: NavNode = self._root
            if self._texts is None:
                self._texts = {
                    id(n): _plain_fold(f"{n.title}\n{n.detail}\n{n.keywords}") for n in root.walk()
                }
            texts, needle = self._texts, _plain_fold(text.strip())
            shown: Shown = []
            for top in root.children:
                if not needle or needle in texts[id(top)]:
                    shown.append((top, top.children))
                    continue
                children = [c for c in top.children if needle in texts[id(c)]]
                if children:
                    shown.append((top, children))
            self._query = text
            self._show(SearchResult(text, shown, Found()))

    class SameRowsModel(NavigationModel):
        """The rows the search shows, worked out before the clock starts, with no hints."""

        def set_query(self, text: str) -> None:
            shown = _SAME_ROWS.get(text)
            if shown is None:
                shown = _SAME_ROWS[text] = ranked_search(self._root, text).shown
                return  # the first time only works the rows out: not timed below
            self._query = text
            self._show(SearchResult(text, shown, Found()))

    return NavigationModel, PlainModel, SameRowsModel


_SAME_ROWS: dict[str, Any] = {}


def measure(db: Path | None) -> dict[str, Any]:
    """Type every query letter by letter, then clear it; return the keystroke times."""
    from borderdesk.core.navigation import build_navigation, prepare_search
    from borderdesk.data.store import bundled_path, open_store
    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.selection import SelectionState
    from borderdesk.gui.views.navigation import NavigationPanel

    app = ensure_application(headless=True)
    start = time.perf_counter()
    root = build_navigation(open_store(db or bundled_path()))
    built = time.perf_counter() - start
    start = time.perf_counter()
    prepare_search(root)  # what focusing the search box does
    prepared = time.perf_counter() - start
    items = sum(1 for node in root.walk() if node.ref is not None)
    result: dict[str, Any] = {
        "items": items,
        "tree_ms": round(built * 1000, 1),
        "prepare_ms": round(prepared * 1000, 1),
    }
    names = ("search", "plain", "same rows")
    for name, model_class in zip(names, _models(), strict=True):
        model = model_class(root)
        if name == "same rows":  # the rows worked out once, untimed
            for query in QUERIES:
                for end in [*range(1, len(query) + 1), 0]:
                    model.set_query(query[:end])
        times = []
        for query in QUERIES:  # the model alone: the search and the row structure
            for end in [*range(1, len(query) + 1), 0]:
                start = time.perf_counter()
                model.set_query(query[:end])
                times.append((time.perf_counter() - start) * 1000)
        result[f"{name} model"] = _figures(times)
        panel = NavigationPanel(model_class(root), SelectionState())
        if name != "search":  # a floor draws its rows with Qt's own delegate
            panel._hint_delegate = panel.tree.itemDelegate()
        panel.resize(340, 900)
        panel.show()
        app.processEvents()
        times = []
        for _round in range(2):
            for query in QUERIES:
                for end in [*range(1, len(query) + 1), 0]:
                    start = time.perf_counter()
                    panel.search_box.setText(query[:end])
                    panel.repaint()
                    app.processEvents()
                    times.append((time.perf_counter() - start) * 1000)
        panel.close()
        result[f"{name} panel"] = _figures(times)
    return result


def measure_off_thread(db: Path | None) -> dict[str, Any]:
    """Index a fresh tree's names on the window's worker while a reader types; time both.

    Returns how long the names took to come in, the window thread's longest stall meanwhile
    (a 1 ms timer's widest gap), and the keystrokes typed meanwhile (each answered with every
    heading while the names are coming, then by the search).
    """
    from PySide6.QtCore import QTimer

    from borderdesk.core.navigation import build_navigation
    from borderdesk.data.store import bundled_path, open_store
    from borderdesk.gui.background import BackgroundWork
    from borderdesk.gui.models.navigation_model import NavigationModel
    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.selection import SelectionState
    from borderdesk.gui.views.navigation import NavigationPanel

    app = ensure_application(headless=True)
    root = build_navigation(open_store(db or bundled_path()))
    model = NavigationModel(root)
    work = BackgroundWork()
    model.run_search_on(work.run)
    panel = NavigationPanel(model, SelectionState())
    panel.resize(340, 900)
    panel.show()
    app.processEvents()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    model.prepare_search()
    times = []
    query = QUERIES[0]
    typed = 0
    while root._index is None and time.perf_counter() - start < 60:
        begin = time.perf_counter()
        typed = typed % len(query) + 1
        panel.search_box.setText(query[:typed])
        panel.repaint()
        app.processEvents()
        times.append((time.perf_counter() - begin) * 1000)
        time.sleep(0.03)  # a fast typist: about thirty letters a second
        app.processEvents()
    ready = time.perf_counter() - start
    timer.stop()
    work.stop()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    return {
        "ready_ms": round(ready * 1000, 1),
        "stall_ms": round(max(gaps, default=0.0), 1),
        "typed meanwhile": _figures(times or [0.0]),
    }


def _figures(times: list[float]) -> dict[str, Any]:
    ordered = sorted(times)
    return {
        "keystrokes": len(times),
        "p50": round(statistics.median(ordered), 2),
        "p95": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 2),
        "max": round(ordered[-1], 2),
    }


def make_10k_pack(folder: Path) -> Path:
    """Make and import the seeded 10k pack; return its database file."""
    pack = folder / "10k.json"
    subprocess.run([sys.executable, str(HERE / "make_pack.py"), str(pack)], check=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BORDERDESK_USER_DIR=str(folder / "u"))
    env.update(HOME=str(folder), XDG_CONFIG_HOME=str(folder / "config"))
    command = [str(BIN / "borderdesk"), "import-pack", str(pack), "--name", "10k"]
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return folder / "u" / "data" / "packs" / "10k.sqlite"


def report(label: str, figures: dict[str, Any]) -> None:
    """Print one data set's figures."""
    print(
        f"{label}: {figures['items']} items; tree built in {figures['tree_ms']} ms, its names"
        f" in every language gathered and indexed in {figures['prepare_ms']} ms"
    )
    off = figures["off thread"]
    meanwhile = off["typed meanwhile"]
    print(
        f"  off the window's thread (as the window does it): names in after {off['ready_ms']} ms;"
        f" the window thread's longest stall meanwhile {off['stall_ms']} ms;"
        f" {meanwhile['keystrokes']} keystrokes typed meanwhile: p95 {meanwhile['p95']} ms,"
        f" max {meanwhile['max']} ms"
    )
    rows = [f"{name} {part}" for part in ("model", "panel") for name in ("search", "plain")]
    for name in [*rows, "same rows panel"]:
        f = figures[name]
        print(
            f"  {name:12} {f['keystrokes']} keystrokes: p50 {f['p50']} ms, p95 {f['p95']} ms,"
            f" max {f['max']} ms"
        )


def main() -> None:
    """Measure on the bundled data, then on the 10k pack."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a pack's database instead of making the 10k")
    parser.add_argument("--bundled-only", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:  # one data set in a fresh process
        import json

        db = None if str(args.child) == "-" else args.child
        figures = measure(db)
        figures["off thread"] = measure_off_thread(db)
        print(json.dumps(figures))
        return
    sets: list[tuple[str, str]] = [("bundled data", "-")]
    with tempfile.TemporaryDirectory() as folder:
        if not args.bundled_only:
            db = args.db or make_10k_pack(Path(folder))
            sets.append(("10k pack", str(db)))
        for label, db_arg in sets:
            import json

            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            out = subprocess.run(
                [sys.executable, __file__, "--child", db_arg],
                check=True,
                env=env,
                capture_output=True,
                text=True,
            ).stdout
            report(label, json.loads(out.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
