"""The app icon: PNG sizes rendered from the SVG master, and the window icon made from them."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from borderdesk.gui.qtapp import ICON_SIZES, app_icon
from tests.packaging.conftest import PACKAGING, REPO

ASSET_ICONS = Path(str(files("borderdesk.assets") / "icons"))


def test_icon_sizes_are_the_ones_make_icons_renders() -> None:
    source = (PACKAGING / "make_icons.py").read_text()
    match = re.search(r"^SIZES = \(([\d, ]+)\)$", source, re.MULTILINE)
    assert match is not None
    assert tuple(int(n) for n in match.group(1).split(",")) == ICON_SIZES


def test_each_png_has_its_size_a_transparent_corner_and_an_opaque_middle() -> None:
    for size in ICON_SIZES:
        image = QImage(str(ASSET_ICONS / f"borderdesk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_runtime_svg_is_the_master_art() -> None:
    master = REPO / "resources" / "borderdesk-icon.svg"
    assert (ASSET_ICONS / "borderdesk.svg").read_bytes() == master.read_bytes()


def test_windows_and_macos_icon_files_exist() -> None:
    assert (PACKAGING / "icons" / "borderdesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (PACKAGING / "icons" / "borderdesk.icns").read_bytes()[:4] == b"icns"


def test_app_icon_offers_every_size(qapp: QApplication) -> None:
    icon = app_icon()

    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} == set(ICON_SIZES)
    pixmap = icon.pixmap(QSize(48, 48))
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    assert pixmap.toImage().pixelColor(24, 24).alpha() == 255
