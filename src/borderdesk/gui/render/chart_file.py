"""Write the segment chart to PNG, SVG or PDF, or to the clipboard, headless or from the window.

Every export draws a fresh off-screen chart at the requested size, so the window's chart is
never resized, and fonts and pens grow with the image (see ``scale_for_size``). The chart is
drawn in the theme asked for (light by default, for print) and always names its sources: the
full caption, or with the caption turned off a one-line credit; the full caption is kept in
the file's metadata either way (``figure_output``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtGui import QImage, QPainter

from borderdesk.core.errors import ExportError
from borderdesk.core.export_options import FigureText, Paper, credit_line
from borderdesk.core.format import chart_caption, comparison_caption
from borderdesk.core.i18n import translate
from borderdesk.core.pages import ChartView, SourceComparison
from borderdesk.gui.render.export_files import (
    MAX_SIZE,
    MIN_SIZE,
    check_folder,
    check_size,
    export_format,
    write_file,
)
from borderdesk.gui.render.figure_output import Figure, copy_figure, figure_bytes, figure_image
from borderdesk.gui.render.offscreen import offscreen_chart, paint_area
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.views.chart_style import chart_title, compare_title


def view_caption(view: ChartView) -> str:
    """Return the caption of a chart view: every source shown and the dataset edition."""
    if isinstance(view, SourceComparison):
        return comparison_caption(view.sources, view.edition, view.on)
    return chart_caption(view.source.ref, view.edition, view.on)


def view_slug(view: ChartView) -> str:
    """Return the sources' ids for a file name: ``art`` or ``art-cia2008-cia2015``."""
    sources = view.sources if isinstance(view, SourceComparison) else (view.source.ref,)
    return "-".join(source.id.lower() for source in sources)


def chart_text(view: ChartView) -> FigureText:
    """Return the chart's title, full caption and one-line credit."""
    sources = view.sources if isinstance(view, SourceComparison) else (view.source.ref,)
    labels = tuple(source.label for source in sources)
    title = compare_title() if isinstance(view, SourceComparison) else chart_title()
    keywords = (
        translate("ExportOptions", "Kazakhstan"),
        translate("ExportOptions", "land borders"),
        translate("Export", "border lengths"),
        *(s.id for s in sources),
    )
    return FigureText(
        title, view_caption(view), credit_line(labels, view.edition, on=view.on), labels, keywords
    )


@contextmanager
def chart_figure(
    view: ChartView,
    width: int,
    height: int,
    highlight: str | None = None,
    *,
    theme: Theme | None = None,
    caption: bool = True,
    paper: Paper | None = None,
) -> Iterator[Figure]:
    """Yield the chart drawn off screen as a ``Figure`` (valid inside the ``with`` only)."""
    theme = theme or DEFAULT_THEME
    text = chart_text(view)
    with offscreen_chart(
        view, width, height, highlight, theme=theme, caption=text.drawn(caption)
    ) as panel:
        area = panel.chart_area()

        def draw(painter: QPainter) -> None:
            paint_area(area, painter, theme.background)

        yield Figure(draw, width, height, theme.background, text, paper)


def render_chart(
    view: ChartView,
    path: Path,
    width: int,
    height: int,
    highlight: str | None = None,
    *,
    theme: Theme | None = None,
    caption: bool = True,
    paper: Paper | None = None,
) -> Path:
    """Write the chart (one source or several compared) as PNG, SVG or PDF, atomically.

    ``paper`` makes a PDF page that paper size (A4) and gives a PNG its resolution.
    """
    path = Path(path)
    kind = export_format(path)
    check_size(path, width, height)
    check_folder(path)
    with chart_figure(
        view, width, height, highlight, theme=theme, caption=caption, paper=paper
    ) as figure:
        write_file(path, lambda: figure_bytes(figure, kind))
    return path


def chart_image(
    view: ChartView,
    width: int,
    height: int,
    highlight: str | None = None,
    *,
    theme: Theme | None = None,
    caption: bool = True,
    paper: Paper | None = None,
) -> QImage:
    """Return the chart's pixels exactly as a PNG export of the same options holds them."""
    check_size(Path("preview.png"), width, height)
    with chart_figure(
        view, width, height, highlight, theme=theme, caption=caption, paper=paper
    ) as figure:
        return figure_image(figure)


def copy_chart_to_clipboard(
    panel: ChartPanel,
    *,
    theme: Theme | None = None,
    caption: bool = True,
    size: tuple[int, int] | None = None,
) -> QImage:
    """Put the chart on the clipboard as a bitmap, PNG and SVG (the panel's size by default)."""
    view = panel.current_view()
    if view is None:
        raise ExportError("clipboard", translate("Export", "the chart shows no data yet"))
    width, height = size or within_limits(panel.width(), panel.height())
    with chart_figure(
        view, width, height, panel.highlighted_key(), theme=theme, caption=caption
    ) as figure:
        return copy_figure(figure)


def within_limits(width: int, height: int) -> tuple[int, int]:
    """Return a size brought within the sizes an export allows."""
    return (
        min(max(width, MIN_SIZE[0]), MAX_SIZE[0]),
        min(max(height, MIN_SIZE[1]), MAX_SIZE[1]),
    )
