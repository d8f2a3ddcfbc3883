"""What the export dialog can export: the chart or the map, behind one small interface.

An ``Exportable`` knows its name, a file name, the size it has in the window, and how to
draw itself with ``ExportOptions`` into a file, an image (the preview) or the clipboard. The
dialog never needs to know which one it holds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from borderdesk.core.export_options import Paper
from borderdesk.core.model import BorderMap, DatasetEdition
from borderdesk.core.pages import ChartView
from borderdesk.core.record import frozen
from borderdesk.gui.render.chart_file import (
    chart_figure,
    chart_image,
    chart_text,
    render_chart,
    view_slug,
    within_limits,
)
from borderdesk.gui.render.figure_output import copy_figure
from borderdesk.gui.render.map_file import map_figure, map_figure_text, map_image, render_map
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.views.map_style import MapLook

DEFAULT_MAP_SIZE = (1920, 1080)


def day_suffix(on: date | None) -> str:
    """Return ``-2005-06-01`` for a view shown as of another day than today, else nothing."""
    return f"-{on.isoformat()}" if on is not None and on != date.today() else ""


@frozen
class ExportOptions:
    """How to draw an export: pixel size, theme, caption or credit only, printed paper."""

    width: int
    height: int
    theme: Theme = DEFAULT_THEME
    caption: bool = True
    paper: Paper | None = None


class Exportable(Protocol):
    """Something the export dialog can write, preview and copy."""

    @property
    def noun(self) -> str:
        """Return what it is, for titles and messages: ``chart`` or ``map``."""
        ...

    @property
    def title(self) -> str:
        """Return the figure's title."""
        ...

    @property
    def default_stem(self) -> str:
        """Return a file name without extension, e.g. ``kazakhstan-borders-art``."""
        ...

    def window_size(self) -> tuple[int, int]:
        """Return its size in the window, within the sizes an export allows."""
        ...

    def write(self, path: Path, options: ExportOptions) -> Path:
        """Write it to path as PNG, SVG or PDF (from the extension); return the path."""
        ...

    def image(self, options: ExportOptions) -> QImage:
        """Return its pixels exactly as a PNG file of these options holds them."""
        ...

    def copy(self, options: ExportOptions) -> QImage:
        """Put it on the clipboard (bitmap, PNG, SVG); return the bitmap."""
        ...


class ChartExport:
    """The chart shown (one source or several compared), its highlight from the panel."""

    noun = "chart"

    def __init__(self, view: ChartView, panel: QWidget | None = None) -> None:
        self._view = view
        self._panel = panel

    @property
    def view(self) -> ChartView:
        """Return what the chart shows: one source's lengths or several compared."""
        return self._view

    @property
    def title(self) -> str:
        """Return the chart's title."""
        return chart_text(self._view).title

    @property
    def default_stem(self) -> str:
        """Return ``kazakhstan-borders-`` and the sources' ids (and the day, if not today)."""
        return f"kazakhstan-borders-{view_slug(self._view)}{day_suffix(self._view.on)}"

    def highlight(self) -> str | None:
        """Return the border highlighted in the window's chart, if any."""
        return self._panel.highlighted_key() if isinstance(self._panel, ChartPanel) else None

    def window_size(self) -> tuple[int, int]:
        """Return the chart panel's size (1920x1080 without one)."""
        if self._panel is None:
            return DEFAULT_MAP_SIZE
        return within_limits(self._panel.width(), self._panel.height())

    def write(self, path: Path, options: ExportOptions) -> Path:
        """Write the chart to a file."""
        return render_chart(
            self._view,
            path,
            options.width,
            options.height,
            self.highlight(),
            theme=options.theme,
            caption=options.caption,
            paper=options.paper,
        )

    def image(self, options: ExportOptions) -> QImage:
        """Return the chart's pixels."""
        return chart_image(
            self._view,
            options.width,
            options.height,
            self.highlight(),
            theme=options.theme,
            caption=options.caption,
            paper=options.paper,
        )

    def copy(self, options: ExportOptions) -> QImage:
        """Put the chart on the clipboard."""
        with chart_figure(
            self._view,
            options.width,
            options.height,
            self.highlight(),
            theme=options.theme,
            caption=options.caption,
        ) as figure:
            return copy_figure(figure)


class MapExport:
    """The border map with what the window marks on it: a segment, an organisation's members."""

    noun = "map"

    def __init__(
        self,
        border_map: BorderMap,
        look: MapLook | None = None,
        edition: DatasetEdition | None = None,
        view: QWidget | None = None,
    ) -> None:
        self._map = border_map
        self._look = look
        self._edition = edition
        self._view = view  # the look carries the date the map is read as of

    @property
    def look(self) -> MapLook | None:
        """Return what the export marks: the border, the members (None: nothing)."""
        return self._look

    @property
    def title(self) -> str:
        """Return the map's title."""
        return map_figure_text(self._map, self._edition, self._look).title

    @property
    def default_stem(self) -> str:
        """Return ``kazakhstan-borders-map``, the highlighted border and the day, if not today."""
        highlight = self._look.highlight if self._look is not None else None
        on = self._look.on if self._look is not None else None
        return "kazakhstan-borders-map" + (f"-{highlight}" if highlight else "") + day_suffix(on)

    def window_size(self) -> tuple[int, int]:
        """Return the map pane's size (1920x1080 before the map is shown)."""
        if self._view is None or not self._view.isVisible():
            return DEFAULT_MAP_SIZE
        return within_limits(self._view.width(), self._view.height())

    def write(self, path: Path, options: ExportOptions) -> Path:
        """Write the map to a file."""
        return render_map(
            self._map,
            path,
            options.width,
            options.height,
            look=self._look,
            theme=options.theme,
            caption=options.caption,
            edition=self._edition,
            paper=options.paper,
        )

    def image(self, options: ExportOptions) -> QImage:
        """Return the map's pixels."""
        return map_image(
            self._map,
            options.width,
            options.height,
            look=self._look,
            theme=options.theme,
            caption=options.caption,
            edition=self._edition,
            paper=options.paper,
        )

    def copy(self, options: ExportOptions) -> QImage:
        """Put the map on the clipboard."""
        figure = map_figure(
            self._map,
            options.width,
            options.height,
            look=self._look,
            theme=options.theme,
            caption=options.caption,
            edition=self._edition,
        )
        return copy_figure(figure)
