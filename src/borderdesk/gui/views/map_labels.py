"""Name countries, cities and the selected segment, on halos, kept inside the view.

A label is drawn at the first of its candidate places where it covers no label already drawn;
one near an edge is moved in so no name is ever cut in half, and one with nowhere to go is
left out (Kazakhstan's and its neighbours' names are drawn anyway).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter

from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.map_projection import MapFrame, Projected
from borderdesk.gui.views.map_style import BAND_ALPHA, HALO_ALPHA, backing, map_font, map_pen

HOME_KEY = "KZ"
RANK = {"kazakhstan": 0, "neighbour": 1}  # whose names are placed first, and always
LABEL_LINES = 16  # the widest name on the map, in line heights (some 35 characters)


def label_area(rect: QRectF, k: float, lift: float = 0.0) -> QRectF:
    """Return where labels may go: the view less a margin and the caption band."""
    return rect.adjusted(4 * k, 4 * k, -4 * k, -24 * k - lift)


def paint_country_names(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    theme: Theme,
    k: float,
    inner: QRectF,
    taken: list[QRectF],
) -> None:
    """Name the countries, Kazakhstan's and its neighbours' first.

    A name that would cover one already drawn moves up or down a little, and a context
    country's is otherwise left out.
    """
    font = map_font(13 * k, bold=True)
    roles = {key: role for key, role, _rings in projected.outlines}
    named = sorted(projected.labels.items(), key=lambda item: RANK.get(roles.get(item[0], ""), 2))
    step = QFontMetricsF(font).height() * 0.9
    for key, (name, where) in named:
        at = frame.to_pixels(projected, rect, where)
        colour = theme.home_label if key == HOME_KEY else theme.label_text
        text = fitted(name.upper() if key == HOME_KEY else name, font)
        places = [at, at + QPointF(0, -step), at + QPointF(0, step)]
        always = roles.get(key) in RANK  # Kazakhstan and its neighbours are always named
        place_label(painter, places, text, font, colour, inner, theme, taken, always=always)


def fitted(name: str, font: QFont) -> str:
    """Return ``name`` cut with "…" to what a map can hold (a pack may give 200 characters)."""
    metrics = QFontMetricsF(font)
    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, LABEL_LINES * metrics.height())


def city_label_places(at: QPointF, name: str, font: QFont, k: float) -> list[QPointF]:
    """Return where a city's name may go: right of its dot, else left, above or below."""
    metrics = QFontMetricsF(font)
    half = metrics.horizontalAdvance(name) / 2 + 6 * k
    return [
        QPointF(at.x() + half, at.y() - 4 * k),
        QPointF(at.x() - half, at.y() - 4 * k),
        QPointF(at.x(), at.y() - 6 * k),
        QPointF(at.x(), at.y() + metrics.ascent() + 4 * k),
    ]


def place_label(
    painter: QPainter,
    places: Sequence[QPointF],
    text: str,
    font: QFont,
    colour: str,
    inner: QRectF,
    theme: Theme,
    taken: list[QRectF],
    *,
    always: bool = False,
) -> None:
    """Draw a label at the first of ``places`` where it covers no label in ``taken``.

    Where every place is taken it is left out, or with ``always`` drawn at the first anyway.
    """
    for at in places:
        if halo_label(painter, at, text, font, colour, inner, theme, taken):
            return
    if always:
        halo_label(painter, places[0], text, font, colour, inner, theme, taken, overlap=True)


def halo_label(
    painter: QPainter,
    at: QPointF,
    text: str,
    font: QFont,
    colour: str,
    inner: QRectF,
    theme: Theme,
    taken: list[QRectF] | None = None,
    *,
    overlap: bool = False,
) -> bool:
    """Draw text centred on ``at`` with a halo of the ground's colour, kept wholly in view.

    A label whose place is off the view is left out; one near an edge is moved in, so no
    name is ever cut in half. With ``taken`` given, a label that would cover one of its boxes
    is left out too (unless ``overlap``), and one drawn adds its box. The halo keeps names
    legible over hatching and lines, in images and in vector files alike (a stroked path, not
    a clip or an effect). Return whether the label was drawn.
    """
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(text)
    box = QRectF(at.x() - width / 2, at.y() - metrics.ascent(), width, metrics.height())
    if not inner.intersects(box):
        return False
    dx = max(inner.left() - box.left(), 0.0) + min(inner.right() - box.right(), 0.0)
    dy = max(inner.top() - box.top(), 0.0) + min(inner.bottom() - box.bottom(), 0.0)
    box.translate(dx, dy)
    if taken is not None:
        if not overlap and any(box.intersects(other) for other in taken):
            return False
        taken.append(box)
    baseline = QPointF(box.left(), at.y() + dy)
    painter.save()
    # A translucent plate of the ground's colour under the name (a stroked outline of the
    # glyphs would look finer, but Qt rasterises a text path differently on its first use).
    pad = max(1.5, font.pixelSize() / 6)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(backing(theme, HALO_ALPHA)))
    painter.drawRoundedRect(box.adjusted(-pad, -pad / 2, pad, pad / 2), pad, pad)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(baseline, text)
    painter.restore()
    return True


def boxed_text(
    painter: QPainter,
    at: QPointF,
    text: str,
    size: float,
    k: float,
    within: QRectF,
    theme: Theme = DEFAULT_THEME,
) -> QRectF:
    """Draw text in a framed box below and right of ``at``, flipped to stay in ``within``."""
    painter.setFont(map_font(size, bold=True))
    metrics = QFontMetricsF(painter.font())
    box = QRectF(at.x(), at.y(), metrics.horizontalAdvance(text) + 12 * k, metrics.height() + 8 * k)
    if box.right() > within.right() - 4 * k:  # keep it in view: flip to the left of the marker
        box.moveRight(max(within.left() + 4 * k, at.x() - 24 * k))
    if box.bottom() > within.bottom() - 40 * k:
        box.moveBottom(at.y() - 24 * k)
    painter.setPen(map_pen(theme.highlight_edge, 1.2 * k * theme.line_scale))
    painter.setBrush(QBrush(backing(theme, BAND_ALPHA)))
    painter.drawRect(box)
    painter.setPen(QColor(theme.text))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return box
