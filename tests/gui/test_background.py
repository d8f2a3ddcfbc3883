"""The worker's results come back on the GUI thread, one per turn of the event loop."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from borderdesk.gui.background import SWITCH_S, BackgroundWork, LatestRead


def test_results_that_arrive_together_are_handed_over_in_separate_turns(qtbot: QtBot) -> None:
    work = BackgroundWork()
    both_done = threading.Event()
    heard: list[str] = []

    def first_done(result: object) -> None:
        heard.append(f"first {result}")
        QTimer.singleShot(0, lambda: heard.append("a turn of the loop"))

    work.run(lambda: "A", first_done)
    work.run(lambda: "B", lambda result: heard.append(f"second {result}"))
    work.run(both_done.set, lambda _result: None)  # runs once the first two are sent
    assert both_done.wait(5)  # both results are on their way before the loop turns at all
    qtbot.waitUntil(lambda: len(heard) == 3)
    assert heard == ["first A", "a turn of the loop", "second B"]
    assert not work.busy
    work.stop()


def test_a_failing_job_hands_its_exception_over_and_the_next_result_still_comes(
    qtbot: QtBot,
) -> None:
    work = BackgroundWork()
    heard: list[object] = []

    def fail() -> None:
        raise ValueError("no such table")

    work.run(fail, heard.append)
    work.run(lambda: "next", heard.append)
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert isinstance(heard[0], ValueError)
    assert str(heard[0]) == "no such table"
    assert heard[1] == "next"
    work.stop()


def test_threads_switch_often_while_a_job_runs_and_as_before_once_none_is_left(
    qtbot: QtBot,
) -> None:
    before = sys.getswitchinterval()
    work = BackgroundWork()
    release = threading.Event()
    heard: list[float] = []

    work.run(lambda: release.wait(5), lambda _result: heard.append(sys.getswitchinterval()))
    assert sys.getswitchinterval() == SWITCH_S
    release.set()
    qtbot.waitUntil(lambda: heard != [])
    assert heard == [before]  # the worker is idle by the time its last result is handed over
    work.stop()


def test_a_stopped_worker_puts_the_switch_interval_back(qtbot: QtBot) -> None:
    before = sys.getswitchinterval()
    work = BackgroundWork()
    release = threading.Event()
    work.run(lambda: release.wait(5), lambda _result: None)
    work.run(lambda: None, lambda _result: None)  # dropped by stop
    release.set()
    work.stop()
    assert sys.getswitchinterval() == before
    assert not work.busy


def test_a_job_runs_with_the_cycle_collector_paused_and_it_runs_again_after(
    qtbot: QtBot,
) -> None:
    work = BackgroundWork()
    heard: list[object] = []

    work.run(gc.isenabled, heard.append)
    qtbot.waitUntil(lambda: heard != [])

    assert heard == [False]
    assert gc.isenabled()
    work.stop()


def test_latest_read_reads_only_the_last_asked_after_the_running_one(qtbot: QtBot) -> None:
    work = BackgroundWork()
    reads = LatestRead(work)
    gate = threading.Event()
    ran: list[str] = []
    handed: list[object] = []

    def job(name: str) -> Callable[[], str]:
        def read() -> str:
            ran.append(name)
            if name == "a":
                gate.wait(5)
            return name

        return read

    reads.ask("a", job("a"), handed.append)
    qtbot.waitUntil(lambda: ran == ["a"])
    reads.ask("b", job("b"), handed.append)
    reads.ask("c", job("c"), handed.append)
    gate.set()
    qtbot.waitUntil(lambda: handed != [])
    assert ran == ["a", "c"]
    assert handed == ["c"]
    assert reads.wanted is None
    reads.ask("d", job("d"), handed.append)
    reads.forget()
    qtbot.waitUntil(lambda: not work.busy)
    assert handed == ["c"]
    work.stop()
