"""A native crash leaves its traceback in a local file; the next start offers to show it."""

from __future__ import annotations

import faulthandler
import time
from pathlib import Path
from typing import IO

_open_file: IO[str] | None = None


def take_previous(crash_log: Path) -> tuple[Path, str] | None:
    """Move a crash log left by the last run aside; return (where it went, its text)."""
    try:
        text = crash_log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not text.strip():
        return None
    kept = crash_log.with_name(f"crash-{time.strftime('%Y%m%d-%H%M%S')}.log")
    try:
        crash_log.replace(kept)
    except OSError:
        return None
    return kept, text


def enable(crash_log: Path) -> bool:
    """Send the traceback of a native crash (segfault, abort) to ``crash_log``."""
    global _open_file  # one handler per process; the file must stay open for it
    try:
        crash_log.parent.mkdir(parents=True, exist_ok=True)
        _open_file = crash_log.open("w", encoding="utf-8")
    except OSError:
        return False
    faulthandler.enable(file=_open_file, all_threads=True)
    return True


def disable(crash_log: Path) -> None:
    """At a clean exit: stop the handler and remove the empty log."""
    global _open_file
    if _open_file is None:
        return
    faulthandler.disable()
    _open_file.close()
    _open_file = None
    try:
        if crash_log.stat().st_size == 0:
            crash_log.unlink()
    except OSError:
        pass
