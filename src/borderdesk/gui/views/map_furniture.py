"""Draw the map's furniture: title, scale bar, north arrow, legend and the caption band.

The caption names the data source and scale; one too long for a line wraps, and what sits
above the band (legend, scale bar, graticule labels) moves up by the extra height, the lift.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPolygonF

from borderdesk.core.as_of import format_day
from borderdesk.core.format import format_km
from borderdesk.core.geo import LambertConformalConic
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.map_projection import MapFrame, Projected
from borderdesk.gui.views.map_style import (
    BAND_ALPHA,
    PANEL_ALPHA,
    MapLook,
    backing,
    map_font,
    map_pen,
)

MAP_TITLE = "Kazakhstan and its neighbours"


def caption_font(k: float) -> QFont:
    """Return the caption's font at a style scale."""
    return map_font(11 * k)


def caption_width(rect: QRectF, k: float) -> float:
    """Return the width the caption may take: the view less the margin either side."""
    return rect.width() - 2 * 12 * k


def caption_lift(rect: QRectF, caption: str, k: float) -> float:
    """Return how much taller than one line the caption band must be for the caption to wrap."""
    if not caption:
        return 0.0
    metrics = QFontMetricsF(caption_font(k))
    width = max(caption_width(rect, k), 1.0)
    if metrics.horizontalAdvance(caption) <= width:
        return 0.0
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    height = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, caption).height()
    lines = max(1, round(height / metrics.lineSpacing()))
    return (lines - 1) * metrics.lineSpacing()


def nice_km(target: float) -> float:
    """Return 1, 2 or 5 times a power of ten, at most ``target``."""
    if target <= 0:
        return 0.0
    power = 10.0 ** math.floor(math.log10(target))
    return max(step * power for step in (1, 2, 5) if step * power <= target)


def legend_entries(
    look: MapLook, projected: Projected, theme: Theme
) -> list[tuple[str, float, str]]:
    """Return the legend's lines (colour, pen width, text): only what is drawn."""
    entries = [(theme.bar_fill, 3.2, "Border segment (as in the chart)")]
    if look.highlight in projected.segments:
        entries.append((theme.highlight_fill, 6.0, "Selected segment"))
    entries.append((theme.sea, 3.0, "Caspian Sea shore"))
    return entries


def paint_furniture(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    look: MapLook,
    projection: LambertConformalConic,
    k: float,
    theme: Theme = DEFAULT_THEME,
    lift: float = 0.0,
) -> None:
    """Draw the title, scale bar, north arrow, legend and the caption naming the source.

    ``lift`` is the caption's height beyond one line: what sits above the band moves up by it.
    """
    margin = 12 * k
    w = k * theme.line_scale
    painter.setPen(QColor(theme.text))
    painter.setFont(map_font(17 * k, bold=True))
    painter.drawText(QPointF(rect.left() + margin, rect.top() + margin + 14 * k), MAP_TITLE)
    lines = []
    if look.on is not None and not look.members_label:
        lines.append(f"As of {format_day(look.on)}")
    if look.members_label:
        lines.append(f"Hatched: {look.members_label}")
    painter.setFont(map_font(12 * k))
    for number, line in enumerate(lines):
        painter.drawText(
            QPointF(rect.left() + margin, rect.top() + margin + (32 + 16 * number) * k), line
        )

    # Scale bar (true near the centre of the view; the projection is conformal).
    per_km = frame.scale(projected, rect)
    km = nice_km(rect.width() * 0.2 / per_km)
    length = km * per_km
    x0, y0 = rect.left() + margin, rect.bottom() - 30 * k - lift
    painter.setPen(map_pen(theme.text, 1.5 * w))
    painter.setBrush(QBrush(QColor(theme.text)))
    painter.drawRect(QRectF(x0, y0, length / 2, 5 * k))
    painter.setBrush(QBrush(QColor(theme.background)))
    painter.drawRect(QRectF(x0 + length / 2, y0, length / 2, 5 * k))
    painter.setFont(map_font(11 * k))
    painter.drawText(QPointF(x0, y0 - 4 * k), "0")
    label = f"{format_km(km)}"
    width = QFontMetricsF(painter.font()).horizontalAdvance(label)
    painter.drawText(QPointF(x0 + length - width / 2, y0 - 4 * k), label)

    _paint_north_arrow(painter, rect, projected, frame, projection, k, theme)

    # Legend (bottom right) and caption (bottom).
    painter.setFont(map_font(11 * k))
    entries = legend_entries(look, projected, theme)
    metrics = QFontMetricsF(painter.font())
    widest = max(metrics.horizontalAdvance(text) for *_, text in entries)
    x = rect.right() - margin - widest - 34 * k
    y = rect.bottom() - 30 * k - lift - len(entries) * 16 * k
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(backing(theme, PANEL_ALPHA)))
    painter.drawRect(QRectF(x - 6 * k, y - 12 * k, widest + 46 * k, len(entries) * 16 * k + 8 * k))
    for colour, pen_width, text in entries:
        painter.setPen(map_pen(colour, pen_width * w))
        painter.drawLine(QPointF(x, y - 4 * k), QPointF(x + 24 * k, y - 4 * k))
        painter.setPen(QColor(theme.text))
        painter.drawText(QPointF(x + 30 * k, y), text)
        y += 16 * k
    band = QRectF(rect.left(), rect.bottom() - 20 * k - lift, rect.width(), 20 * k + lift)
    painter.fillRect(band, backing(theme, BAND_ALPHA))
    painter.setPen(QColor(theme.caption))
    painter.setFont(caption_font(k))
    caption_rect = QRectF(
        rect.left() + margin, rect.bottom() - 18 * k - lift, caption_width(rect, k), 16 * k + lift
    )
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    if lift:
        flags |= Qt.TextFlag.TextWordWrap
    painter.drawText(caption_rect, flags, look.caption)


def _paint_north_arrow(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    projection: LambertConformalConic,
    k: float,
    theme: Theme,
) -> None:
    """Draw an arrow towards the pole at the view's centre (meridians converge on this cone)."""
    centre_km = frame.to_km(projected, rect, rect.center())
    lon, lat = projection.inverse(centre_km.x(), centre_km.y())
    north = QPointF(*projection.forward(lon, min(lat + 1, 89)))
    angle = math.atan2(north.x() - centre_km.x(), north.y() - centre_km.y())
    tip = QPointF(rect.right() - 34 * k, rect.top() + 26 * k)
    size = 22 * k
    dx, dy = math.sin(angle), -math.cos(angle)
    base = QPointF(tip.x() - dx * size, tip.y() - dy * size)
    side = QPointF(-dy * size * 0.35, dx * size * 0.35)
    painter.setPen(map_pen(theme.text, 1.2 * k * theme.line_scale))
    painter.setBrush(QBrush(QColor(theme.text)))
    painter.drawPolygon(QPolygonF([tip, base + side, base - side]))
    painter.setFont(map_font(13 * k, bold=True))
    at = QPointF(base.x() - dx * 12 * k, base.y() - dy * 12 * k + 5 * k)
    metrics = QFontMetricsF(painter.font())
    painter.drawText(QPointF(at.x() - metrics.horizontalAdvance("N") / 2, at.y()), "N")
