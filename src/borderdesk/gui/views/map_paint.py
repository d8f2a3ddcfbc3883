"""Draw the border map with plain QPainter: shared by the map pane and the exports.

The layers go down in order (land, graticule, shore, segments, names, points, the marker),
then the furniture on top, unclipped. The projected features come from ``map_projection``;
colours from a ``Theme`` (light unless told otherwise).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from borderdesk.core.geo import CENTRAL_ASIA, LambertConformalConic
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.map_furniture import caption_lift, paint_furniture
from borderdesk.gui.views.map_graticule import paint_graticule
from borderdesk.gui.views.map_labels import label_area, paint_country_names
from borderdesk.gui.views.map_layers import (
    paint_land,
    paint_marker,
    paint_points,
    paint_segments,
    paint_shore,
)
from borderdesk.gui.views.map_projection import MapFrame, Projected
from borderdesk.gui.views.map_style import MapLook, scale_for_width


def paint_map(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    look: MapLook,
    projection: LambertConformalConic = CENTRAL_ASIA,
    *,
    theme: Theme = DEFAULT_THEME,
    style_scale: float | None = None,
) -> None:
    """Draw the whole map into ``rect``: land, graticule, lines, points, legend and furniture.

    Fonts and pens grow with the width of ``rect`` (1 at 1280 px) unless ``style_scale`` sets
    them: a slide draws a map half its width with type for the back row. A caption too long for
    one line wraps, and the legend and scale bar move up to make room.
    """
    k = style_scale if style_scale is not None else scale_for_width(rect)
    lift = caption_lift(rect, look.caption, k)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, QColor(theme.background))
    painter.setClipRect(rect)

    paint_land(painter, rect, projected, frame, look.members, theme, k)
    paint_graticule(painter, rect, projected, frame, projection, k, theme, lift)
    paint_shore(painter, rect, projected, frame, theme, k)
    paint_segments(painter, rect, projected, frame, look.highlight, theme, k)
    inner = label_area(rect, k, lift)
    taken: list[QRectF] = []  # the labels drawn so far, which no other label may cover
    paint_country_names(painter, rect, projected, frame, theme, k, inner, taken)
    paint_points(painter, rect, projected, frame, theme, k, inner, taken)
    paint_marker(painter, rect, projected, frame, look, theme, k, rect.adjusted(0, 0, 0, -lift))

    painter.setClipping(False)
    paint_furniture(painter, rect, projected, frame, look, projection, k, theme, lift)
    painter.restore()
