"""Write the segment chart to PNG, SVG or PDF, or to the clipboard, headless or from the window.

Every export draws a fresh off-screen chart at the requested size, so the window's chart is
never resized, and fonts and pens grow with the image (see ``scale_for_size``).
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from borderdesk.core.errors import ExportError
from borderdesk.core.format import chart_caption, comparison_caption
from borderdesk.core.pages import ChartView, SourceComparison
from borderdesk.gui.export_files import (
    MAX_SIZE,
    MIN_SIZE,
    check_folder,
    check_size,
    write_atomically,
)
from borderdesk.gui.offscreen import begin_painting, offscreen_chart, paint_area
from borderdesk.gui.vector_devices import pdf_writer, svg_generator
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.views.chart_style import BACKGROUND, CHART_TITLE

SIZE_PRESETS: dict[str, tuple[int, int] | None] = {
    "Window size": None,
    "Full HD 1920x1080": (1920, 1080),
    "4K 3840x2160": (3840, 2160),
}
FORMATS = {".png": "PNG", ".svg": "SVG", ".pdf": "PDF"}


def export_format(path: Path) -> str:
    """Return PNG, SVG or PDF from the path's extension; raise ExportError for anything else."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        supported = ", ".join(FORMATS.values())
        shown = path.suffix or "no extension"
        raise ExportError(path, f"unsupported format ({shown}); use one of {supported}")
    return kind


def view_caption(view: ChartView) -> str:
    """Return the caption of a chart view: every source shown and the dataset edition."""
    if isinstance(view, SourceComparison):
        return comparison_caption(view.sources, view.edition)
    return chart_caption(view.source.ref, view.edition)


def view_slug(view: ChartView) -> str:
    """Return the sources' ids for a file name: ``art`` or ``art-cia2008-cia2015``."""
    sources = view.sources if isinstance(view, SourceComparison) else (view.source.ref,)
    return "-".join(source.id.lower() for source in sources)


def render_chart(
    view: ChartView, path: Path, width: int, height: int, highlight: str | None = None
) -> Path:
    """Write the chart (one source or several compared) as PNG, SVG or PDF, atomically."""
    path = Path(path)
    kind = export_format(path)
    check_size(path, width, height)
    check_folder(path)
    caption = view_caption(view)
    with offscreen_chart(view, width, height, highlight) as panel:
        area = panel.chart_area()
        write_atomically(path, lambda temp: _WRITERS[kind](area, temp, caption))
    return path


def copy_chart_to_clipboard(panel: ChartPanel) -> None:
    """Put the chart, at the panel's size, on the clipboard as an image and as SVG."""
    view = panel.current_view()
    if view is None:
        raise ExportError("clipboard", "the chart shows no data yet")
    size = panel.size()
    width = min(max(size.width(), MIN_SIZE[0]), MAX_SIZE[0])
    height = min(max(size.height(), MIN_SIZE[1]), MAX_SIZE[1])
    caption = view_caption(view)
    with offscreen_chart(view, width, height, panel.highlighted_key()) as offscreen:
        image = _image(offscreen.chart_area(), caption)
        svg = _svg_bytes(offscreen.chart_area(), caption)
    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs: bytes; runtime: str
    buffer.close()
    mime = QMimeData()
    mime.setImageData(image)
    mime.setData("image/png", png)
    mime.setData("image/svg+xml", svg)
    QGuiApplication.clipboard().setMimeData(mime)


# -- writers ------------------------------------------------------------------------------


def _image(area: QWidget, caption: str) -> QImage:
    image = QImage(area.size(), QImage.Format.Format_RGB32)
    image.fill(QColor(BACKGROUND))
    painter = QPainter()
    begin_painting(painter, image, "image")
    try:
        paint_area(area, painter)
    finally:
        painter.end()
    image.setText("Title", CHART_TITLE)
    image.setText("Source", caption)
    image.setText("Software", "BorderDesk")
    return image


def _write_png(area: QWidget, temp: Path, caption: str) -> None:
    saved = _image(area, caption).save(str(temp), "PNG")  # type: ignore[call-overload]  # as above
    if not saved:
        raise OSError(errno.EIO, "the PNG data could not be written")


def _svg_generator(area: QWidget, caption: str) -> QSvgGenerator:
    return svg_generator(area.width(), area.height(), CHART_TITLE, caption)


def _paint_svg(generator: QSvgGenerator, area: QWidget) -> None:
    painter = QPainter()
    begin_painting(painter, generator, "SVG drawing")
    try:
        paint_area(area, painter)
    finally:
        painter.end()


def _write_svg(area: QWidget, temp: Path, caption: str) -> None:
    generator = _svg_generator(area, caption)
    generator.setFileName(str(temp))
    _paint_svg(generator, area)


def _svg_bytes(area: QWidget, caption: str) -> QByteArray:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = _svg_generator(area, caption)
    generator.setOutputDevice(buffer)
    _paint_svg(generator, area)
    buffer.close()
    return data


def _write_pdf(area: QWidget, temp: Path, caption: str) -> None:
    width, height = area.width(), area.height()
    writer = pdf_writer(temp, width, height, CHART_TITLE, caption)
    painter = QPainter()
    begin_painting(painter, writer, "PDF document")
    try:
        scale = min(writer.width() / width, writer.height() / height)
        painter.translate(
            (writer.width() - width * scale) / 2, (writer.height() - height * scale) / 2
        )
        painter.scale(scale, scale)
        paint_area(area, painter)
    finally:
        painter.end()


_WRITERS: dict[str, Callable[[QWidget, Path, str], None]] = {
    "PNG": _write_png,
    "SVG": _write_svg,
    "PDF": _write_pdf,
}
