"""The vector paint devices every export uses: an SVG, and a PDF page of the image's own shape
or of a printed size (A4), each carrying the figure's title and caption.

They draw into memory (``MemoryFile``), never onto a file: a Qt paint device that writes a file
does not report a short write, so a full disk would leave a truncated file behind a painter
that said it succeeded. The bytes are checked whole here and written by ``core.atomic``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPoint,
    QRect,
    QSize,
    QSizeF,
    qVersion,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

DPI = 96  # other resolutions misplace pyqtgraph's axes in SVG, and shift PDF layouts


# How each format's bytes end when the device finished writing them.
_ENDINGS = {"PNG": b"IEND", "SVG": b"</svg>", "PDF": b"%%EOF"}


class MemoryFile:
    """A buffer a paint device writes into; ``data`` returns the bytes once they are whole."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._bytes = QByteArray()
        self.device = QBuffer(self._bytes)
        if not self.device.open(QIODevice.OpenModeFlag.WriteOnly):
            raise OSError(f"no memory for the {kind} data")

    def data(self) -> bytes:
        """Return what was written; raise OSError unless the device wrote a whole file."""
        self.device.close()
        data = bytes(self._bytes.data())
        ending = _ENDINGS.get(self.kind)
        if not data or (ending is not None and ending not in data[-64:]):
            raise OSError(f"the {self.kind} data was not written whole")
        return data


def svg_generator(width: int, height: int, title: str, caption: str) -> QSvgGenerator:
    """Return an SVG generator of width x height px carrying the title and caption."""
    generator = QSvgGenerator()
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(QPoint(0, 0), QSize(width, height)))
    generator.setResolution(DPI)
    generator.setTitle(title)
    generator.setDescription(caption)
    return generator


def pdf_writer(
    device: QIODevice,
    width: int,
    height: int,
    title: str,
    caption: str,
    *,
    page_mm: tuple[float, float] | None = None,
    author: str = "",
    keywords: Sequence[str] = (),
    creator: str = "BorderDesk",
) -> QPdfWriter:
    """Return a PDF writer into ``device`` of one page without margins, with info and XMP.

    The page is width x height at 96 dpi, or ``page_mm`` (e.g. A4, 210 x 297 mm) when given.
    Title, Author and Creator go into the document info; Qt names itself as Producer and has
    no Subject or Keywords there, so the caption and keywords go into the XMP metadata too
    (``dc:description``, ``pdf:Keywords``), where PDF readers show them as such.
    """
    writer = QPdfWriter(device)
    writer.setResolution(DPI)
    orientation = QPageLayout.Orientation.Portrait
    if page_mm is not None:
        # A standard paper size (A4), turned for landscape, so readers and printers know it.
        short, long = sorted(page_mm)
        if page_mm[0] > page_mm[1]:
            orientation = QPageLayout.Orientation.Landscape
        page = QPageSize(
            QSizeF(short, long), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.FuzzyMatch
        )
    else:
        page = QPageSize(
            QSizeF(width * 72 / DPI, height * 72 / DPI),
            QPageSize.Unit.Point,
            f"BorderDesk {title}",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    writer.setPageLayout(QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator(creator)
    if author:
        writer.setAuthor(author)
    writer.setDocumentXmpMetadata(
        xmp_packet(
            title=title,
            description=caption,
            author=author,
            keywords=keywords,
            creator=creator,
            document_id=writer.documentId().toString(),
        )
    )
    return writer


def xmp_packet(
    *,
    title: str,
    description: str,
    author: str,
    keywords: Sequence[str],
    creator: str,
    document_id: str = "",
    created: datetime | None = None,
) -> bytes:
    """Return an XMP packet naming the document's title, caption, author, keywords and tools."""
    when = (created or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    if document_id.strip("{}"):
        ident = document_id.strip("{}")
    else:
        import uuid  # only when the writer has no id: uuid imports platform and more

        ident = str(uuid.uuid4())
    author_xml = (
        f"<dc:creator><rdf:Seq><rdf:li>{xml_text(author)}</rdf:li></rdf:Seq></dc:creator>"
        if author
        else ""
    )
    attributes = " ".join(
        f"{name}={xml_attribute(value)}"
        for name, value in (
            ("pdf:Producer", f"Qt {qVersion()}"),
            ("pdf:Keywords", "; ".join(keywords)),
            ("xmp:CreatorTool", creator),
            ("xmp:CreateDate", when),
            ("xmp:ModifyDate", when),
            ("xmp:MetadataDate", when),
            ("xmpMM:DocumentID", f"uuid:{ident}"),
        )
    )
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"'
        f" {attributes}>"
        "<dc:format>application/pdf</dc:format>"
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{xml_text(title)}</rdf:li>'
        "</rdf:Alt></dc:title>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{xml_text(description)}'
        "</rdf:li></rdf:Alt></dc:description>"
        f"{author_xml}"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        "<?xpacket end='w'?>"
    ).encode()


def xml_text(text: str) -> str:
    """Return text escaped for an XML element, as ``xml.sax.saxutils.escape`` does.

    Written out here: importing ``xml.sax.saxutils`` imports urllib, http and ssl with it,
    some 30 ms of every export.
    """
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def xml_attribute(text: str) -> str:
    """Return text quoted as an XML attribute's value, as ``xml.sax.saxutils.quoteattr`` does."""
    text = xml_text(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))
