"""Write a file whole or not at all: a temporary file beside it, fsync, then one rename."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from borderdesk.core.errors import ExportError
from borderdesk.core.leftovers import sweep_beside, temp_prefix

REASONS = {
    errno.ENOENT: "the folder does not exist",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the folder is on a read-only file system",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.ENOTDIR: "part of the folder path is a file, not a folder",
    errno.EISDIR: "a folder has that name",
    errno.ENAMETOOLONG: "the file name or path is too long",
    errno.EBUSY: "the file is in use by another program; close it and try again",
    errno.ETXTBSY: "the file is in use by another program; close it and try again",
}


def reason(error: OSError) -> str:
    """Return an OSError's cause in the words a user reads."""
    if error.errno in REASONS:
        return REASONS[error.errno]
    return error.strerror or str(error)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``; on any failure the old file is unchanged and no temp left.

    Raise ExportError naming the file and the reason.
    """

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    write_atomically(path, write)


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary file beside ``path``, make it durable, then rename it.

    On any failure the old file is unchanged and no temporary file is left; an OSError
    becomes an ExportError naming the file and the reason in a user's words.
    """
    if len(path.name.encode("utf-8", "surrogateescape")) > 255:
        raise ExportError(path, "the file name is longer than 255 bytes")
    sweep_beside(path)  # what an earlier, interrupted write of this file left
    try:
        handle, name = tempfile.mkstemp(
            prefix=temp_prefix(path.name), suffix=".part", dir=path.parent
        )
    except OSError as error:
        raise ExportError(path, reason(error)) from None
    os.close(handle)
    temp = Path(name)
    try:
        write(temp)
        _sync_file(temp)
        os.chmod(temp, _mode(path))
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ExportError(path, reason(error)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_file(path: Path) -> None:
    """Flush a written file to the disk before it replaces anything."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _mode(path: Path) -> int:
    """Keep a replaced file's permissions; give a new one 0o666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
