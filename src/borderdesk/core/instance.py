"""One BorderDesk at a time per user folder: a lock the operating system holds for the process.

The lock is an advisory lock on ``borderdesk.lock`` (``flock`` on Unix, a byte lock on Windows).
The kernel releases it when the process ends in any way, kill -9 included, so a crash never
leaves a lock that blocks the next start and a live process's lock is never taken as stale.
The holder writes its process id and role into the file: a window (which answers requests
from a second start, see ``core.requests``) or a command (which finishes soon).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from enum import StrEnum
from pathlib import Path

from borderdesk.core.i18n import translate
from borderdesk.core.record import frozen

POLL_S = 0.05
_WINDOWS_OFFSET = 1 << 30  # lock a byte far past the text, which others must still read


class Role(StrEnum):
    """What the process holding the lock is."""

    WINDOW = "window"
    COMMAND = "command"


@frozen
class Holder:
    """The process that holds the lock, as it wrote itself into the lock file."""

    pid: int
    role: Role | None  # None while the holder has not written its role yet

    def describe(self) -> str:
        """Return who holds the lock, in a user's words."""
        if self.role is Role.WINDOW:
            text = translate("App", "BorderDesk is open (process {pid})")
        elif self.role is Role.COMMAND:
            text = translate("App", "another BorderDesk command is running (process {pid})")
        else:
            text = translate("App", "another BorderDesk is starting (process {pid})")
        return text.format(pid=self.pid)


class InstanceLock:
    """The single-instance lock of one user folder; ``acquire`` it, ``release`` it at the end."""

    def __init__(self, path: Path, role: Role) -> None:
        self.path = path
        self.role = role
        self._handle: int | None = None

    @property
    def held(self) -> bool:
        """Tell whether this process holds the lock through this object."""
        return self._handle is not None

    def acquire(self, wait: float = 0.0) -> bool:
        """Take the lock, trying for up to ``wait`` seconds; return whether it is held.

        Raise OSError when no lock file can be made at all (a read-only folder).
        """
        deadline = time.monotonic() + wait
        while not self._try():
            if time.monotonic() >= deadline:
                return False
            time.sleep(POLL_S)
        return True

    def _try(self) -> bool:
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _lock(handle):
            os.close(handle)
            return False
        try:
            os.ftruncate(handle, 0)
            os.write(handle, f"{os.getpid()} {self.role.value}\n".encode())
        except OSError:
            pass  # the lock itself is what counts; the note in it only helps the message
        self._handle = handle
        return True

    def release(self) -> None:
        """Let go of the lock (the file stays: removing it would race the next holder)."""
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            os.ftruncate(handle, 0)
        _unlock(handle)
        os.close(handle)

    def holder(self) -> Holder | None:
        """Return who holds the lock as the file says, or None when nobody says so."""
        try:
            text = self.path.read_bytes()[:64].decode("ascii")
        except (OSError, UnicodeDecodeError):
            return None
        parts = text.split()
        if not parts or not parts[0].isdigit():
            return None
        try:
            role = Role(parts[1]) if len(parts) > 1 else None
        except ValueError:
            role = None
        return Holder(int(parts[0]), role)


def claim(path: Path, role: Role, wait: float) -> tuple[InstanceLock | None, Holder | None]:
    """Take the lock for ``role``: at once, or after a command that holds it ends.

    Return the lock and None; or None and who holds it, when that is a window (which keeps
    the lock until it closes) or a command still running after ``wait`` seconds. Where no
    lock file can be made at all (a read-only folder) the lock comes back unheld: that
    does not stop a start, which then finds it cannot save either.
    """
    lock = InstanceLock(path, role)
    deadline = time.monotonic() + wait
    try:
        while not lock.acquire():
            holder = lock.holder()
            if holder is not None and holder.role is Role.WINDOW:
                return None, holder
            if time.monotonic() >= deadline:
                return None, holder
            time.sleep(POLL_S * 2)
    except OSError:
        return lock, None
    return lock, None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: int) -> bool:
        os.lseek(handle, _WINDOWS_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(handle, 0, os.SEEK_SET)
        return True

    def _unlock(handle: int) -> None:
        os.lseek(handle, _WINDOWS_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: int) -> bool:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)
