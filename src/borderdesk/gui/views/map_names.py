"""Ask for the map's names: what each label says, where it may go and how much it matters.

Every text comes from the data (country, city, lake and area names, the published length and
its source) or through ``translate()``; a label is asked for only when its anchor is in view.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPolygonF, QTransform

from borderdesk.core.format import format_km
from borderdesk.core.i18n import translate
from borderdesk.gui.style.theme import Theme
from borderdesk.gui.views.map_labels import LabelRequest, around, fitted, label_size, nudged
from borderdesk.gui.views.map_layers import midpoint
from borderdesk.gui.views.map_projection import Layer, Projected
from borderdesk.gui.views.map_style import MapLook, map_font

HOME_KEY = "KZ"
PRIORITY = {"marker": 0, "kazakhstan": 1, "neighbour": 2, "sea": 3, "city": 4}
PRIORITY_LAKE, PRIORITY_DISPUTED, PRIORITY_CONTEXT = 5, 6, 7


def marker_text(key: str, projected: Projected, published: Mapping[str, tuple[float, str]]) -> str:
    """Return the selected border's label: its published length and that figure's source."""
    name = projected.segment_names.get(key, key)
    if key in published:
        value, source = published[key]
        return translate("Map", "{border}: {length} ({source})").format(
            border=name, length=format_km(value), source=source
        )
    return name


def name_requests(
    projected: Projected,
    layer: Layer,
    to_px: QTransform,
    view: QRectF,
    look: MapLook,
    theme: Theme,
    k: float,
) -> list[LabelRequest]:
    """Return a request for every name whose anchor lies in ``view`` (pixels)."""
    requests: list[LabelRequest] = []
    country_font = map_font(13 * k, bold=True)
    for key, (name, where) in projected.labels.items():
        role = projected.roles.get(key, "context")
        at = to_px.map(where)
        if not view.contains(at):
            at = _visible_anchor(layer, key, to_px, view) or at
            if not view.contains(at) or role == "context":
                continue
        text = fitted(name.upper() if key == HOME_KEY else name, country_font)
        colour = theme.home_label if key == HOME_KEY else theme.label_text
        size = label_size(text, country_font)
        priority = PRIORITY.get(role, PRIORITY_CONTEXT)
        requests.append(LabelRequest(text, country_font, colour, priority, nudged(at, size)))
    city_font = map_font(12 * k)
    for _key, name, kind, where in projected.points:
        at = to_px.map(where)
        if kind == "city" and view.contains(at):
            name = fitted(name, city_font)
            size = label_size(name, city_font)
            centres = around(at, size, 5 * k)
            requests.append(LabelRequest(name, city_font, theme.text, PRIORITY["city"], centres))
    water_font = map_font(12 * k)
    water_font.setItalic(True)
    for area in layer.waters:
        if not area.area.name:
            continue
        bounds = to_px.mapRect(area.bounds)
        centre = bounds.center()
        if not view.contains(centre) or bounds.width() < 4 * k:
            continue
        water_name = fitted(area.area.name, water_font)
        size = label_size(water_name, water_font)
        gap = max(bounds.width(), bounds.height()) / 2
        priority = PRIORITY["sea"] if area.area.kind == "sea" else PRIORITY_LAKE
        centres = (
            (*nudged(centre, size)[:3], *around(centre, size, gap))
            if area.area.kind == ("sea")
            else around(centre, size, gap / 2 + 2 * k)
        )
        requests.append(LabelRequest(water_name, water_font, theme.sea_label, priority, centres))
    disputed_font = map_font(11 * k)
    for area in layer.disputed:
        centre = to_px.mapRect(area.bounds).center()
        if view.contains(centre):
            text = translate("Map", "{name} (disputed)").format(
                name=fitted(area.area.name, disputed_font)
            )
            size = label_size(text, disputed_font)
            requests.append(
                LabelRequest(text, disputed_font, theme.disputed_edge, PRIORITY_DISPUTED,
                             nudged(centre, size))
            )  # fmt: skip
    marker = marker_point(projected, look, to_px, view)
    if look.highlight is not None and marker is not None:
        at = marker
        text = marker_text(look.highlight, projected, look.published)
        font = map_font(13 * k, bold=True)
        size = label_size(text, font, boxed=True, k=k)
        requests.append(
            LabelRequest(text, font, theme.text, PRIORITY["marker"], around(at, size, 12 * k),
                         boxed=True)
        )  # fmt: skip
    return requests


def marker_point(
    projected: Projected, look: MapLook, to_px: QTransform, view: QRectF | None = None
) -> QPointF | None:
    """Return where the selected segment's marker goes, in pixels: halfway along it, or
    halfway along the part of it in ``view`` when the middle is out of sight."""
    if look.highlight not in projected.segments:
        return None
    middle = to_px.map(midpoint(projected.segments[look.highlight]))
    if view is None or view.contains(middle):
        return middle
    line = to_px.map(QPolygonF(projected.segments[look.highlight]))
    seen = [line.at(i) for i in range(line.count()) if view.contains(line.at(i))]
    return seen[len(seen) // 2] if seen else None


def _visible_anchor(layer: Layer, key: str, to_px: QTransform, view: QRectF) -> QPointF | None:
    """Return a point of a country in view (its label point being off it), or None."""
    for outline_key, _role, rings, bounds in layer.outlines:
        if outline_key != key:
            continue
        shown = to_px.mapRect(bounds).intersected(view)
        if shown.isEmpty():
            return None
        pixels = [to_px.map(ring) for ring in rings]
        # The middle of the part in view, else a point a third or two thirds across it.
        for fx, fy in ((0.5, 0.5), (0.5, 0.33), (0.5, 0.67), (0.33, 0.5), (0.67, 0.5)):
            at = QPointF(shown.left() + fx * shown.width(), shown.top() + fy * shown.height())
            if any(p.containsPoint(at, Qt.FillRule.OddEvenFill) for p in pixels):
                return at
        return None
    return None
