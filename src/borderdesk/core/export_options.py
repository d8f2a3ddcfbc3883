"""What an export can be asked for: size presets, printed pages, and the lines that credit it.

Plain Python, shared by the export dialog and the command line. Every exported figure says
where its figures come from: the full caption (every source, the dataset edition and date) is
drawn under it and kept in the file's metadata; with the caption turned off a one-line credit
(``credit_line``) is still drawn, so no figure ever leaves without its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from borderdesk.core.as_of import as_of_label, as_of_sentence
from borderdesk.core.dates import format_date
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.model import BorderMap, DatasetEdition, SourceRef
from borderdesk.core.record import frozen

CONTEXT = "ExportOptions"

MM_PER_INCH = 25.4
A4_MM = (210.0, 297.0)
PRINT_DPI = 300
MIN_SIZE = (320, 200)  # pixels (width, height) an export may have: smaller is unreadable,
MAX_SIZE = (7680, 4320)  # larger than 8K is more memory than a figure is worth


@frozen
class Paper:
    """A printed page: its size in mm (the PDF page) and the resolution PNG files carry."""

    size_mm: tuple[float, float]  # width, height: (297, 210) is A4 landscape
    dpi: int


@frozen
class SizePreset:
    """A named export size; a printed page also gives the paper size and resolution."""

    key: str  # the command line's name: slide, 4k, a4-portrait, a4-landscape
    label: str  # shown in the dialog, translated there (``title``)
    width: int  # pixels
    height: int
    paper: Paper | None = None  # a printed page: the PDF page is this, not pixel-sized

    @property
    def size(self) -> tuple[int, int]:
        """Return (width, height) in pixels."""
        return self.width, self.height

    @property
    def title(self) -> str:
        """Return the label in the interface language."""
        return translate(CONTEXT, self.label)


def _a4(width_mm: float, height_mm: float) -> tuple[int, int]:
    """Return an A4 page's pixels at PRINT_DPI (2480x3508 portrait)."""
    return (
        round(width_mm / MM_PER_INCH * PRINT_DPI),
        round(height_mm / MM_PER_INCH * PRINT_DPI),
    )


SLIDE = SizePreset("slide", QT_TRANSLATE_NOOP("ExportOptions", "Slide 1920×1080"), 1920, 1080)
UHD = SizePreset("4k", QT_TRANSLATE_NOOP("ExportOptions", "4K 3840×2160"), 3840, 2160)
A4_PORTRAIT = SizePreset(
    "a4-portrait",
    QT_TRANSLATE_NOOP("ExportOptions", "A4 portrait, 300 dpi"),
    *_a4(*A4_MM),
    paper=Paper(A4_MM, PRINT_DPI),
)
A4_LANDSCAPE = SizePreset(
    "a4-landscape",
    QT_TRANSLATE_NOOP("ExportOptions", "A4 landscape, 300 dpi"),
    *_a4(A4_MM[1], A4_MM[0]),
    paper=Paper((A4_MM[1], A4_MM[0]), PRINT_DPI),
)
PRESETS: tuple[SizePreset, ...] = (SLIDE, UHD, A4_PORTRAIT, A4_LANDSCAPE)
DEFAULT_PRESET = SLIDE


def preset_named(key: str) -> SizePreset:
    """Return the preset called ``key`` (slide, 4k, a4-portrait, a4-landscape)."""
    for preset in PRESETS:
        if preset.key == key.strip().lower():
            return preset
    known = ", ".join(p.key for p in PRESETS)
    raise ValueError(
        translate("ExportOptions", "unknown size preset {key}; use one of {known}").format(
            key=repr(key), known=known
        )
    )


def dots_per_metre(dpi: int) -> int:
    """Return a resolution in dots per metre, as PNG stores it (300 dpi is 11811)."""
    return round(dpi / MM_PER_INCH * 1000)


