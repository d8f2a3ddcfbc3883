"""Write export files safely: check the folder, write beside the target, then replace it.

Plain Python (no Qt), so a failed export leaves neither a partial file nor a temporary one.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from borderdesk.core.errors import ExportError

MIN_SIZE = (320, 200)
MAX_SIZE = (7680, 4320)

_REASONS = {
    errno.ENOENT: "folder does not exist",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the folder is on a read-only file system",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.ENOTDIR: "part of the folder path is a file, not a folder",
    errno.EISDIR: "a folder has that name",
}


def check_size(path: Path, width: int, height: int) -> None:
    """Raise ExportError unless the size is within MIN_SIZE .. MAX_SIZE pixels."""
    (min_w, min_h), (max_w, max_h) = MIN_SIZE, MAX_SIZE
    if not (min_w <= width <= max_w and min_h <= height <= max_h):
        raise ExportError(
            path,
            f"size {width}x{height} is outside {min_w}x{min_h} to {max_w}x{max_h} pixels",
        )


def check_folder(path: Path) -> None:
    """Raise ExportError naming why the file's folder cannot take it."""
    folder = path.parent
    for part in (folder, *folder.parents):
        if part.exists() and not part.is_dir():
            raise ExportError(path, f"{part} is a file, not a folder")
    if not folder.is_dir():
        raise ExportError(path, "folder does not exist")
    if path.is_dir():
        raise ExportError(path, "a folder has that name")
    if not os.access(folder, os.W_OK):
        raise ExportError(path, "permission denied")


def _reason(exc: OSError) -> str:
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    return exc.strerror or str(exc)


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path``, then replace it; leave nothing on failure."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ExportError(path, _reason(exc)) from exc
    os.close(handle)
    temp = Path(name)
    try:
        write(temp)
        os.chmod(temp, _new_file_mode(path))
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(path, _reason(exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _new_file_mode(path: Path) -> int:
    """Keep a replaced file's permissions; give a new one the usual 0o666 less the umask."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
