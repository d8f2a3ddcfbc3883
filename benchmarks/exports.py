"""Time the export commands as a user runs them: whole processes, against an import floor.

Each command runs in a fresh process (``borderdesk export-chart …`` and the others, offscreen,
into a temporary folder); the floor is ``python -c "import PySide6.QtGui, pyqtgraph"``, what
any of them must at least load. Runs are interleaved so machine noise hits all alike; the
medians and each command's ratio to the floor are printed, of the wall time and of the CPU time
(user + system) of the process: on a machine shared with other work the CPU time's ratio moves
less from run to run than the wall time's. BorderDesk runs numpy on one thread
(``OPENBLAS_NUM_THREADS=1``), and the plain floor's CPU time includes OpenBLAS's pool (some 100
ms on another core, none of its wall time): the CPU ratios are to the same import with numpy
on one thread, measured alongside. The targets are held to the wall-time ratio.

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


def run_once(name: str, baseline: Path | None, out: Path) -> tuple[float, float]:
    """Run one command (or the floor) in a fresh process; return its wall and CPU seconds."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.setdefault("BORDERDESK_USER_DIR", str(out / "user"))
    if name in ("floor", "floor1"):
        command = FLOOR
        if name == "floor1":  # numpy on one thread, as BorderDesk runs it
            env["OPENBLAS_NUM_THREADS"] = "1"
    else:
        if baseline is not None:
            env["PYTHONPATH"] = str(baseline)
        command = [str(BIN / "borderdesk"), *(a.format(out=out) for a in COMMANDS[name])]
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: it never fills and blocks
        start = time.monotonic()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _pid, status, usage = os.wait4(process.pid, 0)  # this child's own CPU time
        wall = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            problem = errors.read().decode(errors="replace").strip()
            raise SystemExit(f"{name} failed (exit code {process.returncode}): {problem}")
    return wall, usage.ru_utime + usage.ru_stime


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
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        floors: list[tuple[str, Path | None]] = [("floor", None), ("floor1", None)]
        for name, base in [*floors, *variants]:  # warm the file cache, not counted
            run_once(name, base, out)
        for _ in range(args.runs):
            for name, base in [*floors, *variants]:
                label = (name, "@base" if base is not None else "")
                times.setdefault(label, []).append(run_once(name, base, out))

    def median(label: tuple[str, str], which: int) -> float:
        return statistics.median(run[which] for run in times[label])

    floor, floor_cpu = median(("floor", ""), 0), median(("floor", ""), 1)
    floor1, floor1_cpu = median(("floor1", ""), 0), median(("floor1", ""), 1)
    print(f"exports, median of {args.runs} interleaved runs (whole processes, offscreen):")
    print(f"  {'':<42} {'wall':>6}  {'ratio':>11}   {'CPU':>6}  {'ratio':>11}")
    print(
        f"  {'floor (import PySide6.QtGui, pyqtgraph)':<42} {floor * 1000:6.0f} ms"
        f"{'':14}{floor_cpu * 1000:6.0f} ms"
    )
    print(
        f"  {'the same, numpy on one thread (CPU floor)':<42} {floor1 * 1000:6.0f} ms"
        f"{'':14}{floor1_cpu * 1000:6.0f} ms"
    )
    for name in names:
        target = 2.0 if name in HANDOUTS else 1.5
        for suffix in ("", "@base"):
            if (name, suffix) not in times:
                continue
            wall, cpu = median((name, suffix), 0), median((name, suffix), 1)
            label = f"{name}{suffix}"
            print(
                f"  {label:<42} {wall * 1000:6.0f} ms  {wall / floor:5.2f}x floor"
                f"  {cpu * 1000:6.0f} ms  {cpu / floor1_cpu:5.2f}x floor  (target <= {target}x)"
            )


if __name__ == "__main__":
    main()