@frozen
class FigureText:
    """The words an exported figure carries: its title, full caption and one-line credit."""

    title: str
    caption: str  # every source, the dataset edition and date: drawn and kept as metadata
    credit: str  # one line naming the sources, drawn when the caption is turned off
    sources: tuple[str, ...]  # the sources' short labels, for the document's author field
    keywords: tuple[str, ...] = ()

    def drawn(self, caption: bool) -> str:
        """Return the line drawn under the figure: the caption, or the credit without it."""
        return self.caption if caption else self.credit


def dataset_credit(edition: DatasetEdition) -> str:
    """Return ``BorderDesk dataset 2026.11.1``."""
    return translate("ExportOptions", "BorderDesk dataset {version}").format(
        version=edition.version
    )


def dataset_citation(edition: DatasetEdition) -> str:
    """Return ``BorderDesk dataset 2026.11.1 (29 November 2026, 2d0e423d580a).``."""
    return translate("ExportOptions", "BorderDesk dataset {version} ({date}, {checksum}).").format(
        version=edition.version, date=format_date(edition.date), checksum=edition.short_checksum
    )


def credit_line(
    labels: Sequence[str],
    edition: DatasetEdition,
    *,
    map_data: bool = False,
    on: date | None = None,
) -> str:
    """Return ``Source: Article (c. 2012) · BorderDesk dataset 3`` (``Sources:`` for more).

    ``map_data`` leads with ``Map data:`` instead, for a map's outlines and cities; ``on``
    names the day viewed: ``Source: Article (c. 2012) · as of 1 June 2012 · BorderDesk dataset 3``.
    """
    if map_data:
        template = translate("ExportOptions", "Map data: {sources} · {dataset}")
    elif len(labels) > 1:
        template = translate("ExportOptions", "Sources: {sources} · {dataset}")
    else:
        template = translate("ExportOptions", "Source: {sources} · {dataset}")
    dataset = dataset_credit(edition)
    if on is not None:
        dataset = f"{as_of_label(on)} · {dataset}"
    return template.format(sources="; ".join(labels), dataset=dataset)


def map_sources(border_map: BorderMap) -> tuple[SourceRef, ...]:
    """Return the map's sources: its outlines' first, then the waters', points' and notes'."""
    found: dict[SourceRef, None] = {}
    if border_map.source is not None:
        found[border_map.source] = None
    areas = (*border_map.waters, *border_map.disputed)
    for source in [*(a.source for a in areas), *(p.source for p in border_map.points)]:
        if source is not None:
            found.setdefault(source, None)
    return tuple(found)


def dated(text: str, on: date | None) -> str:
    """Return a title with its date: ``Kazakhstan's land borders, as of 1 January 2016``."""
    if on is None:
        return text
    return translate("ExportOptions", "{title}, {as_of}").format(title=text, as_of=as_of_label(on))


def map_text(
    border_map: BorderMap,
    edition: DatasetEdition | None,
    title: str,
    on: date | None = None,
    members: Sequence[SourceRef] = (),
) -> FigureText:
    """Return the map's title, caption (edition, date, members' sources) and credit."""
    labels = tuple(source.label for source in map_sources(border_map))
    caption = border_map.caption
    if members:
        named = "; ".join(dict.fromkeys(s.label for s in members))
        hatched = translate("ExportOptions", "Members hatched per {sources}").format(sources=named)
        caption = f"{caption.rstrip('.')}. {hatched}"
    if on is not None:
        caption = f"{caption.rstrip('.')}. {as_of_sentence(on)}"
        title = dated(title, on)
    if edition is not None:
        caption = f"{caption.rstrip('.')}. {dataset_citation(edition)}"
        scale = translate("ExportOptions", "scale {scale}").format(scale=border_map.scale)
        credit = credit_line(labels or (scale,), edition, map_data=True)
    elif labels:
        credit = translate("ExportOptions", "Map data: {sources}").format(sources="; ".join(labels))
    else:
        credit = caption
    keywords = (
        translate("ExportOptions", "Kazakhstan"),
        translate("ExportOptions", "land borders"),
        translate("ExportOptions", "map"),
        *(s.id for s in map_sources(border_map)),
    )
    return FigureText(title, caption, credit, labels, keywords)
