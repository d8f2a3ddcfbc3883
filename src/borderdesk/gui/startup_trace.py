"""Start-up trace: with ``BORDERDESK_TRACE_STARTUP=FILE`` the app writes when things appear.

Each line is ``NAME SECONDS`` on the monotonic clock (``time.monotonic()``, shared by every
process of the machine), so a benchmark that notes the clock before it launches the app reads
how long each step took from process start:

- ``tree``: the navigation tree's first paint with rows in it;
- ``page``: the detail pane's first paint of an item's page (not "Loading…");
- ``chart``: the chart's first paint with its bars;
- ``gap``: from the tree's first paint on, each time the event loop did not turn for
  ``GAP_SECONDS`` or more, as ``gap END SECONDS`` (when it ended, how long it lasted);
- ``end``: ``TRACE_SECONDS`` after the process started the gaps are no longer watched, and
  the windows are closed: a traced start is a measurement, and ends like any other run.

Without the variable every function here returns at once and nothing is written.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

VARIABLE = "BORDERDESK_TRACE_STARTUP"
TRACE_SECONDS = 5.0  # how long after the process started the event loop is watched
TICK_MS = 5  # the stall watch's timer: a turn of the loop is expected this often
GAP_SECONDS = 0.02  # shorter gaps are not written

_path = Path(os.environ[VARIABLE]) if os.environ.get(VARIABLE) else None


def _process_start() -> float:
    """Return when this process started, on the monotonic clock (now, where unknown)."""
    now = time.monotonic()
    try:  # Linux: the start in clock ticks since boot, the 22nd field of /proc/self/stat
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return now
    return now - age if 0 <= age < 60 else now


_began = _process_start() if _path is not None else 0.0
_marked: set[str] = set()


def enabled() -> bool:
    """Tell whether the start-up is being traced."""
    return _path is not None


def mark(name: str) -> None:
    """Write ``name`` with the time now, once per name."""
    if _path is None or name in _marked:
        return
    _marked.add(name)
    _write(f"{name} {time.monotonic():.6f}")


def _write(line: str) -> None:
    if _path is None:
        return
    try:
        with _path.open("a", encoding="utf-8") as trace:
            trace.write(line + "\n")
    except OSError:  # a trace must never stop the app
        return


class _PaintWatch(QObject):
    """Mark ``name`` at the first paint of ``widget`` for which ``ready()`` holds."""

    def __init__(self, widget: QObject, name: str, ready: Callable[[], bool]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._name = name
        self._ready = ready
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Notice the paint; let every event through."""
        if watched is self._widget and event.type() == QEvent.Type.Paint and self._ready():
            mark(self._name)
            self._widget.removeEventFilter(self)
            if self._name == "tree":
                _StallWatch(self._widget)
        return False


def watch_paint(widget: QObject, name: str, ready: Callable[[], bool] = lambda: True) -> None:
    """Mark ``name`` when ``widget`` first paints while ``ready()`` is true (when tracing)."""
    if _path is not None and name not in _marked:
        _PaintWatch(widget, name, ready)


class _StallWatch(QObject):
    """Time the gaps between turns of the event loop until the watch is over."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        gap = now - self._last - TICK_MS / 1000
        if gap >= GAP_SECONDS:
            _write(f"gap {now:.6f} {gap:.6f}")
        self._last = now
        if now - _began >= TRACE_SECONDS:
            self._timer.stop()
            mark("end")
            QApplication.closeAllWindows()
