"""Turn one drawing into a PNG, SVG or PDF file, an image, or clipboard data, with provenance.

A ``Figure`` is a drawing of a fixed pixel size, its ground colour and its words. The chart
and the map each make one; everything after that is shared, so a preview, a PNG file and the
clipboard's bitmap are the same pixels, and every file carries the same metadata: PNG text
chunks (Title, Description, Source, Author, Software, Creation Time), SVG ``<title>`` and
``<desc>``, PDF document info (Title, Author, Creator, Producer) and XMP (the caption as
``dc:description``, keywords).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QByteArray, QMimeData, QRectF, QSize
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
from borderdesk.core.record import frozen
from borderdesk.gui.render.painting import begin_painting, end_painting
from borderdesk.gui.render.png_file import png_bytes
from borderdesk.gui.render.svg_outlines import outline_text
from borderdesk.gui.render.vector_devices import DPI, MemoryFile, pdf_writer, svg_generator

Draw = Callable[[QPainter], None]


def software() -> str:
    """Return the name every export gives as its software: ``BorderDesk 0.1.0``."""
    return f"BorderDesk {__version__}"


@frozen
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
    from email.utils import format_datetime  # a PNG's alone: email imports socket and more

    image.setText("Creation Time", format_datetime(when.astimezone(UTC), usegmt=True))


def svg_bytes(figure: Figure) -> bytes:
    """Return the figure as a whole SVG document, its text drawn as outlines (no font needed).

    Raise OSError if it was not made whole.
    """
    sink = MemoryFile("SVG")
    generator = svg_generator(figure.width, figure.height, figure.text.title, figure.text.caption)
    generator.setOutputDevice(sink.device)
    _paint(generator, _on_ground(figure), "SVG drawing")
    return outline_text(sink.data())


def figure_bytes(figure: Figure, kind: str) -> bytes:
    """Return the figure as a whole PNG, SVG or PDF file (``kind``), made in memory."""
    return _MAKERS[kind](figure)


def copy_figure(figure: Figure) -> QImage:
    """Put the figure on the clipboard as a bitmap, a PNG and an SVG; return the bitmap."""
    image = figure_image(figure)
    stamp_image(image, figure.text)
    mime = QMimeData()
    mime.setImageData(image)
    mime.setData("image/png", QByteArray(png_bytes(image)))
    mime.setData("image/svg+xml", QByteArray(svg_bytes(figure)))
    QGuiApplication.clipboard().setMimeData(mime)
    return image


# -- writers ------------------------------------------------------------------------------


def _paint(device: QPaintDevice, draw: Draw, what: str) -> None:
    painter = QPainter()
    begin_painting(painter, device, what)
    try:
        draw(painter)
    except BaseException:
        painter.end()  # the first error is the one to tell
        raise
    end_painting(painter, what)


def _on_ground(figure: Figure) -> Draw:
    """Return the drawing over its background (vector files have no ground of their own)."""

    def draw(painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, figure.width, figure.height), QColor(figure.background))
        figure.draw(painter)

    return draw


def _png(figure: Figure) -> bytes:
    image = figure_image(figure)
    stamp_image(image, figure.text)
    return png_bytes(image)


def _pdf(figure: Figure) -> bytes:
    sink = MemoryFile("PDF")
    writer = pdf_writer(
        sink.device,
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
    return sink.data()


_MAKERS: dict[str, Callable[[Figure], bytes]] = {
    "PNG": _png,
    "SVG": svg_bytes,
    "PDF": _pdf,
}
