"""A paste too long for a note is refused before the editor takes it, and the reader is told."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import NOTE_MAX_CHARS
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.repository import UserDataRepository, open_user_data
from borderdesk.gui.views.notes_panel import SAVE_DELAY_MS, NotesPanel

RU = ItemRef.from_string("border:kz-ru")
FIVE_MB = "Lorem ipsum dolor sit amet. " * 187_500
LINE = "y" * 79 + "\n"  # long notes as people write them: in lines


@pytest.fixture
def service(tmp_path: Path) -> UserDataRepository:
    repository = open_user_data(UserFolders.under(tmp_path / "user"))
    repository.set_note(RU, "my short note")
    return repository


@pytest.fixture
def panel(qtbot: QtBot, service: UserDataRepository) -> NotesPanel:
    shown = NotesPanel(service)
    qtbot.addWidget(shown)
    shown.show()
    shown.show_item(RU, "Russia")
    shown.editor.setFocus()
    shown.editor.moveCursor(shown.editor.textCursor().MoveOperation.End)
    return shown


def refused_message(panel: NotesPanel) -> str:
    return panel.status.text()


def drag(panel: NotesPanel, text: str) -> None:
    """Drag ``text`` from another program into the editor and drop it there."""
    mime = QMimeData()
    mime.setText(text)
    viewport = panel.editor.viewport()
    where = QPointF(viewport.rect().center())
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    enter = QDragEnterEvent(where.toPoint(), copy, mime, left, none)
    assert QApplication.sendEvent(viewport, enter)
    assert QApplication.sendEvent(viewport, QDropEvent(where, copy, mime, left, none))


@pytest.mark.parametrize("how", ["paste", "ctrl+v", "drop"])
def test_five_megabytes_are_refused_before_the_editor_lays_them_out(
    qtbot: QtBot, panel: NotesPanel, service: UserDataRepository, how: str
) -> None:
    QApplication.clipboard().setText(FIVE_MB)

    with qtbot.assertNotEmitted(panel.editor.textChanged):
        if how == "paste":
            panel.editor.paste()
        elif how == "ctrl+v":
            qtbot.keyClick(panel.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        else:
            drag(panel, FIVE_MB)
        qtbot.wait(SAVE_DELAY_MS + 100)  # the message is still there after the save delay

    assert panel.editor.toPlainText() == "my short note"
    assert panel.editor.document().characterCount() == len("my short note") + 1
    expected = (
        f"Too long to paste: {len(FIVE_MB) + 13:,} characters (a note holds {NOTE_MAX_CHARS:,})"
    )
    assert refused_message(panel) == expected
    note = service.note(RU)
    assert note is not None
    assert note.text == "my short note"


def test_a_paste_that_fits_is_taken_and_saved(
    qtbot: QtBot, panel: NotesPanel, service: UserDataRepository
) -> None:
    QApplication.clipboard().setText(" and more")
    panel.editor.paste()
    qtbot.waitUntil(lambda: panel.status.text() == "Saved")

    note = service.note(RU)
    assert note is not None
    assert note.text == "my short note and more"


def test_a_paste_replacing_a_long_selection_is_measured_after_the_replacement(
    qtbot: QtBot, panel: NotesPanel, service: UserDataRepository
) -> None:
    service.set_note(RU, LINE * ((NOTE_MAX_CHARS - 80) // 80))
    panel.show_item(RU, "Russia")
    panel.editor.selectAll()
    pasted = ("z" * 79 + "\n") * 1240  # 99,200 characters: fits once the rest is gone
    QApplication.clipboard().setText(pasted)
    panel.editor.paste()
    qtbot.waitUntil(lambda: panel.status.text() == "Saved")

    note = service.note(RU)
    assert note is not None
    assert note.text == pasted


def test_typing_past_the_limit_keeps_the_too_long_message_and_saves_nothing(
    qtbot: QtBot, panel: NotesPanel, service: UserDataRepository
) -> None:
    full = LINE * (NOTE_MAX_CHARS // 80)
    service.set_note(RU, full)
    panel.show_item(RU, "Russia")
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)

    qtbot.keyClicks(panel.editor, "xy")
    qtbot.wait(SAVE_DELAY_MS + 100)

    assert panel.status.text() == f"Too long: at most {NOTE_MAX_CHARS:,} characters; not saved"
    note = service.note(RU)
    assert note is not None
    assert note.text == full
    qtbot.keyClick(panel.editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(panel.editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: panel.status.text() == "Saved")
