"""Compare mode of the segment chart: grouped bars per border, one series per source, a legend.

Each series has its own Okabe–Ito fill and its own hatching, so colour is never the only cue.
Imported only by ``chart.py``, which the window loads after its first paint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsRectItem

from borderdesk.core.format import format_km, format_number, format_signed_km
from borderdesk.core.i18n import translate
from borderdesk.core.pages import SourceComparison
from borderdesk.gui.plain import plain_tip
from borderdesk.gui.style.theme import DEFAULT_THEME
from borderdesk.gui.views import chart_style as cs
from borderdesk.gui.views.chart_geometry import placed, placed_point, upright
from borderdesk.gui.views.chart_style import paint_swatch, series_look

GROUP_WIDTH = 0.8  # of one category slot, shared by the group's bars
LABEL_MARGIN = 4  # px: a value label's text document's own margin, on each side


class GroupedBarItem(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph is untyped
    """Bars grouped by border, one per source; click a bar to pick its border."""

    bar_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._keys: list[str] = []
        self._ids: list[str] = []
        self._values: list[list[float]] = []  # [series][group]
        self._tooltips: list[list[str]] = []
        self._highlight: str | None = None
        self._style = cs.ChartStyle("")
        self.setAcceptHoverEvents(True)

    def set_comparison(
        self, comparison: SourceComparison, tooltips: list[list[str]], style: cs.ChartStyle
    ) -> None:
        """Show one group per border, one bar per source, in the comparison's order."""
        self.prepareGeometryChange()
        self._style = style
        self._keys = list(comparison.keys)
        self._ids = [source.id for source in comparison.sources]
        self._values = [[bar.value for bar in s.bars] for s in comparison.series]
        self._tooltips = tooltips
        self.update()

    def set_highlight(self, key: str | None, style: cs.ChartStyle) -> None:
        """Mark one border's group (a band behind it, thick outlines), or none, in a style."""
        if style.horizontal != self._style.horizontal:
            self.prepareGeometryChange()
        self._highlight = key
        self._style = style
        self.update()

    def heights(self) -> dict[str, dict[str, float]]:
        """Return each bar's drawn height in km, by source id, then border key."""
        return {
            source: dict(zip(self._keys, values, strict=True))
            for source, values in zip(self._ids, self._values, strict=True)
        }

    def upright_rect(self, series: int, group: int) -> QRectF:
        """Return one bar's rectangle as if upright: (slot, km)."""
        width = GROUP_WIDTH / max(len(self._values), 1)
        left = group - GROUP_WIDTH / 2 + series * width
        return QRectF(left, 0.0, width, self._values[series][group])

    def bar_rect(self, series: int, group: int) -> QRectF:
        """Return one bar's rectangle in data coordinates, as drawn."""
        return placed(self.upright_rect(series, group), self._style.horizontal)

    def bar_at(self, pos: QPointF) -> tuple[int, int] | None:
        """Return (series, group) of the bar under a point in data coordinates, if any."""
        at = upright(pos, self._style.horizontal)
        for series in range(len(self._values)):
            for group in range(len(self._keys)):
                rect = self.upright_rect(series, group)
                if rect.left() <= at.x() <= rect.right() and 0 <= at.y() <= rect.bottom():
                    return series, group
        return None

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """Cover every group and the longest bar."""
        top = max((v for values in self._values for v in values), default=0.0)
        return placed(QRectF(-0.5, 0.0, max(len(self._keys), 1), top), self._style.horizontal)

    def paint(self, painter: QPainter, *_args: Any) -> None:
        """Draw each bar in device pixels (see ``BarItem.paint``)."""
        to_device = painter.transform()
        style = self._style
        painter.save()
        painter.setWorldTransform(QTransform())
        for series in range(len(self._values)):
            look = series_look(series, style.theme)
            marked_look = replace(look, edge=style.theme.highlight_edge)
            for group, key in enumerate(self._keys):
                marked = key == self._highlight
                width = style.bar_pen_width * (2.5 if marked else 1.0)
                rect = to_device.mapRect(self.bar_rect(series, group))
                # The hatching's spacing follows the chart's scale.
                paint_swatch(painter, rect, marked_look if marked else look, width, style.scale)
        painter.restore()

    def mouseClickEvent(self, ev: Any) -> None:  # noqa: N802 - pyqtgraph override
        """Emit ``bar_clicked`` with the border key of the bar clicked."""
        hit = self.bar_at(ev.pos()) if ev.button() == Qt.MouseButton.LeftButton else None
        if hit is None:
            ev.ignore()
            return
        ev.accept()
        self.bar_clicked.emit(self._keys[hit[1]])

    def hoverEvent(self, ev: Any) -> None:  # noqa: N802 - pyqtgraph override
        """Show the bar's tooltip (its source, value and difference) and a pointing hand."""
        hit = None if ev.isExit() else self.bar_at(ev.pos())
        if hit is None:
            self.setToolTip("")
            self.unsetCursor()
        else:
            self.setToolTip(plain_tip(self._tooltips[hit[0]][hit[1]]))
            self.setCursor(Qt.CursorShape.PointingHandCursor)


def bar_tooltips(comparison: SourceComparison) -> list[list[str]]:
    """Return ``Russia — CIA …: 7,644 km (+798 km on the first source)`` for every bar."""
    first = comparison.series[0]
    tips = []
    for series in comparison.series:
        row = []
        for bar, base in zip(series.bars, first.bars, strict=True):
            delta = bar.value - base.value
            text = translate("Chart", "{name} — {source}: {length}").format(
                name=bar.label, source=series.source.ref.label, length=format_km(bar.value)
            )
            if series is not first:
                change = format_signed_km(delta) if delta else "+" + format_km(0)
                text += " " + translate("Chart", "({change} on the first source)").format(
                    change=change
                )
            row.append(text)
        tips.append(row)
    return tips


