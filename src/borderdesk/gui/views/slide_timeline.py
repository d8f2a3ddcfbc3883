"""A run of events drawn as a timeline for a slide: a line of years, each event pinned to it.

The line runs across the middle with a tick each year (labelled where there is room); each
event is a dot at its date, joined to a box above or below the line holding its date and its
name. Boxes take turns above and below, in lanes, and slide sideways along their lane so
that none covers another. The type is as large as the slide allows, never below its least.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from borderdesk.core.dates import format_short_date
from borderdesk.core.pages import TimelineEntry
from borderdesk.core.record import frozen

LANES = 2  # on each side of the line
BOX_SHARE = 0.3  # of the width: a box's width
START_SHARE = 0.045  # of the height: the type the timeline starts from, then shrinks
TITLE_LINES = 3  # at most, for an event's name


def when_text(date: str) -> str:
    """Return a dataset date as read: ``16 Dec 1991``, ``Jun 2010``, ``May 1992 – Jun 1997``."""
    parts = [_one_date(part) for part in date.split("/") if part]
    return " – ".join(parts)


def _one_date(date: str) -> str:
    pieces = date.split("-")
    if len(pieces) >= 2 and pieces[0].isdigit() and pieces[1].isdigit():
        day = int(pieces[2]) if len(pieces) == 3 and pieces[2].isdigit() else None
        short = format_short_date(int(pieces[0]), int(pieces[1]), day)
        if short:
            return short
    return pieces[0]


def date_position(date: str) -> float:
    """Return a date's start as a fractional year (``2010-06`` gives 2010.42)."""
    pieces = date.split("/")[0].split("-")
    year = float(pieces[0]) if pieces[0].isdigit() else 0.0
    month = int(pieces[1]) if len(pieces) > 1 and pieces[1].isdigit() else 1
    day = int(pieces[2]) if len(pieces) > 2 and pieces[2].isdigit() else 1
    return year + (month - 1) / 12 + (day - 1) / 365


@frozen
class Placed:
    """An event's dot on the line and its box."""

    entry: TimelineEntry
    dot: QPointF
    box: QRectF


