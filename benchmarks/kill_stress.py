"""Kill -9 a process that saves notes, again and again; then count what was lost or set aside.

Each run starts a worker that saves notes and prints "ack ..." only after each commit returned.
Half the runs save notes one at a time (with a backup every 25); the other half import notes
files large enough that their transaction spills to the database file before it commits, and
after 0 to 2 committed imports are killed right after the next "begin" (mid-transaction,
leaving a hot journal). After every kill the
notes are opened as BorderDesk opens them at start (``open_user_data``), and:

- every acknowledged note of every run so far must be there (committed notes lost),
- nothing may have been set aside as damaged (sound files set aside: ``*.corrupt-*``),
- ``integrity_check`` must pass.

Every ``--lock-every`` runs, before that opening, another process holds an exclusive lock on
the notes file for 5.5 to 8 s (longer than a save waits); the last run holds it longer than the
start waits, which must leave the file alone. Prints the figures; exit 1 unless all are 0.

    python benchmarks/kill_stress.py [--runs 200] [--lock-every 10] [--folder DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

WORKER = r"""
import json, sys
from datetime import UTC, datetime
from pathlib import Path
from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import Conflict
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.backups import refresh_backup
from borderdesk.data.userdb.repository import open_user_data

folders = UserFolders.under(Path(sys.argv[1]))
run, mode = sys.argv[2], sys.argv[3]
repository = open_user_data(folders)
print("ready", flush=True)
if mode == "notes":
    for n in range(100000):
        ref = ItemRef.from_string(f"topic:r{run}-{n}")
        repository.set_note(ref, f"note {n} of run {run} " + "x" * (n % 500))
        if n % 3 == 0:
            repository.set_bookmark(ref, f"bookmark {n}", True)
        if n % 25 == 0:
            refresh_backup(folders.notes_db, folders.backups, datetime.now(UTC))
        print(f"ack {n}", flush=True)
else:  # big imports: each transaction writes more than SQLite's page cache holds
    for batch in range(1000):
        notes = [
            {"item": f"topic:r{run}-b{batch}-{n}", "text": f"imported {n} " + "y" * 3000}
            for n in range(int(sys.argv[4]))
        ]
        path = Path(sys.argv[1]) / f"batch-{run}.json"
        path.write_text(json.dumps(
            {"format": "borderdesk-notes", "format_version": 1, "notes": notes, "bookmarks": []}
        ))
        preview = repository.preview_import(path)
        print(f"begin {batch}", flush=True)
        repository.apply_import(preview, Conflict.KEEP)
        print(f"ack b{batch}", flush=True)
