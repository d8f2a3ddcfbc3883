"""Write a file whole or not at all: a temporary file beside it, every byte checked, fsync, rename.

Nothing here trusts a writer that cannot report a short write: the bytes are made in memory
first (a Qt paint device draws into a ``QBuffer``), then written with ``os.write``, whose
count is checked, then flushed to the disk with ``fsync`` before the one rename that replaces
the old file. On a full disk the old file stays byte for byte what it was.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from borderdesk.core.errors import ExportError
from borderdesk.core.files import kind_of
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.leftovers import sweep_beside, temp_prefix

CHUNK = 1 << 20  # bytes handed to one os.write: a short write is found within a megabyte
MAX_NAME_BYTES = 255

_IN_USE = QT_TRANSLATE_NOOP(
    "Files", "the file is in use by another program; close it and try again"
)
_CHARACTERS = QT_TRANSLATE_NOOP(
    "Files", "the file system does not accept the characters of this name"
)
REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Files", "the folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("Files", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Files", "permission denied"),
    errno.EROFS: QT_TRANSLATE_NOOP("Files", "the folder is on a read-only file system"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Files", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Files", "the disk quota is exceeded"),
    errno.EFBIG: QT_TRANSLATE_NOOP("Files", "the file is larger than this file system allows"),
    errno.EIO: QT_TRANSLATE_NOOP("Files", "the disk reported an input/output error"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Files", "part of the folder path is a file, not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Files", "a folder has that name"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Files", "the file name or path is too long"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Files", "the path loops through symbolic links"),
    errno.EBUSY: _IN_USE,
    errno.ETXTBSY: _IN_USE,
    errno.EILSEQ: _CHARACTERS,
    errno.EINVAL: QT_TRANSLATE_NOOP("Files", "the file system does not accept this name"),
}


def reason(error: OSError) -> str:
    """Return an OSError's cause in the words a user reads, in the interface language."""
    if error.errno in REASONS:
        return translate("Files", REASONS[error.errno])
    return error.strerror or str(error)


def name_problem(path: Path) -> str | None:
    """Return why no file system would take ``path``'s name, or None if it may."""
    if len(os.fsencode(path.name)) > MAX_NAME_BYTES:
        limit = translate("Files", "the file name is longer than {limit} bytes")
        return limit.format(limit=MAX_NAME_BYTES)
    return None


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``; on any failure the old file is unchanged and no temp left.

    Raise ExportError naming the file and the reason in a user's words.
    """
    problem = name_problem(path) or _target_problem(path)
    if problem is not None:
        raise ExportError(path, problem)
    sweep_beside(path)  # what an earlier, interrupted write of this file left
    try:
        handle, name = tempfile.mkstemp(
            prefix=temp_prefix(path.name), suffix=".part", dir=path.parent
        )
    except OSError as error:
        raise ExportError(path, reason(error)) from None
    temp = Path(name)
    try:
        try:
            write_all(handle, data)
            os.fsync(handle)  # a full disk may refuse the data only now (delayed allocation)
        finally:
            os.close(handle)  # and some file systems report a failed write only at close
        os.chmod(temp, _mode(path))
        os.replace(temp, path)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ExportError(path, reason(error)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _target_problem(path: Path) -> str | None:
    """Return why ``path`` must not be replaced: a device, a pipe or a folder has that name.

    A rename would put a file in place of /dev/null or of someone's named pipe.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        return reason(error)
    kind = kind_of(mode)
    if kind is None:
        return None
    return translate("Files", "{kind} has that name, not a file").format(
        kind=translate("Files", kind)
    )


def write_all(handle: int, data: bytes) -> None:
    """Write every byte of ``data`` to the open file ``handle``, or raise OSError."""
    view = memoryview(data)
    while view:
        written = os.write(handle, view[:CHUNK])
        if written <= 0:  # POSIX allows a write that takes nothing instead of ENOSPC
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


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
