"""Run a long job with Python's cycle collector paused, so it does not stall the window.

A job that makes many objects (the search index of a large pack: hundreds of thousands of
names) sets off several full collections, each holding the interpreter for 50–100 ms,
whichever thread it happens in; with collection paused the window's thread waits no more than
Python's thread switch (a few milliseconds). Reference counting still frees what the job
drops; the cycles it leaves are collected once it is done.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def without_collection(job: Callable[[], T]) -> Callable[[], T]:
    """Return ``job`` to be run with the cycle collector paused (then as it was before)."""

    def run() -> T:
        paused = gc.isenabled()
        gc.disable()
        try:
            return job()
        finally:
            if paused:
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
