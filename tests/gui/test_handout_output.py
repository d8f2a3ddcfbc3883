"""Handouts to a PDF writer or a printer: the paper, the document's name and metadata."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from borderdesk.core.handout import build_handout_set
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.paper import PaperSize
from borderdesk.core.sample import SampleService
from borderdesk.gui.render.handout_output import paper_of_printer, prepare_printer, render_handouts

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CHINA = ItemRef(ItemKind.BORDER, "kz-cn")


def pdfinfo(path: Path) -> dict[str, str]:
    """Return pdfinfo's fields for a file."""
    output = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    fields = (line.split(":", 1) for line in output.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in fields}


def test_the_pdf_has_the_paper_and_the_title(qapp: QApplication, tmp_path: Path) -> None:
    book = build_handout_set(SampleService(), (RUSSIA,), version="9.9.9", printed=date(2026, 5, 4))
    info = pdfinfo(render_handouts(book, tmp_path / "handout.pdf", PaperSize.LETTER))
    assert info["Page size"].startswith("612 x 792 pts (letter)")
    assert info["Page rot"] == "0"
    assert info["Title"] == "BorderDesk handout: Kazakhstan – Russia"
    assert info["Creator"] == "BorderDesk 9.9.9"


def test_a_printer_is_set_to_the_paper_and_named_for_the_items(qapp: QApplication) -> None:
    book = build_handout_set(
        SampleService(), (RUSSIA, CHINA), version="9.9.9", printed=date(2026, 5, 4)
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    prepare_printer(printer, book, PaperSize.A4)
    assert paper_of_printer(printer) is PaperSize.A4
    assert printer.docName() == "handouts-borderdesk"
    assert printer.creator() == "BorderDesk 9.9.9"
    one = build_handout_set(SampleService(), (RUSSIA,), version="9.9.9", printed=date(2026, 5, 4))
    prepare_printer(printer, one, PaperSize.LETTER)
    assert paper_of_printer(printer) is PaperSize.LETTER
    assert printer.docName() == "handout-kz-ru"


def test_a_paper_other_than_a4_or_letter_is_not_one_of_ours(qapp: QApplication) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    assert paper_of_printer(printer) is None
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    assert paper_of_printer(printer) is PaperSize.LETTER
