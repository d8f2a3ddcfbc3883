"""Give a reading window its size, no more than most of the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.85  # of the available screen, at most (a 720-px projector, 200% scaling)


def resize_within_screen(widget: QWidget, preferred: QSize) -> None:
    """Resize a window to ``preferred``, shrunk to SCREEN_SHARE of its screen where needed."""
    screen = widget.screen()
    if screen is None:
        widget.resize(preferred)
        return
    room = screen.availableGeometry().size()
    widget.resize(
        min(preferred.width(), int(room.width() * SCREEN_SHARE)),
        min(preferred.height(), int(room.height() * SCREEN_SHARE)),
    )
