"""Name BorderDesk's temporary files and folders, and sweep away those a killed run left.

A temporary name says whose it is and which process made it: ``.NAME~bdPID-RANDOM.part`` for
a file written beside its final name, ``.import~bdPID-RANDOM`` for a pack being built. A
leftover is stale when the process that made it has ended (and it is older than a minute, in
case another machine shares the folder) or when it is older than a day, which no write takes.
Sweeping looks only at the folder's own entries, removes only names of exactly these shapes
that are plain files (folders for imports, never through a symbolic link) owned by the user,
and leaves everything else in the folder alone. Names of earlier versions (``.NAME-RANDOM.part``,
``.import-RANDOM``, carrying no process id) are swept by age only, and only where asked.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

MARK = "~bd"
GONE_AFTER_S = 60.0  # the writer's process has ended: its file is stale after this long
ABANDONED_AFTER_S = 86400.0  # whatever the process id says, no write takes a day
_RANDOM = "[a-z0-9_]{8}"  # what tempfile adds
_PID = r"~bd(?P<pid>\d{1,10})-"
Kind = Callable[[int], bool]
_OURS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (re.compile(rf"\.[\s\S]{{0,255}}{_PID}{_RANDOM}\.part"), stat.S_ISREG),
    (re.compile(rf"\.import{_PID}{_RANDOM}"), stat.S_ISDIR),
    (re.compile(rf"\.(?:settings-)?probe{_PID}{_RANDOM}"), stat.S_ISREG),
)
_EARLIER: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (re.compile(rf"\.[\s\S]{{1,40}}-{_RANDOM}\.part"), stat.S_ISREG),
    (re.compile(rf"\.import-{_RANDOM}"), stat.S_ISDIR),
    (re.compile(rf"\.(?:settings-)?probe-{_RANDOM}"), stat.S_ISREG),
)


def temp_prefix(name: str, limit: int = 40) -> str:
    """Return the prefix of a temporary file beside ``name`` (``tempfile`` adds the rest)."""
    return f".{name[:limit]}{MARK}{os.getpid()}-"


def temp_name(name: str) -> str:
    """Return a fresh temporary name beside ``name``, of the shape the sweep recognises."""
    token = "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(8))
    return f"{temp_prefix(name)}{token}.part"


def folder_prefix(kind: str) -> str:
    """Return the prefix of a temporary folder or probe file (``import``, ``probe``, ...)."""
    return f".{kind}{MARK}{os.getpid()}-"


def sweep(
    folder: Path,
    *,
    old_names: bool = False,
    now: float | None = None,
    earlier: Callable[[str], bool] | None = None,
) -> list[Path]:
    """Remove the stale leftovers in ``folder`` (not below it); return what was removed.

    ``old_names`` also removes earlier versions' leftovers older than a day: only for folders
    that are BorderDesk's own (``earlier`` picks which of those names may go instead).
    Nothing that cannot be removed stops anything.
    """
    if earlier is None:
        earlier = _every if old_names else _none
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        path = Path(entry.path)
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not _ours(info) or not _stale(entry.name, info.st_mode, now - info.st_mtime, earlier):
            continue
        try:
            if stat.S_ISDIR(info.st_mode):
                shutil.rmtree(path)
            elif stat.S_ISREG(info.st_mode):
                path.unlink()
            else:
                continue
        except OSError:
            continue
        removed.append(path)
    return removed


def sweep_folders(own: Iterable[Path], others: Iterable[Path] = ()) -> list[Path]:
    """Sweep BorderDesk's own folders (earlier versions' names too) and ``others`` (ours only)."""
    # No earlier version wrote ".NAME-RANDOM.part" files into its own folders: such a name
    # there is not known to be ours (BORDERDESK_USER_DIR may be any folder), so it stays.
    removed = [path for folder in own for path in sweep(folder, earlier=_not_a_part_file)]
    return removed + [path for folder in others for path in sweep(folder)]


def sweep_beside(target: Path, *, now: float | None = None) -> list[Path]:
    """Sweep ``target``'s folder, and earlier versions' temporary files of ``target`` itself."""
    prefix = f".{target.name[:40]}-"
    earlier = len(prefix) + len("abcdefgh.part")
    return sweep(
        target.parent,
        now=now,
        earlier=lambda name: name.startswith(prefix) and len(name) == earlier,
    )


def _stale(name: str, mode: int, age: float, earlier: Callable[[str], bool]) -> bool:
    for pattern, kind in _OURS:
        match = pattern.fullmatch(name)
        if match is not None and kind(mode):
            if age > ABANDONED_AFTER_S:
                return True
            return age > GONE_AFTER_S and not _alive(int(match.group("pid")))
    if age <= ABANDONED_AFTER_S or not earlier(name):
        return False
    return any(pattern.fullmatch(name) and kind(mode) for pattern, kind in _EARLIER)


def _ours(info: os.stat_result) -> bool:
    getuid = getattr(os, "getuid", None)
    return getuid is None or info.st_uid == getuid()


def _alive(pid: int) -> bool:
    """Tell whether a process is running (on Windows, where asking is not harmless: assume so)."""
    if sys.platform == "win32" or pid <= 0:
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _every(_name: str) -> bool:
    return True


def _none(_name: str) -> bool:
    return False


def _not_a_part_file(name: str) -> bool:
    return not name.endswith(".part")
