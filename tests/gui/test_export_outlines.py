"""Vector exports look the same on any computer: SVG text as outlines, PDF fonts embedded.

A machine without Noto Sans is made here by pointing fontconfig at a configuration with no
fonts at all; librsvg (``rsvg-convert``, which GNOME, Inkscape's previews and LibreOffice's
import lean on) renders the SVG there, and the picture must match the PNG export.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

import borderdesk.assets
from borderdesk.core.sample import SampleService
from borderdesk.gui.render import chart_file, figure_output, map_file

SIZE = (1280, 720)
FAR_OFF = 128  # of 255 in a channel: a pixel this far from the PNG's is a different mark
MOST_FAR_OFF = 0.004  # of the pixels: anti-aliasing and hinting differ, the marks must not

RSVG = shutil.which("rsvg-convert")
pytestmark = pytest.mark.skipif(RSVG is None, reason="rsvg-convert (librsvg2-bin) is missing")

Exporter = Callable[[Path, int, int], Path]


def export_chart(path: Path, width: int, height: int) -> Path:
    return chart_file.render_chart(SampleService().segment_series(), path, width, height, "kz-cn")


def export_map(path: Path, width: int, height: int) -> Path:
    return map_file.render_map(SampleService().border_map(), path, width, height, "kz-cn")


EXPORTERS = {"chart": export_chart, "map": export_map}


@pytest.fixture(scope="module")
def no_fonts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Return an environment whose fontconfig knows no font at all."""
    folder = tmp_path_factory.mktemp("no-fonts")
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "HOME": str(folder)}
    listed = subprocess.run(["fc-list"], env=env, capture_output=True, text=True, check=False)
    assert listed.stdout.strip() == "", "the font-less fontconfig still finds fonts"
    return env


def rendered(svg: Path, env: dict[str, str]) -> QImage:
    """Return the SVG as librsvg draws it at SIZE, on a machine without fonts."""
    out = svg.with_suffix(".rsvg.png")
    width, height = (str(n) for n in SIZE)
    command = [RSVG or "rsvg-convert", "-w", width, "-h", height, "-o", str(out), str(svg)]
    subprocess.run(command, env=env, check=True)
    return QImage(str(out)).convertToFormat(QImage.Format.Format_RGB32)


def far_off_share(first: QImage, second: QImage) -> float:
    """Return the share of pixels where the two pictures differ by FAR_OFF or more."""
    assert first.size() == second.size()
    width, height = first.width(), first.height()
    one, two = first.constBits(), second.constBits()  # BGRA bytes, row by row
    far = 0
    stride = first.bytesPerLine()
    for y in range(height):
        row = y * stride
        for x in range(0, width * 4, 4):
            at = row + x
            if (
                abs(one[at] - two[at]) >= FAR_OFF
                or abs(one[at + 1] - two[at + 1]) >= FAR_OFF
                or abs(one[at + 2] - two[at + 2]) >= FAR_OFF
            ):
                far += 1
    return far / (width * height)


@pytest.mark.parametrize("what", list(EXPORTERS))
def test_an_svg_looks_like_the_png_on_a_machine_without_the_font(
    qapp: QApplication, tmp_path: Path, no_fonts: dict[str, str], what: str
) -> None:
    export = EXPORTERS[what]
    png = export(tmp_path / f"{what}.png", *SIZE)
    svg = export(tmp_path / f"{what}.svg", *SIZE)

    assert b"<text" not in svg.read_bytes()
    picture = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    assert far_off_share(rendered(svg, no_fonts), picture) < MOST_FAR_OFF


def test_the_check_finds_text_a_viewer_sets_in_another_font(
    qapp: QApplication, tmp_path: Path, no_fonts: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt's own SVG, text left as text: without the font librsvg draws boxes, or nothing.
    monkeypatch.setattr(figure_output, "outline_text", lambda svg: svg)
    png = export_chart(tmp_path / "chart.png", *SIZE)
    svg = export_chart(tmp_path / "chart.svg", *SIZE)

    assert b"<text" in svg.read_bytes()
    picture = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    assert far_off_share(rendered(svg, no_fonts), picture) > 2 * MOST_FAR_OFF


@pytest.mark.parametrize("what", list(EXPORTERS))
def test_a_pdf_embeds_every_font_it_uses_as_a_subset(
    qapp: QApplication, tmp_path: Path, what: str
) -> None:
    pdf = EXPORTERS[what](tmp_path / f"{what}.pdf", *SIZE)
    listing = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    header = listing[0].split()
    fonts = listing[2:]  # under the header and its rule of dashes

    assert fonts, "the PDF uses no font"
    for line in fonts:
        columns = line.split()
        # name type [type…] encoding emb sub uni object ID: read "emb" from the right.
        assert columns[header.index("emb") - len(header)] == "yes", line
        assert "NotoSans" in columns[0], line
    # Each embedded font program holds the glyphs drawn, not the whole 2 MB font file.
    # (Qt does not tag subset names with "ABCDEF+", so pdffonts' "sub" column says no.)
    whole = (Path(borderdesk.assets.__file__).parent / "fonts" / "NotoSans.ttf").stat().st_size
    embedded = [int(n) for n in re.findall(rb"/Length1 (\d+)", pdf.read_bytes())]
    assert len(embedded) == len(fonts)
    assert all(0 < size < whole / 20 for size in embedded), (embedded, whole)
