"""Every exported file says what it shows and where it comes from, in its metadata too."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from borderdesk import __version__
from borderdesk.core.dates import format_date
from borderdesk.core.export_options import A4_PORTRAIT
from borderdesk.core.format import chart_caption
from borderdesk.core.sample import SampleService
from borderdesk.gui.render.chart_file import render_chart
from borderdesk.gui.render.map_file import render_map
from borderdesk.gui.views.chart_style import CHART_TITLE
from borderdesk.gui.views.map_furniture import MAP_TITLE

SVG = "{http://www.w3.org/2000/svg}"
SOFTWARE = f"BorderDesk {__version__}"


@pytest.fixture(scope="module")
def files(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Write the chart and the map once in each format (the chart's PDF on an A4 page)."""
    folder = tmp_path_factory.mktemp("metadata")
    service = SampleService()
    series = service.segment_series()
    border_map = service.border_map()
    written = {}
    for suffix in ("png", "svg", "pdf"):
        written[f"chart.{suffix}"] = render_chart(
            series, folder / f"chart.{suffix}", 1280, 720, "kz-cn", paper=A4_PORTRAIT.paper
        )
        written[f"map.{suffix}"] = render_map(
            border_map, folder / f"map.{suffix}", 1280, 720, "kz-cn", edition=service.edition()
        )
    return written


def chart_full_caption() -> str:
    """Return the sample chart's full caption."""
    series = SampleService().segment_series()
    return chart_caption(series.source.ref, series.edition)


def map_full_caption() -> str:
    """Return the sample map's full caption: its source, then the dataset edition."""
    service = SampleService()
    edition = service.edition()
    return (
        f"{service.border_map().caption}. BorderDesk dataset {edition.version} "
        f"({format_date(edition.date)}, {edition.short_checksum})."
    )


def pdf_info(path: Path) -> dict[str, str]:
    """Return a PDF's document info (Title, Author, Creator, Producer ...) as pdfinfo reads it."""
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in out.splitlines())
    }


def xmp(path: Path) -> ET.Element:
    """Return a PDF's XMP metadata packet, parsed."""
    data = path.read_bytes()
    start, end = data.index(b"<x:xmpmeta"), data.index(b"</x:xmpmeta>") + len(b"</x:xmpmeta>")
    return ET.fromstring(data[start:end])  # noqa: S314 - our own file


@pytest.mark.parametrize(
    ("name", "title", "caption"),
    [("chart", CHART_TITLE, chart_full_caption()), ("map", MAP_TITLE, map_full_caption())],
)
def test_png_text_chunks(files: dict[str, Path], name: str, title: str, caption: str) -> None:
    image = QImage(str(files[f"{name}.png"]))
    assert image.text("Title") == title
    assert image.text("Description") == caption
    assert image.text("Source") == caption
    assert image.text("Software") == SOFTWARE
    assert image.text("Author")
    created = parsedate_to_datetime(image.text("Creation Time"))
    assert abs(datetime.now(UTC) - created) < timedelta(hours=1)


def test_the_captions_name_sources_edition_and_date(files: dict[str, Path]) -> None:
    chart = QImage(str(files["chart.png"])).text("Description")
    assert "Guarding the Border" in chart
    assert "BorderDesk dataset sample (28 November 2026" in chart
    assert "BorderDesk dataset sample (28 November 2026" in map_full_caption()


def test_the_real_map_caption_names_natural_earth_at_1_10m(
    qapp: QApplication, tmp_path: Path
) -> None:
    from borderdesk.app import open_service

    service = open_service(None)
    png = render_map(
        service.border_map(), tmp_path / "map.png", 800, 500, edition=service.edition()
    )
    caption = QImage(str(png)).text("Description")
    assert "Natural Earth" in caption
    assert "1:10m" in caption
    assert "Natural Earth 1:10m lakes and coastline" in caption
    assert f"BorderDesk dataset {service.edition().version}" in caption


@pytest.mark.parametrize(
    ("name", "title", "caption"),
    [("chart", CHART_TITLE, chart_full_caption()), ("map", MAP_TITLE, map_full_caption())],
)
def test_svg_title_and_desc(files: dict[str, Path], name: str, title: str, caption: str) -> None:
    root = ET.parse(files[f"{name}.svg"]).getroot()  # noqa: S314 - our own file
    assert root.findtext(f"{SVG}title") == title
    assert root.findtext(f"{SVG}desc") == caption


@pytest.mark.parametrize(
    ("name", "title", "caption", "author"),
    [
        ("chart", CHART_TITLE, chart_full_caption(), "Article (c. 2012)"),
        ("map", MAP_TITLE, map_full_caption(), "Article (c. 2012)"),
    ],
)
def test_pdf_document_info_and_xmp(
    files: dict[str, Path], name: str, title: str, caption: str, author: str
) -> None:
    path = files[f"{name}.pdf"]
    info = pdf_info(path)
    assert info["Title"] == title
    assert info["Creator"] == SOFTWARE
    assert info["Author"] == author
    assert info["Producer"].startswith("Qt ")
    meta = xmp(path)
    dc = "{http://purl.org/dc/elements/1.1/}"
    rdf = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
    assert meta.findtext(f".//{dc}description/{rdf}Alt/{rdf}li") == caption
    assert meta.findtext(f".//{dc}title/{rdf}Alt/{rdf}li") == title
    description = meta.find(f".//{rdf}Description")
    assert description is not None
    assert "Kazakhstan" in description.get("{http://ns.adobe.com/pdf/1.3/}Keywords", "")
    assert description.get("{http://ns.adobe.com/xap/1.0/}CreatorTool") == SOFTWARE
