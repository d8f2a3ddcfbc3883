"""The handout's page: paper sizes and margins in points, its inks, and a laid-out page.

Everything on a handout is placed in points (1/72 inch) on an A4 or US Letter page with
15 mm margins. A ``PageLayout`` lists each item placed on the page with its rectangle and how
to draw it, so tests and previews can ask where anything went.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field

from PySide6.QtCore import QMarginsF, QPointF, QRectF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPen

from borderdesk.core.paper import PaperSize
from borderdesk.core.record import frozen

MM = 72 / 25.4  # points per millimetre
MARGIN = 15 * MM
RULE_WIDTH = 0.6  # pt

TEXT = "#1A1A1A"
MUTED = "#555555"
ACCENT = "#004A75"  # the chart's bar edge: headings
RULE = "#B8B8B8"
FRAME = "#D0D0D0"

PAGE_SIZES = {PaperSize.A4: QPageSize.PageSizeId.A4, PaperSize.LETTER: QPageSize.PageSizeId.Letter}

Painter = Callable[[QPainter], None]


def page_layout(paper: PaperSize) -> QPageLayout:
    """Return the portrait page of a paper size, without device margins (we keep our own)."""
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Point,
    )


def page_rect(paper: PaperSize) -> QRectF:
    """Return the whole page in points."""
    width, height = paper.size_pt
    return QRectF(0, 0, width, height)


def content_rect(paper: PaperSize) -> QRectF:
    """Return the page inside its 15 mm margins, in points."""
    return page_rect(paper).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)


@frozen
class Placed:
    """One thing on the page: what it is, where (points), and how to draw it."""

    name: str  # "title", "visual", "figure 1", "point 2", "source 3", "footer" …
    rect: QRectF
    paint: Painter = field(compare=False)


@frozen
class PageLayout:
    """A laid-out page: every item's rectangle in points, and what had to give way."""

    paper: PaperSize
    items: tuple[Placed, ...]
    points_shown: int
    font_scale: float

    def rect_of(self, name: str) -> QRectF:
        """Return the rectangle of the item called name; KeyError when there is none."""
        for item in self.items:
            if item.name == name:
                return item.rect
        raise KeyError(name)

    def names(self) -> list[str]:
        """Return the items' names, top to bottom."""
        return [item.name for item in self.items]


def rule(name: str, at: QPointF, width: float, colour: str = RULE) -> Placed:
    """Return a horizontal hairline from ``at``, ``width`` points long."""
    rect = QRectF(at.x(), at.y() - RULE_WIDTH / 2, width, RULE_WIDTH)

    def paint(painter: QPainter) -> None:
        painter.setPen(QPen(QColor(colour), RULE_WIDTH))
        painter.drawLine(at, QPointF(at.x() + width, at.y()))

    return Placed(name, rect, paint)
