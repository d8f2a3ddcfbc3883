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


def style_axes(item: pg.PlotItem, style: cs.ChartStyle) -> None:
    """Set the axes' pens, colours, fonts and spacing for one scale and theme."""
    theme = style.theme
    # Room above the plot for half the top km label, which is centred on its tick.
    top = style.px(4) + style.tick_font.pixelSize() // 2
    item.layout.setContentsMargins(0, top, style.px(20), 0)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(theme.axis, width=style.axis_pen_width))
        axis.setTextPen(pg.mkPen(theme.text))
        axis.setTickFont(style.tick_font)
        axis.setStyle(
            tickTextOffset=style.px(8),
            tickLength=0 if name == "bottom" else -style.px(6),
            hideOverlappingLabels=style.px(16),  # lets "0" overhang the axis end (and the names)
            maxTickLevel=1,
            maxTextLevel=1,
        )
    item.setLabel(
        "left",
        translate("Chart", "Length (km)"),
        **{
            "font-size": f"{style.axis_label_px}px",
            "font-family": style.family,
            "color": theme.text,
        },
    )


def grid_pen(style: cs.ChartStyle) -> QPen:
    """Return the pen of the horizontal grid lines."""
    pen = QPen(QColor(style.theme.grid), style.line(1.0))
    pen.setCosmetic(True)
    return pen


def set_value_ticks(
    item: pg.PlotItem,
    grid: QGraphicsPathItem,
    y_max: float,
    x_span: tuple[float, float],
    style: cs.ChartStyle,
) -> None:
    """Label the km axis with round values (``6,000``), draw their grid lines, fit its width."""
    view = item.getViewBox()
    # One level of ticks: even grid lines, spaced for the plot's height.
    most = max(4, int(view.height() / (style.tick_font.pixelSize() * 2.5)))
    step = cs.tick_step(y_max, most)
    ticks = [(float(v), format_number(v)) for v in range(0, int(y_max) + 1, step)]
    left = item.getAxis("left")
    left.setTicks([ticks])
    path = QPainterPath()
    for value, _ in ticks[1:]:
        path.moveTo(x_span[0], value)
        path.lineTo(x_span[1], value)
    grid.setPath(path)
    # Size the axis now rather than after a few paints, so no export clips its labels.
    metrics = QFontMetrics(style.tick_font)
    widest = max((metrics.horizontalAdvance(text) for _, text in ticks), default=0)
    label = left.label.boundingRect().height()
    left.setWidth(math.ceil(widest + style.px(8) + label + style.px(4)))


def set_category_ticks(item: pg.PlotItem, labels: list[str], style: cs.ChartStyle) -> None:
    """Name the bars under them, on two staggered rows when the names would collide.

    A name longer than its room is cut with "…": pyqtgraph would drop it altogether.
    """
    view = item.getViewBox()
    (left, right), width = view.viewRange()[0], view.width()
    per_bar = width / (right - left) if right > left else width
    metrics = QFontMetrics(style.tick_font)
    gap, overhang = style.px(12), style.px(16)
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
    stagger = widest + gap > per_bar
    room = (2 if stagger else 1) * per_bar - gap
    texts = []
    for index, label in enumerate(labels):
        # Centred on its bar: the first and last may pass the axis ends by ``overhang`` only.
        edge = min(index - left, right - index) * per_bar + overhang
        fitted = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(min(room, 2 * edge)))
        texts.append(f"\n{fitted}" if stagger and index % 2 else fitted)
    axis = item.getAxis("bottom")
    axis.setTicks([list(enumerate(texts))])
    # pyqtgraph sizes this axis for its default font and one row; make room for ours.
    axis.setHeight(metrics.height() * (2 if stagger else 1) + style.px(8) + style.px(6))
