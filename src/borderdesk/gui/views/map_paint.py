"""Draw the border map with plain QPainter: shared by the map pane and the exports.

The layers go down in order (seas, land, members' hatching, lakes, disputed areas, graticule,
shore, segments, points), then the names, placed around the furniture laid out beforehand,
then the furniture on top. Each layer is drawn at the level of detail the scale calls for.
``paint_map`` returns what it drew where (``MapDrawing``), which the tests check for overlaps.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from borderdesk.core.geo import CENTRAL_ASIA, LambertConformalConic
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.map_furniture import (
    Furniture,
    layout_furniture,
    legend_entries,
    paint_furniture,
)
from borderdesk.gui.views.map_graticule import paint_graticule, paint_graticule_labels
from borderdesk.gui.views.map_labels import Placement, fitted, paint_labels, place_labels
from borderdesk.gui.views.map_layers import (
    paint_disputed,
    paint_land,
    paint_marker_dot,
    paint_points,
    paint_segments,
    paint_shore,
    paint_waters,
)
from borderdesk.gui.views.map_names import marker_point, name_requests
from borderdesk.gui.views.map_projection import MapFrame, Projected
from borderdesk.gui.views.map_style import MapLook, map_font, scale_for_width

PLACEMENT_ROUNDS = 3  # the legend grows by the names left out; place again around it


@dataclass
class MapDrawing:
    """What a drawing of the map holds: the level drawn, the furniture, the names placed."""

    level: int
    furniture: Furniture
    placement: Placement
    graticule_labels: list[QRectF] = field(default_factory=list)
    disputed: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)  # the cities whose dot is drawn


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
) -> MapDrawing:
    """Draw the whole map into ``rect`` and return what went where.

    Fonts and pens grow with the width of ``rect`` (1 at 1280 px) unless ``style_scale`` sets
    them: a slide draws a map half its width with type for the back row.
    """
    k = style_scale if style_scale is not None else scale_for_width(rect)
    to_px = frame.transform(projected, rect)
    seen = frame.visible_km(projected, rect)
    level = projected.level_for(frame.scale(projected, rect))
    layer = projected.layer(level)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, QColor(theme.water))
    painter.setClipRect(rect)

    coarser = projected.layer(min(level + 1, len(projected.levels) - 1))
    paint_land(painter, layer, coarser, to_px, seen, look.members, theme, k, rect)
    paint_waters(painter, layer, to_px, seen, theme, k, rect)
    disputed = paint_disputed(painter, layer, to_px, seen, theme, k)
    notes = [a.area.note for a in layer.disputed if a.area.key in disputed and a.area.note]
    caption = look.caption.strip()
    for note in dict.fromkeys(notes):  # each note its own sentence after the data's sources
        stop = "." if caption and not caption.endswith(".") else ""
        caption = f"{caption}{stop} {note}".strip()

    laid_out: dict[tuple[str, ...], Furniture] = {}

    def furnish(unplaced: list[str]) -> Furniture:
        """Lay the furniture out around a legend listing ``unplaced`` (once per list)."""
        key = tuple(unplaced)
        if key not in laid_out:
            entries = legend_entries(look, projected, theme, bool(disputed), unplaced)
            laid_out[key] = layout_furniture(rect, projected, frame, look, caption, entries, k)
        return laid_out[key]

    furniture = furnish([])
    paint_graticule(painter, rect, projected, frame, projection, k, theme)
    paint_shore(painter, layer, to_px, theme, k)
    paint_segments(painter, layer, to_px, look.highlight, theme, k)
    points = [(kind, to_px.map(where), name) for _key, name, kind, where in projected.points]
    points = [point for point in points if furniture.label_area.contains(point[1])]
    marker = marker_point(projected, look, to_px, furniture.label_area)
    dots = [QRectF(at.x() - 5 * k, at.y() - 5 * k, 10 * k, 10 * k) for _kind, at, _ in points]
    if marker is not None:
        dots.append(QRectF(marker.x() - 9 * k, marker.y() - 9 * k, 18 * k, 18 * k))
    requests = name_requests(projected, layer, to_px, furniture.label_area, look, theme, k)
    placement = Placement()
    for _round in range(PLACEMENT_ROUNDS):
        obstacles = [*furniture.boxes(), *dots]
        placement = place_labels(requests, furniture.label_area, obstacles, k)
        grown = furnish(placement.unplaced)
        if grown.legend == furniture.legend:
            break
        furniture = grown
    # Whatever the last round left out is listed; a legend grown by it is checked once more.
    final = furnish(placement.unplaced)
    if final.legend != furniture.legend:
        placement.placed = [p for p in placement.placed if not p.box.intersects(final.legend)]
        placement.unplaced = [
            r.text for r in requests if r.text not in {p.request.text for p in placement.placed}
        ]
        furniture = furnish(placement.unplaced)
    # A city whose name found no place is not drawn either: no nameless dots (a longer
    # Kazakh or Russian name may not fit where the English one did).
    named = {placed.request.text for placed in placement.placed}
    city_font = map_font(12 * k)
    drawn = [p for p in points if p[0] != "city" or fitted(p[2], city_font) in named]
    paint_points(painter, [(kind, at) for kind, at, _name in drawn], theme, k)
    if marker is not None:
        paint_marker_dot(painter, marker, theme, k)
    paint_labels(painter, placement, theme, k)
    names = [p.box for p in placement.placed]
    graticule = paint_graticule_labels(
        painter, rect, projected, frame, projection, k, theme, [*furniture.boxes(), *names]
    )

    painter.setClipping(False)
    paint_furniture(painter, furniture, projected, frame, rect, look, projection, theme, k)
    painter.restore()
    cities = [name for kind, _at, name in drawn if kind == "city"]
    return MapDrawing(level, furniture, placement, graticule, disputed, cities)
