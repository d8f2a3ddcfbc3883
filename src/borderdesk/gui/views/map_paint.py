"""Draw the border map with plain QPainter: shared by the map pane and the exports.

Everything is projected once (Lambert conformal conic, ``core.geo``) into km on the map plane;
a ``MapFrame`` then places that plane in a rectangle of pixels (fit, zoom, pan). Colours come
from a ``Theme`` (light unless told otherwise) and follow the chart: the segments in the bars'
colour, the selected one in the highlight's, thicker, with a marker and its name, so the
selection never rests on colour alone.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
)

from borderdesk.core.format import format_km
from borderdesk.core.geo import CENTRAL_ASIA, LambertConformalConic, line_length_km
from borderdesk.core.model import BorderMap, LonLat, MapLine
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.chart_style import clip_line

MAP_TITLE = "Kazakhstan and its neighbours"
GRATICULE_STEP = 5  # degrees
# How opaque the backing of the legend, the caption band and the marker's label is (of 255).
PANEL_ALPHA = 220
HALO_ALPHA = 170  # the plate under a name: the map shows through
HATCH_STEP = 9.0  # px between hatching lines at the reference size
HATCH_INK_ALPHA = 150
BAND_ALPHA = 235
REFERENCE_WIDTH = 1280  # fonts and pens grow with bigger exports
HIT_PX = 8.0  # how near the pointer must be to a line to name it
FIT_MARGIN = 0.11  # of the view, around Kazakhstan's outline
# Where country names go (lon, lat): a mean of the outline's points would put Russia's inside
# Kazakhstan. Countries not named here are labelled at the mean of their points in view.
LABEL_AT = {
    "KZ": (67.0, 48.0),
    "RU": (60.0, 56.6),
    "CN": (86.0, 41.5),
    "KG": (74.5, 41.4),
    "UZ": (63.5, 41.6),
    "TM": (59.0, 39.3),
    "MN": (95.0, 47.5),
    "TJ": (71.0, 38.9),
}


@dataclass(frozen=True)
class Projected:
    """The map's features in km on the projection plane."""

    segments: dict[str, list[QPointF]]
    segment_names: dict[str, str]
    shore: list[list[QPointF]]
    outlines: list[tuple[str, str, list[list[QPointF]]]]  # key, role, rings
    labels: dict[str, tuple[str, QPointF]]  # country key: name, label position
    points: list[tuple[str, str, str, QPointF]]  # key, name, kind, position
    bounds: QRectF  # Kazakhstan's outline (or the segments'), to fit the view to
    measured_km: dict[str, float]


def project(border_map: BorderMap, projection: LambertConformalConic = CENTRAL_ASIA) -> Projected:
    """Project every feature of the map once."""

    def line(points: Iterable[LonLat]) -> list[QPointF]:
        return [QPointF(*projection.forward(lon, lat)) for lon, lat in points]

    segments = {s.key: line(s.points) for s in border_map.segments}
    outlines = [(o.key, o.role, [line(r) for r in o.rings]) for o in border_map.outlines]
    labels = {}
    for outline in border_map.outlines:
        inside = [
            p for ring in outline.rings for p in ring if 40 <= p[0] <= 95 and 36 <= p[1] <= 58
        ]
        if outline.key in LABEL_AT:
            lon, lat = LABEL_AT[outline.key]
            labels[outline.key] = (outline.name, QPointF(*projection.forward(lon, lat)))
        elif inside:
            lon = sum(p[0] for p in inside) / len(inside)
            lat = sum(p[1] for p in inside) / len(inside)
            labels[outline.key] = (outline.name, QPointF(*projection.forward(lon, lat)))
    home = [o for o in outlines if o[1] == "kazakhstan"]
    fit = [p for ring in home[0][2] for p in ring] if home else []
    fit = fit or [p for points in segments.values() for p in points]
    return Projected(
        segments=segments,
        segment_names={s.key: s.name for s in border_map.segments},
        shore=[line(s.points) for s in border_map.shore],
        outlines=outlines,
        labels=labels,
        points=[
            (p.key, p.name, p.kind, QPointF(*projection.forward(*p.point)))
            for p in border_map.points
        ],
        bounds=QPolygonF(fit).boundingRect() if fit else QRectF(-1500, -1000, 3000, 2000),
        measured_km={s.key: line_length_km(s.points) for s in border_map.segments},
    )


