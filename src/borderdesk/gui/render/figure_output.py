"""Turn one drawing into a PNG, SVG or PDF file, an image, or clipboard data, with provenance.

A ``Figure`` is a drawing of a fixed pixel size, its ground colour and its words. The chart
and the map each make one; everything after that is shared, so a preview, a PNG file and the
clipboard's bitmap are the same pixels, and every file carries the same metadata: PNG text
chunks (Title, Description, Source, Author, Software, Creation Time), SVG ``<title>`` and
``<desc>``, PDF document info (Title, Author, Creator, Producer) and XMP (the caption as
``dc:description``, keywords).
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPaintDevice,
    QPainter,
)

from borderdesk import __version__
from borderdesk.core.export_options import FigureText, Paper, dots_per_metre
from borderdesk.gui.render.offscreen import begin_painting
from borderdesk.gui.render.vector_devices import DPI, pdf_writer, svg_generator

Draw = Callable[[QPainter], None]


def software() -> str:
    """Return the name every export gives as its software: ``BorderDesk 0.1.0``."""
    return f"BorderDesk {__version__}"


@dataclass(frozen=True)
class Figure:
    """A drawing of width x height pixels on a ground colour, with its words and paper."""

    draw: Draw  # paints the whole figure from (0, 0) at its pixel size
    width: int
    height: int
    background: str  # the theme's background: every format's ground
    text: FigureText
    paper: Paper | None = None  # a printed page: the PDF page size, the PNG's resolution


def figure_image(figure: Figure) -> QImage:
    """Return the figure's pixels: what a PNG file, a preview and the clipboard all get."""
    image = QImage(QSize(figure.width, figure.height), QImage.Format.Format_RGB32)
    image.fill(QColor(figure.background))
    _paint(image, figure.draw, "image")
    if figure.paper is not None:
        image.setDotsPerMeterX(dots_per_metre(figure.paper.dpi))
        image.setDotsPerMeterY(dots_per_metre(figure.paper.dpi))
    return image


def stamp_image(image: QImage, text: FigureText, created: datetime | None = None) -> None:
    """Write the figure's provenance into the image's PNG text chunks."""
    when = created or datetime.now(UTC)
    image.setText("Title", text.title)
    image.setText("Description", text.caption)
    image.setText("Source", text.caption)
    image.setText("Author", "; ".join(text.sources))
    image.setText("Software", software())
    image.setText("Creation Time", format_datetime(when.astimezone(UTC), usegmt=True))


def png_bytes(image: QImage) -> QByteArray:
    """Return the image encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs: bytes; runtime: str
    buffer.close()
    return data


def svg_bytes(figure: Figure) -> QByteArray:
    """Return the figure as an SVG document."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = svg_generator(figure.width, figure.height, figure.text.title, figure.text.caption)
    generator.setOutputDevice(buffer)
    _paint(generator, _on_ground(figure), "SVG drawing")
    buffer.close()
    return data


def write_figure(figure: Figure, kind: str, temp: Path) -> None:
    """Write the figure to ``temp`` as PNG, SVG or PDF (``kind``)."""
    _WRITERS[kind](figure, temp)


def copy_figure(figure: Figure) -> QImage:
    """Put the figure on the clipboard as a bitmap, a PNG and an SVG; return the bitmap."""
    image = figure_image(figure)
    stamp_image(image, figure.text)
    mime = QMimeData()
    mime.setImageData(image)
    mime.setData("image/png", png_bytes(image))
    mime.setData("image/svg+xml", svg_bytes(figure))
    QGuiApplication.clipboard().setMimeData(mime)
    return image


# -- writers ------------------------------------------------------------------------------


def _paint(device: QPaintDevice, draw: Draw, what: str) -> None:
    painter = QPainter()
    begin_painting(painter, device, what)
    try:
        draw(painter)
    finally:
        painter.end()


def _on_ground(figure: Figure) -> Draw:
    """Return the drawing over its background (vector files have no ground of their own)."""

    def draw(painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, figure.width, figure.height), QColor(figure.background))
        figure.draw(painter)

    return draw


def _write_png(figure: Figure, temp: Path) -> None:
    image = figure_image(figure)
    stamp_image(image, figure.text)
    if not image.save(str(temp), "PNG"):  # type: ignore[call-overload]  # as above
        raise OSError(errno.EIO, "the PNG data could not be written")


def _write_svg(figure: Figure, temp: Path) -> None:
    generator = svg_generator(figure.width, figure.height, figure.text.title, figure.text.caption)
    generator.setFileName(str(temp))
    _paint(generator, _on_ground(figure), "SVG drawing")


def _write_pdf(figure: Figure, temp: Path) -> None:
    writer = pdf_writer(
        temp,
        figure.width,
        figure.height,
        figure.text.title,
        figure.text.caption,
        page_mm=figure.paper.size_mm if figure.paper else None,
        author="; ".join(figure.text.sources),
        keywords=figure.text.keywords,
        creator=software(),
    )
    # The page in device pixels at DPI, as floats: an A4 page is not a whole number of them.
    page = writer.pageLayout().fullRect(QPageLayout.Unit.Point)
    width, height = page.width() * DPI / 72, page.height() * DPI / 72

    def draw(painter: QPainter) -> None:
        scale = min(width / figure.width, height / figure.height)
        painter.fillRect(QRectF(0, 0, width, height), QColor(figure.background))
        painter.translate((width - figure.width * scale) / 2, (height - figure.height * scale) / 2)
        painter.scale(scale, scale)
        _on_ground(figure)(painter)

    _paint(writer, draw, "PDF document")


_WRITERS: dict[str, Callable[[Figure, Path], None]] = {
    "PNG": _write_png,
    "SVG": _write_svg,
    "PDF": _write_pdf,
}