def value_label_texts(comparison: SourceComparison) -> list[list[str]]:
    """Return the value shown above each bar: the number only, the axis gives the unit."""
    return [[format_number(bar.value) for bar in s.bars] for s in comparison.series]


def fits(label_px: float, bar_px: float) -> bool:
    """Tell whether a value label fits above its bar without touching its neighbours'."""
    return label_px + 2 <= bar_px


def group_bar_px(view_width: float, x_span: Sequence[float], series_count: int) -> float:
    """Return one grouped bar's width in pixels."""
    span = x_span[1] - x_span[0]
    return view_width / span * GROUP_WIDTH / max(series_count, 1) if span > 0 else 0.0


class ComparePlot:
    """The compare mode's items on the plot: grouped bars and value labels (hidden if crowded)."""

    def __init__(self, item: pg.PlotItem) -> None:
        self._item = item
        self.bars = GroupedBarItem()
        self.bars.setVisible(False)
        item.addItem(self.bars)
        # Behind the grid lines (z -10): marks the highlighted border's group.
        self.band = QGraphicsRectItem()
        self.band.setPen(QPen(Qt.PenStyle.NoPen))
        self.band.setBrush(QColor(DEFAULT_THEME.band))
        self.band.setZValue(-20)
        self.band.setVisible(False)
        item.addItem(self.band)
        self._highlight: str | None = None
        self._horizontal = False
        self._labels: list[list[pg.TextItem]] = []
        self.comparison: SourceComparison | None = None

    def show(self, comparison: SourceComparison, style: cs.ChartStyle) -> None:
        """Draw this comparison's bars and value labels."""
        self.clear_labels()
        self.comparison = comparison
        self.bars.set_comparison(comparison, bar_tooltips(comparison), style)
        self.bars.setVisible(True)
        for series, texts in enumerate(value_label_texts(comparison)):
            row = []
            for group, text in enumerate(texts):
                label = pg.TextItem(text, color=style.theme.text, anchor=_anchor(style))
                rect = self.bars.upright_rect(series, group)
                label.setPos(placed_point(rect.center().x(), rect.height(), style.horizontal))
                label.setFont(style.font(12))
                label.setZValue(1)  # no box behind the text: it hides nothing
                self._item.addItem(label)
                row.append(label)
            self._labels.append(row)

    def hide(self) -> None:
        """Remove the labels and hide the bars (back to one source)."""
        self.clear_labels()
        self.comparison = None
        self.bars.setVisible(False)
        self.band.setVisible(False)

    def restyle(self, highlight: str | None, style: cs.ChartStyle) -> None:
        """Mark the highlighted border's group: a band behind it, thick outlines, bold values."""
        self._highlight = highlight
        self.bars.set_highlight(highlight, style)
        self.band.setBrush(QColor(style.theme.band))
        self._horizontal = style.horizontal
        keys = self.comparison.keys if self.comparison else ()
        for series, row in enumerate(self._labels):
            for group, (key, label) in enumerate(zip(keys, row, strict=True)):
                label.setColor(style.theme.text)
                label.setFont(style.font(12, bold=key == highlight))
                rect = self.bars.upright_rect(series, group)
                label.setAnchor(_anchor(style))
                label.setPos(placed_point(rect.center().x(), rect.height(), style.horizontal))

    def place_band(self, y_max: float) -> None:
        """Stretch the highlight band over the plot's length axis (after a range change)."""
        keys = self.comparison.keys if self.comparison else ()
        if self._highlight not in keys:
            self.band.setVisible(False)
            return
        group = keys.index(self._highlight)
        self.band.setRect(placed(QRectF(group - 0.5, 0.0, 1.0, y_max), self._horizontal))
        self.band.setVisible(True)

    def clear_labels(self) -> None:
        """Take every value label off the plot."""
        for row in self._labels:
            for label in row:
                self._item.removeItem(label)
        self._labels = []

    def layout_labels(self, x_span: Sequence[float], style: cs.ChartStyle) -> bool:
        """Show the value labels only when each fits its bar; return whether they are shown."""
        if self.comparison is None:
            return False
        view = self._item.getViewBox()
        across = view.height() if style.horizontal else view.width()
        bar_px = group_bar_px(across, x_span, len(self.comparison.series))
        metrics = QFontMetrics(style.font(12))
        if style.horizontal:  # a line's height beside each lying bar
            shown = fits(metrics.height() + 2 * LABEL_MARGIN, bar_px)
        else:
            widest = max(
                (
                    metrics.horizontalAdvance(t)
                    for row in value_label_texts(self.comparison)
                    for t in row
                ),
                default=0,
            )
            shown = fits(widest + 2 * LABEL_MARGIN, bar_px)
        for row in self._labels:
            for label in row:
                label.setVisible(shown)
        return shown

    def labels_shown(self) -> bool:
        """Tell whether the value labels are on show (else the tooltips carry the values)."""
        return any(label.isVisible() for row in self._labels for label in row)


def _anchor(style: cs.ChartStyle) -> tuple[float, float]:
    """Return where a value label hangs on its bar's end: above it, or right of it."""
    return (0.0, 0.5) if style.horizontal else (0.5, 1.0)
