"""Time what a reader does in the window on a large pack: how long the window stands still.

Opens the real main window (offscreen) on a data pack's database, waits until it has loaded,
then does what a reader does, one action at a time: choose a border, the grid, the lengths
by source, the overview; move the date back and to today; switch the language to Russian and
back; type a search and clear it; show the chart's table. For each it prints how long the
call took, how long until everything it set off was shown, and the longest time the event
loop stood still meanwhile (target: the window never stalls over 100 ms). Each checkout runs
in its own process; ``--baseline SRC`` runs the same with another checkout's ``src`` (an
earlier commit) first, for before and after figures from the same run.

Make a pack with ``benchmarks/big_pack.py --keep DIR`` (its databases are in
``DIR/user-10k/data/packs/10k.sqlite`` and ``DIR/user-limit/data/packs/limit.sqlite``).

Usage: .venv/bin/python benchmarks/window_actions.py DB [--baseline SRC]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

SETTLE_S = 0.3  # an action is over once nothing has been pending for this long
LIMIT_S = 60.0


def child(db: Path) -> list[tuple[str, float, float, float]]:
    """Do every action in a window on ``db``; return (name, call, settled, longest stall)."""
    from borderdesk.gui.qtapp import ensure_application

    app = ensure_application(headless=True)
    from borderdesk.core.language import Language
    from borderdesk.core.model import ItemRef
    from borderdesk.data.store import open_store
    from borderdesk.gui.settings import Settings
    from borderdesk.gui.window.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    window = MainWindow(open_store(db), Settings(folder / "settings.ini"))
    window.resize(1280, 800)
    window.show()

    def busy() -> bool:
        pending = [window.first_load.background.busy]
        pending.append(bool(getattr(window.detail_pane, "reading", False)))
        reads = getattr(window, "_large_reads", None)  # earlier checkouts have none
        pending.append(reads is not None and reads.busy)
        return any(pending)

    def settle(ready: Callable[[], bool]) -> tuple[float, float]:
        start = last = quiet = time.monotonic()
        longest = 0.0
        while True:
            app.processEvents()
            now = time.monotonic()
            longest, last = max(longest, now - last), now
            if not (ready() and not busy()):
                quiet = now
            if now - quiet > SETTLE_S or now - start > LIMIT_S:
                return quiet - start, longest
            time.sleep(0.002)

    results = []

    def act(name: str, do: Callable[[], Any], ready: Callable[[], bool] = lambda: True) -> None:
        start = time.monotonic()
        do()
        call = time.monotonic() - start
        settled, longest = settle(ready)
        results.append((name, call, call + settled, max(call, longest)))

    def select(text: str) -> None:
        ref = ItemRef.from_string(text)
        act(f"choose {text}", lambda: window.selection.select(ref))

    act("first load", lambda: None, lambda: window.first_load.page_ready and bool(window.chart))
    for text in ("border:kz-ru", "comparison:grid", "comparison:lengths", "overview:kazakhstan"):
        select(text)
    act("date 1 June 2010", lambda: window.as_of.set_date(date(2010, 6, 1)))
    act("date today", window.as_of.reset)
    languages = window.language_manager
    act("language Russian", lambda: languages.set_language(Language.RU))
    act("language English", lambda: languages.set_language(Language.EN))
    act("search 'sur'", lambda: window.navigation.search_box.setText("sur"))
    act("search cleared", lambda: window.navigation.search_box.setText(""))
    window.close()
    return results


def run(db: Path, src: Path | None) -> list[list[Any]]:
    """Run the child in a fresh process (with ``src`` first on the path, if given)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if src is not None:
        env["PYTHONPATH"] = str(src)
    done = subprocess.run(
        [sys.executable, __file__, str(db), "--child"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    result: list[list[Any]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Print each action's figures, with the baseline's beside them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--baseline", type=Path, metavar="SRC", help="another checkout's src/")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.db)))
        return
    base = run(args.db, args.baseline) if args.baseline is not None else None
    now = run(args.db, None)
    print(f"window actions on {args.db.name} (ms: call, until shown, longest stall; target 100)")
    for index, (name, call, shown, stall) in enumerate(now):
        line = f"  {name:28s} {call * 1000:6.0f} {shown * 1000:7.0f} {stall * 1000:6.0f}"
        if base is not None:
            _, b_call, b_shown, b_stall = base[index]
            line += f"   @base {b_call * 1000:6.0f} {b_shown * 1000:7.0f} {b_stall * 1000:6.0f}"
        print(line)


if __name__ == "__main__":
    main()
