"""Write the border map to PNG, SVG or PDF at any size, with a caption naming its data source.

The same ``paint_map`` that draws the pane draws straight onto the image, SVG generator or PDF
page, so no widget is shown or resized; fonts and pens grow with the size. Files are written
beside the target and then moved into place (``core.atomic``), as for the chart, with the same
metadata (``figure_output``): the full caption names every map source and, when known, the
dataset edition; with the caption turned off a one-line credit is still drawn.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from borderdesk.core.export_options import FigureText, Paper, map_text
from borderdesk.core.model import BorderMap, DatasetEdition, SourceRef
from borderdesk.core.on_date import map_on
from borderdesk.gui.render.export_files import (
    check_folder,
    check_size,
    export_format,
    write_file,
)
from borderdesk.gui.render.figure_output import Figure, figure_bytes, figure_image
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.map_compose import composed_frame
from borderdesk.gui.views.map_furniture import map_title
from borderdesk.gui.views.map_paint import paint_map
from borderdesk.gui.views.map_projection import MapFrame, project
from borderdesk.gui.views.map_style import MapLook


def map_look(
    border_map: BorderMap,
    highlight: str | None = None,
    members: Iterable[str] = (),
    members_label: str = "",
    published: Mapping[str, tuple[float, str]] | None = None,
    *,
    on: date | None = None,
    member_sources: Sequence[SourceRef] = (),
) -> MapLook:
    """Return what an export marks: the selected segment (with its published length and that
    figure's source), member states, the date, the caption."""
    return MapLook(
        highlight=highlight if border_map.segment(highlight or "") else None,
        members=frozenset(members),
        members_label=members_label,
        caption=border_map.caption,
        published=dict(published or {}),
        on=on,
        member_sources=tuple(member_sources),
    )


def map_figure_text(
    border_map: BorderMap, edition: DatasetEdition | None = None, look: MapLook | None = None
) -> FigureText:
    """Return the map's title, full caption (with its date) and one-line credit."""
    on = look.on if look is not None else None
    sources = look.member_sources if look is not None else ()
    return map_text(border_map, edition, map_title(), on, sources)


def map_figure(
    border_map: BorderMap,
    width: int,
    height: int,
    highlight: str | None = None,
    *,
    look: MapLook | None = None,
    frame: MapFrame | None = None,
    theme: Theme | None = None,
    caption: bool = True,
    edition: DatasetEdition | None = None,
    paper: Paper | None = None,
    published: Mapping[str, tuple[float, str]] | None = None,
) -> Figure:
    """Return the map as a ``Figure`` of width x height pixels."""
    theme = theme or DEFAULT_THEME
    text = map_figure_text(border_map, edition, look)
    look = dataclasses.replace(
        look or map_look(border_map, highlight, published=published),
        caption=text.drawn(caption),
    )
    projected = project(map_on(border_map, look.on) if look.on is not None else border_map)
    frame = frame or composed_frame(projected, QRectF(0, 0, width, height), look, theme)

    def draw(painter: QPainter) -> None:
        paint_map(painter, QRectF(0, 0, width, height), projected, frame, look, theme=theme)

    return Figure(draw, width, height, theme.background, text, paper)


def render_map(
    border_map: BorderMap,
    path: Path,
    width: int,
    height: int,
    highlight: str | None = None,
    *,
    look: MapLook | None = None,
    frame: MapFrame | None = None,
    theme: Theme | None = None,
    caption: bool = True,
    edition: DatasetEdition | None = None,
    paper: Paper | None = None,
    published: Mapping[str, tuple[float, str]] | None = None,
) -> Path:
    """Write the map as PNG, SVG or PDF (from the extension) at width x height, atomically."""
    path = Path(path)
    kind = export_format(path)
    check_size(path, width, height)
    check_folder(path)
    figure = map_figure(
        border_map,
        width,
        height,
        highlight,
        look=look,
        frame=frame,
        theme=theme,
        caption=caption,
        edition=edition,
        paper=paper,
        published=published,
    )
    write_file(path, lambda: figure_bytes(figure, kind))
    return path


def map_image(
    border_map: BorderMap,
    width: int,
    height: int,
    *,
    look: MapLook | None = None,
    theme: Theme | None = None,
    caption: bool = True,
    edition: DatasetEdition | None = None,
    paper: Paper | None = None,
) -> QImage:
    """Return the map's pixels exactly as a PNG export of the same options holds them."""
    check_size(Path("preview.png"), width, height)
    figure = map_figure(
        border_map,
        width,
        height,
        look=look,
        theme=theme,
        caption=caption,
        edition=edition,
        paper=paper,
    )
    return figure_image(figure)
