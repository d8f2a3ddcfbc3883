"""A portable install: with BORDERDESK_USER_DIR set, every file BorderDesk writes lives there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from borderdesk.core.userdirs import UserFolders

ROOT = Path(__file__).parents[2]

# The window starts through the real command line, a Qt file dialog (as Browse… opens) is used
# once, and the window closes, saving its layout.
SESSION = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from borderdesk import cli
from borderdesk.gui.qtapp import ensure_application
from borderdesk.gui.window import user_session

user_session.show_messages = lambda _parent, _messages: None
application = ensure_application()

def use_a_file_dialog_then_quit():
    dialog = QFileDialog(None, "Export chart")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    application.processEvents()
    dialog.accept()
    for window in QApplication.topLevelWidgets():
        window.close()

QTimer.singleShot(1500, use_a_file_dialog_then_quit)
sys.exit(cli.main(["gui"]))
"""


def test_settings_and_qts_own_files_stay_in_the_portable_folder(tmp_path: Path) -> None:
    home, portable = tmp_path / "home", tmp_path / "stick"
    home.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_", "BORDERDESK"))},
        "HOME": str(home),
        "BORDERDESK_USER_DIR": str(portable),
        "QT_QPA_PLATFORM": "offscreen",
    }

    result = subprocess.run(
        [sys.executable, "-c", SESSION],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    folders = UserFolders.under(portable)
    assert folders.settings_file is not None
    settings = folders.settings_file.read_text(encoding="utf-8")
    assert "[window]" in settings
    assert "geometry=" in settings
    assert (portable / "config" / "QtProject.conf").is_file()  # the file dialog's own
    assert folders.notes_db.is_file()
    written = sorted(
        str(p.relative_to(home)) for p in home.rglob("*") if "fontconfig" not in p.parts
    )
    assert written == []  # nothing in the home folder (~/.config, ~/.local) at all