@dataclass
class MapFrame:
    """Where the km plane sits in the pixel rectangle: zoom about a centre, fitted by default."""

    zoom: float = 1.0  # 1 = Kazakhstan fitted with a margin
    centre: QPointF | None = None  # km at the middle of the view; None = the fit's centre

    def scale(self, projected: Projected, rect: QRectF) -> float:
        """Return pixels per km."""
        bounds = projected.bounds
        usable = 1 - 2 * FIT_MARGIN
        fit = min(
            rect.width() * usable / max(bounds.width(), 1.0),
            rect.height() * usable / max(bounds.height(), 1.0),
        )
        return fit * self.zoom

    def to_pixels(self, projected: Projected, rect: QRectF, km: QPointF) -> QPointF:
        """Return the pixel position of a point in km (y grows downwards on screen)."""
        s = self.scale(projected, rect)
        c = self.centre or projected.bounds.center()
        return QPointF(
            rect.center().x() + (km.x() - c.x()) * s, rect.center().y() - (km.y() - c.y()) * s
        )

    def to_km(self, projected: Projected, rect: QRectF, pixel: QPointF) -> QPointF:
        """Return the km position under a pixel."""
        s = self.scale(projected, rect)
        c = self.centre or projected.bounds.center()
        return QPointF(
            c.x() + (pixel.x() - rect.center().x()) / s, c.y() - (pixel.y() - rect.center().y()) / s
        )


@dataclass
class MapLook:
    """What is marked on the map: a selected segment, highlighted member states."""

    highlight: str | None = None
    members: frozenset[str] = field(default_factory=frozenset)
    members_label: str = ""
    caption: str = ""


def _style_scale(rect: QRectF) -> float:
    return max(0.75, min(rect.width() / REFERENCE_WIDTH, 6.0))


def _font(px: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, round(px)))
    font.setBold(bold)
    return font


