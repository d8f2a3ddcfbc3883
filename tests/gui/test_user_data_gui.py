"""Catalogue E and F in the window: notes never run code or load files; slots fail visibly."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from borderdesk.core import crashlog
from borderdesk.core.instance import Role, claim
from borderdesk.core.model import ItemRef
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.userdb.repository import open_user_data
from borderdesk.gui import errors
from borderdesk.gui.errors import install_excepthook
from borderdesk.gui.pages.note_html import note_to_html
from borderdesk.gui.views.notes_panel import NotesPanel
from borderdesk.gui.window import userdata_ui
from borderdesk.gui.window.user_session import startup_messages

RU = ItemRef.from_string("border:kz-ru")


@pytest.fixture
def folders(tmp_path: Path) -> UserFolders:
    return UserFolders.under(tmp_path / "user")


def test_c29_scripts_images_and_local_links_are_text_or_refused(
    qtbot: QtBot, folders: UserFolders
) -> None:
    text = (
        '<script>alert(1)</script> <img src="file:///etc/passwd"> '
        "[x](file:///etc/passwd) [y](javascript:alert(1)) [ok](https://example.org)"
    )
    html = note_to_html(text)
    assert "<script" not in html
    assert "<img" not in html
    assert '<a href="https://example.org">ok</a>' in html
    assert 'href="file:' not in html
    assert 'href="javascript:' not in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html  # shown, as text
    panel = NotesPanel(open_user_data(folders))
    qtbot.addWidget(panel)
    panel.show_item(RU, "Russia")
    panel.editor.setPlainText(text)
    plain = panel.preview.toPlainText()
    assert "<script>alert(1)</script>" in plain  # shown as text, never run
    assert all("passwd" not in name for name in panel.preview.refused)
    panel.preview.anchorClicked.emit(__import__("PySide6.QtCore").QtCore.QUrl("file:///etc/passwd"))
    assert panel.preview.refused == ["file:///etc/passwd"]


def test_c30_huge_or_malformed_markdown_renders_in_time() -> None:
    started = time.perf_counter()
    for text in (
        "*" * 100_000,
        "[a](http://" + "a" * 100_000,
        "**" * 50_000,
        "`" * 99_999,
        "<" * 100_000,
        "# " * 50_000,
    ):
        note_to_html(text)
    assert time.perf_counter() - started < 2.0


def test_note_typed_in_the_panel_is_committed_and_shown_again(
    qtbot: QtBot, folders: UserFolders
) -> None:
    service = open_user_data(folders)
    panel = NotesPanel(service)
    qtbot.addWidget(panel)
    panel.show_item(RU, "Russia")
    panel.editor.setPlainText("Border **guards** 100% _sure_")
    with qtbot.waitSignal(panel.note_saved, timeout=3000):
        pass
    panel.bookmark_button.click()
    assert panel.bookmark_button.text() == "★ Bookmarked"
    again = NotesPanel(open_user_data(folders))
    qtbot.addWidget(again)
    again.show_item(RU, "Russia")
    assert again.editor.toPlainText() == "Border **guards** 100% _sure_"
    assert again.bookmark_button.isChecked()
    assert again.preview.toPlainText() == "Border guards 100% _sure_"
    assert "font-weight:700" in again.preview.toHtml()


def test_c31_an_exception_in_a_slot_shows_a_dialog_and_logs_a_line(
    qtbot: QtBot, folders: UserFolders, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        errors, "show_error", lambda parent, title, text: shown.append((title, text))
    )
    uninstall = install_excepthook(lambda: folders.log_file)
    try:
        service = open_user_data(folders)
        panel = NotesPanel(service)
        qtbot.addWidget(panel)
        panel.show_item(RU, "Russia")

        def boom(*args: Any) -> None:
            raise RuntimeError("injected fault")

        monkeypatch.setattr(service, "set_bookmark", boom)
        panel.bookmark_button.click()  # the toggled slot raises
        monkeypatch.setattr(service, "set_note", boom)
        panel.editor.setPlainText("x")
        qtbot.wait(600)  # the save timer's slot raises
    finally:
        uninstall()
    assert [title for title, _ in shown] == ["BorderDesk error", "BorderDesk error"]
    assert "injected fault" in shown[0][1]
    assert str(folders.log_file) in shown[0][1]
    log = folders.log_file.read_text()
    assert log.count("ERROR RuntimeError: injected fault") == 2
    assert panel.isVisible() is False or panel.editor.isEnabled()  # still usable


def test_c32_a_native_crash_leaves_a_log_offered_at_the_next_start(folders: UserFolders) -> None:
    crash = folders.crash_log
    code = (
        "import faulthandler, sys; from pathlib import Path; from borderdesk.core import crashlog;"
        f"crashlog.enable(Path({str(crash)!r})); faulthandler._sigsegv()"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True)
    assert result.returncode != 0
    taken = crashlog.take_previous(crash)
    assert taken is not None
    kept, text = taken
    assert "Fatal Python error: Segmentation fault" in text
    assert kept.exists()
    assert not crash.exists()
    messages = startup_messages(open_user_data(folders).report, taken)
    assert messages[-1][0] == "BorderDesk stopped unexpectedly last time"
    assert str(kept) in messages[-1][1]
    assert "Segmentation fault" in messages[-1][2]


def test_c10_a_second_instance_is_refused_and_a_dead_ones_lock_cleared(
    folders: UserFolders,
) -> None:
    lock_path = folders.instance_lock
    first, _ = claim(lock_path, Role.WINDOW, wait=0)
    assert first is not None
    assert first.held
    code = (
        "import sys; from pathlib import Path; "
        "from borderdesk.core.instance import InstanceLock, Role; "
        f"sys.exit(3 if InstanceLock(Path({str(lock_path)!r}), Role.WINDOW).acquire() else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
    first.release()
    # A lock taken by a process that was then killed: the kernel let go of it with the process.
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os; from pathlib import Path; "
            "from borderdesk.core.instance import InstanceLock, Role; "
            f"InstanceLock(Path({str(lock_path)!r}), Role.WINDOW).acquire(); os._exit(9)",
        ],
        check=False,
    )
    assert crashed.returncode == 9
    assert lock_path.exists()
    again, holder = claim(lock_path, Role.WINDOW, wait=0)
    assert again is not None
    assert again.held
    assert holder is None
    again.release()


def test_restore_message_names_the_date_and_the_kept_file(folders: UserFolders) -> None:
    from datetime import UTC, datetime

    repository = open_user_data(folders, clock=lambda: datetime(2026, 5, 1, tzinfo=UTC))
    repository.set_note(RU, "x")
    repository.close()

    from borderdesk.data.userdb.backups import take_backup

    take_backup(folders.notes_db, folders.backups, datetime(2026, 5, 4, 12, 0, tzinfo=UTC))
    folders.notes_db.write_bytes(b"\x00" * 4096)
    report = open_user_data(folders).report
    ((title, text, _),) = startup_messages(report, None)
    assert title == "Your notes were restored from a backup"
    assert "4 May 2026" in text
    assert str(report.set_aside) in text


def test_import_errors_are_shown_in_a_dialog_naming_file_and_path(
    qtbot: QtBot, folders: UserFolders, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(userdata_ui, "show_error", lambda parent, title, text: shown.append(text))
    from PySide6.QtWidgets import QMainWindow

    from borderdesk.data.packs.catalog import PackCatalog

    window = QMainWindow()
    qtbot.addWidget(window)
    ui = userdata_ui.UserDataUi(open_user_data(folders), PackCatalog(folders.packs), None, window)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "borderdesk-notes", "format_version": 1, "notes": [{"item": "x"}]}')
    assert ui.import_notes_from(bad) is None
    assert str(bad) in shown[0]
    assert "notes[0].item: is not an item reference like 'border:kz-ru'" in shown[0]
    assert "notes[0]: missing 'text'" in shown[0]
    assert ui.import_pack_from(bad) is False
    assert 'format: must be "borderdesk-data-pack"' in shown[1]
    assert not folders.packs.exists() or list(folders.packs.iterdir()) == []


def test_a_long_import_shows_its_progress_and_can_be_cancelled(
    qtbot: QtBot, folders: UserFolders, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton

    from borderdesk.core.userdata import DatasetChoice, Progress
    from borderdesk.data.packs.catalog import PackCatalog

    class SlowCatalog(PackCatalog):
        """Report a step every few milliseconds until told to stop."""

        def import_pack(self, path: Path, progress: Progress | None = None) -> DatasetChoice:
            assert progress is not None
            for n in range(2000):
                progress(f"Building its database ({n})", n / 2000)
                steps.append(n)
                time.sleep(0.005)
            raise AssertionError("the import was not stopped")

    steps: list[int] = []
    window = QMainWindow()
    qtbot.addWidget(window)
    ui = userdata_ui.UserDataUi(open_user_data(folders), SlowCatalog(folders.packs), None, window)
    window.show()
    seen: list[str] = []
    messages: list[str] = []
    ui.status_message.connect(messages.append)

    def cancel_when_shown() -> None:
        dialog = window.findChild(QProgressDialog, "progressDialog")
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, cancel_when_shown)
            return
        seen.append(dialog.labelText())
        button = dialog.findChild(QPushButton)
        assert button is not None
        button.click()  # what a reader does

    QTimer.singleShot(50, cancel_when_shown)
    assert ui.import_pack_from(tmp_path / "big.json") is False

    assert seen
    assert seen[0].startswith("Building its database")
    assert steps[-1] < 1999  # stopped at its next report, not run to its end
    assert messages == ["Import of big.json cancelled; nothing was imported."]