"""

HOLD_LOCK = r"""
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("ROLLBACK")
"""


@dataclass
class Figures:
    """What the runs found."""

    runs: int = 0
    acknowledged: set[str] = field(default_factory=set)
    lost: int = 0
    set_aside: int = 0
    integrity_failures: int = 0
    hot_journals: int = 0
    mid_transaction_kills: int = 0
    lock_runs: int = 0
    lock_waits: list[float] = field(default_factory=list)
    left_alone: int = 0  # runs whose lock outlasted the start's wait: file left untouched


def one_run(folder: Path, run: int, mode: str, rng: random.Random, batch: int) -> set[str]:
    """Start a worker, kill it at a random moment; return the items it acknowledged."""
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(folder), str(run), mode, str(batch)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    if worker.stdout.readline().strip() != "ready":
        raise RuntimeError("the worker did not start")
    lines: list[str] = []
    if mode == "notes":
        time.sleep(rng.uniform(0.05, 0.6))
    else:  # let a few imports commit, then kill the next part-way through its transaction
        begun, wanted = 0, rng.randint(1, 3)
        while begun < wanted:
            line = worker.stdout.readline()
            lines.append(line)
            begun += line.startswith("begin")
        time.sleep(rng.uniform(0.0, 0.3))
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    lines += worker.stdout.read().splitlines()
    worker.stdout.close()
    acked: set[str] = set()
    for line in lines:
        if line.startswith("ack b"):
            number = line.split()[1][1:]
            acked |= {f"topic:r{run}-b{number}-{n}" for n in range(batch)}
        elif line.startswith("ack "):
            acked.add(f"topic:r{run}-{line.split()[1]}")
    return acked


def open_as_the_app(folder: Path) -> tuple[set[str], bool, str]:
    """Open the notes as BorderDesk does at start; return (items, writable, why not)."""
    from borderdesk.core.userdirs import UserFolders
    from borderdesk.data.userdb.repository import open_user_data

    repository = open_user_data(UserFolders.under(folder))
    try:
        report = repository.report
        return (
            {n.ref.to_string() for n in repository.notes()},
            report.writable,
            report.read_only_reason,
        )
    finally:
        repository.close()


def integrity_ok(database: Path) -> bool:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def hold_lock(database: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(database), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    if holder.stdout.readline().strip() != "locked":
        raise RuntimeError("the lock holder did not start")
    return holder


def check_after(folder: Path, figures: Figures, lock_for: float | None) -> None:
    """Open the notes as the app does (optionally while locked) and count what went wrong."""
    database = folder / "data" / "userdata.sqlite"
    journal = database.with_name("userdata.sqlite-journal")
    figures.hot_journals += journal.exists() and journal.stat().st_size > 0
    holder = hold_lock(database, lock_for) if lock_for is not None else None
    started = time.monotonic()
    try:
        found, writable, why_not = open_as_the_app(folder)
    finally:
        if holder is not None:
            holder.kill()
            holder.wait()
            if holder.stdout is not None:
                holder.stdout.close()
    if lock_for is not None:
        figures.lock_runs += 1
        figures.lock_waits.append(time.monotonic() - started)
        if not writable:
            figures.left_alone += "locked" in why_not
            found, writable, why_not = open_as_the_app(folder)  # the lock is gone now
    figures.set_aside = len(list((folder / "data").glob("*.corrupt-*")))
    figures.integrity_failures += not integrity_ok(database)
    figures.lost = len(figures.acknowledged - found)


def main() -> int:
    """Run the stress test and print the figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--lock-every", type=int, default=10, help="0: no lock runs")
    parser.add_argument("--batch", type=int, default=900, help="notes per imported file")
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="borderdesk-kill-"))
    rng = random.Random(args.seed)
    figures = Figures()
    started = time.monotonic()
    for run in range(args.runs):
        mode = "notes" if run % 2 == 0 else "import"
        figures.acknowledged |= one_run(folder, run, mode, rng, args.batch)
        figures.mid_transaction_kills += mode == "import"
        lock_for = None
        if args.lock_every and run % args.lock_every == args.lock_every - 1:
            last = run + args.lock_every >= args.runs
            lock_for = 14.0 if last else rng.uniform(5.5, 8.0)
        check_after(folder, figures, lock_for)
        figures.runs += 1
    waits = figures.lock_waits
    backups = folder / "data" / "backups"
    print(f"runs: {figures.runs} ({time.monotonic() - started:.0f} s), folder {folder}")
    print(f"kills mid-transaction (imports killed after 'begin'): {figures.mid_transaction_kills}")
    print(f"rollback journals left by the kills (SQLite rolls them back): {figures.hot_journals}")
    print(f"commits acknowledged: {len(figures.acknowledged)}")
    print(f"committed notes lost: {figures.lost}")
    print(f"sound files set aside: {figures.set_aside}")
    print(f"integrity_check failures: {figures.integrity_failures}")
    if waits:
        print(
            f"opened while another process held the lock: {figures.lock_runs} runs, waited "
            f"{min(waits):.1f}-{max(waits):.1f} s; lock outlasting the wait, file left alone: "
            f"{figures.left_alone}"
        )
    print(f"backups kept: {len(list(backups.glob('userdata-*.sqlite')))}")
    print(json.dumps({"lost": figures.lost, "set_aside": figures.set_aside, "runs": figures.runs}))
    bad = figures.lost or figures.set_aside or figures.integrity_failures
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
