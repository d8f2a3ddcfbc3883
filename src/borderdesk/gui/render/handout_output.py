"""Send handouts to a PDF file or a printer: the paper, the document's name and metadata.

A PDF is written beside its target and moved into place, so a failed write leaves nothing
behind; a printer is set to the handout's paper with the whole sheet as the page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from borderdesk.core.errors import ExportError
from borderdesk.core.handout import HandoutSet, PaperSize, file_name
from borderdesk.gui.render.export_files import check_folder, write_atomically
from borderdesk.gui.render.handout import HandoutRenderer
from borderdesk.gui.render.handout_page import PAGE_SIZES, page_layout
from borderdesk.gui.render.vector_devices import DPI


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
