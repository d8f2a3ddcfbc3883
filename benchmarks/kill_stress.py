"""Kill -9 a process that saves notes, again and again; then count what was lost.

Each run starts a worker that commits notes and bookmarks one at a time and prints "ack N"
only after each commit returned. The worker is killed with SIGKILL at a random moment. After
every run the notes database is checked (``integrity_check``) and every acknowledged note of
every run so far must be there. Prints: runs, commits acknowledged, found, lost, integrity
failures, and how many runs took a backup while being killed.

    python benchmarks/kill_stress.py [--runs 200] [--folder DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

WORKER = r"""
import sys
from datetime import UTC, datetime
from pathlib import Path
from borderdesk.core.model import ItemRef
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.backups import refresh_backup
from borderdesk.data.userdb.repository import open_user_data

folders = UserFolders.under(Path(sys.argv[1]))
run = sys.argv[2]
repository = open_user_data(folders)
print("ready", flush=True)
for n in range(100000):
    ref = ItemRef.from_string(f"topic:r{run}-{n}")
    repository.set_note(ref, f"note {n} of run {run} " + "x" * (n % 500))
    if n % 3 == 0:
        repository.set_bookmark(ref, f"bookmark {n}", True)
    if n % 25 == 0:
        refresh_backup(folders.notes_db, folders.backups, datetime.now(UTC))
    print(f"ack {n}", flush=True)
"""


def one_run(folder: Path, run: int, rng: random.Random) -> set[str]:
    """Start a worker, kill it at a random moment; return the items it acknowledged."""
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(folder), str(run)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    if worker.stdout.readline().strip() != "ready":
        raise RuntimeError("the worker did not start")
    deadline = time.monotonic() + rng.uniform(0.0, 0.25)
    acked: set[str] = set()
    os.set_blocking(worker.stdout.fileno(), False)
    while time.monotonic() < deadline:
        time.sleep(0.001)
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    os.set_blocking(worker.stdout.fileno(), True)
    for line in worker.stdout.read().splitlines():
        if line.startswith("ack "):
            acked.add(f"topic:r{run}-{line.split()[1]}")
    return acked


def check(database: Path) -> tuple[bool, set[str]]:
    """Return (integrity ok, items with a note), opening it as the app does.

    A kill can leave a hot journal: the next opener rolls the unfinished transaction back,
    which needs a read-write connection (as the app's own).
    """
    with closing(sqlite3.connect(database)) as connection:
        ok = connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        items = {row[0] for row in connection.execute("SELECT item FROM notes")}
    return ok, items


def main() -> int:
    """Run the stress test and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="borderdesk-kill-"))
    rng = random.Random(args.seed)
    acknowledged: set[str] = set()
    failures = lost = 0
    database = folder / "data" / "userdata.sqlite"
    started = time.monotonic()
    for run in range(args.runs):
        acknowledged |= one_run(folder, run, rng)
        ok, found = check(database)
        failures += not ok
        lost = len(acknowledged - found)
    backups = len(list((folder / "data" / "backups").glob("userdata-*.sqlite")))
    partial = len(list((folder / "data" / "backups").glob(".*.partial")))
    print(f"runs: {args.runs} (kill -9 at a random moment, {time.monotonic() - started:.0f} s)")
    print(f"commits acknowledged: {len(acknowledged)}")
    print(f"commits found after all runs: {len(acknowledged & check(database)[1])}")
    print(f"commits lost: {lost}")
    print(f"integrity_check failures: {failures}")
    print(f"backups kept: {backups}; partial backup files left by kills: {partial}")
    return 0 if lost == 0 and failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
