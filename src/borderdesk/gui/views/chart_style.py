"""Sizes, colours and texts of the segment chart: plain Qt, shared with the exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from borderdesk.core.format import format_km, format_percent
from borderdesk.core.model import Bar, SegmentSeries

CHART_TITLE = "Kazakhstan's land borders by length"

# The chart is drawn for a 1280x720 reference; bigger exports scale fonts and pens with it.
REFERENCE_SIZE = (1280, 720)

# Okabe–Ito colours: told apart by readers with every common colour-vision deficiency.
BAR_FILL = "#0072B2"  # blue
BAR_EDGE = "#004A75"
HIGHLIGHT_FILL = "#E69F00"  # orange
HIGHLIGHT_EDGE = "#000000"
TEXT = "#1A1A1A"
CAPTION_TEXT = "#404040"
AXIS = "#333333"
GRID = "#D0D0D0"
BACKGROUND = "#FFFFFF"


def scale_for_size(width: int, height: int) -> float:
    """Return the font and pen scale for an image of this size (1.0 up to the reference)."""
    ref_width, ref_height = REFERENCE_SIZE
    return max(1.0, min(width / ref_width, height / ref_height))


def tick_step(span: float, most: int) -> int:
    """Return a round tick step (1, 2, 2.5 or 5 x 10^n km) giving at most ``most`` ticks."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5) if magnitude < 10 else (1, 2, 2.5, 5):
            step = int(factor * magnitude)
            if span / step < most:
                return step
        magnitude *= 10


@dataclass(frozen=True)
class ChartStyle:
    """Pixel sizes of the chart's text and lines at one scale."""

    family: str
    scale: float = 1.0

    def px(self, base: float) -> int:
        """Return a base size in pixels scaled, at least 1."""
        return max(1, round(base * self.scale))

    def width(self, base: float) -> float:
        """Return a base pen width scaled."""
        return base * self.scale

    def font(self, base_px: float, *, bold: bool = False) -> QFont:
        """Return the bundled family at a scaled pixel size."""
        font = QFont(self.family)
        font.setPixelSize(self.px(base_px))
        if bold:
            # The bundled Noto Sans is a variable font with one named style: ask its weight
            # axis for real bold glyphs. Qt's synthetic bold (weight >= 700) is lost in PDFs
            # and in text of 64 px or more; DemiBold keeps it off but still marks SVG text.
            font.setWeight(QFont.Weight.DemiBold)
            font.setVariableAxis(QFont.Tag("wght"), 700.0)
        return font

    @property
    def title_font(self) -> QFont:
        """Return the title's font."""
        return self.font(24, bold=True)

    @property
    def tick_font(self) -> QFont:
        """Return the axis tick font (neighbour names, km values)."""
        return self.font(16)

    @property
    def axis_label_px(self) -> int:
        """Return the axis title's pixel size."""
        return self.px(15)

    def value_font(self, *, highlighted: bool) -> QFont:
        """Return the font of the value above a bar; bold when highlighted."""
        return self.font(17 if highlighted else 16, bold=highlighted)

    @property
    def caption_font(self) -> QFont:
        """Return the caption's font."""
        return self.font(13)

    @property
    def bar_pen_width(self) -> float:
        """Return the outline width of a plain bar."""
        return self.width(1.5)

    @property
    def highlight_pen_width(self) -> float:
        """Return the outline width of the highlighted bar."""
        return self.width(4.0)

    @property
    def axis_pen_width(self) -> float:
        """Return the axis line width."""
        return self.width(1.5)


def series_total(series: SegmentSeries) -> float:
    """Return the source's stated total, or the sum of its segments when it states none."""
    return series.stated_total if series.stated_total is not None else series.total


def bar_tooltip(bar: Bar, series: SegmentSeries) -> str:
    """Return ``Russia: 6,846 km (57% of 12,012 km) — Article (c. 2012)``."""
    total = series_total(series)
    share = f" ({format_percent(bar.value / total)} of {format_km(total)})" if total > 0 else ""
    return f"{bar.label}: {format_km(bar.value)}{share} — {series.source.ref.label}"


def accessible_summary(series: SegmentSeries) -> str:
    """Return the bars as one sentence for screen readers."""
    values = "; ".join(f"{bar.label} {format_km(bar.value)}" for bar in series.bars)
    return f"{CHART_TITLE}, {series.source.ref.label}: {values}."


