"""Paint map parts onto a plain image, for the map modules' tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter

GROUND = "#FFFFFF"


def painted(width: int, height: int, draw: Callable[[QPainter], None]) -> QImage:
    """Return a white image of a size with ``draw`` run on an antialiased painter over it."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(GROUND))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    try:
        draw(painter)
    finally:
        painter.end()
    return image


def colour_at(image: QImage, x: float, y: float) -> str:
    """Return the colour of the pixel nearest a point, as #RRGGBB."""
    return image.pixelColor(QPoint(round(x), round(y))).name().upper()


def colours(image: QImage) -> set[str]:
    """Return every colour in an image, as #RRGGBB."""
    return {
        image.pixelColor(x, y).name().upper()
        for y in range(image.height())
        for x in range(image.width())
    }
