"""Lay out one-page handouts with QPainter: to a PDF file, a printer or a preview image.

Everything is laid out in points (1/72 inch) on an A4 or US Letter page with 15 mm margins;
the painter is scaled to the device. The chart is the real chart drawn off screen
(``offscreen_chart``) and the map the pane's own ``paint_map``, both painted as vector into
their rectangle. When a page's text would not fit, the chart shrinks first, then points are
dropped, then the type gets smaller, so nothing is ever cut off or runs off the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter

from borderdesk.core.errors import ExportError
from borderdesk.core.handout import (
    Cited,
    Handout,
    HandoutError,
    HandoutSet,
    PaperSize,
    Visual,
    citation,
    file_name,
    page_number,
)
from borderdesk.gui.qtapp import load_bundled_font
from borderdesk.gui.render.export_files import check_folder, write_atomically
from borderdesk.gui.render.map_file import map_look
from borderdesk.gui.render.offscreen import begin_painting, offscreen_chart, paint_area
from borderdesk.gui.render.vector_devices import DPI
from borderdesk.gui.views.map_paint import paint_map
from borderdesk.gui.views.map_projection import MapFrame, Projected, project

MM = 72 / 25.4  # points per millimetre
MARGIN = 15 * MM
VISUAL_RATIO = 0.66  # the chart's and the map's natural height over their width
MIN_VISUAL = 190.0  # pt: below this the chart's bars and labels get too small to read
CHART_PT_PER_PX = 0.6  # the off-screen chart's pixels to points: its 16 px ticks read at 9.6 pt
MAP_PT_PER_PX = 0.75
FONT_SCALES = (1.0, 0.92, 0.85, 0.78, 0.72)  # the last resort when nothing else makes room
LINE_SPACING = 1.12
RULE_WIDTH = 0.6  # pt

TEXT = "#1A1A1A"
MUTED = "#555555"
ACCENT = "#004A75"  # the chart's bar edge: headings
RULE = "#B8B8B8"
FRAME = "#D0D0D0"

PAGE_SIZES = {PaperSize.A4: QPageSize.PageSizeId.A4, PaperSize.LETTER: QPageSize.PageSizeId.Letter}


def page_layout(paper: PaperSize) -> QPageLayout:
    """Return the portrait page of a paper size, without device margins (we keep our own)."""
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Point,
    )


def page_rect(paper: PaperSize) -> QRectF:
    """Return the whole page in points."""
    width, height = paper.size_pt
    return QRectF(0, 0, width, height)


def content_rect(paper: PaperSize) -> QRectF:
    """Return the page inside its 15 mm margins, in points."""
    return page_rect(paper).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)


# -- text -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    """The handout's type at one scale, sizes in points."""

    family: str
    scale: float = 1.0

    def font(self, size: float, *, bold: bool = False) -> QFont:
        """Return the bundled family at a size in points (whole points, drawn unhinted)."""
        font = QFont(self.family)
        font.setPixelSize(max(5, round(size * self.scale)))
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        if bold:
            # Real bold glyphs from the variable font's weight axis (synthetic bold is lost
            # in PDFs), as the chart does.
            font.setWeight(QFont.Weight.DemiBold)
            font.setVariableAxis(QFont.Tag("wght"), 700.0)
        return font

    @property
    def kicker(self) -> QFont:
        """Return the line above the title."""
        return self.font(9)

    @property
    def title(self) -> QFont:
        """Return the title's font."""
        return self.font(24, bold=True)

    @property
    def subtitle(self) -> QFont:
        """Return the subtitle's font."""
        return self.font(12)

    @property
    def heading(self) -> QFont:
        """Return a section heading's font."""
        return self.font(11, bold=True)

    @property
    def body(self) -> QFont:
        """Return the figures' and points' font."""
        return self.font(10)

    @property
    def label(self) -> QFont:
        """Return a figure's source label's font."""
        return self.font(9)

    @property
    def small(self) -> QFont:
        """Return the source list's and the map note's font."""
        return self.font(8)

    @property
    def footer(self) -> QFont:
        """Return the footer's font."""
        return self.font(7.5)


@dataclass
class TextBox:
    """Wrapped text laid out to a width; ``height`` in points."""

    layout: QTextLayout
    width: float
    height: float
    colour: str

    def draw(self, painter: QPainter, at: QPointF) -> None:
        """Draw the text with its top-left corner at ``at``."""
        painter.setPen(QColor(self.colour))
        self.layout.draw(painter, at)


