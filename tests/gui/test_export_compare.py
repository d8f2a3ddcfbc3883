"""Exports of the compare view: grouped bars in the file, every source in the caption."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from borderdesk.core.compare import source_comparison
from borderdesk.core.pages import SourceComparison
from borderdesk.data.store import open_store
from borderdesk.gui.render import chart_file as export
from borderdesk.gui.views.chart_style import SERIES_LOOKS

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def comparison() -> SourceComparison:
    """Return the article and the two later CIA sets, from the bundled database."""
    store = open_store()
    try:
        return source_comparison(store, ("ART", "CIA2008", "CIA2015"))
    finally:
        store.close()


@pytest.fixture(scope="module")
def files(
    qapp: QApplication, comparison: SourceComparison, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Export the comparison once as PNG and SVG (China highlighted)."""
    folder = tmp_path_factory.mktemp("compare")
    return {
        kind: export.render_chart(comparison, folder / f"c.{kind}", 1920, 1080, "kz-cn")
        for kind in ("png", "svg")
    }


def test_the_png_caption_names_every_source_and_the_edition(
    files: dict[str, Path], comparison: SourceComparison
) -> None:
    image = QImage(str(files["png"]))
    caption = image.text("Source")

    assert image.size().toTuple() == (1920, 1080)
    assert caption == export.view_caption(comparison)
    for label in (
        "Article (c. 2012)",
        "CIA World Factbook 2008–2014",
        "CIA World Factbook 2015–2025",
    ):
        assert label in caption
    assert comparison.edition.short_checksum in caption


def test_the_png_shows_each_series_colour(files: dict[str, Path]) -> None:
    image = QImage(str(files["png"]))
    found = {image.pixel(x, y) for y in range(0, 1080, 3) for x in range(0, 1920, 3)}

    for look in SERIES_LOOKS[:3]:
        assert QColor(look.fill).rgb() in found


def test_the_svg_carries_the_legend_with_totals_and_the_caption(files: dict[str, Path]) -> None:
    text = files["svg"].read_text(encoding="utf-8")
    root = ET.fromstring(text)  # noqa: S314 - our own file
    words = " ".join(t.get("aria-label", "") for t in root.iter(f"{SVG}path"))

    assert "12,185 km" in words
    assert "13,364 km" in words
    assert "sources compared" in words
    assert "CIA World Factbook 2008–2014" in (root.findtext(f"{SVG}desc") or "")


def test_the_file_name_names_the_sources(comparison: SourceComparison) -> None:
    assert export.view_slug(comparison) == "art-cia2008-cia2015"
