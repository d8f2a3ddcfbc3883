"""A long job runs with the cycle collector paused, and leaves it as it found it."""

from __future__ import annotations

import gc

import pytest

from borderdesk.core.collection import without_collection


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
