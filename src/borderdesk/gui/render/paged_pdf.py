"""A PDF of printed pages (handouts, a quiz) made in memory, to be written whole or not at all.

Qt's PDF writer on a file does not report a short write: on a full disk it leaves a cut file
behind a painter that said it succeeded. Here it writes into a buffer, the bytes are checked
whole (``MemoryFile``), and ``export_files.write_file`` puts them on the disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from borderdesk.core.paper import PaperSize
from borderdesk.gui.render.handout_page import page_layout
from borderdesk.gui.render.vector_devices import DPI, MemoryFile

PaintPages = Callable[[QPagedPaintDevice, str], None]  # draws every page on a device


def paged_pdf(paint_on: PaintPages, paper: PaperSize, title: str, creator: str) -> bytes:
    """Return the pages ``paint_on`` draws as a whole PDF on ``paper``, with title and creator."""
    sink = MemoryFile("PDF")
    writer = QPdfWriter(sink.device)
    writer.setResolution(DPI)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(title)
    writer.setCreator(creator)
    paint_on(writer, "PDF document")
    return sink.data()
