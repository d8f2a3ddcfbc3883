"""Open a file the user named for reading, but only a regular file, and hash it in chunks.

A named pipe (FIFO) blocks the reader until someone writes to it, a device such as
``/dev/zero`` never ends, a socket cannot be opened at all: none of them is a file BorderDesk
reads. The file is looked at before it is opened, then opened without blocking and looked at
again, so nothing swapped in between is read either.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
from pathlib import Path

from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate

_KINDS = (  # in English; a message translates them in the "Files" context
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Files", "a folder")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Files", "a named pipe (FIFO)")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Files", "a character device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Files", "a block device")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Files", "a socket")),
)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # opening a FIFO for reading waits for a writer
_BINARY = getattr(os, "O_BINARY", 0)


class NotRegularFileError(OSError):
    """The path names something that is not a regular file; ``kind`` says what it is."""

    def __init__(self, path: Path, kind: str) -> None:
        self.kind = kind
        super().__init__(f"{kind}, not a regular file")
        self.filename = os.fspath(path)

    @property
    def problem(self) -> str:
        """Return what a message says: ``is a named pipe (FIFO), not a regular file``."""
        text = translate("Files", "is {kind}, not a regular file")
        return text.format(kind=translate("Files", self.kind))


def kind_of(mode: int) -> str | None:
    """Return what a non-regular file is (``a named pipe (FIFO)``); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    other = QT_TRANSLATE_NOOP("Files", "not a regular file")
    return next((name for test, name in _KINDS if test(mode)), other)


def check_regular(path: Path) -> os.stat_result:
    """Return the file's status; raise NotRegularFileError for a FIFO, device, socket or folder.

    Raise OSError (FileNotFoundError, PermissionError, ...) when it cannot be looked at.
    """
    status = os.stat(path)
    kind = kind_of(status.st_mode)
    if kind is not None:
        raise NotRegularFileError(path, kind)
    return status


def open_regular(path: Path) -> io.BufferedReader:
    """Open a regular file for reading in binary; never wait on a FIFO or read a device."""
    check_regular(path)
    handle = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    try:
        kind = kind_of(os.fstat(handle).st_mode)
        if kind is not None:  # swapped for something else since it was looked at
            raise NotRegularFileError(path, kind)
        if _NONBLOCK:
            os.set_blocking(handle, True)
        return io.BufferedReader(io.FileIO(handle, "rb"))
    except BaseException:
        os.close(handle)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """Return at most ``limit`` + 1 bytes of a regular file (one more tells it is too big)."""
    with open_regular(path) as file:
        return file.read(limit + 1)


def sha256_file(path: Path) -> str:
    """Return the hex SHA-256 of a regular file, read in chunks (memory stays flat)."""
    with open_regular(path) as file:
        return hashlib.file_digest(file, "sha256").hexdigest()
