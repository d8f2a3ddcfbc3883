"""The worker's results come back on the GUI thread, one per turn of the event loop."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from borderdesk.gui.background import BackgroundWork


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