class TimelineSlideView(QWidget):
    """Draw a run of events on a line of years, for a slide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideTimeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._entries: tuple[TimelineEntry, ...] = ()
        self._text = "#000000"
        self._muted = "#555555"
        self._accent = "#0072B2"
        self._background = "#FFFFFF"
        self._least_px = 8

    def set_events(self, entries: tuple[TimelineEntry, ...]) -> None:
        """Draw these events (in date order)."""
        self._entries = entries
        self.setAccessibleDescription(
            ". ".join(f"{when_text(e.date)}: {e.event.title}" for e in entries)
        )
        self.update()

    def set_colours(self, text: str, muted: str, accent: str, background: str) -> None:
        """Draw in these colours (the theme's text, muted text, line and ground)."""
        self._text, self._muted, self._accent, self._background = text, muted, accent, background
        self.update()

    def set_least_text_px(self, pixels: int) -> None:
        """Draw no text smaller than this many pixels."""
        self._least_px = pixels
        self.update()

    def text_sizes(self) -> list[int]:
        """Return the pixel size of every font the timeline draws in."""
        return [self._font().pixelSize()] if self._entries else []

    def placed(self) -> list[Placed]:
        """Return every event's dot and box as drawn now."""
        return self._layout(self._font())[0]

    # Layout ---------------------------------------------------------------------------------

    def _font(self) -> QFont:
        """Return the largest font (from START_SHARE down to the least) every box fits in."""
        size = max(self._least_px, round(self.height() * START_SHARE))
        font = QFont(self.font())
        while True:
            font.setPixelSize(size)
            _placed, fits = self._layout(font)
            if fits or size <= self._least_px:
                return font
            size -= 1

    def _span(self) -> tuple[float, float]:
        """Return the years the line covers: the run's first and last, a little either side."""
        positions = [date_position(entry.date) for entry in self._entries]
        first, last = min(positions), max(positions)
        margin = max(0.5, (last - first) * 0.08)
        return float(int(first - margin)), float(int(last + margin) + 1)

    def _layout(self, font: QFont) -> tuple[list[Placed], bool]:
        """Place every event's box in a lane; return them and whether none overlaps or spills.

        A box hangs from its dot's side (its left edge just before the dot). Each event takes
        the nearest lane, above or below the line, where its box covers no other box, its
        leader crosses no nearer box and no farther box's leader crosses it.
        """
        if not self._entries:
            return [], True
        metrics = QFontMetricsF(font)
        line = metrics.lineSpacing()
        width, height = float(self.width()), float(self.height())
        axis_y = height / 2
        start, end = self._span()
        margin = metrics.averageCharWidth() * 2

        def x_of(date: str) -> float:
            return margin + (date_position(date) - start) / (end - start) * (width - 2 * margin)

        box_width = width * BOX_SHARE
        heights = [
            (1 + len(self._title_lines(entry, metrics, box_width - margin))) * line + line * 0.4
            for entry in self._entries
        ]
        year_band = line * 1.6  # the year labels under the line
        lane_height = max(heights) + line * 0.6
        fits = LANES * lane_height * 2 + year_band <= height
        lanes: list[list[QRectF]] = [[] for _ in range(2 * LANES)]  # above 0, below 0, above 1…
        leaders: list[list[float]] = [[] for _ in range(2 * LANES)]  # their dots' x
        placed: list[Placed] = []
        for entry, box_height in zip(self._entries, heights, strict=True):
            x = x_of(entry.date)
            left = min(max(x - margin, 0.0), width - box_width)
            candidates = [
                QRectF(
                    left,
                    self._lane_top(lane, axis_y, lane_height, year_band, line),
                    box_width,
                    box_height,
                )
                for lane in range(2 * LANES)
            ]
            lane = next(
                (
                    n
                    for n in range(2 * LANES)
                    if self._free(n, candidates[n], x, lanes, leaders, margin)
                ),
                None,
            )
            if lane is None:  # crowded: the lane with the most room, the box moved along it
                lane = min(range(2 * LANES), key=lambda n: len(lanes[n]))
                taken = lanes[lane]
                shifted = max([left, *(rect.right() + margin for rect in taken)])
                candidates[lane].moveLeft(shifted)
            box = candidates[lane]
            if box.right() > width or box.top() < 0 or box.bottom() > height:
                fits = False
            if any(_overlap(box, other, margin) for other in lanes[lane]):
                fits = False
            lanes[lane].append(box)
            leaders[lane].append(x)
            placed.append(Placed(entry, QPointF(x, axis_y), box))
        return placed, fits

    @staticmethod
    def _lane_top(lane: int, axis_y: float, lane_height: float, band: float, line: float) -> float:
        """Return the top of a lane: even lanes above the line, odd ones below, nearest first."""
        depth = lane // 2
        if lane % 2 == 0:
            return axis_y - (depth + 1) * lane_height
        return axis_y + band + depth * lane_height + line * 0.6

    @staticmethod
    def _free(
        lane: int,
        box: QRectF,
        x: float,
        lanes: list[list[QRectF]],
        leaders: list[list[float]],
        margin: float,
    ) -> bool:
        """Tell whether a box may go in a lane: nothing covered, no leader crossing."""
        if any(_overlap(box, other, margin) for other in lanes[lane]):
            return False
        side, depth = lane % 2, lane // 2
        for other in range(side, len(lanes), 2):
            nearer = other // 2 < depth
            if nearer and any(
                rect.left() - margin <= x <= rect.right() + margin for rect in lanes[other]
            ):
                return False  # this leader would cross a nearer box
            farther = other // 2 > depth
            if farther and any(
                box.left() - margin <= dot <= box.right() + margin for dot in leaders[other]
            ):
                return False  # a farther box's leader would cross this one
        return True

    def _title_lines(self, entry: TimelineEntry, metrics: QFontMetricsF, room: float) -> list[str]:
        """Return an event's name wrapped to the box, at most TITLE_LINES, the last cut "…"."""
        words, lines, current = entry.event.title.split(), [], ""
        for word in words:
            trial = f"{current} {word}".strip()
            if metrics.horizontalAdvance(trial) <= room or not current:
                current = trial
            else:
                lines.append(current)
                current = word
        if current:
            lines.append(current)
        if len(lines) > TITLE_LINES:
            rest = " ".join(lines[TITLE_LINES - 1 :])
            last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)
            lines = [*lines[: TITLE_LINES - 1], last]
        return lines

    # Drawing --------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the line of years, then each event's dot, leader and box."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor(self._background))
        if not self._entries:
            painter.end()
            return
        font = self._font()
        metrics = QFontMetricsF(font)
        line = metrics.lineSpacing()
        placed, _fits = self._layout(font)
        axis_y = self.height() / 2
        pen_width = max(2.0, font.pixelSize() / 8)
        self._draw_years(painter, font, metrics, axis_y, pen_width)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        bold.setVariableAxis(QFont.Tag("wght"), 700.0)
        margin = metrics.averageCharWidth() * 2
        # Leaders and dots first, then each box on the ground: a leader that must pass behind
        # a nearer box (a crowded run) never crosses its words.
        for item in placed:
            box = item.box
            joint = QPointF(
                min(max(item.dot.x(), box.left() + margin), box.right() - margin),
                box.bottom() if box.bottom() < axis_y else box.top(),
            )
            painter.setPen(QPen(QColor(self._muted), pen_width / 2))
            painter.drawLine(item.dot, joint)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self._accent))
            radius = pen_width * 2
            painter.drawEllipse(item.dot, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for item in placed:
            box = item.box
            title = self._title_lines(item.entry, metrics, box.width() - margin)
            ground = QRectF(box.left(), box.top(), box.width(), line * (1 + len(title)))
            painter.fillRect(ground, QColor(self._background))
            painter.setPen(QColor(self._accent))
            painter.setFont(bold)
            text_left = box.left() + margin / 2
            painter.drawText(
                QRectF(text_left, box.top(), box.width(), line),
                Qt.AlignmentFlag.AlignLeft,
                when_text(item.entry.date),
            )
            painter.setFont(font)
            painter.setPen(QColor(self._text))
            for number, text in enumerate(title):
                top = box.top() + line * (number + 1)
                painter.drawText(
                    QRectF(text_left, top, box.width(), line), Qt.AlignmentFlag.AlignLeft, text
                )
        painter.end()

    def _draw_years(
        self, painter: QPainter, font: QFont, metrics: QFontMetricsF, axis_y: float, pen: float
    ) -> None:
        """Draw the line with a tick each year and the years that have room for a label."""
        start, end = self._span()
        margin = metrics.averageCharWidth() * 2
        width = self.width() - 2 * margin
        painter.setPen(QPen(QColor(self._accent), pen))
        painter.drawLine(QPointF(margin, axis_y), QPointF(margin + width, axis_y))
        painter.setFont(font)
        label_width = metrics.horizontalAdvance("0000") + metrics.averageCharWidth() * 2
        years = range(int(start), int(end) + 1)
        per_year = width / max(end - start, 1.0)
        every = max(1, int(-(-label_width // per_year)))
        for year in years:
            x = margin + (year - start) * per_year
            painter.setPen(QPen(QColor(self._muted), pen / 2))
            painter.drawLine(QPointF(x, axis_y - pen * 2), QPointF(x, axis_y + pen * 2))
            if (year - years[0]) % every == 0:
                painter.setPen(QColor(self._muted))
                painter.drawText(
                    QRectF(x - label_width / 2, axis_y + pen * 3, label_width, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    str(year),
                )


def _overlap(first: QRectF, second: QRectF, gap: float) -> bool:
    """Tell whether two boxes in a lane come closer than ``gap`` side by side."""
    return first.left() < second.right() + gap and second.left() < first.right() + gap
