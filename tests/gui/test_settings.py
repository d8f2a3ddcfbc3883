"""Settings: typed, separated, and forgiving of a damaged file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.gui.settings import Settings
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.fakes import FakeChartPanel

CHINA = ItemRef(ItemKind.BORDER, "kz-cn")


def test_window_state_and_preferences_round_trip(settings_path: Path) -> None:
    settings = Settings(settings_path)
    settings.window.geometry = QByteArray(b"\x01\x02geometry")
    settings.window.set_splitter("main", QByteArray(b"main-state"))
    settings.window.last_selection = CHINA
    settings.preferences.restore_last_selection = False
    settings.sync()

    again = Settings(settings_path)

    assert again.window.geometry == QByteArray(b"\x01\x02geometry")
    assert again.window.splitter("main") == QByteArray(b"main-state")
    assert again.window.splitter("detail") is None
    assert again.window.last_selection == CHINA
    assert again.preferences.restore_last_selection is False
    text = settings_path.read_text(encoding="utf-8")
    assert "[window]" in text
    assert "[preferences]" in text


def test_defaults_when_the_file_does_not_exist(settings_path: Path) -> None:
    settings = Settings(settings_path)

    assert settings.window.geometry is None
    assert settings.window.last_selection is None
    assert settings.preferences.restore_last_selection is True
    assert settings.recovered_from is None


def test_each_wrong_typed_value_falls_back_alone(settings_path: Path) -> None:
    settings_path.write_text(
        "[window]\ngeometry=hello\nsplitter_main=42\nlast_selection=not a reference\n"
        "[preferences]\nrestore_last_selection=maybe\n",
        encoding="utf-8",
    )
    settings = Settings(settings_path)

    assert settings.window.geometry is None
    assert settings.window.splitter("main") is None
    assert settings.window.last_selection is None
    assert settings.preferences.restore_last_selection is True


def test_a_good_key_survives_next_to_bad_ones(settings_path: Path) -> None:
    settings_path.write_text(
        "[window]\ngeometry=hello\nlast_selection=border:kz-cn\n", encoding="utf-8"
    )

    settings = Settings(settings_path)

    assert settings.window.geometry is None
    assert settings.window.last_selection == CHINA


@pytest.mark.parametrize(
    "garbage",
    [bytes(range(256)) * 8, b"\x00" * 512, b"\xff\xfe[window]\x00geometry=@ByteArray("],
)
def test_a_garbage_file_is_kept_aside_and_defaults_used(
    settings_path: Path, garbage: bytes
) -> None:
    settings_path.write_bytes(garbage)

    settings = Settings(settings_path)

    assert settings.window.geometry is None
    assert settings.window.last_selection is None
    assert settings.recovered_from is not None
    assert settings.recovered_from.read_bytes() == garbage
    settings.window.last_selection = CHINA
    settings.sync()
    assert Settings(settings_path).window.last_selection == CHINA


def test_clear_layout_keeps_the_last_selection(settings_path: Path) -> None:
    settings = Settings(settings_path)
    settings.window.geometry = QByteArray(b"geometry")
    settings.window.set_splitter("detail", QByteArray(b"detail"))
    settings.window.last_selection = CHINA

    settings.window.clear_layout()

    assert settings.window.geometry is None
    assert settings.window.splitter("detail") is None
    assert settings.window.last_selection == CHINA


BAD_NAME = re.compile(r"settings\.ini\.bad-\d{8}-\d{6}(-\d+)?")


@pytest.mark.parametrize(
    "damaged",
    [
        pytest.param(b"", id="truncated-to-nothing"),
        pytest.param(b"[window]\nlast_selection=border:kz-cn\n[prefer", id="truncated-header"),
        pytest.param(b"[window\nlast_selection=border:kz-cn\n", id="unclosed-section"),
        pytest.param(b"hello world\n!!! no keys here\n", id="garbage-text"),
        pytest.param(b"\x00" * 4096, id="zeroed"),
    ],
)
def test_c33_a_file_qt_cannot_parse_is_kept_aside_and_defaults_used(
    settings_path: Path, damaged: bytes
) -> None:
    settings_path.write_bytes(damaged)

    settings = Settings(settings_path)

    assert settings.window.last_selection is None
    assert settings.preferences.restore_last_selection is True
    assert settings.recovered_from is not None
    assert BAD_NAME.fullmatch(settings.recovered_from.name)
    assert settings.recovered_from.parent == settings_path.parent
    assert settings.recovered_from.read_bytes() == damaged
    assert not settings_path.exists()  # nothing written until there is something to save
    settings.window.last_selection = CHINA
    assert settings.sync()
    assert Settings(settings_path).window.last_selection == CHINA
    assert settings.recovered_from.read_bytes() == damaged
    assert {path.name for path in settings_path.parent.iterdir()} == {
        "settings.ini",
        settings.recovered_from.name,
    }


def test_c33_two_damaged_files_in_one_second_are_both_kept(settings_path: Path) -> None:
    kept = []
    for garbage in (b"\x00first", b"\x00second"):
        settings_path.write_bytes(garbage)
        recovered = Settings(settings_path).recovered_from
        assert recovered is not None
        kept.append(recovered)

    assert [path.read_bytes() for path in kept] == [b"\x00first", b"\x00second"]


def test_c33_the_window_names_the_kept_copy(
    qtbot: QtBot, sample_service: SampleService, settings_path: Path
) -> None:
    settings_path.write_bytes(b"[window\ngeometry=@ByteArray(broken")

    settings = Settings(settings_path)
    window = MainWindow(sample_service, settings, chart_factory=FakeChartPanel)
    qtbot.addWidget(window)

    assert settings.recovered_from is not None
    assert window.statusBar().currentMessage() == (
        "The settings file was unreadable; defaults are used "
        f"(the old file was kept as {settings.recovered_from})."
    )
    assert window.selection.current == OVERVIEW_REF


def test_c34_a_wrong_typed_preference_falls_back_alone(settings_path: Path) -> None:
    settings_path.write_text(
        "[window]\ngeometry=@ByteArray(kept)\nlast_selection=border:kz-cn\n"
        "[preferences]\nrestore_last_selection=@ByteArray(yes)\n",
        encoding="utf-8",
    )

    settings = Settings(settings_path)

    assert settings.preferences.restore_last_selection is True
    assert settings.window.geometry == QByteArray(b"kept")
    assert settings.window.last_selection == CHINA
    assert settings.recovered_from is None
    assert settings.save_problem == ""


def test_c11_settings_under_a_file_are_read_as_defaults_and_not_saved(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the settings folder should be")
    path = blocker / "BorderDesk" / "settings.ini"

    settings = Settings(path)
    settings.window.last_selection = CHINA

    assert settings.window.geometry is None
    assert settings.save_problem == (
        f"Settings cannot be saved to {path}: part of the folder path is a file, not a folder."
    )
    assert not settings.sync()
    assert blocker.read_text() == "a file where the settings folder should be"
