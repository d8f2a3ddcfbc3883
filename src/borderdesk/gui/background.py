"""Work that would hold the window still (imports, queries, building a page) on a thread.

``BackgroundWork.run(job, done)`` runs ``job`` on one worker thread, jobs in the order given,
and calls ``done(result)`` on the GUI thread when it returns. A job is plain Python: it may
import modules and read the store, never touch a widget. A job that raises hands ``done``
the exception instead of a result, so the caller decides what the user hears.

Python runs one thread at a time, but it switches every few milliseconds: the event loop
keeps turning (painting, typing, clicking) while a module like pyqtgraph is imported.
A job runs with the cycle collector paused (``core.collection``): a full collection in the
worker would hold the interpreter for tens of milliseconds, and could free a Qt object that
lived in a cycle on the wrong thread; what a large job made comes back set aside from the
collector's walks, so no collection after it walks it all at once. While a job runs, the
interpreter is also asked to switch threads every millisecond instead of every five: each
time the event loop calls into Python (a paint, a timer, a slot) it waits for the worker to
let go, and a frame makes many such calls.
Results are handed over one per turn of the event loop: two that arrive together (the page
and the chart, read back to back) would otherwise be taken in one go, and the window would
stand still for both.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from borderdesk.core.collection import without_collection

log = logging.getLogger(__name__)

SWITCH_S = 0.001  # the interpreter's thread switch while a job runs (Python's default: 5 ms)

Job = Callable[[], Any]
Done = Callable[[Any], None]


class _Switching:
    """How many workers have jobs, and the interpreter's switch interval from before them."""

    busy = 0
    before = sys.getswitchinterval()

    @classmethod
    def count(cls, busy: bool) -> None:
        """Count a worker in (or out); switch threads often while any has work."""
        if busy:
            if cls.busy == 0:
                cls.before = sys.getswitchinterval()
                sys.setswitchinterval(min(SWITCH_S, cls.before))
            cls.busy += 1
            return
        cls.busy -= 1
        if cls.busy == 0:
            sys.setswitchinterval(cls.before)


class BackgroundWork(QObject):
    """One worker thread for plain-Python jobs; results come back on the GUI thread."""

    _finished = Signal(object, object)  # done callback, result or exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[tuple[Job, Done] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._pending = 0
        self._ready: deque[tuple[Done, object]] = deque()  # results waiting for their turn
        self._finished.connect(self._on_finished)

    @property
    def busy(self) -> bool:
        """Tell whether a job is queued or running, or a result is on its way."""
        return self._pending > 0

    def run(self, job: Job, done: Done) -> None:
        """Run ``job`` after the jobs before it; call ``done`` with its result here."""
        if self._pending == 0:
            _Switching.count(busy=True)
        self._pending += 1
        self._jobs.put((job, done))
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._work, name="borderdesk-background", daemon=True
            )
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Let the running job finish, drop the others, and end the thread."""
        if self._thread is None:
            return
        while True:  # what has not started will not be wanted
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        self._jobs.put(None)
        self._thread.join(timeout)
        self._thread = None
        self._set_idle(0)  # a result still on its way is handed over, no longer counted

    def _set_idle(self, pending: int) -> None:
        """Count ``pending`` jobs left (never fewer than none); the last lets the switch go."""
        if self._pending > 0 and pending <= 0:
            _Switching.count(busy=False)
        self._pending = max(pending, 0)

    def _work(self) -> None:
        while (item := self._jobs.get()) is not None:
            job, done = item
            try:
                result = without_collection(job)()
            except Exception as error:  # handed to the caller, who tells the user
                log.debug("background job failed", exc_info=True)
                result = error
            try:
                self._finished.emit(done, result)
            except RuntimeError:  # the window closed meanwhile: nobody waits for it
                return

    def _on_finished(self, done: Done, result: object) -> None:
        self._ready.append((done, result))
        if len(self._ready) == 1:
            QTimer.singleShot(0, self, self._hand_over)

    def _hand_over(self) -> None:
        """Hand over the oldest result; the next one waits for the next turn of the loop."""
        done, result = self._ready.popleft()
        self._set_idle(self._pending - 1)
        try:
            done(result)
        finally:  # after what ``done`` queued: a repaint it asked for comes first
            if self._ready:
                QTimer.singleShot(0, self, self._hand_over)


class LatestRead:
    """Read on a worker what was asked for last, one read at a time.

    ``ask(key, job, done)`` while a read runs replaces what waits to be read next: of things
    asked for in a row, only the last is read once the running read is done. A result is
    handed to the last ``done`` asked with the same key; one whose key was superseded is
    dropped. ``done`` gets the job's result, or the exception it raised.
    """

    def __init__(self, worker: BackgroundWork) -> None:
        self.worker = worker
        self._wanted: tuple[object, Job, Done] | None = None
        self._reading = False

    @property
    def wanted(self) -> object | None:
        """Return the key asked for last and not yet handed over, or None."""
        return self._wanted[0] if self._wanted is not None else None

    def ask(self, key: object, job: Job, done: Done) -> None:
        """Read ``job`` (for ``key``) after the running read, instead of what waited."""
        self._wanted = (key, job, done)
        if not self._reading:
            self._read()

    def forget(self) -> None:
        """Want nothing: the running read's result, and the one waiting, are dropped."""
        self._wanted = None

    def _read(self) -> None:
        if self._wanted is None:
            return
        key, job, _ = self._wanted
        self._reading = True
        self.worker.run(job, lambda result: self._on_read(key, result))

    def _on_read(self, key: object, result: object) -> None:
        self._reading = False
        wanted = self._wanted
        if wanted is None:
            return
        if wanted[0] != key:  # something else was asked for meanwhile: read that
            self._read()
            return
        self._wanted = None
        wanted[2](result)
