"""The segment chart's clickable bars: a pyqtgraph BarGraphItem that reports clicks and hovers.

Imported only by ``chart.py``, which the window loads after its first paint.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFontMetrics, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsPathItem

from borderdesk.core.format import format_km, format_number
from borderdesk.core.model import SegmentSeries
from borderdesk.gui.plain import plain_tip
from borderdesk.gui.views import chart_style as cs
from borderdesk.gui.views.chart_geometry import placed, placed_point, upright

BAR_WIDTH = 0.62


class BarItem(pg.BarGraphItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """Bars (upright, or lying when ``horizontal``) that report clicks and show tooltips."""

    bar_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__(x=[], height=[], width=BAR_WIDTH)
        self._keys: list[str] = []
        self._tooltips: list[str] = []
        self._pens: list[QPen] = []
        self._brushes: list[QBrush] = []
        self.horizontal = False  # the bars lie, the first at the top
        self.setAcceptHoverEvents(True)

    def set_bars(
        self,
        keys: Sequence[str],
        heights: Sequence[float],
        tooltips: Sequence[str],
        pens: Sequence[QPen],
        brushes: Sequence[QBrush],
    ) -> None:
        """Show one bar per key at x = 0, 1, 2 ... with its outline and fill."""
        self._keys = list(keys)
        self._tooltips = list(tooltips)
        self._pens = [QPen(pen) for pen in pens]
        self._brushes = [QBrush(brush) for brush in brushes]
        self.setOpts(
            x=list(range(len(self._keys))),
            height=[float(h) for h in heights],
            pens=self._pens,
            brushes=self._brushes,
        )

    def set_looks(self, pens: Sequence[QPen], brushes: Sequence[QBrush]) -> None:
        """Change each bar's outline and fill (same number of bars)."""
        self._pens = [QPen(pen) for pen in pens]
        self._brushes = [QBrush(brush) for brush in brushes]
        self.setOpts(pens=self._pens, brushes=self._brushes)

    def bar_keys(self) -> list[str]:
        """Return the border keys in bar order."""
        return list(self._keys)

    def heights(self) -> list[float]:
        """Return the bar heights as drawn, in km."""
        return [float(h) for h in self.opts["height"]]

    def look(self, index: int) -> tuple[QPen, QBrush]:
        """Return the outline and fill of one bar."""
        return QPen(self._pens[index]), QBrush(self._brushes[index])

    def bar_rect(self, index: int) -> QRectF:
        """Return one bar's rectangle in data coordinates, as drawn."""
        height = self.heights()[index]
        return placed(QRectF(index - BAR_WIDTH / 2, 0.0, BAR_WIDTH, height), self.horizontal)

    def index_at(self, pos: QPointF) -> int | None:
        """Return the bar under a point in data coordinates, if any."""
        at = upright(pos, self.horizontal)
        half = BAR_WIDTH / 2
        for index, height in enumerate(self.heights()):
            if abs(at.x() - index) <= half and 0 <= at.y() <= height:
                return index
        return None

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """Cover every bar, upright or lying, and its outline (a few pixels in data units)."""
        heights = self.heights()
        if not heights:
            return QRectF()
        upright_box = QRectF(-BAR_WIDTH / 2, 0.0, len(heights) - 1 + BAR_WIDTH, max(heights))
        box = placed(upright_box, self.horizontal)
        across, down = self.pixelVectors()
        pad = self.pixelPadding()
        dx = across.length() * pad if across is not None else 0.0
        dy = down.length() * pad if down is not None else 0.0
        return box.adjusted(-dx, -dy, dx, dy)

    def shape(self) -> QPainterPath:
        """Return the bars' area: where a click or hover lands on a bar."""
        shape = QPainterPath()
        for index in range(len(self.heights())):
            shape.addRect(self.bar_rect(index))
        return shape

    def paint(self, painter: QPainter, *_args: Any) -> None:
        """Draw each bar in device pixels, so SVG and PDF get plain rectangles and strokes."""
        to_device = painter.transform()
        painter.save()
        # Mapping the rectangles ourselves keeps the km-per-pixel scale out of the output:
        # SVG viewers without non-scaling strokes would otherwise smear the outlines.
        painter.setWorldTransform(QTransform())
        for index, (pen, brush) in enumerate(zip(self._pens, self._brushes, strict=True)):
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRect(to_device.mapRect(self.bar_rect(index)))
        painter.restore()

    def pixelPadding(self) -> float:  # noqa: N802 - pyqtgraph override
        """Pad the bounds by the widest outline (pyqtgraph only measures the last pen)."""
        widest = max((pen.widthF() for pen in self._pens), default=1.0)
        return widest / 2 + 1

    def mouseClickEvent(self, ev: Any) -> None:  # noqa: N802 - pyqtgraph override
        """Emit ``bar_clicked`` with the key of a bar clicked with the left button."""
        index = self.index_at(ev.pos()) if ev.button() == Qt.MouseButton.LeftButton else None
        if index is None:
            ev.ignore()
            return
        ev.accept()
        self.bar_clicked.emit(self._keys[index])

    def hoverEvent(self, ev: Any) -> None:  # noqa: N802 - pyqtgraph override
        """Show the bar's tooltip and a pointing hand over a bar."""
        index = None if ev.isExit() else self.index_at(ev.pos())
        if index is None:
            self.setToolTip("")
            self.unsetCursor()
        else:
            self.setToolTip(plain_tip(self._tooltips[index]))
            self.setCursor(Qt.CursorShape.PointingHandCursor)


