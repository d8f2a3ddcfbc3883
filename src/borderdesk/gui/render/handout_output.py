"""Send handouts to a PDF file or a printer: the paper, the document's name and metadata.

A PDF is made in memory and written whole or not at all, so a failed write (a full disk)
leaves the earlier file as it was and nothing beside it; a printer is set to the handout's
paper with the whole sheet as the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPageSize

from borderdesk.core.errors import ExportError
from borderdesk.core.handout import HandoutSet, file_name
from borderdesk.core.i18n import translate
from borderdesk.core.paper import PaperSize
from borderdesk.gui.render.export_files import check_folder, write_file
from borderdesk.gui.render.handout import HandoutRenderer, PageProgress
from borderdesk.gui.render.handout_page import PAGE_SIZES, page_layout
from borderdesk.gui.render.paged_pdf import paged_pdf
from borderdesk.gui.render.vector_devices import DPI

if TYPE_CHECKING:  # printing needs QtPrintSupport; writing a PDF does not
    from PySide6.QtPrintSupport import QPrinter


def render_handouts(
    book: HandoutSet, path: Path, paper: PaperSize, progress: PageProgress | None = None
) -> Path:
    """Write the handouts to a PDF file, one page each, whole or not at all; return the path.

    ``progress`` hears of each page (see ``HandoutRenderer.paint_on``).
    """
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ExportError(
            path,
            translate("Export", "a handout is a PDF file: name it {name}").format(
                name=f"{path.stem}.pdf"
            ),
        )
    check_folder(path)
    renderer = HandoutRenderer(book, paper)
    creator = f"BorderDesk {book.version}"
    write_file(
        path,
        lambda: paged_pdf(
            lambda device, what: renderer.paint_on(device, what, progress),
            paper,
            book.title(),
            creator,
        ),
    )
    return path


def prepare_printer(printer: QPrinter, book: HandoutSet, paper: PaperSize) -> None:
    """Set a printer to the paper, the whole sheet as the page, and the document's name."""
    printer.setFullPage(True)
    printer.setResolution(DPI)
    if not printer.setPageLayout(page_layout(paper)):
        printer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    # The job's name, and the file name "Print to file" offers: handout-kz-ru.
    printer.setDocName(Path(file_name(book.refs())).stem)
    printer.setCreator(f"BorderDesk {book.version}")


def paper_of_printer(printer: QPrinter) -> PaperSize | None:
    """Return the paper a printer is set to when it is A4 or US Letter, else None."""
    chosen = printer.pageLayout().pageSize().id()
    return next((paper for paper, ident in PAGE_SIZES.items() if ident == chosen), None)


def print_handouts(
    book: HandoutSet, printer: QPrinter, paper: PaperSize, progress: PageProgress | None = None
) -> None:
    """Print the handouts, one page each, on a printer already chosen."""
    prepare_printer(printer, book, paper)
    HandoutRenderer(book, paper).paint_on(printer, "print job", progress)
