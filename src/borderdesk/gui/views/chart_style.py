"""Sizes, colours and texts of the segment chart: plain Qt, shared with the exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

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
