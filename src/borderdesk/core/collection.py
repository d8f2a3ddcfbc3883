"""Run a long job with Python's cycle collector paused, so it does not stall the window.

A job that makes many objects (the search index of a large pack: hundreds of thousands of
names) sets off several full collections, each holding the interpreter for 50–100 ms,
whichever thread it happens in; with collection paused the window's thread waits no more than
Python's thread switch (a few milliseconds). Reference counting still frees what the job
drops; the cycles it leaves are collected once it is done.

A job that made many objects (a tree, a page or a chart of a large pack) hands what it made
over set aside from the collector (``gc.freeze``), as the first load does: the next
collection would otherwise walk all of it at once (100-250 ms on the format's limits),
and every full collection after. Objects set aside are still freed by reference counting
when dropped (the navigation tree holds no cycle); only a cycle among them would stay.

Start-up is such a job too, spread over many turns of the event loop: the window's start
pauses the collector (``pause_start_up``) until the first load is in (``keep_survivors``).
Importing PySide6, pyqtgraph and numpy and making the window leave few cycles and set off a
collection every few hundred objects: 30-40 ms of a start or an export, walking objects that
live as long as the process.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

SET_ASIDE_AFTER = 20_000
"""A job that leaves more new objects than this sets them aside from the collector's walks."""


class _Pause:
    """The jobs under way on every thread; the last one to end resumes the collector.

    Two workers (the first load's and the large reads') may run jobs at once: the first to
    end must not resume the collector under the other, whose objects it would then walk.
    """

    lock = threading.Lock()
    jobs = 0
    resume = False  # the collector ran before the first job: it runs again after the last
    starting = False  # the window's start is one of the jobs (``pause_start_up``)

    @classmethod
    def enter(cls) -> None:
        """Count a job in; the first pauses the collector."""
        with cls.lock:
            if cls.jobs == 0:
                cls.resume = gc.isenabled()
                gc.disable()
            cls.jobs += 1

    @classmethod
    def leave(cls) -> None:
        """Count a job out; the last sets a large job's objects aside and resumes."""
        with cls.lock:
            cls.jobs -= 1
            if cls.jobs == 0 and cls.resume:
                if gc.get_count()[0] > SET_ASIDE_AFTER:  # objects made since a collection
                    gc.freeze()
                gc.enable()


def without_collection(job: Callable[[], T]) -> Callable[[], T]:
    """Return ``job`` to be run with the cycle collector paused (then as it was before).

    While jobs run on several threads, the collector resumes once the last has ended. When
    it resumes and the jobs left many new objects, they are set aside from its walks
    (``SET_ASIDE_AFTER``).
    """

    def run() -> T:
        _Pause.enter()
        try:
            return job()
        finally:
            _Pause.leave()

    return run


def pause_start_up() -> None:
    """Pause the cycle collector until the window has loaded (``keep_survivors``).

    A second call, while the first start-up is still paused, changes nothing.
    """
    with _Pause.lock:
        if _Pause.starting:
            return
        _Pause.starting = True
    _Pause.enter()


def keep_survivors() -> None:
    """Take every object alive now out of the cycle collector's walks (``gc.freeze``).

    Called once the window has loaded: what start-up made (the dataset's listings, the ORM's
    mappings, Qt's wrappers) lives as long as the window, and each full collection would
    walk all of it again, 50-150 ms on a large pack, a stall whichever thread it falls in.
    Objects made later are collected as before; reference counting still frees the others.
    A start-up paused by ``pause_start_up`` ends here: the collector runs again.
    """
    gc.freeze()
    end_start_up()


def end_start_up() -> None:
    """Resume the collector paused by ``pause_start_up`` (if it is paused; once)."""
    with _Pause.lock:
        if not _Pause.starting:
            return
        _Pause.starting = False
    _Pause.leave()
