"""Error dialogs: a plain message for the user, the details in a log file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from borderdesk.core.errors import ExportError
from borderdesk.gui import errors
from tests.gui.boxes import MessageBoxes


class Shown:
    """The message boxes shown (each answered at once), as (title, text)."""

    def __init__(self, message_boxes: MessageBoxes) -> None:
        self._boxes = message_boxes

    @property
    def boxes(self) -> list[tuple[str, str]]:
        return [(box.title, box.text) for box in self._boxes.shown]


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def shown(message_boxes: MessageBoxes) -> Shown:
    return Shown(message_boxes)


@pytest.fixture
def hook(tmp_path: Path) -> Iterator[Path]:
    log_path = tmp_path / "logs" / "borderdesk.log"
    uninstall = errors.install_excepthook(lambda: log_path)
    try:
        yield log_path
    finally:
        uninstall()


def test_show_error_shows_a_critical_box(qapp: object, message_boxes: MessageBoxes) -> None:
    errors.show_error(None, "Export chart", "The folder is read-only.")

    [box] = message_boxes.shown
    assert (box.title, box.text, box.icon) == (
        "Export chart",
        "The folder is read-only.",
        QMessageBox.Icon.Critical,
    )


def test_an_error_quoting_markup_shows_it_as_text(
    qapp: object, message_boxes: MessageBoxes
) -> None:
    # A file name, a pack's name or an id quoted in a message is never drawn as HTML: an
    # <img> would read the file it names (/dev/zero: without end).
    message = 'cannot read /tmp/<img src="/dev/zero">.json: <b>no</b> &amp; more'
    errors.show_error(None, "Data pack not imported", message)

    [box] = message_boxes.shown
    assert box.text_format == Qt.TextFormat.PlainText
    assert (message, Qt.TextFormat.PlainText) in box.labels


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_becomes_a_dialog_and_a_log_entry(
    qtbot: QtBot, shown: Shown, hook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    emitter = Emitter()

    def broken_slot() -> None:
        raise ValueError("the bars are upside down")

    emitter.fired.connect(broken_slot)
    emitter.fired.emit()

    assert len(shown.boxes) == 1
    title, message = shown.boxes[0]
    assert title == "BorderDesk error"
    assert "the bars are upside down" in message
    assert str(hook) in message
    assert "Traceback" not in message
    log_text = hook.read_text(encoding="utf-8")
    assert "ERROR ValueError: the bars are upside down" in log_text.splitlines()[0]
    assert "broken_slot" in log_text  # the traceback is for the log, not the user
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.qt_no_exception_capture
def test_a_borderdesk_error_is_shown_as_its_message(qtbot: QtBot, shown: Shown, hook: Path) -> None:
    emitter = Emitter()

    def failing_export() -> None:
        raise ExportError("/ro/chart.png", "the folder is read-only")

    emitter.fired.connect(failing_export)
    emitter.fired.emit()

    assert shown.boxes[0][1].startswith("cannot write /ro/chart.png: the folder is read-only")


@pytest.mark.qt_no_exception_capture
def test_an_unwritable_log_still_gives_the_dialog(
    qtbot: QtBot, shown: Shown, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be", encoding="utf-8")
    uninstall = errors.install_excepthook(lambda: blocker / "borderdesk.log")
    try:
        emitter = Emitter()
        emitter.fired.connect(lambda: 1 / 0)
        emitter.fired.emit()
    finally:
        uninstall()

    assert len(shown.boxes) == 1
    assert "division by zero" in shown.boxes[0][1]
    assert "written to" not in shown.boxes[0][1]


def test_uninstall_restores_the_previous_hook(tmp_path: Path) -> None:
    before = sys.excepthook
    uninstall = errors.install_excepthook(lambda: tmp_path / "log")
    assert sys.excepthook is not before

    uninstall()

    assert sys.excepthook is before


def test_an_error_quoting_a_huge_name_gives_a_dialog_of_readable_size() -> None:
    message = errors.user_message(OSError(36, "File name too long", "n" * 20_000))
    assert len(message) < 700
    assert message.startswith("Something went wrong and the action was not completed.")
    assert "…" in message
