"""Create the QApplication once, with the bundled font, for the window and for headless exports."""

from __future__ import annotations

import os
import sys
from importlib.resources import as_file, files

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from borderdesk.core.i18n import set_translator
from borderdesk.gui.translation import qt_translate

FONT_FAMILY_FALLBACK = "Noto Sans"
DESKTOP_FILE_NAME = "io.github.borderdesk.BorderDesk"  # packaging/*.desktop, the icon's name
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # assets/icons/borderdesk-<N>.png
_font_family: str | None = None


def load_bundled_font() -> str:
    """Register the bundled Noto Sans and return its family name (idempotent)."""
    global _font_family  # one registration per process
    if _font_family is None:
        resource = files("borderdesk.assets") / "fonts" / "NotoSans.ttf"
        with as_file(resource) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _font_family = families[0] if families else FONT_FAMILY_FALLBACK
    return _font_family


def app_icon() -> QIcon:
    """Return the application icon from the bundled PNG sizes (each read when first drawn)."""
    icon = QIcon()
    folder = files("borderdesk.assets") / "icons"
    for size in ICON_SIZES:
        with as_file(folder / f"borderdesk-{size}.png") as path:
            icon.addFile(str(path), QSize(size, size))
    return icon


def ensure_application(*, headless: bool = False, argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating it (offscreen when headless) if needed."""
    app = QApplication.instance()
    if app is None:
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName("BorderDesk")
        app.setOrganizationName("BorderDesk")
        app.setApplicationDisplayName("BorderDesk")
        app.setDesktopFileName(DESKTOP_FILE_NAME)
        app.setWindowIcon(app_icon())
    if not isinstance(app, QApplication):
        raise TypeError("BorderDesk needs a QApplication, found another kind of Qt application")
    set_translator(qt_translate)  # core's words through Qt's translators from now on
    family = load_bundled_font()
    font = QFont(family)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
    return app


_base_font: QFont | None = None  # the application font before any text scaling


def apply_text_scale(app: QApplication, percent: float) -> None:
    """Set the application font to ``percent`` of its size at start: menus, tree, pages, notes."""
    global _base_font  # one starting font per process, as there is one application
    if _base_font is None:
        _base_font = QFont(app.font())
    font = QFont(_base_font)
    if _base_font.pointSizeF() > 0:
        font.setPointSizeF(_base_font.pointSizeF() * percent / 100)
    else:  # a font sized in pixels
        font.setPixelSize(max(1, round(_base_font.pixelSize() * percent / 100)))
    if font != app.font():
        app.setFont(font)
