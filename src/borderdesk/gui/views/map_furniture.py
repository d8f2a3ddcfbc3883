"""Lay out and draw the map's furniture: title, north arrow, scale bar, legend, caption band.

``layout_furniture`` works out every box first, so the labels can be placed around them; the
caption names the data source and scale and wraps when too long, and what sits above the band
(legend, scale bar) moves up by the extra height. The legend lists only what is drawn, what is
not drawn (rivers) and any name that found no place.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPolygonF

from borderdesk.core.as_of import as_of_sentence
from borderdesk.core.format import format_km
from borderdesk.core.geo import LambertConformalConic
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted, translate
from borderdesk.core.record import frozen
from borderdesk.gui.style.theme import Theme
from borderdesk.gui.views.map_clip import inside, points_of
from borderdesk.gui.views.map_projection import MapFrame, Projected
from borderdesk.gui.views.map_style import (
    BAND_ALPHA,
    PANEL_ALPHA,
    MapLook,
    backing,
    map_font,
    map_pen,
)

MAP_TITLE = QT_TRANSLATE_NOOP("Map", "Kazakhstan and its neighbours")


def map_title() -> str:
    """Return the map's title in the interface language."""
    return translate("Map", MAP_TITLE)


@frozen
class LegendEntry:
    """One legend line: a swatch (line, fill or hatch) and its text."""

    kind: str  # line | fill | hatch | dashed | note
    colour: str
    width: float
    text: str


@frozen
class Furniture:
    """Where everything but the map itself goes, in pixels."""

    title: QRectF
    subtitle: QRectF | None
    arrow: QRectF
    scale_bar: QRectF
    scale_km: float
    legend: QRectF
    entries: tuple[LegendEntry, ...]
    band: QRectF
    caption: str
    label_area: QRectF  # where names may go

    def boxes(self) -> list[QRectF]:
        """Return every box the names must keep clear of."""
        found = [self.title, self.arrow, self.scale_bar, self.legend, self.band]
        return [*found, self.subtitle] if self.subtitle is not None else found


def caption_font(k: float) -> QFont:
    """Return the caption's font at a style scale."""
    return map_font(11 * k)


def caption_height(rect: QRectF, caption: str, k: float) -> float:
    """Return the caption band's height: one line, or more when the caption wraps."""
    metrics = QFontMetricsF(caption_font(k))
    width = max(rect.width() - 24 * k, 1.0)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    height = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, caption or " ").height()
    lines = max(1, round(height / metrics.lineSpacing()))
    return 20 * k + (lines - 1) * metrics.lineSpacing()


def nice_km(target: float) -> float:
    """Return 1, 2 or 5 times a power of ten, at most ``target``."""
    if target <= 0:
        return 0.0
    power = 10.0 ** math.floor(math.log10(target))
    return max(step * power for step in (1, 2, 5) if step * power <= target)


def legend_entries(
    look: MapLook, projected: Projected, theme: Theme, disputed: bool, unplaced: list[str]
) -> list[LegendEntry]:
    """Return the legend's lines: only what is drawn, what is not, and names left out."""
    entries = [
        LegendEntry(
            "line", theme.bar_fill, 3.2, translate("Map", "Border segment (as in the chart)")
        )
    ]
    if look.highlight in projected.segments:
        entries.append(
            LegendEntry("line", theme.highlight_fill, 6.0, translate("Map", "Selected segment"))
        )
    entries.append(LegendEntry("line", theme.sea, 3.0, translate("Map", "Caspian Sea shore")))
    entries.append(
        LegendEntry("fill", theme.water, 1.0, translate("Map", "Sea, lake or reservoir"))
    )
    if look.members:
        # The subtitle says it all (who is left unhatched, per which sources); the legend,
        # narrow on a slide, only what the hatching marks.
        label = look.members_label.split(" — ", 1)[0].split(" (", 1)[0]
        text = translate("Map", "Member state") + (f": {label}" if label else "")
        entries.append(LegendEntry("hatch", theme.member_edge, 1.0, text))
    if disputed:
        entries.append(
            LegendEntry("dashed", theme.disputed_edge, 1.4, translate("Map", "Disputed (see note)"))
        )
    entries.append(
        LegendEntry("note", theme.muted, 0, translate("Map", "Rivers: not drawn (no 1:10m rivers)"))
    )
    if unplaced:
        entries.append(
            LegendEntry(
                "note",
                theme.muted,
                0,
                translate("Map", "Not labelled: {names}").format(names=", ".join(unplaced)),
            )
        )
    return entries


def subtitle_text(look: MapLook) -> str:
    """Return the line under the title: the hatched members, or else the date the map shows."""
    if look.members_label:
        return translate("Map", "Hatched: {members}").format(members=look.members_label)
    if look.on is not None:
        return as_of_sentence(look.on)
    return ""


