"""Write export files safely: check the name and folder, make the bytes, then replace the file.

Plain Python (no Qt), so a failed export leaves neither a partial file nor a temporary one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from borderdesk.core.atomic import name_problem, reason, write_bytes_atomically
from borderdesk.core.errors import ExportError
from borderdesk.core.export_options import MAX_SIZE, MIN_SIZE
from borderdesk.core.i18n import translate

__all__ = [
    "FORMATS",
    "MAX_SIZE",
    "MIN_SIZE",
    "check_folder",
    "check_size",
    "export_format",
    "write_file",
]

FORMATS = {".png": "PNG", ".svg": "SVG", ".pdf": "PDF"}


def export_format(path: Path) -> str:
    """Return PNG, SVG or PDF from the path's extension; raise ExportError for anything else."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        supported = ", ".join(FORMATS.values())
        shown = path.suffix or translate("Export", "no extension")
        raise ExportError(
            path,
            translate("Export", "unsupported format ({suffix}); use one of {formats}").format(
                suffix=shown, formats=supported
            ),
        )
    return kind


def write_file(path: Path, make: Callable[[], bytes]) -> None:
    """Make a file's bytes in memory, then write them whole over ``path`` or not at all.

    Raise ExportError naming the file and why, leaving any earlier file unchanged.
    """
    try:
        data = make()
    except OSError as error:
        raise ExportError(path, reason(error)) from None
    write_bytes_atomically(path, data)


def check_size(path: Path, width: int, height: int) -> None:
    """Raise ExportError unless the size is within MIN_SIZE .. MAX_SIZE pixels."""
    (min_w, min_h), (max_w, max_h) = MIN_SIZE, MAX_SIZE
    if not (min_w <= width <= max_w and min_h <= height <= max_h):
        raise ExportError(
            path,
            translate("Export", "size {size} is outside {least} to {most} pixels").format(
                size=f"{width}x{height}", least=f"{min_w}x{min_h}", most=f"{max_w}x{max_h}"
            ),
        )


def check_folder(path: Path) -> None:
    """Raise ExportError naming why the file's name or folder cannot take it.

    Asked before anything is drawn, so a name no file system takes fails at once.
    """
    problem = name_problem(path)
    if problem is not None:
        raise ExportError(path, problem)
    try:
        _check_folder(path)
    except OSError as error:  # a path too long, a loop of links, a folder we may not look in
        raise ExportError(path, reason(error)) from None


def _check_folder(path: Path) -> None:
    folder = path.parent
    for part in (folder, *folder.parents):
        if part.exists() and not part.is_dir():
            raise ExportError(
                path, translate("Files", "{path} is a file, not a folder").format(path=part)
            )
    if not folder.is_dir():
        raise ExportError(path, translate("Files", "folder does not exist"))
    if path.is_dir():
        raise ExportError(path, translate("Files", "a folder has that name"))
    if not os.access(folder, os.W_OK):
        raise ExportError(path, translate("Files", "permission denied"))
