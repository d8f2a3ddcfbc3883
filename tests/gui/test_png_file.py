"""PNG files made by our encoder: Qt reads back the same pixels, words and resolution."""

from __future__ import annotations

import random
import struct
import zlib

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from borderdesk.gui.render import png_file
from borderdesk.gui.render.png_file import SIGNATURE, adler32_combine, png_bytes

TEXTS = {
    "Title": "Kazakhstan's land borders",  # short Latin-1: tEXt
    "Description": "Source: CIA World Factbook 2015; BorderDesk dataset 2026.12, as of today",
    "Author": "Қазақстанның құрлық шекаралары",  # not Latin-1: iTXt
    "Source": "Дереккөз: мақала (шамамен 2012); BorderDesk деректер жинағы 2026.12 — бүгін",
    "Note": "line one\nline two, £ and é",
}


def drawn(width: int, height: int) -> QImage:
    """Return an image with flat areas, text, antialiased edges and noise."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ea"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRect(3, 5, width // 2, height // 3), QColor("#1f77b4"))
    painter.setPen(QColor("#d62728"))
    painter.drawEllipse(QPoint(width // 2, height // 2), width // 3, height // 3)
    painter.setFont(QFont("Noto Sans", 9))
    painter.drawText(QRect(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, "Қазақстан 12 012")
    painter.end()
    noise = random.Random(7)  # noqa: S311 - noise for a test image, not a secret
    for _ in range(200):
        x, y = noise.randrange(width), noise.randrange(height)
        image.setPixel(x, y, noise.randrange(0x1000000) | 0xFF000000)
    return image


def qt_bytes(image: QImage) -> bytes:
    """Return the image as Qt's own writer encodes it."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")  # type: ignore[call-overload]
    return data.data()


@pytest.mark.parametrize(("width", "height"), [(1, 1), (101, 37), (640, 360), (333, 300)])
def test_qt_reads_back_the_same_pixels_words_and_resolution(
    qapp: QApplication, width: int, height: int
) -> None:
    image = drawn(width, height)
    for key, value in TEXTS.items():
        image.setText(key, value)
    image.setDotsPerMeterX(11811)  # 300 dpi, as an A4 preset's PNG
    image.setDotsPerMeterY(11811)

    data = png_bytes(image)
    read = QImage.fromData(data, "PNG")

    assert data.startswith(SIGNATURE)
    assert not read.isNull()
    assert (read.width(), read.height()) == (width, height)
    assert read.convertToFormat(QImage.Format.Format_RGB32) == image
    assert {key: read.text(key) for key in TEXTS} == TEXTS
    assert (read.dotsPerMeterX(), read.dotsPerMeterY()) == (11811, 11811)


def test_the_file_holds_what_qts_own_writer_holds(qapp: QApplication) -> None:
    image = drawn(400, 300)
    for key, value in TEXTS.items():
        image.setText(key, value)
    ours, theirs = QImage.fromData(png_bytes(image)), QImage.fromData(qt_bytes(image))

    assert ours == theirs
    assert ours.textKeys() == theirs.textKeys()
    assert [ours.text(k) for k in ours.textKeys()] == [theirs.text(k) for k in theirs.textKeys()]
    assert ours.hasAlphaChannel() == theirs.hasAlphaChannel()  # RGB, as Qt writes RGB32


def test_an_image_in_another_format_is_written_as_seen(qapp: QApplication) -> None:
    image = drawn(50, 40).convertToFormat(QImage.Format.Format_RGB888)
    read = QImage.fromData(png_bytes(image), "PNG")
    assert read.convertToFormat(QImage.Format.Format_RGB32) == image.convertToFormat(
        QImage.Format.Format_RGB32
    )


def test_an_empty_image_is_refused() -> None:
    with pytest.raises(OSError, match="PNG"):
        png_bytes(QImage())


@pytest.mark.parametrize(("width", "height"), [(700, 512), (257, 1023), (1920, 1080)])
def test_a_large_image_is_one_whole_stream_of_the_same_pixels(
    qapp: QApplication, width: int, height: int
) -> None:
    # From SPLIT_FROM rows on, bands are deflated side by side and joined into one stream.
    image = drawn(width, height)
    data = png_bytes(image)

    # zlib checks the joined stream's Adler-32 against the rows it inflates.
    stream = b"".join(body for kind, body in _chunks(data) if kind == b"IDAT")
    rows = zlib.decompress(stream)
    assert len(rows) == height * (1 + 3 * width)
    read = QImage.fromData(data, "PNG")
    assert read.convertToFormat(QImage.Format.Format_RGB32) == image


def test_the_checksum_of_joined_bands_is_the_checksum_of_the_whole() -> None:
    noise = random.Random(11)  # noqa: S311 - test data
    whole = bytes(noise.randrange(256) for _ in range(200_000))
    for cut in (0, 1, 65520, 65521, 65522, 131042, 150_000, len(whole)):
        first, second = whole[:cut], whole[cut:]
        joined = adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second))
        assert joined == zlib.adler32(whole), cut


def test_a_band_that_fails_fails_the_file(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = png_file._deflate

    def failing(pixels: object, *, last: bool) -> object:
        if last:
            raise MemoryError
        return real(pixels, last=last)

    monkeypatch.setattr(png_file, "_deflate", failing)
    monkeypatch.setattr(png_file.os, "cpu_count", lambda: 2)
    with pytest.raises(MemoryError):
        png_bytes(drawn(600, 600))


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """Return a PNG file's chunks, kind and body, in order."""
    found, at = [], len(SIGNATURE)
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        found.append((data[at + 4 : at + 8], data[at + 8 : at + 8 + length]))
        at += 12 + length
    return found
