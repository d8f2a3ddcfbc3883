"""Draw one-page handouts with QPainter: on a PDF writer, a printer or a preview image.

Pages are laid out in points (``handout_fit``) and the painter is scaled to the device. The
chart is the real chart drawn off screen (``offscreen_chart``) and the map the pane's own
``paint_map``, both painted as vector into the rectangle the layout gave them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter

from borderdesk.core.handout import Handout, HandoutSet, Visual
from borderdesk.core.paper import PaperSize
from borderdesk.gui.qtapp import load_bundled_font
from borderdesk.gui.render.handout_fit import HandoutFitter
from borderdesk.gui.render.handout_page import PageLayout, Painter, page_rect
from borderdesk.gui.render.map_file import map_look
from borderdesk.gui.render.offscreen import offscreen_chart, paint_area, settle
from borderdesk.gui.render.painting import begin_painting, end_painting
from borderdesk.gui.views.map_compose import composed_frame
from borderdesk.gui.views.map_paint import paint_map
from borderdesk.gui.views.map_projection import Projected, project

if TYPE_CHECKING:
    from borderdesk.gui.views.chart import ChartPanel

CHART_PT_PER_PX = 0.6  # the off-screen chart's pixels to points: its 16 px ticks read at 9.6 pt
MAP_PT_PER_PX = 0.75


PageProgress = Callable[[int, int], None]
"""Told before each page is drawn: its index and the number of pages."""


class HandoutRenderer:
    """Lay out and draw the pages of a handout set on any painter, in points."""

    def __init__(self, book: HandoutSet, paper: PaperSize) -> None:
        self.book = book
        self.paper = paper
        self.family = load_bundled_font()
        self._projected: Projected | None = None
        self._charts: tuple[ExitStack, dict[tuple[int, int], ChartPanel]] | None = None
        self._fitter = HandoutFitter(book, paper, self.family, self._visual)

    @property
    def page_count(self) -> int:
        """Return the number of pages: one per handout."""
        return len(self.book.handouts)

    def layout(self, index: int) -> PageLayout:
        """Return page index laid out to fit (see ``HandoutFitter.layout``)."""
        return self._fitter.layout(index)

    # The chart and the map ----------------------------------------------------------------

    def _visual(self, handout: Handout, rect: QRectF, visual: Visual) -> Painter:
        """Return what draws a handout's chart or map into ``rect``."""
        if visual is Visual.CHART:
            return lambda painter: self._paint_chart(painter, handout, rect)
        return lambda painter: self._paint_map(painter, handout, rect)

    @contextmanager
    def reusing_charts(self) -> Iterator[None]:
        """Draw the pages inside with one off-screen chart of each size, re-marked page by page.

        Building the chart costs more than drawing it: five borders' pages need one, not five.
        """
        with ExitStack() as charts:
            self._charts = (charts, {})
            try:
                yield
            finally:
                self._charts = None

    def _paint_chart(self, painter: QPainter, handout: Handout, rect: QRectF) -> None:
        width = round(rect.width() / CHART_PT_PER_PX)
        height = round(rect.height() / CHART_PT_PER_PX)
        if self._charts is None:
            with offscreen_chart(self.book.series, width, height, handout.highlight) as panel:
                _draw_chart(painter, panel, rect)
            return
        charts, by_size = self._charts
        kept = by_size.get((width, height))
        if kept is None:
            chart = offscreen_chart(self.book.series, width, height, handout.highlight)
            kept = by_size[width, height] = charts.enter_context(chart)
        elif kept.highlighted_key() != handout.highlight:
            kept.highlight(handout.highlight)
            settle()
        _draw_chart(painter, kept, rect)

    def _paint_map(self, painter: QPainter, handout: Handout, rect: QRectF) -> None:
        if self._projected is None:
            self._projected = project(self.book.border_map)
        width = rect.width() / MAP_PT_PER_PX
        height = rect.height() / MAP_PT_PER_PX
        look = map_look(
            self.book.border_map, handout.highlight, handout.members, handout.members_label
        )
        painter.translate(rect.topLeft())
        painter.scale(MAP_PT_PER_PX, MAP_PT_PER_PX)
        box = QRectF(0, 0, width, height)
        paint_map(painter, box, self._projected, composed_frame(self._projected, box, look), look)

    # Drawing ------------------------------------------------------------------------------

    def paint_page(self, painter: QPainter, index: int) -> PageLayout:
        """Draw page index in points (the painter already scaled to points); return its layout."""
        page = self.layout(index)
        painter.fillRect(page_rect(self.paper), QColor("#FFFFFF"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for item in page.items:
            painter.save()
            item.paint(painter)
            painter.restore()
        return page

    def paint_on(
        self, device: QPagedPaintDevice, what: str, progress: PageProgress | None = None
    ) -> None:
        """Draw every page on a PDF writer or a printer, one handout a page.

        ``progress`` hears of each page before it is drawn (its index and the count); what it
        raises (``CancelledError``) stops the drawing.
        """
        painter = QPainter()
        begin_painting(painter, device, what)
        try:
            with self.reusing_charts():
                for index in range(self.page_count):
                    if progress is not None:
                        progress(index, self.page_count)
                    if index and not device.newPage():
                        raise OSError(f"page {index + 1} of the {what} could not be started")
                    painter.save()
                    try:  # a page that does not fit raises: the painter still ends cleanly
                        width, height = self.paper.size_pt
                        scale = min(device.width() / width, device.height() / height)
                        painter.scale(scale, scale)
                        self.paint_page(painter, index)
                    finally:
                        painter.restore()
        except BaseException:
            painter.end()  # the first error is the one to tell
            raise
        end_painting(painter, what)

    def image(self, index: int, width_px: int) -> QImage:
        """Return page index drawn as an image width_px wide (for a preview)."""
        width, height = self.paper.size_pt
        scale = width_px / width
        image = QImage(width_px, round(height * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter()
        begin_painting(painter, image, "preview")
        try:
            painter.scale(scale, scale)
            self.paint_page(painter, index)
        finally:
            painter.end()
        return image


def _draw_chart(painter: QPainter, panel: ChartPanel, rect: QRectF) -> None:
    """Draw an off-screen chart's plot and caption scaled into ``rect``."""
    area = panel.chart_area()
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / area.width(), rect.height() / area.height())
    painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
    paint_area(area, painter)