def layout_furniture(
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    look: MapLook,
    caption: str,
    entries: list[LegendEntry],
    k: float,
) -> Furniture:
    """Return the furniture's boxes for a view of ``rect``."""
    margin = 12 * k
    band_height = caption_height(rect, caption, k)
    band = QRectF(rect.left(), rect.bottom() - band_height, rect.width(), band_height)
    title_font = map_font(17 * k, bold=True)
    metrics = QFontMetricsF(title_font)
    title = QRectF(
        rect.left() + margin,
        rect.top() + margin,
        metrics.horizontalAdvance(map_title()) + 4 * k,
        metrics.height(),
    )
    subtitle = None
    text = subtitle_text(look)
    if text:
        small = QFontMetricsF(map_font(12 * k))
        subtitle = QRectF(
            title.left(),
            title.bottom() + 2 * k,
            small.horizontalAdvance(text) + 4 * k,
            small.height(),
        )
    arrow = QRectF(rect.right() - 56 * k, rect.top() + 2 * k, 44 * k, 70 * k)
    per_km = frame.scale(projected, rect)
    km = nice_km(rect.width() * 0.2 / per_km)
    scale_bar = QRectF(
        rect.left() + margin - 4 * k, band.top() - 30 * k, km * per_km + 30 * k, 26 * k
    )
    corner = QPointF(rect.right() - margin + 6 * k, band.top() - 8 * k)
    legend = _legend_box(entries, rect, corner, k)
    above = [box for box in (title, subtitle, arrow) if box is not None]
    ceiling = max((b.bottom() for b in above if b.right() > legend.left()), default=rect.top())
    for shorter in _shorter_legends(entries):  # too tall: count the names left out, or drop
        if legend.top() >= ceiling + 4 * k:
            break
        entries = shorter
        legend = _legend_box(entries, rect, corner, k)
    legend = _clear_of_selection(legend, projected, frame, look, rect, scale_bar, above, k)
    area = QRectF(
        rect.left() + 4 * k,
        rect.top() + 4 * k,
        rect.width() - 8 * k,
        band.top() - rect.top() - 8 * k,
    )
    return Furniture(
        title, subtitle, arrow, scale_bar, km, legend, tuple(entries), band, caption, area
    )


def _clear_of_selection(
    legend: QRectF,
    projected: Projected,
    frame: MapFrame,
    look: MapLook,
    rect: QRectF,
    scale_bar: QRectF,
    above: list[QRectF],
    k: float,
) -> QRectF:
    """Return the legend's box moved to the bottom left when it would hide the selected border.

    The legend sits at the bottom right, where the China and Kyrgyzstan segments run: on
    their slides it would cover the very line the slide is about. It moves above the scale
    bar when fewer of the line's points fall under it there (and it fits below the title).
    """
    if look.highlight not in projected.segments:
        return legend
    line = frame.transform(projected, rect).map(QPolygonF(projected.segments[look.highlight]))
    points = points_of(line)  # the line's finest level: thousands of points, counted at once

    def hidden(box: QRectF) -> int:
        return inside(points, box)

    if not hidden(legend):
        return legend
    moved = QRectF(legend)
    moved.moveBottomLeft(QPointF(rect.left() + 12 * k - 6 * k, scale_bar.top() - 4 * k))
    ceiling = max((b.bottom() for b in above if b.left() < moved.right()), default=rect.top())
    if moved.top() < ceiling + 4 * k or hidden(moved) >= hidden(legend):
        return legend
    return moved


def _legend_box(entries: list[LegendEntry], rect: QRectF, corner: QPointF, k: float) -> QRectF:
    """Return the legend's box, its bottom right at ``corner``.

    The swatched lines set the width; the notes (what is not drawn, not labelled) wrap in it.
    """
    metrics = QFontMetricsF(map_font(11 * k))
    swatched = [e for e in entries if e.kind != "note"] or entries
    width = min(max(metrics.horizontalAdvance(e.text) for e in swatched), rect.width() * 0.45)
    rows = sum(_rows(e.text, metrics, _text_width(e, width, k)) for e in entries)
    legend = QRectF(0, 0, width + 46 * k, rows * 16 * k + 8 * k)
    legend.moveBottomRight(corner)
    return legend


def _shorter_legends(entries: list[LegendEntry]) -> list[list[LegendEntry]]:
    """Return the legend with the names left out counted ("Not labelled: 17 names"), then none."""
    head, _names, tail = translate("Map", "Not labelled: {names}").partition("{names}")

    def unplaced(entry: LegendEntry) -> bool:
        return entry.kind == "note" and entry.text.startswith(head) and entry.text.endswith(tail)

    kept = [e for e in entries if not unplaced(e)]
    notes = [e for e in entries if unplaced(e)]
    if not notes:
        return []
    names = notes[0].text[len(head) : len(notes[0].text) - len(tail)]
    count = len(names.split(", "))
    text = Counted.tr("Not labelled: %n name(s)", "", count)
    counted = LegendEntry("note", notes[0].colour, 0, text)
    return [[*kept, counted], kept]


def _text_width(entry: LegendEntry, width: float, k: float) -> float:
    """Return the width an entry's text may take: a note also takes the swatch's room."""
    return width + 30 * k if entry.kind == "note" else width


def _rows(text: str, metrics: QFontMetricsF, width: float) -> int:
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    height = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()
    return max(1, round(height / metrics.lineSpacing()))


