"""Answer a second start: take its request from the watched folder, bring the window forward.

The requests arrive as files (``core.requests`` says why not a socket); a QFileSystemWatcher
on their folder wakes the window when one lands, and a slow timer stands in where the file
system sends no notifications (some network shares).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from borderdesk.core import requests

log = logging.getLogger(__name__)
POLL_MS = 1000  # only where the folder cannot be watched


class RequestListener(QObject):
    """Watch the requests folder and emit each request a second start leaves there."""

    requested = Signal(object)  # a core.requests.Request

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.take)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("a second start cannot reach this window: %s (%s)", folder, error)
            return
        if not self._watcher.addPath(str(folder)):
            self._timer.start()
        # A request left while this window was starting is answered once the loop runs.
        QTimer.singleShot(0, self.take)

    @property
    def watching(self) -> bool:
        """Tell whether requests are noticed (by the watcher, or the timer standing in)."""
        return bool(self._watcher.directories()) or self._timer.isActive()

    def take(self) -> None:
        """Emit every waiting request, oldest first (each is deleted: that is the answer)."""
        for request in requests.take(self.folder):
            self.requested.emit(request)

    def _on_watcher_directory_changed(self, _path: str) -> None:
        self.take()


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` unminimised, raised and active (or its full-screen slides, if shown)."""
    target = window
    for child in window.findChildren(QWidget):
        if child.isWindow() and child.isVisible() and child.isFullScreen():
            target = child  # the slides cover the screen: they are what the reader is using
    state = target.windowState() & ~Qt.WindowState.WindowMinimized
    target.setWindowState(state | Qt.WindowState.WindowActive)
    target.show()
    target.raise_()
    target.activateWindow()
