"""The segment chart's axes and grid, sized from our own fonts (imported only by chart.py)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from borderdesk.core.format import format_number
from borderdesk.core.i18n import translate
from borderdesk.gui.views import chart_style as cs
from borderdesk.gui.views.chart_geometry import placed_point

NAMES_SHARE = 0.4  # of the plot's width: the most the names of lying bars may take


def style_axes(item: pg.PlotItem, style: cs.ChartStyle) -> None:
    """Set the axes' pens, colours, fonts and spacing for one scale and theme."""
    theme = style.theme
    values, names = value_axis(style), category_axis(style)
    if style.horizontal:
        # Room right of the plot for half the last km label, which is centred on its tick.
        right = style.px(8) + QFontMetrics(style.tick_font).horizontalAdvance("00,000") // 2
        item.layout.setContentsMargins(0, style.px(4), right, 0)
    else:
        # Room above the plot for half the top km label, which is centred on its tick.
        top = style.px(4) + style.tick_font.pixelSize() // 2
        item.layout.setContentsMargins(0, top, style.px(20), 0)
    for name in (values, names):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(theme.axis, width=style.axis_pen_width))
        axis.setTextPen(pg.mkPen(theme.text))
        axis.setTickFont(style.tick_font)
        axis.setStyle(
            tickTextOffset=style.px(8),
            tickLength=0 if name == names else -style.px(6),
            hideOverlappingLabels=style.px(16),  # lets "0" overhang the axis end (and the names)
            maxTickLevel=1,
            maxTextLevel=1,
        )
    item.showLabel(names, False)
    item.setLabel(
        values,
        translate("Chart", "Length (km)"),
        **{
            "font-size": f"{style.axis_label_px}px",
            "font-family": style.family,
            "color": theme.text,
        },
    )
    item.getViewBox().invertY(style.horizontal)  # the longest border on top


def grid_pen(style: cs.ChartStyle) -> QPen:
    """Return the pen of the grid lines (across the bars)."""
    pen = QPen(QColor(style.theme.grid), style.line(1.0))
    pen.setCosmetic(True)
    return pen


def value_axis(style: cs.ChartStyle) -> str:
    """Return the side of the km axis: left for upright bars, bottom for lying ones."""
    return "bottom" if style.horizontal else "left"


def category_axis(style: cs.ChartStyle) -> str:
    """Return the side of the border names: under upright bars, left of lying ones."""
    return "left" if style.horizontal else "bottom"


def set_value_ticks(
    item: pg.PlotItem,
    grid: QGraphicsPathItem,
    y_max: float,
    x_span: tuple[float, float],
    style: cs.ChartStyle,
) -> None:
    """Label the km axis with round values (``6,000``), draw their grid lines, fit its size."""
    view = item.getViewBox()
    metrics = QFontMetrics(style.tick_font)
    # One level of ticks: even grid lines, spaced for the axis' length.
    if style.horizontal:
        widest_km = metrics.horizontalAdvance(format_number(y_max))
        most = max(2, int(view.width() / (widest_km + style.px(24))))
    else:
        most = max(2, int(view.height() / (style.tick_font.pixelSize() * 2.5)))
    step = cs.tick_step(y_max, most)
    ticks = [(float(v), format_number(v)) for v in range(0, int(y_max) + 1, step)]
    axis = item.getAxis(value_axis(style))
    axis.setTicks([ticks])
    path = QPainterPath()
    for value, _ in ticks[1:]:
        path.moveTo(placed_point(x_span[0], value, style.horizontal))
        path.lineTo(placed_point(x_span[1], value, style.horizontal))
    grid.setPath(path)
    # Size the axis now rather than after a few paints, so no export clips its labels.
    label = axis.label.boundingRect().height()
    if style.horizontal:
        axis.setHeight(math.ceil(metrics.height() + style.px(8) + label + style.px(4)))
    else:
        widest = max((metrics.horizontalAdvance(text) for _, text in ticks), default=0)
        axis.setWidth(math.ceil(widest + style.px(8) + label + style.px(4)))


def set_category_ticks(item: pg.PlotItem, labels: list[str], style: cs.ChartStyle) -> None:
    """Name the bars: under upright ones, left of lying ones; never staggered.

    A name longer than its room is cut with "…" (pyqtgraph would drop it altogether): under
    an upright bar its slot, the first and last passing the axis ends by a little only; left
    of lying bars at most NAMES_SHARE of the plot's width.
    """
    metrics = QFontMetrics(style.tick_font)
    axis = item.getAxis(category_axis(style))
    view = item.getViewBox()
    if style.horizontal:
        room = max(1, int(item.width() * NAMES_SHARE))
        texts = [metrics.elidedText(label, Qt.TextElideMode.ElideRight, room) for label in labels]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        axis.setTicks([list(enumerate(texts))])
        axis.setWidth(math.ceil(widest + style.px(8) + style.px(6)))
        return
    (left, right), width = view.viewRange()[0], view.width()
    per_bar = width / (right - left) if right > left else width
    gap, overhang = style.px(12), style.px(16)
    texts = []
    for index, label in enumerate(labels):
        # Centred on its bar: the first and last may pass the axis ends by ``overhang`` only.
        edge = min(index - left, right - index) * per_bar + overhang
        room = int(max(1.0, min(per_bar - gap, 2 * edge)))
        texts.append(metrics.elidedText(label, Qt.TextElideMode.ElideRight, room))
    axis.setTicks([list(enumerate(texts))])
    # pyqtgraph sizes this axis for its default font; make room for ours.
    axis.setHeight(metrics.height() + style.px(8) + style.px(6))


def widest_name(labels: list[str], style: cs.ChartStyle) -> int:
    """Return the width in pixels of the widest border name."""
    metrics = QFontMetrics(style.tick_font)
    return max((metrics.horizontalAdvance(label) for label in labels), default=0)
