"""Time ``borderdesk import-pack`` as a whole process for several checkouts, interleaved.

Each checkout is ``LABEL=SRC=PACK`` (its ``src`` folder and a pack it reads: an older
checkout may read an older pack format). Runs go round the checkouts in turn, each import
into a fresh user folder, and print the median wall and CPU time (seconds) of each, its
ratio to the first checkout, and the floor: a process that only reads the first pack's JSON.

Usage: .venv/bin/python benchmarks/import_speed.py [--runs N] LABEL=SRC=PACK ...
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run ``command``; return its wall and CPU (user + system) seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{command} failed: {done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    """Run the imports round-robin and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("checkouts", nargs="+", metavar="LABEL=SRC=PACK")
    args = parser.parse_args()
    checkouts = [tuple(text.split("=", 2)) for text in args.checkouts]
    times: dict[str, list[tuple[float, float]]] = {label: [] for label, _, _ in checkouts}
    times["floor"] = []
    first_pack = checkouts[0][2]
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(args.runs):
            for label, src, pack in checkouts:
                user = Path(scratch, "user")
                env = dict(os.environ, PYTHONPATH=src, BORDERDESK_USER_DIR=str(user))
                command = [sys.executable, "-m", "borderdesk", "import-pack", pack, "--name", "p"]
                times[label].append(timed(command, env))
                shutil.rmtree(user)
            read = f"import json; json.loads(open({first_pack!r}, 'rb').read())"
            times["floor"].append(timed([sys.executable, "-c", read], dict(os.environ)))
    base_wall = statistics.median(w for w, _ in times[checkouts[0][0]])
    base_cpu = statistics.median(c for _, c in times[checkouts[0][0]])
    print(f"{'':10} {'wall':>7} {'cpu':>7} {'x wall':>7} {'x cpu':>7}   runs (wall/cpu)")
    for label, runs in times.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        spread = " ".join(f"{w:.2f}/{c:.2f}" for w, c in runs)
        print(
            f"{label:10} {wall:7.2f} {cpu:7.2f} {base_wall / wall:7.2f} {base_cpu / cpu:7.2f}"
            f"   {spread}"
        )


if __name__ == "__main__":
    main()
