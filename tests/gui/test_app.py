"""The composition root: a bad database gives a dialog naming the file, never an empty window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from borderdesk import desktop as app_module
from borderdesk.gui import errors


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "not found"), (b"", "empty"), (b"\x00garbage" * 512, "not a SQLite database")],
)
def test_bad_database_shows_a_dialog_and_no_window(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    problem: str,
) -> None:
    monkeypatch.setenv("BORDERDESK_USER_DIR", str(tmp_path / "user"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        errors, "show_error", lambda _parent, title, message: shown.append((title, message))
    )
    db = tmp_path / "data?.sqlite"
    if content is not None:
        db.write_bytes(content)

    assert app_module.run_gui(db) == 1

    assert len(shown) == 1
    title, message = shown[0]
    assert "cannot open" in title
    assert str(db) in message
    assert problem in message
    assert "you chose with --db" in message
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QWidget) and w.isVisible()
    ]
    stderr = capsys.readouterr().err
    assert str(db) in stderr
    assert "Traceback" not in stderr