def text_box(
    text: str,
    font: QFont,
    width: float,
    colour: str = TEXT,
    *,
    runs: Sequence[tuple[int, int, QTextCharFormat]] = (),
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> TextBox:
    """Wrap text at word boundaries (anywhere, for a word wider than the line) to a width."""
    layout = QTextLayout(text, font)
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    if runs:
        formats = []
        for start, length, char_format in runs:
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, length, char_format
            formats.append(span)
        layout.setFormats(formats)
    layout.beginLayout()
    y = 0.0
    last = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        last = y + line.height()
        y += line.height() * LINE_SPACING
    layout.endLayout()
    return TextBox(layout, width, last, colour)


def _char_format(*, font: QFont | None = None, colour: str | None = None) -> QTextCharFormat:
    char_format = QTextCharFormat()
    if font is not None:
        char_format.setFont(font)
    if colour is not None:
        char_format.setForeground(QColor(colour))
    return char_format


# -- page layout ------------------------------------------------------------------------------


Painter = Callable[[QPainter], None]


@dataclass(frozen=True)
class Placed:
    """One thing on the page: what it is, where (points), and how to draw it."""

    name: str  # "title", "visual", "figure 1", "point 2", "source 3", "footer" …
    rect: QRectF
    paint: Painter = field(compare=False)


@dataclass(frozen=True)
class PageLayout:
    """A laid-out page: every item's rectangle in points, and what had to give way."""

    paper: PaperSize
    items: tuple[Placed, ...]
    points_shown: int
    font_scale: float

    def rect_of(self, name: str) -> QRectF:
        """Return the rectangle of the item called name; KeyError when there is none."""
        for item in self.items:
            if item.name == name:
                return item.rect
        raise KeyError(name)

    def names(self) -> list[str]:
        """Return the items' names, top to bottom."""
        return [item.name for item in self.items]


GAP = 12.0  # pt between sections
HEADING_GAP = 4.0  # pt under a heading
ROW_PAD = 3.0  # pt above and below a figure row
FOOTER_PAD = 5.0  # pt between the footer's rule and its text


class HandoutRenderer:
    """Lay out and draw the pages of a handout set on any painter, in points."""

    def __init__(self, book: HandoutSet, paper: PaperSize) -> None:
        self.book = book
        self.paper = paper
        self.family = load_bundled_font()
        self._projected: Projected | None = None

    @property
    def page_count(self) -> int:
        """Return the number of pages: one per handout."""
        return len(self.book.handouts)

    # Layout -------------------------------------------------------------------------------

    def layout(self, index: int) -> PageLayout:
        """Return page index laid out to fit: the chart shrinks, then points go, then type.

        Raise HandoutError when even the smallest type leaves no room for the chart.
        """
        handout = self.book.handouts[index]
        content = content_rect(self.paper)
        natural = content.width() * VISUAL_RATIO
        for scale in FONT_SCALES:
            fonts = Fonts(self.family, scale)
            fewest = min(1, len(handout.points))
            for count in range(len(handout.points), fewest - 1, -1):
                text_height = self._stack(handout, fonts, count, content, None)[1]
                footer = self._footer_height(fonts, content.width())
                room = content.height() - footer - GAP - text_height
                visual = min(natural, room)
                if visual >= MIN_VISUAL * scale:
                    return self._assemble(index, handout, fonts, count, visual)
        raise HandoutError(f"{handout.title} does not fit on one {self.paper.label} page")

    def _assemble(
        self, index: int, handout: Handout, fonts: Fonts, count: int, visual: float
    ) -> PageLayout:
        content = content_rect(self.paper)
        items, _height = self._stack(handout, fonts, count, content, visual)
        items.append(self._footer(index, fonts, content))
        return PageLayout(self.paper, tuple(items), count, fonts.scale)

    def _stack(
        self,
        handout: Handout,
        fonts: Fonts,
        count: int,
        content: QRectF,
        visual: float | None,
    ) -> tuple[list[Placed], float]:
        """Place everything but the footer top-down; return the items and the text's height.

        With ``visual`` None the chart or map takes no room: the height is the text's alone.
        """
        width = content.width()
        left = content.left()
        items: list[Placed] = []
        y = content.top()

        def put(name: str, box: TextBox, x: float = left) -> None:
            nonlocal y
            items.append(_text_item(name, box, QPointF(x, y)))
            y += box.height

        put("kicker", text_box(_kicker(handout), fonts.kicker, width, MUTED))
        y += 2
        put("title", text_box(handout.title, fonts.title, width))
        if handout.subtitle:
            y += 2
            put("subtitle", text_box(handout.subtitle, fonts.subtitle, width, MUTED))
        y += 8
        items.append(_rule("rule", QPointF(left, y), width))
        y += 8

        # The chart or the map, and for the map the line saying whose members it marks.
        if visual is not None:
            items.append(self._visual_item(handout, QRectF(left, y, width, visual)))
            y += visual
        note = _visual_note(handout)
        if note:
            y += 4
            put("visual note", text_box(note, fonts.small, width, MUTED))

        if handout.figures:
            y += GAP
            put("figures heading", text_box("Key figures", fonts.heading, width, ACCENT))
            y += HEADING_GAP
            value_width = width * 0.56
            label_width = width - value_width - 12
            for number, line in enumerate(handout.figures, start=1):
                value = text_box(line.text, fonts.body, value_width)
                label = text_box(_source_label(line), fonts.label, label_width, MUTED)
                drop = _first_ascent(value) - _first_ascent(label)  # on the value's baseline
                row = max(value.height, label.height + drop) + 2 * ROW_PAD
                items.append(_rule(f"figure rule {number}", QPointF(left, y), width, FRAME))
                items.append(_text_item(f"figure {number}", value, QPointF(left, y + ROW_PAD)))
                at = QPointF(left + value_width + 12, y + ROW_PAD + drop)
                items.append(_text_item(f"figure source {number}", label, at))
                y += row
            items.append(_rule("figure rule end", QPointF(left, y), width, FRAME))

        points = handout.points[:count]
        if points:
            y += GAP
            put("points heading", text_box("Key points", fonts.heading, width, ACCENT))
            indent = 12 * fonts.scale
            for number, point in enumerate(points, start=1):
                y += HEADING_GAP if number == 1 else 3
                box = _point_box(point, fonts, width - indent)
                bullet = text_box("•", fonts.body, indent, ACCENT)
                items.append(_text_item(f"bullet {number}", bullet, QPointF(left, y)))
                put(f"point {number}", box, left + indent)

        if handout.sources:
            y += GAP
            put("sources heading", text_box("Sources", fonts.heading, width, ACCENT))
            y += HEADING_GAP
            for number, source in enumerate(handout.sources, start=1):
                y += 0 if number == 1 else 2
                put(f"source {number}", _source_box(source.label, citation(source), fonts, width))

        height = y - content.top()
        return items, height

    def _footer(self, index: int, fonts: Fonts, content: QRectF) -> Placed:
        left, right = self._footer_boxes(index, fonts, content.width())
        height = max(left.height, right.height) + FOOTER_PAD
        rect = QRectF(content.left(), content.bottom() - height, content.width(), height)

        def paint(painter: QPainter) -> None:
            painter.setPen(QPen(QColor(RULE), 0.5))
            painter.drawLine(rect.topLeft(), rect.topRight())
            left.draw(painter, QPointF(rect.left(), rect.top() + FOOTER_PAD))
            right.draw(painter, QPointF(rect.right() - right.width, rect.top() + FOOTER_PAD))

        return Placed("footer", rect, paint)

    def _footer_boxes(self, index: int, fonts: Fonts, width: float) -> tuple[TextBox, TextBox]:
        """Return the footer's two parts: BorderDesk, dataset and date; the page number."""
        number = page_number(index, self.page_count)
        right = text_box(
            number, fonts.footer, width * 0.2, MUTED, align=Qt.AlignmentFlag.AlignRight
        )
        left = text_box(self.book.footer(), fonts.footer, width * 0.78, MUTED)
        return left, right

    def _footer_height(self, fonts: Fonts, width: float) -> float:
        left, right = self._footer_boxes(self.page_count - 1, fonts, width)
        return max(left.height, right.height) + FOOTER_PAD

    # The chart and the map ----------------------------------------------------------------

    def _visual_item(self, handout: Handout, rect: QRectF) -> Placed:
        def paint(painter: QPainter) -> None:
            painter.save()
            if handout.visual is Visual.CHART:
                self._paint_chart(painter, handout, rect)
            else:
                self._paint_map(painter, handout, rect)
            painter.restore()
            painter.setPen(QPen(QColor(FRAME), 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

        return Placed("visual", rect, paint)

    def _paint_chart(self, painter: QPainter, handout: Handout, rect: QRectF) -> None:
        width = round(rect.width() / CHART_PT_PER_PX)
        height = round(rect.height() / CHART_PT_PER_PX)
        with offscreen_chart(self.book.series, width, height, handout.highlight) as panel:
            area = panel.chart_area()
            painter.translate(rect.topLeft())
            painter.scale(rect.width() / area.width(), rect.height() / area.height())
            painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
            paint_area(area, painter)

    def _paint_map(self, painter: QPainter, handout: Handout, rect: QRectF) -> None:
        if self._projected is None:
            self._projected = project(self.book.border_map)
        width = rect.width() / MAP_PT_PER_PX
        height = rect.height() / MAP_PT_PER_PX
        look = map_look(self.book.border_map, None, handout.members, handout.members_label)
        painter.translate(rect.topLeft())
        painter.scale(MAP_PT_PER_PX, MAP_PT_PER_PX)
        paint_map(painter, QRectF(0, 0, width, height), self._projected, MapFrame(), look)

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

    def paint_on(self, device: QPagedPaintDevice, what: str) -> None:
        """Draw every page on a PDF writer or a printer, one handout a page."""
        painter = QPainter()
        begin_painting(painter, device, what)
        try:
            for index in range(self.page_count):
                if index and not device.newPage():
                    raise OSError(f"page {index + 1} of the {what} could not be started")
                painter.save()
                width, height = self.paper.size_pt
                scale = min(device.width() / width, device.height() / height)
                painter.scale(scale, scale)
                self.paint_page(painter, index)
                painter.restore()
        finally:
            painter.end()

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


def _text_item(name: str, box: TextBox, at: QPointF) -> Placed:
    rect = QRectF(at.x(), at.y(), box.width, box.height)
    return Placed(name, rect, lambda painter: box.draw(painter, at))


def _first_ascent(box: TextBox) -> float:
    """Return the ascent of a box's first line (0 for empty text)."""
    return box.layout.lineAt(0).ascent() if box.layout.lineCount() else 0.0


def _rule(name: str, at: QPointF, width: float, colour: str = RULE) -> Placed:
    rect = QRectF(at.x(), at.y() - RULE_WIDTH / 2, width, RULE_WIDTH)

    def paint(painter: QPainter) -> None:
        painter.setPen(QPen(QColor(colour), RULE_WIDTH))
        painter.drawLine(at, QPointF(at.x() + width, at.y()))

    return Placed(name, rect, paint)


def _kicker(handout: Handout) -> str:
    if handout.visual is Visual.CHART:
        return "BorderDesk handout · Kazakhstan's land borders"
    return "BorderDesk handout · Regional organisations"


def _visual_note(handout: Handout) -> str:
    """Return the line under the map naming the sources of the members it marks, or ""."""
    if handout.visual is not Visual.MAP or not handout.members:
        return ""
    marked = "; ".join(source.label for source in handout.member_sources)
    return f"Hatched on the map: {handout.members_label}, as recorded by {marked}."


def _source_label(line: Cited) -> str:
    return f"Source: {line.source.label}" if line.source is not None else ""


def _point_box(point: Cited, fonts: Fonts, width: float) -> TextBox:
    if point.source is None:
        return text_box(point.text, fonts.body, width)
    cited = f" ({point.source.label})"
    return text_box(
        point.text + cited,
        fonts.body,
        width,
        runs=[(len(point.text), len(cited), _char_format(colour=MUTED))],
    )


def _source_box(label: str, text: str, fonts: Fonts, width: float) -> TextBox:
    head = f"{label}: "
    bold = fonts.font(8, bold=True)
    return text_box(head + text, fonts.small, width, runs=[(0, len(head), _char_format(font=bold))])


# -- files and printers -----------------------------------------------------------------------


def pdf_writer(path: Path, book: HandoutSet, paper: PaperSize) -> QPdfWriter:
    """Return a PDF writer for the set's pages, with its title and creator in the metadata."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(book.title())
    writer.setCreator(f"BorderDesk {book.version}")
    return writer


def render_handouts(book: HandoutSet, path: Path, paper: PaperSize) -> Path:
    """Write the handouts to a PDF file, one page each, atomically; return the path."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ExportError(path, f"a handout is a PDF file: name it {path.stem}.pdf")
    check_folder(path)
    renderer = HandoutRenderer(book, paper)

    def write(temp: Path) -> None:
        renderer.paint_on(pdf_writer(temp, book, paper), "PDF document")

    write_atomically(path, write)
    return path


def prepare_printer(printer: QPrinter, book: HandoutSet, paper: PaperSize) -> None:
    """Set a printer to the paper, the whole sheet as the page, and the document's name."""
    printer.setFullPage(True)
    printer.setResolution(DPI)
    if not printer.setPageLayout(page_layout(paper)):
        printer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    # The job's name, and the file name "Print to file" offers: handout-kz-ru.
    printer.setDocName(Path(file_name([handout.ref for handout in book.handouts])).stem)
    printer.setCreator(f"BorderDesk {book.version}")


def paper_of_printer(printer: QPrinter) -> PaperSize | None:
    """Return the paper a printer is set to when it is A4 or US Letter, else None."""
    chosen = printer.pageLayout().pageSize().id()
    return next((paper for paper, ident in PAGE_SIZES.items() if ident == chosen), None)


def print_handouts(book: HandoutSet, printer: QPrinter, paper: PaperSize) -> None:
    """Print the handouts, one page each, on a printer already chosen."""
    prepare_printer(printer, book, paper)
    HandoutRenderer(book, paper).paint_on(printer, "print job")
