"""Draw a printable quiz (``quiz_pages``) on a PDF file, a printer or a preview image.

A PDF is made in memory and written whole or not at all, as the handouts are, so a failed
write (a full disk) leaves the earlier file as it was and nothing beside it; a printer is set to
the quiz's paper with the whole sheet as the page. The PDF's title names the quiz, so a teacher
finds the file again by its number.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPageSize, QPainter

from borderdesk.core.errors import ExportError
from borderdesk.core.i18n import translate
from borderdesk.core.paper import PaperSize
from borderdesk.gui.qtapp import load_bundled_font
from borderdesk.gui.render.export_files import check_folder, write_file
from borderdesk.gui.render.handout_page import PAGE_SIZES, PageLayout, page_layout, page_rect
from borderdesk.gui.render.paged_pdf import paged_pdf
from borderdesk.gui.render.painting import begin_painting, end_painting
from borderdesk.gui.render.quiz_pages import QuizPager, QuizSheet
from borderdesk.gui.render.vector_devices import DPI

if TYPE_CHECKING:  # printing needs QtPrintSupport; writing a PDF does not
    from PySide6.QtPrintSupport import QPrinter


def quiz_file_name(sheet: QuizSheet) -> str:
    """Return a default file name: ``quiz-4821.pdf``."""
    return f"quiz-{sheet.quiz.seed}.pdf"


class QuizRenderer:
    """Draw the pages of a printable quiz on any painter, in points."""

    def __init__(self, sheet: QuizSheet, paper: PaperSize) -> None:
        self.sheet = sheet
        self.paper = paper
        self.pager = QuizPager(sheet, paper, load_bundled_font())

    @property
    def page_count(self) -> int:
        """Return the number of pages, the answer key's included."""
        return self.pager.page_count

    @property
    def key_start(self) -> int:
        """Return the index of the answer key's first page."""
        return self.pager.key_start

    def layout(self, index: int) -> PageLayout:
        """Return page index laid out."""
        return self.pager.layout(index)

    def paint_page(self, painter: QPainter, index: int) -> PageLayout:
        """Draw page index in points (the painter already scaled to points)."""
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
        """Draw every page on a PDF writer or a printer."""
        painter = QPainter()
        begin_painting(painter, device, what)
        try:
            for index in range(self.page_count):
                if index and not device.newPage():
                    raise OSError(f"page {index + 1} of the {what} could not be started")
                painter.save()
                width, height = self.paper.size_pt
                painter.scale(device.width() / width, device.height() / height)
                self.paint_page(painter, index)
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


def render_quiz(sheet: QuizSheet, path: Path, paper: PaperSize) -> tuple[Path, QuizRenderer]:
    """Write the quiz and its answer key to a PDF, whole or not at all; return path and pages."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ExportError(
            path,
            translate("Export", "a quiz is a PDF file: name it {name}").format(
                name=f"{path.stem}.pdf"
            ),
        )
    check_folder(path)
    renderer = QuizRenderer(sheet, paper)
    creator = f"BorderDesk {sheet.version}"
    write_file(path, lambda: paged_pdf(renderer.paint_on, paper, sheet.title(), creator))
    return path, renderer


def prepare_printer(printer: QPrinter, sheet: QuizSheet, paper: PaperSize) -> None:
    """Set a printer to the paper, the whole sheet as the page, and the document's name."""
    printer.setFullPage(True)
    printer.setResolution(DPI)
    if not printer.setPageLayout(page_layout(paper)):
        printer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    printer.setDocName(Path(quiz_file_name(sheet)).stem)
    printer.setCreator(f"BorderDesk {sheet.version}")


def print_quiz(sheet: QuizSheet, printer: QPrinter, paper: PaperSize) -> None:
    """Print the quiz and its answer key on a printer already chosen."""
    prepare_printer(printer, sheet, paper)
    QuizRenderer(sheet, paper).paint_on(printer, "print job")
