"""A long job runs with the cycle collector paused, and leaves it as it found it.

What a large job made is handed over set aside from the collector's walks, and is still freed
when dropped.
"""

from __future__ import annotations

import gc
import threading

import pytest

from borderdesk.core.collection import (
    SET_ASIDE_AFTER,
    end_start_up,
    keep_survivors,
    pause_start_up,
    without_collection,
)


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


def test_a_paused_start_up_ends_when_the_window_keeps_what_it_made() -> None:
    pause_start_up()
    try:
        assert not gc.isenabled()
        pause_start_up()  # a second start (a window opened again) changes nothing
        without_collection(lambda: None)()  # the first load's jobs end meanwhile
        assert not gc.isenabled()
        kept = [[n] for n in range(100)]
        keep_survivors()
        assert gc.isenabled()
        assert not any(o is kept for o in gc.get_objects())  # set aside
        end_start_up()  # once only: the collector stays on
        assert gc.isenabled()
    finally:
        end_start_up()
        gc.enable()
        gc.unfreeze()


def test_a_start_up_that_ends_before_its_first_load_gives_the_collector_back() -> None:
    pause_start_up()
    end_start_up()

    assert gc.isenabled()
    keep_survivors()  # the first load, had it come: nothing more to resume
    gc.unfreeze()
    assert gc.isenabled()
