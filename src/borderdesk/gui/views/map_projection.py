"""Project the border map once onto the km plane, and place that plane in pixels.

Every feature is projected once (Lambert conformal conic, ``core.geo``) into km on the map
plane; a ``MapFrame`` then places that plane in a rectangle of pixels (fit, zoom, pan) and
turns pixels back into km for the pointer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPolygonF

from borderdesk.core.geo import CENTRAL_ASIA, LambertConformalConic, line_length_km
from borderdesk.core.model import BorderMap, LonLat

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

    def polygon(self, projected: Projected, rect: QRectF, points: Iterable[QPointF]) -> QPolygonF:
        """Return a line or ring in km as a polygon in pixels."""
        return QPolygonF([self.to_pixels(projected, rect, p) for p in points])
