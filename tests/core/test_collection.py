"""A long job runs with the cycle collector paused, and leaves it as it found it.

What a large job made is handed over set aside from the collector's walks, and is still freed
when dropped.
"""

from __future__ import annotations

import gc
import threading

import pytest

from borderdesk.core.collection import SET_ASIDE_AFTER, without_collection


def test_the_collector_is_paused_while_the_job_runs_and_back_after() -> None:
    seen = []
    job = without_collection(lambda: seen.append(gc.isenabled()) or 7)

    result = job()

    assert result == 7
    assert seen == [False]
    assert gc.isenabled()


def test_a_job_that_fails_still_gives_the_collector_back() -> None:
    def fails() -> None:
        raise ValueError("no")

    with pytest.raises(ValueError, match="no"):
        without_collection(fails)()

    assert gc.isenabled()


def test_a_collector_paused_before_stays_paused() -> None:
    gc.disable()
    try:
        without_collection(lambda: None)()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_a_large_job_made_is_set_aside_and_a_small_jobs_is_not() -> None:
    gc.collect()  # a young generation of nothing before each job
    large = without_collection(lambda: [[n] for n in range(SET_ASIDE_AFTER + 1000)])()
    gc.collect()
    small = without_collection(lambda: [[n] for n in range(10)])()
    try:
        walked = gc.get_objects()
        assert not any(o is large for o in walked)  # out of every collection's walk
        assert any(o is small for o in walked)
        assert large[-1] == [SET_ASIDE_AFTER + 999]
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_what_was_set_aside_is_still_freed_when_dropped() -> None:
    gc.collect()
    large = without_collection(lambda: [[n] for n in range(SET_ASIDE_AFTER + 1000)])()
    try:
        before = gc.get_freeze_count()
        del large
        assert gc.get_freeze_count() <= before - SET_ASIDE_AFTER  # freed, not kept
    finally:
        gc.unfreeze()


def test_the_collector_stays_paused_until_the_last_of_two_overlapping_jobs_ends() -> None:
    second_started, first_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def second() -> None:  # starts while the first runs, ends after it
        second_started.set()
        first_done.wait(5)
        seen.append(gc.isenabled())

    def first() -> None:
        worker.start()
        second_started.wait(5)

    worker = threading.Thread(target=without_collection(second))
    without_collection(first)()
    first_done.set()
    worker.join(5)

    assert seen == [False]  # the first ended under it: still paused
    assert gc.isenabled()
