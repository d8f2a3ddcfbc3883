"""Compose an exported map for its page: Kazakhstan fitted into the room the furniture leaves.

An export (a slide, an A4 page, a handout's box) has no reader to pan it, so its frame is
worked out for the page: the legend and the caption band are laid out first, and Kazakhstan is
fitted beside the legend (on a wide page) or above it (on a tall one), whichever shows it
larger, unless keeping clear of the legend would shrink it by more than ``MAX_SHRINK``.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.map_furniture import layout_furniture, legend_entries
from borderdesk.gui.views.map_projection import FIT_MARGIN, MapFrame, Projected
from borderdesk.gui.views.map_style import MapLook, scale_for_width

MAX_SHRINK = 0.8  # keep clear of the legend only while Kazakhstan stays this large or more


def _fit(projected: Projected, area: QRectF) -> float:
    """Return the pixels per km that fit Kazakhstan, with the margin, into ``area``."""
    bounds = projected.bounds
    usable = 1 - 2 * FIT_MARGIN
    if area.width() <= 0 or area.height() <= 0:
        return 0.0
    return min(
        area.width() * usable / max(bounds.width(), 1.0),
        area.height() * usable / max(bounds.height(), 1.0),
    )


def composed_frame(
    projected: Projected,
    rect: QRectF,
    look: MapLook,
    theme: Theme = DEFAULT_THEME,
    style_scale: float | None = None,
) -> MapFrame:
    """Return the frame that fits Kazakhstan into the page's free room (see the module)."""
    k = style_scale if style_scale is not None else scale_for_width(rect)
    entries = legend_entries(look, projected, theme, True, [])
    furniture = layout_furniture(rect, projected, MapFrame(), look, look.caption, entries, k)
    legend, band = furniture.legend, furniture.band
    above_band = QRectF(rect.left(), rect.top(), rect.width(), band.top() - rect.top())
    gap = 8 * k
    beside = QRectF(above_band)
    beside.setRight(legend.left() - gap)
    above = QRectF(above_band)
    above.setBottom(legend.top() - gap)
    best = max((beside, above), key=lambda area: _fit(projected, area))
    if _fit(projected, best) < MAX_SHRINK * _fit(projected, above_band):
        best = above_band
    scale = _fit(projected, best)
    fitted = MapFrame().scale(projected, rect)
    if scale <= 0 or fitted <= 0:
        return MapFrame()
    centre = projected.bounds.center()
    return MapFrame(
        zoom=scale / fitted,
        centre=QPointF(
            centre.x() - (best.center().x() - rect.center().x()) / scale,
            centre.y() + (best.center().y() - rect.center().y()) / scale,
        ),
    )
