"""Begin and end painting on a file's device, turning a device that fails into an OSError.

Apart from the chart's off-screen host, so the map, handouts and quizzes can paint without
importing the chart (and pyqtgraph with it).
"""

from __future__ import annotations

from PySide6.QtGui import QPaintDevice, QPainter


def begin_painting(painter: QPainter, device: QPaintDevice, what: str) -> None:
    """Begin painting on a device; raise OSError naming what could not be started."""
    if not painter.begin(device):
        raise OSError(f"the {what} could not be started")


def end_painting(painter: QPainter, what: str) -> None:
    """End painting; raise OSError if the device could not finish (its file would be cut)."""
    if not painter.end():
        raise OSError(f"the {what} could not be finished")
