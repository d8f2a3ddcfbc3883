"""A second start hands its wish to the running window as a small file in a watched folder.

Each request is a JSON file written beside its final name and renamed in, so the window never
reads half of one; the window deletes a request once it has read it, and that is the answer
the second start waits for. Files rather than a socket: BorderDesk never loads Qt's network
module (QLocalServer and QLocalSocket live there, and the offline checks forbid it), and a
named pipe blocks a writer when nobody reads it and does not exist on Windows. The folder is
the user's own, inside the data folder, like the notes.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from borderdesk.core.leftovers import temp_name
from borderdesk.core.record import frozen

SUFFIX = ".request"
MAX_BYTES = 65536  # a request is a few hundred bytes; anything bigger is not ours
ANSWER_WAIT_S = 15.0  # a second start waits this long for a busy window to take its request
STALE_AFTER_S = 30.0  # older requests are from a start that gave up: never acted on


@frozen
class Request:
    """What a second start asks of the running window: come to the front, open an item or a file."""

    item: str | None = None  # an item reference such as ``border:kz-ru``
    db: Path | None = None  # a dataset to open
    sent: float = 0.0  # time.time() when it was written


def send(folder: Path, request: Request, wait: float | None = None) -> bool:
    """Leave ``request`` for the window; return True once it was taken within ``wait`` seconds.

    ``wait`` is ANSWER_WAIT_S unless given. A request nobody took is removed again. Raise
    OSError if it cannot be written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    payload = {
        "item": request.item,
        "db": os.fsdecode(request.db) if request.db is not None else None,
        "sent": time.time(),
    }
    path = folder / f"{os.getpid()}-{time.time_ns()}{SUFFIX}"
    temp = folder / temp_name(path.name)
    try:
        temp.write_text(json.dumps(payload), encoding="utf-8")
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    deadline = time.monotonic() + (ANSWER_WAIT_S if wait is None else wait)
    while time.monotonic() < deadline:
        if not path.exists():
            return True
        time.sleep(0.05)
    try:
        path.unlink()
    except FileNotFoundError:
        return True  # taken at the last moment
    return False


def take(folder: Path, now: float | None = None) -> list[Request]:
    """Return the requests waiting in ``folder``, oldest first, and delete them.

    A request that is stale, unreadable or malformed is deleted without being acted on.
    """
    now = time.time() if now is None else now
    try:
        paths = sorted(folder.glob(f"*{SUFFIX}"), key=_order)
    except OSError:
        return []
    found = []
    for path in paths:
        request = _read(path)
        try:
            path.unlink()
        except OSError:
            continue  # another reader took it, or it cannot be removed: never act twice
        if request is not None and 0 <= now - request.sent <= STALE_AFTER_S:
            found.append(request)
    return found


def _order(path: Path) -> tuple[int, str]:
    stem = path.name.removesuffix(SUFFIX)
    _, _, stamp = stem.partition("-")
    return (int(stamp) if stamp.isdigit() else 0, path.name)


def _read(path: Path) -> Request | None:
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(value, dict):
        return None
    item, db, sent = value.get("item"), value.get("db"), value.get("sent")
    if not (item is None or isinstance(item, str)) or not (db is None or isinstance(db, str)):
        return None
    if isinstance(sent, bool) or not isinstance(sent, int | float):
        return None
    return Request(item, Path(db) if db else None, float(sent))
