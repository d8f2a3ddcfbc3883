"""Settings: typed, separated, and forgiving of a damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.gui.settings import Settings

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