def paint_furniture(
    painter: QPainter,
    furniture: Furniture,
    projected: Projected,
    frame: MapFrame,
    rect: QRectF,
    look: MapLook,
    projection: LambertConformalConic,
    theme: Theme,
    k: float,
) -> None:
    """Draw the title, scale bar, north arrow, legend and the caption naming the sources."""
    w = k * theme.line_scale
    painter.setPen(QColor(theme.text))
    painter.setFont(map_font(17 * k, bold=True))
    painter.drawText(
        furniture.title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, map_title()
    )
    subtitle = subtitle_text(look)
    if furniture.subtitle is not None and subtitle:
        painter.setFont(map_font(12 * k))
        painter.drawText(furniture.subtitle, Qt.AlignmentFlag.AlignLeft, subtitle)

    # Scale bar (true near the centre of the view; the projection is conformal).
    length = furniture.scale_km * frame.scale(projected, rect)
    x0, y0 = furniture.scale_bar.left() + 4 * k, furniture.scale_bar.bottom() - 8 * k
    painter.setPen(map_pen(theme.text, 1.5 * w))
    painter.setBrush(QBrush(QColor(theme.text)))
    painter.drawRect(QRectF(x0, y0, length / 2, 5 * k))
    painter.setBrush(QBrush(QColor(theme.background)))
    painter.drawRect(QRectF(x0 + length / 2, y0, length / 2, 5 * k))
    painter.setFont(map_font(11 * k))
    painter.drawText(QPointF(x0, y0 - 4 * k), "0")
    label = format_km(furniture.scale_km)
    width = QFontMetricsF(painter.font()).horizontalAdvance(label)
    painter.drawText(QPointF(x0 + length - width / 2, y0 - 4 * k), label)

    _paint_north_arrow(painter, furniture.arrow, projected, frame, rect, projection, k, theme)
    _paint_legend(painter, furniture, theme, k)

    painter.fillRect(furniture.band, backing(theme, BAND_ALPHA))
    painter.setPen(QColor(theme.caption))
    painter.setFont(caption_font(k))
    caption_rect = furniture.band.adjusted(12 * k, 2 * k, -12 * k, -2 * k)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    painter.drawText(caption_rect, flags, furniture.caption)


def _paint_legend(painter: QPainter, furniture: Furniture, theme: Theme, k: float) -> None:
    box = furniture.legend
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(backing(theme, PANEL_ALPHA)))
    painter.drawRect(box)
    font = map_font(11 * k)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    w = k * theme.line_scale
    x, y = box.left() + 6 * k, box.top() + 4 * k
    text_width = box.width() - 46 * k
    for entry in furniture.entries:
        rows = _rows(entry.text, metrics, _text_width(entry, text_width, k))
        mid = y + 8 * k
        if entry.kind in ("line", "dashed"):
            style = Qt.PenStyle.DashLine if entry.kind == "dashed" else Qt.PenStyle.SolidLine
            painter.setPen(map_pen(entry.colour, entry.width * w, style))
            painter.drawLine(QPointF(x, mid), QPointF(x + 24 * k, mid))
        elif entry.kind in ("fill", "hatch"):
            swatch = QRectF(x, mid - 5 * k, 24 * k, 10 * k)
            painter.setPen(map_pen(entry.colour if entry.kind == "hatch" else theme.sea, 1.2 * w))
            painter.setBrush(
                QBrush(QColor(theme.member_fill if entry.kind == "hatch" else entry.colour))
            )
            painter.drawRect(swatch)
            if entry.kind == "hatch":
                for i in range(1, 4):
                    painter.drawLine(
                        QPointF(x + 6 * k * i - 5 * k, mid + 5 * k),
                        QPointF(x + 6 * k * i + 5 * k, mid - 5 * k),
                    )
        painter.setPen(QColor(theme.muted if entry.kind == "note" else theme.text))
        text_box = QRectF(
            x + (0 if entry.kind == "note" else 30 * k),
            y,
            text_width + (30 * k if entry.kind == "note" else 0),
            rows * 16 * k,
        )
        painter.drawText(
            text_box,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            entry.text,
        )
        y += rows * 16 * k


def _paint_north_arrow(
    painter: QPainter,
    box: QRectF,
    projected: Projected,
    frame: MapFrame,
    rect: QRectF,
    projection: LambertConformalConic,
    k: float,
    theme: Theme,
) -> None:
    """Draw an arrow towards the pole at the view's centre (meridians converge on this cone)."""
    centre_km = frame.to_km(projected, rect, rect.center())
    lon, lat = projection.inverse(centre_km.x(), centre_km.y())
    north = QPointF(*projection.forward(lon, min(lat + 1, 89)))
    angle = math.atan2(north.x() - centre_km.x(), north.y() - centre_km.y())
    tip = QPointF(box.center().x(), box.top() + 24 * k)
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
    letter = translate("Map", "N", "the letter on the north arrow")
    painter.drawText(QPointF(at.x() - metrics.horizontalAdvance(letter) / 2, at.y()), letter)