def _pen(colour: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(colour), width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _backing(theme: Theme, alpha: int) -> QColor:
    """Return the theme's panel colour, a little see-through."""
    colour = QColor(theme.panel)
    colour.setAlpha(alpha)
    return colour


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
    k = style_scale if style_scale is not None else _style_scale(rect)
    lift = _caption_lift(rect, look.caption, k)
    w = k * theme.line_scale  # pens: the projector theme draws them bolder
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, QColor(theme.background))
    painter.setClipRect(rect)

    def px(points: Sequence[QPointF]) -> QPolygonF:
        return QPolygonF([frame.to_pixels(projected, rect, p) for p in points])

    # Land: context, neighbours, Kazakhstan; an organisation's members tinted and hatched.
    fills = {"kazakhstan": theme.kazakhstan_fill, "neighbour": theme.neighbour_fill}
    for key, role, rings in projected.outlines:
        fill = fills.get(role, theme.context_fill)
        member = key in look.members
        painter.setPen(_pen(theme.outline, 0.8 * w))
        polygons = [px(ring) for ring in rings]
        painter.setBrush(QBrush(QColor(theme.member_fill if member else fill)))
        for polygon in polygons:
            painter.drawPolygon(polygon)
        if member:  # hatched and a thicker edge too: not colour alone
            _hatch_polygons(painter, polygons, rect, theme, k)
            painter.setPen(_pen(theme.bar_edge, 2.2 * w))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for ring in rings:
                painter.drawPolygon(px(ring))

    _paint_graticule(painter, rect, projected, frame, projection, k, theme, lift)

    # The Caspian shore: a shore, not a border.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for line in projected.shore:
        painter.setPen(_pen(theme.sea, 3.0 * w))
        painter.drawPolyline(px(line))
    if projected.shore and projected.shore[0]:
        middle = projected.shore[0][len(projected.shore[0]) // 2]
        at = frame.to_pixels(projected, rect, middle)
        painter.setFont(_font(12 * k))
        painter.setPen(QColor(theme.sea_label))
        text = "Caspian Sea"
        width = QFontMetricsF(painter.font()).horizontalAdvance(text)
        painter.drawText(QPointF(at.x() - width - 10 * k, at.y()), text)

    # The five segments, the selected one last (on top), cased, thicker.
    keys = sorted(projected.segments, key=lambda key: key == look.highlight)
    for key in keys:
        polygon = px(projected.segments[key])
        if key == look.highlight:
            painter.setPen(_pen(theme.highlight_edge, 9.0 * w))
            painter.drawPolyline(polygon)
            painter.setPen(_pen(theme.highlight_fill, 6.0 * w))
        else:
            painter.setPen(_pen(theme.bar_fill, 3.2 * w))
        painter.drawPolyline(polygon)

    # Country names, Kazakhstan's and its neighbours' first: a name that would cover one
    # already drawn moves up or down a little, and a context country's is otherwise left out.
    inner = _label_area(rect, k, lift)
    taken: list[QRectF] = []  # the labels drawn so far, which no other label may cover
    font = _font(13 * k, bold=True)
    rank = {"kazakhstan": 0, "neighbour": 1}
    roles = {key: role for key, role, _rings in projected.outlines}
    named = sorted(projected.labels.items(), key=lambda item: rank.get(roles.get(item[0], ""), 2))
    step = QFontMetricsF(font).height() * 0.9
    for key, (name, where) in named:
        at = frame.to_pixels(projected, rect, where)
        colour = theme.home_label if key == "KZ" else theme.label_text
        text = name.upper() if key == "KZ" else name
        places = [at, at + QPointF(0, -step), at + QPointF(0, step)]
        always = roles.get(key) in rank  # Kazakhstan and its neighbours are always named
        _place_label(painter, places, text, font, colour, inner, theme, taken, always=always)

    # Tri-points and shore ends: small diamonds, white with a black edge on any ground;
    # cities: dots with names, right of the dot, else left, above or below, else left out.
    font = _font(12 * k)
    metrics = QFontMetricsF(font)
    for _key, name, kind, where in projected.points:
        at = frame.to_pixels(projected, rect, where)
        if kind == "city":
            painter.setPen(_pen(theme.text, 1.0 * w))
            painter.setBrush(QBrush(QColor(theme.text)))
            painter.drawEllipse(at, 3.2 * k, 3.2 * k)
            if inner.contains(at):
                half = metrics.horizontalAdvance(name) / 2 + 6 * k
                places = [
                    QPointF(at.x() + half, at.y() - 4 * k),
                    QPointF(at.x() - half, at.y() - 4 * k),
                    QPointF(at.x(), at.y() - 6 * k),
                    QPointF(at.x(), at.y() + metrics.ascent() + 4 * k),
                ]
                _place_label(painter, places, name, font, theme.text, inner, theme, taken)
        else:
            painter.setPen(_pen("#000000", 1.0 * w))
            painter.setBrush(QBrush(QColor("#FFFFFF")))
            r = 4.5 * k
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - r),
                        QPointF(at.x() + r, at.y()),
                        QPointF(at.x(), at.y() + r),
                        QPointF(at.x() - r, at.y()),
                    ]
                )
            )

    # The selected segment's marker: a ringed dot and its name and length, in a box.
    if look.highlight in projected.segments:
        line = projected.segments[look.highlight]
        mid = frame.to_pixels(projected, rect, _midpoint(line))
        painter.setPen(_pen(theme.highlight_edge, 2.5 * w))
        painter.setBrush(QBrush(QColor(theme.highlight_fill)))
        painter.drawEllipse(mid, 8 * k, 8 * k)
        name = projected.segment_names.get(look.highlight, look.highlight)
        text = f"{name}: map line {format_km(round(projected.measured_km[look.highlight]))}"
        at = QPointF(mid.x() + 12 * k, mid.y() + 12 * k)
        _boxed_text(painter, at, text, 13 * k, k, rect.adjusted(0, 0, 0, -lift), theme)

    painter.setClipping(False)
    _paint_furniture(painter, rect, projected, frame, look, projection, k, theme, lift)
    painter.restore()


