"""Time the export commands as a user runs them: whole processes, against an import floor.

Each command runs in a fresh process (``borderdesk export-chart …`` and the others, offscreen,
into a temporary folder); the floor is ``python -c "import PySide6.QtGui, pyqtgraph"``, what
any of them must at least load. Runs are interleaved so machine noise hits all alike; the
medians and each command's ratio to the floor are printed.

Targets (issue "Fast for real"): every export <= 1.5x the floor, handouts <= 2x.
``--baseline SRC`` runs each command a second time from another checkout's ``src`` folder
(marked ``@base``), for before and after figures from the same run.

Usage: .venv/bin/python benchmarks/exports.py [--runs N] [--baseline SRC]
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

BIN = Path(sys.executable).parent
FLOOR = [sys.executable, "-c", "import PySide6.QtGui, pyqtgraph"]
COMMANDS: dict[str, list[str]] = {
    "chart png 1080p": ["export-chart", "{out}/chart.png"],
    "chart png 4k": ["export-chart", "{out}/chart4k.png", "--preset", "4k"],
    "chart svg": ["export-chart", "{out}/chart.svg"],
    "chart pdf a4": ["export-chart", "{out}/chart.pdf", "--preset", "a4-landscape"],
    "map png 4k": ["export-map", "{out}/map.png", "--preset", "4k", "--highlight", "kz-cn"],
    "map svg": ["export-map", "{out}/map.svg"],
    "map pdf a4": ["export-map", "{out}/map.pdf", "--preset", "a4-portrait"],
    "handout border": ["handout", "{out}/one.pdf", "--item", "border:kz-ru"],
    "handout --all": ["handout", "{out}/all.pdf", "--all"],
}
HANDOUTS = ("handout border", "handout --all")


def run_once(name: str, baseline: Path | None, out: Path) -> float:
    """Run one command (or the floor) in a fresh process; return its wall time in seconds."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("BORDERDESK_USER_DIR", str(out / "user"))
    if name == "floor":
        command = FLOOR
    else:
        if baseline is not None:
            env["PYTHONPATH"] = str(baseline)
        command = [str(BIN / "borderdesk"), *(a.format(out=out) for a in COMMANDS[name])]
    start = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=600)
    return time.monotonic() - start


def main() -> None:
    """Run the floor and every command several times, interleaved; print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, metavar="SRC", help="another checkout's src/")
    parser.add_argument("--only", action="append", help="a command to time (repeatable)")
    args = parser.parse_args()
    names = args.only or list(COMMANDS)
    variants = [(name, None) for name in names]
    if args.baseline is not None:
        variants += [(name, args.baseline) for name in names]
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for name, base in [("floor", None), *variants]:  # warm the file cache, not counted
            run_once(name, base, out)
        for _ in range(args.runs):
            for name, base in [("floor", None), *variants]:
                label = (name, "@base" if base is not None else "")
                times.setdefault(label, []).append(run_once(name, base, out))
    floor = statistics.median(times["floor", ""])
    print(f"exports, median of {args.runs} interleaved runs (whole processes, offscreen):")
    print(f"  {'floor (import PySide6.QtGui, pyqtgraph)':<42} {floor * 1000:6.0f} ms")
    for name in names:
        target = 2.0 if name in HANDOUTS else 1.5
        for suffix in ("", "@base"):
            if (name, suffix) not in times:
                continue
            value = statistics.median(times[name, suffix])
            label = f"{name}{suffix}"
            print(
                f"  {label:<42} {value * 1000:6.0f} ms  {value / floor:5.2f}x floor"
                f"  (target <= {target}x)"
            )


if __name__ == "__main__":
    main()
