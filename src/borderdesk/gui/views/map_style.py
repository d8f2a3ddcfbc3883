"""What the map marks (``MapLook``) and the pens, fonts and backings its parts share.

Fonts and pens grow with the width of the drawing (1 at 1280 px) so an export for a slide
reads like the pane; backings are the theme's panel colour, a little see-through.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen

from borderdesk.core.model import SourceRef
from borderdesk.gui.style.theme import Theme

REFERENCE_WIDTH = 1280  # fonts and pens grow with bigger exports
# How opaque the backing of the legend, the caption band and the marker's label is (of 255).
PANEL_ALPHA = 220
HALO_ALPHA = 170  # the plate under a name: the map shows through
BAND_ALPHA = 235


@dataclass
class MapLook:
    """What is marked on the map: a selected segment, highlighted member states."""

    highlight: str | None = None
    members: frozenset[str] = field(default_factory=frozenset)
    members_label: str = ""
    caption: str = ""
    # Each border's published length and that figure's source, as the chart shows them: the
    # selected border's label states these, never a length measured on the map line.
    published: dict[str, tuple[float, str]] = field(default_factory=dict)
    on: date | None = None  # the date the map shows: named under the title
    member_sources: tuple[SourceRef, ...] = ()  # what the hatched members rest on


def scale_for_width(rect: QRectF) -> float:
    """Return how much fonts and pens grow for a drawing this wide (within 0.75 and 6)."""
    return max(0.75, min(rect.width() / REFERENCE_WIDTH, 6.0))


# The map's least type at scale 1 (the graticule's degrees): a map whose text may be no
# smaller than N pixels is drawn at a scale of at least N / SMALLEST_TEXT_PX, so every part
# grows together and keeps its spacing.
SMALLEST_TEXT_PX = 10


def scale_for_least_text(pixels: float) -> float:
    """Return the style scale at which the map's least type is ``pixels`` high."""
    return pixels / SMALLEST_TEXT_PX


def map_font(px: float, *, bold: bool = False) -> QFont:
    """Return the default family at a pixel size (at least 6 px)."""
    font = QFont()
    font.setPixelSize(max(6, round(px)))
    font.setBold(bold)
    return font


def map_pen(colour: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """Return a pen with round caps and joins."""
    pen = QPen(QColor(colour), width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def edge_pen(colour: str, width: float) -> QPen:
    """Return the pen of a country's or a lake's edge: thin, with bevelled joins.

    At an edge's width a round join and a bevel differ by a fraction of a pixel at the sharpest
    corners, but Qt strokes a round join with an arc at every point of a coastline: a 4K map's
    outlines take half again as long with round joins.
    """
    pen = map_pen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
    return pen


def backing(theme: Theme, alpha: int) -> QColor:
    """Return the theme's panel colour, a little see-through."""
    colour = QColor(theme.panel)
    colour.setAlpha(alpha)
    return colour
