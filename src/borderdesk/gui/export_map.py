"""Write the border map to PNG, SVG or PDF at any size, with a caption naming its data source.

The same ``paint_map`` that draws the pane draws straight onto the image, SVG generator or PDF
page, so no widget is shown or resized; fonts and pens grow with the size. Files are written
beside the target and then moved into place (``core.atomic``), as for the chart.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QImage,
    QPaintDevice,
    QPainter,
)

from borderdesk.core.model import BorderMap
from borderdesk.gui.export import export_format
from borderdesk.gui.export_files import check_folder, check_size, write_atomically
from borderdesk.gui.vector_devices import pdf_writer, svg_generator
from borderdesk.gui.views.chart_style import BACKGROUND
from borderdesk.gui.views.map_paint import MAP_TITLE, MapFrame, MapLook, paint_map, project


def map_look(
    border_map: BorderMap,
    highlight: str | None = None,
    members: Iterable[str] = (),
    members_label: str = "",
) -> MapLook:
    """Return what an export marks: the selected segment, member states, the caption."""
    return MapLook(
        highlight=highlight if border_map.segment(highlight or "") else None,
        members=frozenset(members),
        members_label=members_label,
        caption=border_map.caption,
    )


def render_map(
    border_map: BorderMap,
    path: Path,
    width: int,
    height: int,
    highlight: str | None = None,
    *,
    look: MapLook | None = None,
    frame: MapFrame | None = None,
) -> Path:
    """Write the map as PNG, SVG or PDF (from the extension) at width x height, atomically."""
    path = Path(path)
    kind = export_format(path)
    check_size(path, width, height)
    check_folder(path)
    look = look or map_look(border_map, highlight)
    frame = frame or MapFrame()
    projected = project(border_map)

    def draw(painter: QPainter) -> None:
        paint_map(painter, QRectF(0, 0, width, height), projected, frame, look)

    def write(temp: Path) -> None:
        if kind == "PNG":
            image = QImage(QSize(width, height), QImage.Format.Format_RGB32)
            image.fill(QColor(BACKGROUND))
            _paint_on(image, draw, "image")
            image.setText("Title", MAP_TITLE)
            image.setText("Source", look.caption)
            image.setText("Software", "BorderDesk")
            if not image.save(str(temp), "PNG"):  # type: ignore[call-overload]
                raise OSError(errno.EIO, "the PNG data could not be written")
        elif kind == "SVG":
            generator = svg_generator(width, height, MAP_TITLE, look.caption)
            generator.setFileName(str(temp))
            _paint_on(generator, draw, "SVG drawing")
        else:
            writer = pdf_writer(temp, width, height, MAP_TITLE, look.caption)

            def scaled(painter: QPainter) -> None:
                scale = min(writer.width() / width, writer.height() / height)
                painter.scale(scale, scale)
                draw(painter)

            _paint_on(writer, scaled, "PDF document")

    write_atomically(path, write)
    return path


def _paint_on(device: QPaintDevice, draw: Callable[[QPainter], None], what: str) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(errno.EIO, f"the {what} could not be started")
    try:
        draw(painter)
    finally:
        painter.end()