def bar_looks(
    keys: Sequence[str], highlight: str | None, style: ChartStyle
) -> tuple[list[QPen], list[QBrush]]:
    """Return each bar's outline and fill: the highlighted one orange with a thick black edge."""
    pens: list[QPen] = []
    brushes: list[QBrush] = []
    for key in keys:
        marked = key == highlight
        pen = QPen(
            QColor(HIGHLIGHT_EDGE if marked else BAR_EDGE),
            style.highlight_pen_width if marked else style.bar_pen_width,
        )
        pen.setCosmetic(True)  # widths in pixels, whatever the km scale
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        pens.append(pen)
        brushes.append(QBrush(QColor(HIGHLIGHT_FILL if marked else BAR_FILL)))
    return pens, brushes


# -- compare mode: one look per source ----------------------------------------------------


class Hatch(Enum):
    """The line pattern drawn over a series' fill."""

    NONE = 0
    DIAGONAL = 1  # ////
    CROSS = 2  # ++++
    HORIZONTAL = 3  # ====
    BACK_DIAGONAL = 4  # \\\\
    VERTICAL = 5  # ||||


@dataclass(frozen=True)
class SeriesLook:
    """How one series is drawn: fill, outline and hatching."""

    fill: str
    edge: str
    hatch: Hatch


# Okabe–Ito colours, each with a different hatching.
SERIES_LOOKS = (
    SeriesLook("#0072B2", "#00304D", Hatch.NONE),  # blue
    SeriesLook("#E69F00", "#6B4A00", Hatch.DIAGONAL),  # orange
    SeriesLook("#009E73", "#004D38", Hatch.CROSS),  # bluish green
    SeriesLook("#CC79A7", "#6B3358", Hatch.HORIZONTAL),  # reddish purple
    SeriesLook("#56B4E9", "#1B5E85", Hatch.BACK_DIAGONAL),  # sky blue
    SeriesLook("#D55E00", "#6B2F00", Hatch.VERTICAL),  # vermillion
)


def series_look(index: int) -> SeriesLook:
    """Return the look of the series at ``index`` (cycling after six)."""
    return SERIES_LOOKS[index % len(SERIES_LOOKS)]


def paint_swatch(
    painter: QPainter, rect: QRectF, look: SeriesLook, pen_width: float, scale: float = 1.0
) -> None:
    """Fill a rectangle with a series' colour and hatching, then outline it (device pixels)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(look.fill)))
    painter.drawRect(rect)
    _hatch(painter, rect, look.hatch, max(5.0, 6.0 * scale))
    edge = QPen(QColor(look.edge), pen_width)
    edge.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(edge)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


def clip_line(line: QLineF, rect: QRectF) -> QLineF | None:
    """Return the part of a line inside a rectangle, or None (Liang–Barsky)."""
    x0, y0, dx, dy = line.x1(), line.y1(), line.dx(), line.dy()
    low, high = 0.0, 1.0
    for p, q in (
        (-dx, x0 - rect.left()),
        (dx, rect.right() - x0),
        (-dy, y0 - rect.top()),
        (dy, rect.bottom() - y0),
    ):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
    if low > high:
        return None
    return QLineF(x0 + low * dx, y0 + low * dy, x0 + high * dx, y0 + high * dy)


def hatch_lines(rect: QRectF, hatch: Hatch, step: float) -> list[QLineF]:
    """Return a hatching's lines, each cut to ``rect``.

    Cut here rather than by a clip region: SVG output ignores clipping, so lines must end
    at the bar's edges by themselves.
    """
    if hatch is Hatch.NONE or rect.width() <= 0 or rect.height() <= 0:
        return []
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    span = rect.width() + rect.height()
    offsets = [i * step for i in range(1, int(span / step) + 1)]
    lines: list[QLineF] = []
    if hatch in (Hatch.HORIZONTAL, Hatch.CROSS):
        lines += [QLineF(left, bottom - o, right, bottom - o) for o in offsets]
    if hatch in (Hatch.VERTICAL, Hatch.CROSS):
        lines += [QLineF(left + o, top, left + o, bottom) for o in offsets]
    if hatch is Hatch.DIAGONAL:
        lines += [QLineF(left + o, bottom, left + o - span, bottom - span) for o in offsets]
    if hatch is Hatch.BACK_DIAGONAL:
        lines += [QLineF(right - o, bottom, right - o + span, bottom - span) for o in offsets]
    clipped = (clip_line(line, rect) for line in lines)
    return [line for line in clipped if line is not None and line.length() > 0]


def _hatch(painter: QPainter, rect: QRectF, hatch: Hatch, step: float) -> None:
    """Draw a hatching over a filled rectangle, in a translucent dark ink."""
    lines = hatch_lines(rect, hatch, step)
    if lines:
        painter.save()
        painter.setPen(QPen(QColor(0, 0, 0, 120), max(1.0, step / 6)))
        painter.drawLines(lines)
        painter.restore()
