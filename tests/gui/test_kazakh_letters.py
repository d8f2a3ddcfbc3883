"""The bundled font draws every Kazakh letter, in the window and in PNG, SVG and PDF files.

With an empty fontconfig a missing glyph is drawn as a box, silently: these tests ask the
font itself (``QRawFont``) for each letter, and read the PDF and SVG back.
"""

from __future__ import annotations

import subprocess
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPdfWriter, QRawFont
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from borderdesk.gui.qtapp import load_bundled_font

KAZAKH = "әғқңөұүһі" + "ӘҒҚҢӨҰҮҺІ"  # the letters Kazakh adds to the Russian alphabet
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя" + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
SAMPLE = "Қазақстан шекаралары: " + " ".join(
    (KAZAKH, RUSSIAN[:16], RUSSIAN[16:33], RUSSIAN[33:49], RUSSIAN[49:], "«№ 1» — 6 846 км")
)


def bundled_raw_font() -> QRawFont:
    """Return the bundled Noto Sans as a raw font."""
    with as_file(files("borderdesk.assets") / "fonts" / "NotoSans.ttf") as path:
        return QRawFont(str(path), 24)


def test_the_bundled_font_has_a_glyph_for_every_kazakh_and_russian_letter(
    qapp: QApplication,
) -> None:
    font = bundled_raw_font()

    assert font.isValid()
    # By code point: PySide takes a str here as a Latin-1 QChar.
    letters = KAZAKH + RUSSIAN + "«»№—"
    missing = [letter for letter in letters if not font.supportsCharacter(ord(letter))]
    assert missing == []
    assert 0 not in font.glyphIndexesForString(KAZAKH)


def test_the_window_draws_kazakh_in_the_bundled_font(qapp: QApplication) -> None:
    family = load_bundled_font()
    metrics = QFontMetrics(QFont(family, 12))

    assert QFont(family).family() == family
    assert all(metrics.inFontUcs4(ord(letter)) for letter in KAZAKH)


def _draw(painter: QPainter, width: int, height: int) -> None:
    font = QFont(load_bundled_font())
    font.setPixelSize(28)
    painter.setFont(font)
    rect = QRectF(10, 10, width - 20, height - 20)
    painter.drawText(rect, Qt.TextFlag.TextWordWrap, SAMPLE)


def test_a_pdf_embeds_only_the_bundled_font_and_keeps_every_letter(
    qapp: QApplication, tmp_path: Path
) -> None:
    out = tmp_path / "kazakh.pdf"
    writer = QPdfWriter(str(out))
    writer.setResolution(96)
    painter = QPainter(writer)
    _draw(painter, 700, 400)
    painter.end()

    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows
    assert all("NotoSans" in row and " yes " in row for row in rows), fonts.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    shown = "".join(text.stdout.split())
    assert all(letter in shown for letter in KAZAKH + RUSSIAN)


def test_an_svg_writes_the_letters_as_text_in_the_bundled_font(
    qapp: QApplication, tmp_path: Path
) -> None:
    out = tmp_path / "kazakh.svg"
    generator = QSvgGenerator()
    generator.setFileName(str(out))
    generator.setSize(QSize(700, 400))
    generator.setResolution(96)
    painter = QPainter(generator)
    _draw(painter, 700, 400)
    painter.end()

    svg = out.read_text(encoding="utf-8")
    assert "Noto Sans" in svg
    assert all(letter in svg for letter in KAZAKH)


def test_a_png_draws_each_letter_as_its_own_glyph_not_a_box(qapp: QApplication) -> None:
    family = load_bundled_font()
    box = _ink(family, "\U000e0100")  # a code point no font draws: the missing-glyph box
    for letter in KAZAKH:
        assert _ink(family, letter) != box, letter


def _ink(family: str, letter: str) -> bytes:
    """Return the pixels of one letter drawn large in a small PNG-ready image."""
    image = QImage(QSize(48, 64), QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    font = QFont(family)
    font.setPixelSize(48)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, 48, 64), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return bytes(image.constBits())
