"""Set the handout's text: its type at a scale, and text wrapped to a width in points.

The type is the bundled family, unhinted, in whole points, with real bold glyphs; a
``TextBox`` knows its height once wrapped, so the page can be laid out before it is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat, QTextLayout, QTextOption

from borderdesk.core.handout import Cited
from borderdesk.core.record import frozen
from borderdesk.gui.render.handout_page import MUTED, TEXT, Placed

LINE_SPACING = 1.12


@frozen
class Fonts:
    """The handout's type at one scale, sizes in points."""

    family: str
    scale: float = 1.0

    def font(self, size: float, *, bold: bool = False) -> QFont:
        """Return the bundled family at a size in points (whole points, drawn unhinted)."""
        font = QFont(self.family)
        font.setPixelSize(max(5, round(size * self.scale)))
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        if bold:
            # Real bold glyphs from the variable font's weight axis (synthetic bold is lost
            # in PDFs), as the chart does.
            font.setWeight(QFont.Weight.DemiBold)
            font.setVariableAxis(QFont.Tag("wght"), 700.0)
        return font

    @property
    def kicker(self) -> QFont:
        """Return the line above the title."""
        return self.font(9)

    @property
    def title(self) -> QFont:
        """Return the title's font."""
        return self.font(24, bold=True)

    @property
    def subtitle(self) -> QFont:
        """Return the subtitle's font."""
        return self.font(12)

    @property
    def heading(self) -> QFont:
        """Return a section heading's font."""
        return self.font(11, bold=True)

    @property
    def body(self) -> QFont:
        """Return the figures' and points' font."""
        return self.font(10)

    @property
    def label(self) -> QFont:
        """Return a figure's source label's font."""
        return self.font(9)

    @property
    def small(self) -> QFont:
        """Return the source list's and the map note's font."""
        return self.font(8)

    @property
    def footer(self) -> QFont:
        """Return the footer's font."""
        return self.font(7.5)


@dataclass
class TextBox:
    """Wrapped text laid out to a width; ``height`` in points."""

    layout: QTextLayout
    width: float
    height: float
    colour: str

    def draw(self, painter: QPainter, at: QPointF) -> None:
        """Draw the text with its top-left corner at ``at``."""
        painter.setPen(QColor(self.colour))
        self.layout.draw(painter, at)

    def first_ascent(self) -> float:
        """Return the ascent of the first line (0 when the layout has no line)."""
        return self.layout.lineAt(0).ascent() if self.layout.lineCount() else 0.0

    def placed(self, name: str, at: QPointF) -> Placed:
        """Return the box as an item of the page with its top-left corner at ``at``."""
        rect = QRectF(at.x(), at.y(), self.width, self.height)
        return Placed(name, rect, lambda painter: self.draw(painter, at))


def text_box(
    text: str,
    font: QFont,
    width: float,
    colour: str = TEXT,
    *,
    runs: Sequence[tuple[int, int, QTextCharFormat]] = (),
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> TextBox:
    """Wrap text at word boundaries (anywhere, for a word wider than the line) to a width."""
    layout = QTextLayout(text, font)
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if runs:
        formats = []
        for start, length, char_format in runs:
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, length, char_format
            formats.append(span)
        layout.setFormats(formats)
    layout.beginLayout()
    y = 0.0
    last = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        last = y + line.height()
        y += line.height() * LINE_SPACING
    layout.endLayout()
    return TextBox(layout, width, last, colour)


def char_format(*, font: QFont | None = None, colour: str | None = None) -> QTextCharFormat:
    """Return a run's format: another font, another colour, or both."""
    result = QTextCharFormat()
    if font is not None:
        result.setFont(font)
    if colour is not None:
        result.setForeground(QColor(colour))
    return result


def point_box(point: Cited, fonts: Fonts, width: float) -> TextBox:
    """Return a key point with its source's label after it, muted."""
    if point.source is None:
        return text_box(point.text, fonts.body, width)
    cited = f" ({point.source.label})"
    return text_box(
        point.text + cited,
        fonts.body,
        width,
        runs=[(len(point.text), len(cited), char_format(colour=MUTED))],
    )


def source_box(label: str, text: str, fonts: Fonts, width: float) -> TextBox:
    """Return one entry of the source list: its label in bold, then its citation."""
    head = f"{label}: "
    bold = fonts.font(8, bold=True)
    return text_box(head + text, fonts.small, width, runs=[(0, len(head), char_format(font=bold))])
