"""Write export files safely: check the folder, write beside the target, then replace it.

Plain Python (no Qt), so a failed export leaves neither a partial file nor a temporary one.
"""

from __future__ import annotations

import os
from pathlib import Path

from borderdesk.core.atomic import write_atomically
from borderdesk.core.errors import ExportError

__all__ = ["MAX_SIZE", "MIN_SIZE", "check_folder", "check_size", "write_atomically"]

MIN_SIZE = (320, 200)
MAX_SIZE = (7680, 4320)


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
