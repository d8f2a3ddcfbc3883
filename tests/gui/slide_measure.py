"""Measure a slide as the class sees it: every text drawn, its pixel size, and the picture's share.

The slide is painted into an SVG document (``QWidget.render``), which records every run of
text drawn — labels, the chart's ticks and values, the map's names, the grid's and the
timeline's words — with its font size and the transforms over it.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

TextRun = tuple[float, str]  # pixel size as drawn, and the words


def drawn_text(widget: QWidget) -> list[TextRun]:
    """Return every run of text the widget draws (children included), with its pixel size."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    generator.setViewBox(QRect(QPoint(0, 0), widget.size()))
    generator.setResolution(96)
    painter = QPainter(generator)
    widget.render(painter, QPoint(0, 0))
    painter.end()
    buffer.close()
    root = ET.fromstring(bytes(data.data()))  # noqa: S314 - our own rendering
    runs: list[TextRun] = []

    def walk(element: ET.Element, scale: float) -> None:
        transform = element.get("transform", "")
        if transform.startswith("matrix("):
            a, b, c, d, _e, _f = (float(n) for n in transform[7:-1].split(","))
            scale *= abs(a * d - b * c) ** 0.5
        if element.tag.endswith("}text"):
            words = "".join(element.itertext()).strip()
            if words:
                runs.append((float(element.get("font-size", "0")) * scale, words))
        for child in element:
            walk(child, scale)

    walk(root, 1.0)
    return runs


def share_of(part: QWidget, whole: QWidget) -> float:
    """Return the share of ``whole``'s area that ``part`` covers."""
    return part.width() * part.height() / max(whole.width() * whole.height(), 1)
