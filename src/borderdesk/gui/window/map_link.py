"""The map's place in the window, and its part in the shared selection.

The window puts ``MapLink.slot`` in a tab beside the chart and calls ``load()`` after the first
paint, as it does for the chart. The link hands the map its data, highlights what is selected
elsewhere (a segment; an organisation's current member states) and turns a click on a segment
into a selection, with itself as the origin so nothing echoes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.members import roster
from borderdesk.core.model import BorderMap, ItemKind, ItemRef, SourceRef
from borderdesk.core.service import ReferenceService
from borderdesk.gui.as_of import AsOfState
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.window.chart_slot import ChartSlot

if TYPE_CHECKING:
    from borderdesk.gui.render.exportable import MapExport

log = logging.getLogger(__name__)

MapFactory = Callable[[], QWidget]
MapData = tuple[BorderMap, dict[str, tuple[float, str]]]


class MapViewLike(Protocol):
    """What the window uses of the map view (``borderdesk.gui.views.border_map``)."""

    @property
    def segment_clicked(self) -> SignalInstance:
        """Emit a border key when a segment is clicked."""
        ...

    def set_map(self, border_map: BorderMap) -> None:
        """Draw this map."""
        ...

    def set_published(self, lengths: Mapping[str, tuple[float, str]]) -> None:
        """Give each segment's published length and its source label."""
        ...

    def highlight(self, key: str | None) -> None:
        """Highlight one segment (None clears)."""
        ...

    def highlight_members(self, country_keys: Iterable[str], label: str = "") -> None:
        """Tint an organisation's member states (empty clears)."""
        ...

    def set_date(self, on: object) -> None:
        """Name the cities as they were called on the day (a ``datetime.date``)."""
        ...

    def set_theme(self, theme: Theme) -> None:
        """Draw in a theme's colours."""
        ...


def import_border_map() -> QWidget:
    """Import the map view and return a new one."""
    from borderdesk.gui.views.border_map import BorderMapView

    return BorderMapView()


