"""Fit the segment chart to its plot: which way the bars run, the km range, ticks and names.

Imported only by ``chart.py``. The km range leaves room beyond the longest bar for its value
label, in pixels, whatever the size; upright bars whose names would not fit lie down instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGraphicsPathItem

from borderdesk.core.format import format_km
from borderdesk.gui.views import chart_axes
from borderdesk.gui.views import chart_style as cs
from borderdesk.gui.views.chart_geometry import NAME_GAP_PX, Orientation, lies

SLOT_MARGIN = 0.6  # slots (data units) before the first bar and after the last


def slots(count: int) -> tuple[float, float]:
    """Return the range of the bars' slots: one per border, with a margin at each end."""
    return (-SLOT_MARGIN, count - 1 + SLOT_MARGIN)


def bars_should_lie(
    plot: pg.PlotWidget,
    names: Sequence[str],
    count: int,
    orientation: Orientation,
    style: cs.ChartStyle,
) -> bool:
    """Tell whether the bars should lie: asked to, or upright names would not fit the plot.

    Lying bars need a line's height each; a plot too short for that keeps them upright (and
    their names are cut short). The room either way is worked out from the plot's
    size alone, the same whichever way the bars run now, so the choice never flips back.
    """
    if orientation is not Orientation.AUTO:
        return orientation is Orientation.HORIZONTAL
    metrics = QFontMetrics(style.tick_font)
    start, end = slots(count)
    span = max(end - start, 1.0)
    axis_title = style.axis_label_px * 1.5
    km_wide = metrics.horizontalAdvance("10,000") + axis_title + style.px(12)
    upright_slot = (plot.viewport().width() - km_wide - style.px(20)) / span
    widest = chart_axes.widest_name(list(names), style)
    if not lies(orientation, widest, upright_slot, style.px(NAME_GAP_PX)):
        return False
    km_high = metrics.height() + axis_title + style.px(12)
    lying_slot = (plot.viewport().height() - km_high - style.px(8)) / span
    return bool(lying_slot >= metrics.height() + style.px(4))


def fit_range(
    item: pg.PlotItem,
    grid: QGraphicsPathItem,
    names: Sequence[str],
    values: Sequence[float],
    count: int,
    style: cs.ChartStyle,
) -> tuple[float, float]:
    """Set the plot's range, km ticks, grid and names; return the km range's end and a slot's px."""
    view = item.getViewBox()
    top = max(values, default=1.0)
    value_font = QFontMetrics(style.value_font(highlighted=True))
    label_px: float
    if style.horizontal:
        label_px = value_font.horizontalAdvance(format_km(top)) + style.px(20)
        headroom = min(0.5, label_px / max(view.width(), 1.0))
    else:
        label_px = value_font.height() * 1.5 + style.px(12)
        headroom = min(0.5, label_px / max(view.height(), 1.0))
    km_end = top / (1 - headroom)
    span = slots(count)
    if style.horizontal:
        view.setRange(xRange=(0, km_end), yRange=span, padding=0)
    else:
        view.setRange(xRange=span, yRange=(0, km_end), padding=0)
    chart_axes.set_value_ticks(item, grid, km_end, span, style)
    across = view.height() if style.horizontal else view.width()
    slot_px = across / (span[1] - span[0])
    chart_axes.set_category_ticks(item, list(names), style)
    return km_end, slot_px
