"""Sizes, colours and texts of the segment chart: plain Qt, shared with the exports.

Colours come from the ``Theme`` a ``ChartStyle`` carries (light unless the window says
otherwise); exports draw in the light theme.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from borderdesk.core.chart_text import series_total
from borderdesk.core.format import format_km, format_percent
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.model import Bar, SegmentSeries
from borderdesk.core.record import frozen
from borderdesk.gui.style.theme import DEFAULT_THEME, HATCH_ALPHA, Theme

CHART_TITLE = QT_TRANSLATE_NOOP("Chart", "Kazakhstan's land borders by length")
COMPARE_TITLE = QT_TRANSLATE_NOOP("Chart", "Kazakhstan's land borders by length: sources compared")


def chart_title() -> str:
    """Return the chart's title in the interface language."""
    return translate("Chart", CHART_TITLE)


def compare_title() -> str:
    """Return the title of the grouped bars in the interface language."""
    return translate("Chart", COMPARE_TITLE)


# The chart is drawn for a 1280x720 reference; bigger exports scale fonts and pens with it.
REFERENCE_SIZE = (1280, 720)

# The light theme's colours, for exports (always light) and their readers.
BAR_FILL = DEFAULT_THEME.bar_fill
HIGHLIGHT_FILL = DEFAULT_THEME.highlight_fill
BACKGROUND = DEFAULT_THEME.background


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


@frozen
class ChartStyle:
    """Pixel sizes of the chart's text and lines at one scale, and the theme's colours."""

    family: str
    scale: float = 1.0
    theme: Theme = DEFAULT_THEME
    horizontal: bool = False  # the bars lie: names on the left, lengths to the right
    least_px: int = 0  # no text smaller than this (a slide's rule for the back row)

    def px(self, base: float) -> int:
        """Return a base size in pixels scaled, at least 1."""
        return max(1, round(base * self.scale))

    def width(self, base: float) -> float:
        """Return a base pen width scaled."""
        return base * self.scale

    def line(self, base: float) -> float:
        """Return a base pen width scaled, and thickened as the theme asks."""
        return base * self.scale * self.theme.line_scale

    def text_px(self, base_px: float) -> int:
        """Return a base text size in pixels scaled, never below ``least_px``."""
        return max(self.px(base_px), self.least_px)

    def font(self, base_px: float, *, bold: bool = False) -> QFont:
        """Return the bundled family at a scaled pixel size (never below ``least_px``)."""
        font = QFont(self.family)
        font.setPixelSize(self.text_px(base_px))
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
        return self.text_px(15)

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
        return self.line(1.5)

    @property
    def highlight_pen_width(self) -> float:
        """Return the outline width of the highlighted bar."""
        return self.line(4.0)

    @property
    def axis_pen_width(self) -> float:
        """Return the axis line width."""
        return self.line(1.5)


def bar_tooltip(bar: Bar, series: SegmentSeries) -> str:
    """Return ``Russia: 6,846 km (57% of 12,012 km) — Article (c. 2012)``."""
    total = series_total(series)
    values = {
        "name": bar.label,
        "length": format_km(bar.value),
        "source": series.source.ref.label,
    }
    if total > 0:
        return translate("Chart", "{name}: {length} ({share} of {total}) — {source}").format(
            share=format_percent(bar.value / total), total=format_km(total), **values
        )
    return translate("Chart", "{name}: {length} — {source}").format(**values)


def bar_looks(
    keys: Sequence[str], highlight: str | None, style: ChartStyle
) -> tuple[list[QPen], list[QBrush]]:
    """Return each bar's outline and fill: the highlighted one in its own fill, thick-edged."""
    theme = style.theme
    pens: list[QPen] = []
    brushes: list[QBrush] = []
    for key in keys:
        marked = key == highlight
        pen = QPen(
            QColor(theme.highlight_edge if marked else theme.bar_edge),
            style.highlight_pen_width if marked else style.bar_pen_width,
        )
        pen.setCosmetic(True)  # widths in pixels, whatever the km scale
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        pens.append(pen)
        brushes.append(QBrush(QColor(theme.highlight_fill if marked else theme.bar_fill)))
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


@frozen
class SeriesLook:
    """How one series is drawn: fill, outline, hatching and the hatching's ink."""

    fill: str
    edge: str
    hatch: Hatch
    ink: str = "#000000"


# Each series has its own hatching as well as its own Okabe–Ito colour (from the theme).
HATCHES = (
    Hatch.NONE,
    Hatch.DIAGONAL,
    Hatch.CROSS,
    Hatch.HORIZONTAL,
    Hatch.BACK_DIAGONAL,
    Hatch.VERTICAL,
)


def series_look(index: int, theme: Theme = DEFAULT_THEME) -> SeriesLook:
    """Return the look of the series at ``index`` in a theme (cycling after six)."""
    colours = theme.series[index % len(theme.series)]
    return SeriesLook(colours.fill, colours.edge, HATCHES[index % len(HATCHES)], theme.hatch_ink)


# The light theme's looks: blue, orange, bluish green, reddish purple, sky blue, vermillion.
SERIES_LOOKS = tuple(series_look(index) for index in range(len(HATCHES)))


def paint_swatch(
    painter: QPainter, rect: QRectF, look: SeriesLook, pen_width: float, scale: float = 1.0
) -> None:
    """Fill a rectangle with a series' colour and hatching, then outline it (device pixels)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(look.fill)))
    painter.drawRect(rect)
    _hatch(painter, rect, look, max(5.0, 6.0 * scale))
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


def _hatch(painter: QPainter, rect: QRectF, look: SeriesLook, step: float) -> None:
    """Draw a series' hatching over its filled rectangle, in a translucent ink."""
    lines = hatch_lines(rect, look.hatch, step)
    if lines:
        ink = QColor(look.ink)
        ink.setAlpha(HATCH_ALPHA)
        painter.save()
        painter.setPen(QPen(ink, max(1.0, step / 6)))
        painter.drawLines(lines)
        painter.restore()