def _midpoint(line: Sequence[QPointF]) -> QPointF:
    """Return the point halfway along a polyline (by length on the plane)."""
    steps = [QLineF(a, b).length() for a, b in itertools.pairwise(line)]
    half = sum(steps) / 2
    for (a, b), step in zip(itertools.pairwise(line), steps, strict=True):
        if half <= step and step > 0:
            return QLineF(a, b).pointAt(half / step)
        half -= step
    return line[len(line) // 2]


def _label_area(rect: QRectF, k: float, lift: float = 0.0) -> QRectF:
    """Return where labels may go: the view less a margin and the caption band."""
    return rect.adjusted(4 * k, 4 * k, -4 * k, -24 * k - lift)


def _caption_font(k: float) -> QFont:
    return _font(11 * k)


def _caption_width(rect: QRectF, k: float) -> float:
    return rect.width() - 2 * 12 * k  # the furniture's margin either side


def _caption_lift(rect: QRectF, caption: str, k: float) -> float:
    """Return how much taller than one line the caption band must be for the caption to wrap."""
    if not caption:
        return 0.0
    metrics = QFontMetricsF(_caption_font(k))
    width = max(_caption_width(rect, k), 1.0)
    if metrics.horizontalAdvance(caption) <= width:
        return 0.0
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    height = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, caption).height()
    lines = max(1, round(height / metrics.lineSpacing()))
    return (lines - 1) * metrics.lineSpacing()


