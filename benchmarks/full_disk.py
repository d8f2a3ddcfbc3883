"""Run every command that writes a file on a full disk, at several fill levels, and count harm.

For each writer (chart and map in PNG, SVG and PDF, an A4 chart, handouts, a quiz, a data pack,
the notes file) the file is first written with room to spare, to learn its size. Then, on a tmpfs,
an earlier good file is put in place, the disk is filled until only a fraction of the new
file's size is left (0%, 10%, 50%, 90%, 99%), and the command is run as a user runs it.
Counted per case: the exit code, whether it claimed success ("wrote"), files left beside the
target (partial or temporary), and whether the earlier file changed by a single byte.

Needs root (it mounts a tmpfs). Prints a table and the totals.

Usage: sudo .venv/bin/python benchmarks/full_disk.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

OLD = b"the earlier, good file\n" * 40
FRACTIONS = (0.0, 0.1, 0.5, 0.9, 0.99)
WRITERS = {
    "export-chart PNG": ("chart.png", ["export-chart", "{out}"]),
    "export-chart SVG": ("chart.svg", ["export-chart", "{out}"]),
    "export-chart PDF": ("chart.pdf", ["export-chart", "{out}"]),
    "export-chart A4 PDF": ("a4.pdf", ["export-chart", "{out}", "--preset", "a4-landscape"]),
    "export-map PNG": ("map.png", ["export-map", "{out}"]),
    "export-map SVG": ("map.svg", ["export-map", "{out}"]),
    "export-map PDF": ("map.pdf", ["export-map", "{out}"]),
    "handout --all": ("handout.pdf", ["handout", "{out}", "--all"]),
    "quiz": ("quiz.pdf", ["quiz", "{out}", "--questions", "10", "--seed", "7"]),
    "export-data": ("pack.json", ["export-data", "{out}"]),
    "export-notes": ("notes.json", ["export-notes", "{out}"]),
}


def run(args: list[str], out: Path, user: Path) -> subprocess.CompletedProcess[str]:
    """Run one writer, as a user would, with its output at ``out``."""
    argv = [str(out) if arg == "{out}" else arg for arg in args]
    return subprocess.run(
        [sys.executable, "-m", "borderdesk", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "BORDERDESK_USER_DIR": str(user)},
        timeout=300,
        check=False,
    )


def give_notes(user: Path) -> None:
    """Write some notes, so the notes file has a size worth filling a disk for."""
    code = (
        "import sys; from pathlib import Path\n"
        "from borderdesk.core.model import ItemRef\n"
        "from borderdesk.core.userdirs import UserFolders\n"
        "from borderdesk.data.userdb.repository import open_user_data\n"
        "r = open_user_data(UserFolders.under(Path(sys.argv[1])))\n"
        "for n in range(40):\n"
        "    r.set_note(ItemRef.from_string(f'topic:t{n}'), f'note {n} ' + 'x' * 2000)\n"
        "r.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(user)], check=True)


def leave_free(folder: Path, room: int) -> None:
    """Fill the file system under ``folder`` until about ``room`` bytes are left."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    (folder / "ballast").write_bytes(b"\0" * max(0, free - room))


def main() -> int:
    """Measure, then run every case on a tmpfs; print the table and totals."""
    if os.geteuid() != 0:
        print("full_disk.py mounts a tmpfs: run it as root")
        return 2
    work = Path(tempfile.mkdtemp(prefix="borderdesk-full-disk-"))
    user = work / "user"
    give_notes(user)
    sizes = {}
    for name, (file_name, args) in WRITERS.items():
        result = run(args, work / file_name, user)
        if result.returncode != 0:
            print(f"{name}: fails even with room: {result.stderr.strip()}")
            return 1
        sizes[name] = (work / file_name).stat().st_size
    disk = work / "disk"
    disk.mkdir()
    capacity = max(sizes.values()) + 256 * 1024
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={capacity}", "tmpfs", str(disk)], check=True
    )
    totals = {"cases": 0, "exit 0": 0, "said wrote": 0, "files left": 0, "old changed": 0}
    print(f"{'writer':22} {'size':>9}  {'room':>5}  exit  wrote  left  old changed")
    try:
        for name, (file_name, args) in WRITERS.items():
            for fraction in FRACTIONS:
                for path in disk.iterdir():
                    path.unlink()
                target = disk / file_name
                target.write_bytes(OLD)
                leave_free(disk, int(sizes[name] * fraction))
                result = run(args, target, user)
                left = sorted(set(os.listdir(disk)) - {"ballast", file_name})
                changed = target.read_bytes() != OLD
                said = "wrote" in result.stdout
                totals["cases"] += 1
                totals["exit 0"] += result.returncode == 0
                totals["said wrote"] += said
                totals["files left"] += len(left)
                totals["old changed"] += changed
                print(
                    f"{name:22} {sizes[name]:>9,}  {fraction:>5.0%}  {result.returncode:>4}"
                    f"  {'yes' if said else 'no':>5}  {len(left):>4}  {'YES' if changed else 'no'}"
                )
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
    print()
    print(", ".join(f"{key}: {value}" for key, value in totals.items()))
    harmed = totals["exit 0"] + totals["said wrote"] + totals["files left"] + totals["old changed"]
    return 0 if harmed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
