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
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

SET_ASIDE_AFTER = 20_000
"""A job that leaves more new objects than this sets them aside from the collector's walks."""


def without_collection(job: Callable[[], T]) -> Callable[[], T]:
    """Return ``job`` to be run with the cycle collector paused (then as it was before).

    When it resumes the collector and the job left many new objects, they are set aside
    from its walks (``SET_ASIDE_AFTER``).
    """

    def run() -> T:
        paused = gc.isenabled()
        gc.disable()
        try:
            return job()
        finally:
            if paused:
                if gc.get_count()[0] > SET_ASIDE_AFTER:  # objects made since a collection
                    gc.freeze()
                gc.enable()

    return run


def keep_survivors() -> None:
    """Take every object alive now out of the cycle collector's walks (``gc.freeze``).

    Called once the window has loaded: what start-up made (the dataset's listings, the ORM's
    mappings, Qt's wrappers) lives as long as the window, and each full collection would
    walk all of it again, 50-150 ms on a large pack, a stall whichever thread it falls in.
    Objects made later are collected as before; reference counting still frees the others.
    """
    gc.freeze()