class MapSlot(ChartSlot):
    """A placeholder ("Loading map…") until the map is installed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapSlot")
        self.placeholder.setObjectName("mapPlaceholder")

    def _placeholder_text(self) -> str:
        return self.tr("Loading map…")

    def load(self, factory: Callable[[], QWidget]) -> QWidget | None:
        """Create the map with factory and install it; on failure say so and return None."""
        try:
            view = factory()
        except Exception:  # a missing or broken map must not take the window down
            log.exception("map could not be loaded")
            self.show_failure(self.tr("The map could not be loaded."))
            return None
        self.install(view)
        return view


class MapLink(QObject):
    """Load the map into its slot and keep it in step with the selection."""

    def __init__(
        self,
        service: ReferenceService,
        selection: SelectionState,
        factory: MapFactory | None = None,
        parent: QObject | None = None,
        as_of: AsOfState | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._selection = selection
        self._as_of = as_of or AsOfState(self)
        self._factory = factory or import_border_map
        self.slot = MapSlot()
        self._view: QWidget | None = None
        self._theme = DEFAULT_THEME
        selection.selection_changed.connect(self._on_selection_changed)
        self._as_of.date_changed.connect(self._on_date_changed)

    @property
    def view(self) -> QWidget | None:
        """Return the map view once loaded (a ``BorderMapView``), else None."""
        return self._view

    def prepare(self) -> MapData:
        """Import the map's module and read its data: plain Python, for a worker thread."""
        if self._factory is import_border_map:
            import borderdesk.gui.views.border_map  # noqa: F401
        border_map = self._service.border_map()
        return border_map, self._published()

    def load(self, prepared: MapData | BaseException | None = None) -> QWidget | None:
        """Create the map, hand it its data and the current selection; None on failure.

        ``prepared`` is what ``prepare`` returned on a worker thread (or the exception it
        raised); without it the map's data is read here.
        """
        if self._view is not None:
            return self._view
        if isinstance(prepared, BaseException):
            log.error("map could not be loaded", exc_info=prepared)
            self.slot.show_failure(self.tr("The map could not be loaded."))
            return None
        data = prepared

        def create() -> QWidget:
            return self._create(data if data is not None else self.prepare())

        view = self.slot.load(create)
        if view is None:
            return None
        self._view = view
        cast(MapViewLike, view).segment_clicked.connect(self._on_map_segment_clicked)
        self._on_selection_changed(self._selection.current)
        return view

    def reload(self) -> None:
        """Hand the map its data again (the language has changed: names and captions)."""
        view = self._view
        if view is None:
            return
        try:
            self._fill(cast(MapViewLike, view), self.prepare())
        except BorderDeskError:
            log.exception("the map could not be read again")
            return
        self._on_selection_changed(self._selection.current)

    def set_theme(self, theme: Theme) -> None:
        """Draw the map in a theme's colours, now if it is loaded, else once it is."""
        self._theme = theme
        if self._view is not None:
            cast(MapViewLike, self._view).set_theme(theme)

    def exportable(self) -> MapExport:
        """Return the map as the window marks it (the border, the members) for an export."""
        from borderdesk.gui.render.exportable import MapExport
        from borderdesk.gui.render.map_file import map_look

        border_map = self._service.border_map()
        highlight, members, label = self._marks(self._selection.current)
        on = self._as_of.current
        sources = self._member_sources(self._selection.current)
        look = map_look(border_map, highlight, members, label, on=on, member_sources=sources)
        return MapExport(border_map, look, self._service.edition(), self._view)

    def export_to(self, path: Path, width: int = 1920, height: int = 1080) -> Path:
        """Write the map, marked as in the window, to PNG, SVG or PDF in the light theme."""
        from borderdesk.gui.render.exportable import ExportOptions

        return self.exportable().write(path, ExportOptions(width, height))

    def _create(self, data: MapData) -> QWidget:
        view = self._factory()
        shown = cast(MapViewLike, view)
        shown.set_theme(self._theme)
        self._fill(shown, data)
        return view

    def _fill(self, shown: MapViewLike, data: MapData) -> None:
        border_map, published = data
        shown.set_date(self._as_of.current)
        shown.set_map(border_map)
        shown.set_published(published)

    def _on_map_segment_clicked(self, key: str) -> None:
        self._selection.select(ItemRef(ItemKind.BORDER, key), origin=self._view)

    def _on_date_changed(self, on: object) -> None:
        if self._view is not None:
            cast(MapViewLike, self._view).set_date(on)
        self._on_selection_changed(self._selection.current)

    def _on_selection_changed(self, ref: ItemRef | None) -> None:
        view = self._view
        if view is None:
            return
        shown = cast(MapViewLike, view)
        highlight, members, label = self._marks(ref)
        shown.highlight(highlight)
        shown.highlight_members(members, label)

    def _member_sources(self, ref: ItemRef | None) -> tuple[SourceRef, ...]:
        """Return what the hatched members of a selected organisation rest on."""
        if ref is None or ref.kind is not ItemKind.ORGANISATION:
            return ()
        try:
            organisation = self._service.organisation(ref.key)
        except BorderDeskError:
            return ()
        return roster(organisation, self._as_of.current).sources()

    def _published(self) -> dict[str, tuple[float, str]]:
        """Return each border's published length and its source, as the chart shows them."""
        return {b.key: (b.length.value, b.length.source.label) for b in self._service.borders()}

    def _marks(self, ref: ItemRef | None) -> tuple[str | None, tuple[str, ...], str]:
        """Return what the map marks for a selection: a border; an organisation's members."""
        highlight = ref.key if ref is not None and ref.kind is ItemKind.BORDER else None
        members: tuple[str, ...] = ()
        label = ""
        if ref is not None and ref.kind is ItemKind.ORGANISATION:
            try:
                organisation = self._service.organisation(ref.key)
            except BorderDeskError:
                log.exception("organisation %s could not be read for the map", ref.key)
            else:
                listed = roster(organisation, self._as_of.current)
                members = listed.hatched()
                label = listed.label()
        return highlight, members, label
