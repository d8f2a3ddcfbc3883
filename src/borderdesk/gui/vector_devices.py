"""The vector paint devices every export uses: an SVG and a PDF page of the image's own shape."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

DPI = 96  # other resolutions misplace pyqtgraph's axes in SVG, and shift PDF layouts


def svg_generator(width: int, height: int, title: str, caption: str) -> QSvgGenerator:
    """Return an SVG generator of width x height px carrying the title and caption."""
    generator = QSvgGenerator()
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(QPoint(0, 0), QSize(width, height)))
    generator.setResolution(DPI)
    generator.setTitle(title)
    generator.setDescription(caption)
    return generator


def pdf_writer(path: Path, width: int, height: int, title: str, caption: str) -> QPdfWriter:
    """Return a PDF writer whose one page is width x height at 96 dpi, without margins."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    page = QPageSize(
        QSizeF(width * 72 / DPI, height * 72 / DPI),
        QPageSize.Unit.Point,
        f"BorderDesk {title}",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator(f"BorderDesk — {caption}")
    return writer
