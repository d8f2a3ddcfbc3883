"""Splitter sizes from the settings are checked against the window, like every other setting."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.sample import SampleService
from borderdesk.gui.settings import Settings
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.real_window import open_window

LEAST = 40  # px: less than this of the page or the chart is not a usable pane


def splitter_state(
    sizes: list[int], *, collapsible: bool = True, handle: int = -1, orientation: int = 2
) -> QByteArray:
    """Return a QSplitter.saveState() blob (magic, version, sizes, flags), garbled at will."""
    raw = struct.pack(f">iii{len(sizes)}i", 0xFF, 1, len(sizes), *sizes)
    raw += struct.pack(">?i?i?", collapsible, handle, True, orientation, True)
    return QByteArray(raw)


GARBLED = {
    "collapsed": splitter_state([0, 5000]),
    "huge": splitter_state([1, 99_999_999]),
    "negative": splitter_state([-400, -1]),
    "wrong count": splitter_state([100, 100, 100, 100, 100, 100, 100]),
    "handles eat the room": splitter_state([300, 300], handle=3000),
    "turned sideways": splitter_state([300, 300], orientation=1),
    "cut short": QByteArray(struct.pack(">iii", 0xFF, 1, 2) + b"\x00\x00"),
}


def panes(window: MainWindow) -> dict[str, QWidget]:
    # The overview opens with the chart under the page (the note is the panel's third tab).
    return {"page": window.detail_pane, "chart": window.chart_slot}


@pytest.mark.parametrize("garbled", GARBLED.values(), ids=GARBLED.keys())
def test_garbled_sizes_give_the_default_layout_and_are_not_saved_again(
    qtbot: QtBot, sample_service: SampleService, tmp_path: Path, garbled: QByteArray
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.window.set_splitter("detail", garbled)
    settings.window.set_splitter("main", splitter_state([0, 9000], orientation=1, handle=900))
    assert settings.sync()

    window = open_window(qtbot, sample_service, tmp_path)

    assert window.detail_splitter.orientation() is Qt.Orientation.Vertical
    assert window.main_splitter.orientation() is Qt.Orientation.Horizontal
    assert window.detail_splitter.handleWidth() < 20
    assert window.main_splitter.handleWidth() < 20
    for name, pane in panes(window).items():
        assert pane.isVisible(), name
        assert pane.height() >= LEAST, (name, pane.height())
    assert window.navigation.width() >= LEAST
    window.close()
    saved = Settings(tmp_path / "settings.ini").window
    for name in ("main", "detail"):
        sizes = saved.splitter_sizes(name)
        assert sizes is not None, name
        assert min(sizes) >= LEAST, (name, sizes)


def test_a_layout_the_reader_made_is_kept(
    qtbot: QtBot, sample_service: SampleService, tmp_path: Path
) -> None:
    first = open_window(qtbot, sample_service, tmp_path)
    first.detail_splitter.setSizes([300, 400])
    first.main_splitter.setSizes([360, 900])
    qtbot.wait(20)
    detail, main = first.detail_splitter.sizes(), first.main_splitter.sizes()
    first.close()

    second = open_window(qtbot, sample_service, tmp_path)

    assert second.detail_splitter.sizes() == detail
    assert second.main_splitter.sizes() == main
    assert Settings(tmp_path / "settings.ini").window.splitter_sizes("detail") == tuple(detail)