class PixelPathItem(QGraphicsPathItem):
    """A path given in data coordinates but stroked in device pixels (the grid lines)."""

    def paint(self, painter: QPainter, *_args: Any) -> None:
        """Map the path to the device, then stroke it there (see ``BarItem.paint``)."""
        path = painter.transform().map(self.path())
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.setPen(self.pen())
        painter.drawPath(path)
        painter.restore()


class SinglePlot:
    """One source's bars on the plot, each with its value beyond its end (``6,846 km``)."""

    def __init__(self, item: pg.PlotItem) -> None:
        self._item = item
        self.bars = BarItem()
        item.addItem(self.bars)
        self.labels: list[pg.TextItem] = []
        self.series: SegmentSeries | None = None
        # How each label was last styled (its bar marked?, the style): a selection restyles
        # only the labels whose mark changed, not every one.
        self._styled: list[tuple[bool, cs.ChartStyle] | None] = []

    def show(self, series: SegmentSeries, highlight: str | None, style: cs.ChartStyle) -> None:
        """Draw this series' bars and value labels (the labels drawn before are reused)."""
        self.series = series
        self.bars.horizontal = style.horizontal
        while len(self.labels) > len(series.bars):
            self._item.removeItem(self.labels.pop())
        while len(self.labels) < len(series.bars):
            label = pg.TextItem("", color=style.theme.text, anchor=_value_anchor(style))
            label.setZValue(-1)  # its box hides grid lines, never the bar's outline
            self._item.addItem(label)
            self.labels.append(label)
        self._styled = [None] * len(self.labels)
        for index, (bar, label) in enumerate(zip(series.bars, self.labels, strict=True)):
            label.setText(format_km(bar.value))
            label.setPos(placed_point(index, bar.value, style.horizontal))
        keys = [bar.key for bar in series.bars]
        pens, brushes = cs.bar_looks(keys, highlight, style)
        tooltips = [cs.bar_tooltip(bar, series) for bar in series.bars]
        self.bars.set_bars(keys, [bar.value for bar in series.bars], tooltips, pens, brushes)
        self.set_visible(True)
        self.restyle(highlight, style)

    def set_visible(self, visible: bool) -> None:
        """Show or hide the bars and their labels."""
        self.bars.setVisible(visible)
        for label in self.labels:
            label.setVisible(visible)

    def layout_labels(self, bar_px: float, style: cs.ChartStyle) -> str:
        """Fit the values to the bars' spacing: ``6,846 km``, or ``6,846``, or none at all.

        A narrow chart (high display scaling, a small window) would otherwise overlap them;
        the axis names the unit, and the tooltips, the table and the descriptions keep every
        value. Lying bars have their values at their ends, where the range leaves room: they
        need only the height of a line. Return "unit", "number" or "none".
        """
        if self.series is None or not self.bars.isVisible():
            return "none"
        metrics = QFontMetrics(style.value_font(highlighted=True))
        room = bar_px - 2 * style.px(4) - style.px(6)  # the labels' margins, and a gap
        values = [bar.value for bar in self.series.bars]
        if style.horizontal:
            shown = metrics.height() <= bar_px
            for label, value in zip(self.labels, values, strict=True):
                label.setText(format_km(value))
                label.setVisible(shown)
            return "unit" if shown else "none"
        for fit, text in (("unit", format_km), ("number", format_number)):
            if max((metrics.horizontalAdvance(text(v)) for v in values), default=0) <= room:
                for label, value in zip(self.labels, values, strict=True):
                    label.setText(text(value))
                    label.setVisible(True)
                return fit
        for label in self.labels:
            label.setVisible(False)
        return "none"

    def restyle(self, highlight: str | None, style: cs.ChartStyle) -> None:
        """Mark the highlighted bar (own fill, thick outline, bold value) in this style."""
        if self.series is None:
            return
        pens, brushes = cs.bar_looks(self.bars.bar_keys(), highlight, style)
        self.bars.prepareGeometryChange()
        self.bars.horizontal = style.horizontal
        self.bars.set_looks(pens, brushes)
        margin = style.px(4)
        for index, (bar, label) in enumerate(zip(self.series.bars, self.labels, strict=True)):
            look = (bar.key == highlight, style)
            if self._styled[index] == look:
                continue
            self._styled[index] = look
            label.setAnchor(_value_anchor(style))
            label.setPos(placed_point(index, bar.value, style.horizontal))
            label.setColor(style.theme.text)
            label.fill = pg.mkBrush(style.theme.background)
            label.setFont(style.value_font(highlighted=look[0]))
            label.textItem.document().setDocumentMargin(margin)
            label.updateTextPos()
            label.update()


def _value_anchor(style: cs.ChartStyle) -> tuple[float, float]:
    """Return where a value label hangs on its bar's end: above it, or right of it."""
    return (0.0, 0.5) if style.horizontal else (0.5, 1.0)