def _place_label(
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
        if _halo_label(painter, at, text, font, colour, inner, theme, taken):
            return
    if always:
        _halo_label(painter, places[0], text, font, colour, inner, theme, taken, overlap=True)


def _halo_label(
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
    painter.setBrush(QBrush(_backing(theme, HALO_ALPHA)))
    painter.drawRoundedRect(box.adjusted(-pad, -pad / 2, pad, pad / 2), pad, pad)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(baseline, text)
    painter.restore()
    return True


def _hatch_polygons(
    painter: QPainter, polygons: Sequence[QPolygonF], rect: QRectF, theme: Theme, k: float
) -> None:
    """Hatch the area of some rings with diagonal lines that end exactly at their edges.

    The lines are cut by computation rather than by a clip region or a pattern brush: SVG
    ignores clipping, and a pattern brush is drawn per device pixel (dense at 300 dpi).
    """
    lines = hatch_segments(polygons, rect, HATCH_STEP * k)
    if not lines:
        return
    ink = QColor(theme.bar_fill)
    ink.setAlpha(HATCH_INK_ALPHA)
    painter.save()
    painter.setPen(_pen(ink.name(QColor.NameFormat.HexArgb), 1.1 * k * theme.line_scale))
    painter.drawLines(lines)
    painter.setPen(_pen(theme.bar_edge, 2.2 * k * theme.line_scale))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for polygon in polygons:
        painter.drawPolygon(polygon)
    painter.restore()


def hatch_segments(polygons: Sequence[QPolygonF], rect: QRectF, step: float) -> list[QLineF]:
    """Return 45-degree hatching lines inside the rings (even-odd), within ``rect``.

    Each line x - y = c is cut where it crosses the rings' edges; the pieces between the
    first and second crossing, the third and fourth and so on are inside.
    """
    rings = [[polygon.at(i) for i in range(polygon.count())] for polygon in polygons]
    edges = [(a, b) for ring in rings if ring for a, b in itertools.pairwise([*ring, ring[0]])]
    if not edges or step <= 0:
        return []
    low = min(p.x() - p.y() for ring in rings for p in ring)
    high = max(p.x() - p.y() for ring in rings for p in ring)
    low = max(low, rect.left() - rect.bottom())
    high = min(high, rect.right() - rect.top())
    lines: list[QLineF] = []
    c = math.floor(low / step) * step + step
    while c < high:
        crossings: list[float] = []  # x of each crossing of x - y = c
        for a, b in edges:
            da, db = a.x() - a.y() - c, b.x() - b.y() - c
            if (da > 0) != (db > 0):
                t = da / (da - db)
                crossings.append(a.x() + t * (b.x() - a.x()))
        crossings.sort()
        for x1, x2 in zip(crossings[::2], crossings[1::2], strict=False):
            line = clip_line(QLineF(x1, x1 - c, x2, x2 - c), rect)
            if line is not None and line.length() > 0:
                lines.append(line)
        c += step
    return lines


def _centred_text(painter: QPainter, at: QPointF, text: str) -> None:
    metrics = QFontMetricsF(painter.font())
    painter.drawText(QPointF(at.x() - metrics.horizontalAdvance(text) / 2, at.y()), text)


def _boxed_text(
    painter: QPainter,
    at: QPointF,
    text: str,
    size: float,
    k: float,
    within: QRectF,
    theme: Theme = DEFAULT_THEME,
) -> QRectF:
    painter.setFont(_font(size, bold=True))
    metrics = QFontMetricsF(painter.font())
    box = QRectF(at.x(), at.y(), metrics.horizontalAdvance(text) + 12 * k, metrics.height() + 8 * k)
    if box.right() > within.right() - 4 * k:  # keep it in view: flip to the left of the marker
        box.moveRight(max(within.left() + 4 * k, at.x() - 24 * k))
    if box.bottom() > within.bottom() - 40 * k:
        box.moveBottom(at.y() - 24 * k)
    painter.setPen(_pen(theme.highlight_edge, 1.2 * k * theme.line_scale))
    painter.setBrush(QBrush(_backing(theme, BAND_ALPHA)))
    painter.drawRect(box)
    painter.setPen(QColor(theme.text))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    return box


def _paint_graticule(
    painter: QPainter,
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    projection: LambertConformalConic,
    k: float,
    theme: Theme = DEFAULT_THEME,
    lift: float = 0.0,
) -> None:
    pen = _pen(theme.graticule, 0.8 * k, Qt.PenStyle.DashLine)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    painter.setFont(_font(10 * k))
    lons = range(20, 125, GRATICULE_STEP)
    lats = range(25, 75, GRATICULE_STEP)
    for lon in lons:
        line = [QPointF(*projection.forward(lon, lat)) for lat in range(25, 71)]
        painter.setPen(pen)
        painter.drawPolyline(QPolygonF([frame.to_pixels(projected, rect, p) for p in line]))
    for lat in lats:
        line = [QPointF(*projection.forward(lon, lat)) for lon in range(20, 121)]
        painter.drawPolyline(QPolygonF([frame.to_pixels(projected, rect, p) for p in line]))
    # Labels along the view's left and bottom edges, where the lines cross them.
    painter.setPen(QColor(theme.graticule_label))
    for lat in lats:
        at = _edge_crossing(rect, projected, frame, projection, lat=lat)
        # Clear of the title (top) and the scale bar (bottom).
        if at is not None and rect.top() + 50 * k < at.y() < rect.bottom() - 50 * k - lift:
            painter.drawText(QPointF(rect.left() + 4 * k, at.y() - 3 * k), f"{lat}°N")
    for lon in lons:
        at = _edge_crossing(rect, projected, frame, projection, lon=lon, lift=lift)
        if at is None:
            continue
        # Clear of the scale bar (left) and the legend (right).
        if rect.left() + rect.width() * 0.25 < at.x() < rect.right() - rect.width() * 0.3:
            painter.drawText(QPointF(at.x() + 3 * k, rect.bottom() - 26 * k - lift), f"{lon}°E")


def _edge_crossing(
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    projection: LambertConformalConic,
    *,
    lat: float | None = None,
    lon: float | None = None,
    lift: float = 0.0,
) -> QPointF | None:
    """Return where a parallel meets the left edge, or a meridian the bottom band of the view."""
    if lat is not None:
        samples = [(float(x), lat) for x in range(20, 121)]
        edge = rect.left() + 2
        for a, b in itertools.pairwise(samples):
            pa = frame.to_pixels(projected, rect, QPointF(*projection.forward(*a)))
            pb = frame.to_pixels(projected, rect, QPointF(*projection.forward(*b)))
            if (pa.x() - edge) * (pb.x() - edge) <= 0 and rect.top() < pa.y() < rect.bottom():
                return pa
        return None
    assert lon is not None  # noqa: S101 - one of the two is given
    edge = rect.bottom() - 30 - lift
    samples = [(lon, float(y)) for y in range(25, 71)]
    for a, b in itertools.pairwise(samples):
        pa = frame.to_pixels(projected, rect, QPointF(*projection.forward(*a)))
        pb = frame.to_pixels(projected, rect, QPointF(*projection.forward(*b)))
        if (pa.y() - edge) * (pb.y() - edge) <= 0 and rect.left() + 40 < pa.x() < rect.right():
            return pa
    return None


def _nice_km(target: float) -> float:
    """Return 1, 2 or 5 times a power of ten, at most ``target``."""
    if target <= 0:
        return 0.0
    power = 10.0 ** math.floor(math.log10(target))
    return max(step * power for step in (1, 2, 5) if step * power <= target)


def _paint_furniture(
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
    """Title, scale bar, north arrow, legend and the caption naming the data source and scale.

    ``lift`` is the caption's height beyond one line: what sits above the band moves up by it.
    """
    margin = 12 * k
    w = k * theme.line_scale
    painter.setPen(QColor(theme.text))
    painter.setFont(_font(17 * k, bold=True))
    painter.drawText(QPointF(rect.left() + margin, rect.top() + margin + 14 * k), MAP_TITLE)
    if look.members_label:
        painter.setFont(_font(12 * k))
        painter.drawText(
            QPointF(rect.left() + margin, rect.top() + margin + 32 * k),
            f"Hatched: {look.members_label}",
        )

    # Scale bar (true near the centre of the view; the projection is conformal).
    per_km = frame.scale(projected, rect)
    km = _nice_km(rect.width() * 0.2 / per_km)
    length = km * per_km
    x0, y0 = rect.left() + margin, rect.bottom() - 30 * k - lift
    painter.setPen(_pen(theme.text, 1.5 * w))
    painter.setBrush(QBrush(QColor(theme.text)))
    painter.drawRect(QRectF(x0, y0, length / 2, 5 * k))
    painter.setBrush(QBrush(QColor(theme.background)))
    painter.drawRect(QRectF(x0 + length / 2, y0, length / 2, 5 * k))
    painter.setFont(_font(11 * k))
    painter.drawText(QPointF(x0, y0 - 4 * k), "0")
    label = f"{format_km(km)}"
    width = QFontMetricsF(painter.font()).horizontalAdvance(label)
    painter.drawText(QPointF(x0 + length - width / 2, y0 - 4 * k), label)

    # North arrow: towards the pole at the view's centre (meridians converge on this cone).
    centre_km = frame.to_km(projected, rect, rect.center())
    lon, lat = projection.inverse(centre_km.x(), centre_km.y())
    north = QPointF(*projection.forward(lon, min(lat + 1, 89)))
    angle = math.atan2(north.x() - centre_km.x(), north.y() - centre_km.y())
    tip = QPointF(rect.right() - 34 * k, rect.top() + 26 * k)
    size = 22 * k
    dx, dy = math.sin(angle), -math.cos(angle)
    base = QPointF(tip.x() - dx * size, tip.y() - dy * size)
    side = QPointF(-dy * size * 0.35, dx * size * 0.35)
    painter.setPen(_pen(theme.text, 1.2 * w))
    painter.setBrush(QBrush(QColor(theme.text)))
    painter.drawPolygon(QPolygonF([tip, base + side, base - side]))
    painter.setFont(_font(13 * k, bold=True))
    _centred_text(painter, QPointF(base.x() - dx * 12 * k, base.y() - dy * 12 * k + 5 * k), "N")

    # Legend (bottom right) and caption (bottom).
    painter.setFont(_font(11 * k))
    entries = [(theme.bar_fill, 3.2, "Border segment (as in the chart)")]
    if look.highlight in projected.segments:  # the legend lists only what is drawn
        entries.append((theme.highlight_fill, 6.0, "Selected segment"))
    entries.append((theme.sea, 3.0, "Caspian Sea shore"))
    metrics = QFontMetricsF(painter.font())
    widest = max(metrics.horizontalAdvance(text) for *_, text in entries)
    x = rect.right() - margin - widest - 34 * k
    y = rect.bottom() - 30 * k - lift - len(entries) * 16 * k
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(_backing(theme, PANEL_ALPHA)))
    painter.drawRect(QRectF(x - 6 * k, y - 12 * k, widest + 46 * k, len(entries) * 16 * k + 8 * k))
    for colour, width, text in entries:
        painter.setPen(_pen(colour, width * w))
        painter.drawLine(QPointF(x, y - 4 * k), QPointF(x + 24 * k, y - 4 * k))
        painter.setPen(QColor(theme.text))
        painter.drawText(QPointF(x + 30 * k, y), text)
        y += 16 * k
    band = QRectF(rect.left(), rect.bottom() - 20 * k - lift, rect.width(), 20 * k + lift)
    painter.fillRect(band, _backing(theme, BAND_ALPHA))
    painter.setPen(QColor(theme.caption))
    painter.setFont(_caption_font(k))
    caption_rect = QRectF(
        rect.left() + margin, rect.bottom() - 18 * k - lift, _caption_width(rect, k), 16 * k + lift
    )
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    if lift:
        flags |= Qt.TextFlag.TextWordWrap
    painter.drawText(caption_rect, flags, look.caption)


def nearest_segment(
    projected: Projected, frame: MapFrame, rect: QRectF, pixel: QPointF, reach: float = HIT_PX
) -> str | None:
    """Return the key of the segment drawn within ``reach`` pixels of a point, nearest first."""
    best: tuple[float, str] | None = None
    for key, line in projected.segments.items():
        points = [frame.to_pixels(projected, rect, p) for p in line]
        for a, b in itertools.pairwise(points):
            distance = _distance_to_segment(pixel, a, b)
            if distance <= reach and (best is None or distance < best[0]):
                best = (distance, key)
    return best[1] if best else None


def _distance_to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2
    t = max(0.0, min(1.0, t))
    return math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy))


def hover_text(key: str, projected: Projected, published: Mapping[str, tuple[float, str]]) -> str:
    """Return "Kazakhstan–China: 1,533 km (Article (c. 2012)); map line 1,234 km"."""
    name = projected.segment_names.get(key, key)
    measured = f"map line {format_km(round(projected.measured_km[key]))}"
    if key in published:
        value, label = published[key]
        return f"{name}: {format_km(value)} ({label}); {measured}"
    return f"{name}: {measured}"


def segment_of(border_map: BorderMap, key: str) -> MapLine | None:
    """Return one segment's line (a convenience for tests and the detail page)."""
    return border_map.segment(key)
