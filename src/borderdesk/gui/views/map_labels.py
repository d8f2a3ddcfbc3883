"""Place the map's names: candidate positions per label, greedy by priority, no overlaps.

Every label asks for a few candidate boxes around its anchor (a country's label point, a city's
dot, a lake, the selected segment's marker). Labels are placed in priority order (the marker,
Kazakhstan, its neighbours, the Caspian, cities, lakes, other countries), each at its first
candidate that lies wholly in the label area and covers no box already taken: the furniture
(title, north arrow, scale bar, legend, graticule labels, caption band), the points' symbols
and every label placed before it. A label whose anchor is in view but that finds no place is
returned as unplaced, so the legend can list it instead of dropping it silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter

from borderdesk.core.record import frozen
from borderdesk.gui.style.theme import Theme
from borderdesk.gui.views.map_style import BAND_ALPHA, HALO_ALPHA, backing, map_pen

LABEL_LINES = 16  # the widest name on the map, in line heights (some 35 characters)


@frozen
class LabelRequest:
    """A name to place: its text, font, colour, priority and candidate centres."""

    text: str
    font: QFont
    colour: str
    priority: int  # lower is placed first
    centres: tuple[QPointF, ...]  # where the label's box may be centred, best first
    boxed: bool = False  # drawn in a framed box (the selected segment's label)


@dataclass
class PlacedLabel:
    """A label with the box it takes."""

    request: LabelRequest
    box: QRectF


@dataclass
class Placement:
    """What the placement made: the labels placed, and the names left unplaced."""

    placed: list[PlacedLabel] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


def fitted(name: str, font: QFont) -> str:
    """Return ``name`` cut with "…" to what a map can hold (a pack may give 200 characters)."""
    metrics = QFontMetricsF(font)
    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, LABEL_LINES * metrics.height())


def label_size(text: str, font: QFont, *, boxed: bool = False, k: float = 1.0) -> QRectF:
    """Return the box a label takes (with its halo or frame), centred on the origin."""
    metrics = QFontMetricsF(font)
    pad_x, pad_y = (6 * k, 4 * k) if boxed else (max(1.5, font.pixelSize() / 6), 1.0)
    width = metrics.horizontalAdvance(text) + 2 * pad_x
    height = metrics.height() + 2 * pad_y
    return QRectF(-width / 2, -height / 2, width, height)


def around(at: QPointF, size: QRectF, gap: float) -> tuple[QPointF, ...]:
    """Return centres right of, left of, above and below a point, then the four corners."""
    dx, dy = size.width() / 2 + gap, size.height() / 2 + gap
    return (
        QPointF(at.x() + dx, at.y()),
        QPointF(at.x() - dx, at.y()),
        QPointF(at.x(), at.y() - dy),
        QPointF(at.x(), at.y() + dy),
        QPointF(at.x() + dx, at.y() - dy),
        QPointF(at.x() - dx, at.y() - dy),
        QPointF(at.x() + dx, at.y() + dy),
        QPointF(at.x() - dx, at.y() + dy),
    )


def nudged(at: QPointF, size: QRectF) -> tuple[QPointF, ...]:
    """Return a centre and small moves of it: up, down, left and right by a line or half."""
    h, w = size.height() * 0.9, size.width() * 0.5
    return (
        at,
        QPointF(at.x(), at.y() - h),
        QPointF(at.x(), at.y() + h),
        QPointF(at.x() - w, at.y()),
        QPointF(at.x() + w, at.y()),
        QPointF(at.x(), at.y() - 2 * h),
        QPointF(at.x(), at.y() + 2 * h),
    )


def place_labels(
    requests: Sequence[LabelRequest], area: QRectF, obstacles: Sequence[QRectF], k: float
) -> Placement:
    """Place labels by priority at their first free candidate (see the module's note)."""
    result = Placement()
    taken = list(obstacles)
    for request in sorted(requests, key=lambda r: r.priority):
        size = label_size(request.text, request.font, boxed=request.boxed, k=k)
        for centre in request.centres:
            box = size.translated(centre)
            if area.contains(box) and not any(box.intersects(other) for other in taken):
                taken.append(box)
                result.placed.append(PlacedLabel(request, box))
                break
        else:
            result.unplaced.append(request.text)
    return result


def paint_labels(painter: QPainter, placement: Placement, theme: Theme, k: float) -> None:
    """Draw the placed labels: names on a translucent halo, the marker's in a framed box."""
    for label in placement.placed:
        request, box = label.request, label.box
        painter.save()
        if request.boxed:
            painter.setPen(map_pen(theme.highlight_edge, 1.2 * k * theme.line_scale))
            painter.setBrush(QBrush(backing(theme, BAND_ALPHA)))
            painter.drawRect(box)
        else:
            pad = max(1.5, request.font.pixelSize() / 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(backing(theme, HALO_ALPHA)))
            painter.drawRoundedRect(box, pad, pad)
        painter.setFont(request.font)
        painter.setPen(QColor(request.colour))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, request.text)
        painter.restore()
