"""The map pane: Kazakhstan's five border segments on a Lambert conformal conic map.

Handed its data (``set_map``) like the chart; emits ``segment_clicked`` and never queries the
store. Wheel or +/- zoom about the pointer or the centre, drag or the arrow keys pan, 0 or Home
resets. Hovering a segment names it with its published and measured lengths.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from borderdesk.core.format import format_km
from borderdesk.core.model import BorderMap
from borderdesk.core.on_date import map_on
from borderdesk.gui.plain import plain_tip
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.map_hit import hover_text, nearest_segment
from borderdesk.gui.views.map_keys import PAN_KEYS, RESET_KEYS, ZOOM_IN_KEYS, ZOOM_OUT_KEYS
from borderdesk.gui.views.map_paint import MapDrawing, paint_map
from borderdesk.gui.views.map_projection import MapFrame, Projected, project
from borderdesk.gui.views.map_style import MapLook, scale_for_least_text, scale_for_width

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.5, 24.0)  # from the whole region to one border section at full 1:10m detail
PAN_STEP = 0.1  # of the view's width or height per arrow key
CLICK_SLOP_PX = 4  # a press and release closer than this is a click, not a drag


class BorderMapView(QWidget):
    """Draw the map; emit the key of a segment the reader clicks."""

    segment_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("borderMap")
        self.setAccessibleName(self.tr("Map of Kazakhstan's land borders"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(160, 120)
        self._map: BorderMap | None = None
        self._projected: Projected | None = None
        self._published: dict[str, tuple[float, str]] = {}
        self.frame = MapFrame()
        self.look = MapLook()
        self._theme = DEFAULT_THEME
        self._style_scale: float | None = None
        self._least_px = 0  # no text smaller (a slide's rule for the back row)
        self._short_caption = False
        self._press: QPointF | None = None
        self._drag_from: QPointF | None = None
        self._hovered: str | None = None
        self._on = date.today()
        self._drawing: MapDrawing | None = None

    # Data ---------------------------------------------------------------------------------

    def set_map(self, border_map: BorderMap) -> None:
        """Draw this map, fitted to Kazakhstan, its cities named as on the date shown."""
        self._map = border_map
        self._projected = project(map_on(border_map, self._on))
        self.look.caption = border_map.short_caption if self._short_caption else border_map.caption
        self.frame = MapFrame()
        self._update_description()
        self.update()

    def set_date(self, on: date) -> None:
        """Name the cities as they were called on a day; the view stays where it is."""
        if on == self._on:
            return
        self._on = on
        self.look.on = on
        if self._map is not None:
            self._projected = project(map_on(self._map, on))
            self._update_description()
            self.update()

    def as_of(self) -> date:
        """Return the date the cities are named as of."""
        return self._on

    def last_drawing(self) -> MapDrawing | None:
        """Return what the last paint drew where: the names placed, the furniture (for tests)."""
        return self._drawing

    def current_map(self) -> BorderMap | None:
        """Return the map drawn."""
        return self._map

    def set_published(self, lengths: Mapping[str, tuple[float, str]]) -> None:
        """Give each segment's published length and its source label (hover, marker label)."""
        self._published = dict(lengths)
        self.look.published = dict(lengths)
        self._update_description()
        self.update()

    def published(self) -> dict[str, tuple[float, str]]:
        """Return the published lengths handed in."""
        return dict(self._published)

    def set_theme(self, theme: Theme) -> None:
        """Draw the map in a theme's colours (land, sea, lines, legend and caption)."""
        if theme != self._theme:
            self._theme = theme
            self.update()

    def theme(self) -> Theme:
        """Return the theme the map is drawn in."""
        return self._theme

    def set_least_text_px(self, pixels: int) -> None:
        """Draw no text smaller than this many pixels (a slide's rule for the back row)."""
        if pixels != self._least_px:
            self._least_px = pixels
            self.update()

    def least_text_px(self) -> int:
        """Return the smallest text size the map may draw, in pixels (0: no floor)."""
        return self._least_px

    def drawn_scale(self) -> float | None:
        """Return the style scale the map is drawn at: the one set, raised for the least text.

        None: the scale follows the map's width (no scale set and no least text asked for).
        """
        if not self._least_px:
            return self._style_scale
        least = scale_for_least_text(self._least_px)
        chosen = (
            self._style_scale if self._style_scale is not None else scale_for_width(self._rect())
        )
        return max(chosen, least)

    def set_short_caption(self, short: bool) -> None:
        """Name only the map's sources under it (a slide), or cite them in full."""
        self._short_caption = short
        if self._map is not None:
            self.look.caption = self._map.short_caption if short else self._map.caption
            self.update()

    def set_style_scale(self, scale: float | None) -> None:
        """Draw text and pens at this scale (1 as on a 1280-px map); None follows the width."""
        if scale != self._style_scale:
            self._style_scale = scale
            self.update()

    def style_scale(self) -> float | None:
        """Return the scale set for text and pens, or None when it follows the width."""
        return self._style_scale

    def highlight(self, key: str | None) -> None:
        """Mark one segment (None clears): thicker, orange, cased, with a marker and its name."""
        if self._projected is not None and key not in self._projected.segments:
            key = None
        if key != self.look.highlight:
            self.look.highlight = key
            self._update_description()
            self.update()

    def highlighted_key(self) -> str | None:
        """Return the highlighted segment's key, or None."""
        return self.look.highlight

    def highlight_members(self, country_keys: Iterable[str], label: str = "") -> None:
        """Tint and hatch these countries (an organisation's members); empty clears.

        The label says what is hatched, or why nothing is (the organisation had ended).
        """
        self.look.members = frozenset(country_keys)
        self.look.members_label = label
        self.update()

    def highlighted_members(self) -> frozenset[str]:
        """Return the countries tinted as an organisation's members."""
        return self.look.members

    def hover_text(self, key: str) -> str:
        """Return the text shown when the pointer rests on a segment."""
        if self._projected is None:
            return ""
        return hover_text(key, self._projected, self._published)

    def segment_at(self, pixel: QPointF) -> str | None:
        """Return the segment drawn under a widget pixel, if any."""
        if self._projected is None:
            return None
        return nearest_segment(self._projected, self.frame, self._rect(), pixel)

    def pixel_of(self, lon: float, lat: float) -> QPointF:
        """Return where a point given in degrees is drawn (for tests and tools)."""
        from borderdesk.core.geo import CENTRAL_ASIA

        if self._projected is None:
            return QPointF()
        km = QPointF(*CENTRAL_ASIA.forward(lon, lat))
        return self.frame.to_pixels(self._projected, self._rect(), km)

    # View ---------------------------------------------------------------------------------

    def zoom_by(self, factor: float, about: QPointF | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the point under ``about`` in place."""
        if self._projected is None:
            return
        rect = self._rect()
        about = about if about is not None else rect.center()
        before = self.frame.to_km(self._projected, rect, about)
        low, high = ZOOM_RANGE
        self.frame.zoom = max(low, min(high, self.frame.zoom * factor))
        after = self.frame.to_km(self._projected, rect, about)
        centre = self.frame.centre or self._projected.bounds.center()
        self.frame.centre = centre + (before - after)
        self.update()

    def pan_by(self, dx_px: float, dy_px: float) -> None:
        """Move the map by pixels (right and down positive)."""
        if self._projected is None:
            return
        scale = self.frame.scale(self._projected, self._rect())
        centre = self.frame.centre or self._projected.bounds.center()
        self.frame.centre = QPointF(centre.x() - dx_px / scale, centre.y() + dy_px / scale)
        self.update()

    def reset_view(self) -> None:
        """Fit Kazakhstan again."""
        self.frame = MapFrame()
        self.update()

    def _rect(self) -> QRectF:
        return QRectF(self.rect())

    def _update_description(self) -> None:
        if self._projected is None:
            return
        parts = [
            self.tr("{name} {length} ({source})").format(
                name=name, length=format_km(self._published[key][0]), source=self._published[key][1]
            )
            if key in self._published
            else name
            for key, name in self._projected.segment_names.items()
        ]
        selected = self.look.highlight
        prefix = (
            self.tr("Selected: {name}.").format(
                name=self._projected.segment_names.get(selected, selected)
            )
            + " "
            if selected
            else ""
        )
        self.setAccessibleDescription(prefix + "; ".join(parts))

    # Qt events ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Draw the map, or say there is none."""
        painter = QPainter(self)
        try:
            if self._projected is None:
                painter.fillRect(self._rect(), QColor(self._theme.background))
                painter.setPen(QColor(self._theme.text))
                painter.drawText(self._rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No map data"))
                return
            self._drawing = paint_map(
                painter,
                self._rect(),
                self._projected,
                self.frame,
                self.look,
                theme=self._theme,
                style_scale=self.drawn_scale(),
            )
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Redraw at the new size (the fit follows the widget)."""
        super().resizeEvent(event)
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """Zoom about the pointer."""
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Start a drag or a click."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._drag_from = event.position()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Pan while dragging; otherwise name the segment under the pointer."""
        position = event.position()
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = position - self._drag_from
            self._drag_from = position
            self.pan_by(delta.x(), delta.y())
            return
        key = self.segment_at(position)
        if key != self._hovered:
            self._hovered = key
            self.setCursor(Qt.CursorShape.PointingHandCursor if key else Qt.CursorShape.ArrowCursor)
            if key:
                at = event.globalPosition().toPoint()  # the tip names the neighbour and sources
                QToolTip.showText(at, plain_tip(self.hover_text(key)), self)
            else:
                QToolTip.hideText()
            self.setToolTip(plain_tip(self.hover_text(key)) if key else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A release near the press is a click: select the segment under it."""
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            moved = (event.position() - self._press).manhattanLength()
            self._press = self._drag_from = None
            if moved <= CLICK_SLOP_PX:
                key = self.segment_at(event.position())
                if key:
                    self.segment_clicked.emit(key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """+/- zoom, arrows pan, 0 or Home resets; with Ctrl, Alt or Meta they are the window's."""
        held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if event.modifiers() & (held | Qt.KeyboardModifier.MetaModifier):
            super().keyPressEvent(event)  # Ctrl+0 is Actual size, Ctrl++ Zoom in: not the map's
            return
        key = Qt.Key(event.key())
        if key in ZOOM_IN_KEYS:
            self.zoom_by(ZOOM_STEP)
        elif key in ZOOM_OUT_KEYS:
            self.zoom_by(1 / ZOOM_STEP)
        elif key in PAN_KEYS:
            across, down = PAN_KEYS[key]
            self.pan_by(across * self.width() * PAN_STEP, down * self.height() * PAN_STEP)
        elif key in RESET_KEYS:
            self.reset_view()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
