"""Chart exports as a reader gets them: pixel sizes, legible lines, SVG and PDF that open."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QClipboard, QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from borderdesk.core.errors import ExportError
from borderdesk.core.format import chart_caption
from borderdesk.core.model import SegmentSeries
from borderdesk.core.sample import SampleService
from borderdesk.gui.render import chart_file as export
from borderdesk.gui.render import figure_output
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.views.chart_style import BAR_FILL, CHART_TITLE, HIGHLIGHT_FILL

NEIGHBOURS = ["Russia", "Uzbekistan", "China", "Kyrgyzstan", "Turkmenistan"]
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def series() -> SegmentSeries:
    """Return the article's lengths."""
    return SampleService().segment_series()


@pytest.fixture(scope="module")
def exported(
    qapp: QApplication, series: SegmentSeries, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Render each format once for the module (China highlighted)."""
    folder = tmp_path_factory.mktemp("exports")
    wanted = {
        "png-hd": ("chart.png", 1920, 1080),
        "png-4k": ("chart-4k.PNG", 3840, 2160),
        "svg": ("chart.svg", 1920, 1080),
        "pdf": ("chart.pdf", 1920, 1080),
    }
    return {
        key: export.render_chart(series, folder / name, width, height, "kz-cn")
        for key, (name, width, height) in wanted.items()
    }


def colours(image: QImage, step: int = 7) -> set[int]:
    """Return the distinct colours on a grid of sample points."""
    return {
        image.pixel(x, y)
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    }


def orange_row(image: QImage) -> tuple[int, int, int]:
    """Return (row, first x, last x) of the highlighted bar's fill, through its middle."""
    orange = QColor(HIGHLIGHT_FILL).rgb()
    spots = [
        (y, x)
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixel(x, y) == orange
    ]
    assert spots, "the highlighted bar's colour is missing"
    rows = sorted({y for y, _ in spots})
    row = rows[len(rows) // 2]
    xs = [x for x in range(image.width()) if image.pixel(x, row) == orange]
    return row, xs[0], xs[-1]


def outline_left_of(image: QImage, row: int, first: int, last: int) -> int:
    """Count dark pixels just left of the orange fill on a row (the bar's left outline)."""
    window = range(first - int((last - first) * 0.25), first)  # stays in the gap between bars
    return sum(1 for x in window if QColor(image.pixel(x, row)).lightness() < 80)


def baseline_thickness(image: QImage) -> int:
    """Count dark pixels down a column between two bars, around the bars' foot (the x axis)."""
    row, first, last = orange_row(image)
    orange = QColor(HIGHLIGHT_FILL).rgb()
    foot = row
    while image.pixel(first, foot + 1) == orange:
        foot += 1
    spacing = (last - first) / 0.62  # bars are 0.62 of the category spacing wide
    column = int((first + last) / 2 + spacing / 2)
    window = range(foot - int(spacing / 8), foot + int(spacing / 8))
    return sum(1 for y in window if QColor(image.pixel(column, y)).lightness() < 100)


def test_png_has_exactly_the_requested_size(exported: dict[str, Path]) -> None:
    assert QImage(str(exported["png-hd"])).size().toTuple() == (1920, 1080)
    assert QImage(str(exported["png-4k"])).size().toTuple() == (3840, 2160)


def test_png_shows_the_bars_and_the_highlight(exported: dict[str, Path]) -> None:
    image = QImage(str(exported["png-hd"]))
    found = colours(image)
    assert len(found) > 40  # anti-aliased text and lines, not a blank page
    assert QColor(HIGHLIGHT_FILL).rgb() in found
    assert QColor(BAR_FILL).rgb() in found


def test_png_carries_the_caption_as_metadata(
    exported: dict[str, Path], series: SegmentSeries
) -> None:
    image = QImage(str(exported["png-hd"]))
    assert image.text("Source") == chart_caption(series.source.ref, series.edition)
    assert image.text("Title") == CHART_TITLE


def test_4k_png_lines_scale_with_the_size(exported: dict[str, Path]) -> None:
    hd, uhd = QImage(str(exported["png-hd"])), QImage(str(exported["png-4k"]))
    hd_outline = outline_left_of(hd, *orange_row(hd))
    uhd_outline = outline_left_of(uhd, *orange_row(uhd))
    assert uhd_outline >= 8
    assert uhd_outline > hd_outline >= 4
    assert baseline_thickness(uhd) >= 3
    assert baseline_thickness(uhd) > baseline_thickness(hd) >= 2


def test_svg_is_valid_and_carries_names_and_caption(
    exported: dict[str, Path], series: SegmentSeries
) -> None:
    root = ET.parse(exported["svg"]).getroot()  # noqa: S314 - our own file
    assert root.tag == f"{SVG}svg"
    assert root.get("width")
    assert root.get("height")
    assert root.get("viewBox") == "0 0 1920 1080"
    assert root.findtext(f"{SVG}title") == CHART_TITLE
    caption = chart_caption(series.source.ref, series.edition)
    assert root.findtext(f"{SVG}desc") == caption
    # The words are drawn as outlines (test_export_outlines renders them), not as text that
    # a viewer without the font would set in another; each outline carries its words.
    assert list(root.iter(f"{SVG}text")) == []
    drawn = " ".join(p.get("aria-label", "") for p in root.iter(f"{SVG}path"))
    drawn = re.sub(r"\s+", " ", drawn)
    for name in NEIGHBOURS:
        assert name in drawn
    assert "6,846 km" in drawn
    assert CHART_TITLE in drawn
    assert "Guarding the Border" in drawn
    assert "BorderDesk dataset sample" in drawn


def test_pdf_is_vector_with_text(exported: dict[str, Path]) -> None:
    data = exported["pdf"].read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Font" in data
    assert b"/Subtype /Image" not in data  # no bitmap of the chart
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert box is not None
    assert float(box[1]) / float(box[2]) == pytest.approx(1920 / 1080, rel=0.01)
    text = subprocess.run(
        ["pdftotext", str(exported["pdf"]), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert all(name in text for name in NEIGHBOURS)
    assert "EdgeKz magazine" in text


def test_unknown_extension_is_refused(tmp_path: Path, series: SegmentSeries) -> None:
    with pytest.raises(ExportError, match="PNG, SVG, PDF") as caught:
        export.render_chart(series, tmp_path / "chart.jpg", 800, 600)
    assert caught.value.path == tmp_path / "chart.jpg"
    assert list(tmp_path.iterdir()) == []


def test_size_out_of_range_is_refused(tmp_path: Path, series: SegmentSeries) -> None:
    with pytest.raises(ExportError, match="size 100x100"):
        export.render_chart(series, tmp_path / "chart.png", 100, 100)


def test_missing_folder_is_named(tmp_path: Path, series: SegmentSeries) -> None:
    with pytest.raises(ExportError) as caught:
        export.render_chart(series, tmp_path / "nowhere" / "chart.png", 800, 600)
    assert caught.value.problem == "folder does not exist"
    assert list(tmp_path.iterdir()) == []


def test_a_file_in_place_of_the_folder_is_named(tmp_path: Path, series: SegmentSeries) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        export.render_chart(series, blocker / "chart.png", 800, 600)
    assert list(tmp_path.iterdir()) == [blocker]


def test_permission_denied_is_named(
    tmp_path: Path, series: SegmentSeries, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(**_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    # Tests run as root, for whom chmod 0o555 changes nothing: refuse at the OS call instead.
    monkeypatch.setattr("borderdesk.core.atomic.tempfile.mkstemp", refuse)
    with pytest.raises(ExportError) as caught:
        export.render_chart(series, tmp_path / "chart.png", 800, 600)
    assert caught.value.problem == "permission denied"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["chart.png", "chart.svg", "chart.pdf"])
@pytest.mark.parametrize(
    ("failure", "expected"),
    [(OSError(errno.ENOSPC, "No space left"), ExportError), (RuntimeError("bug"), RuntimeError)],
)
def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path,
    series: SegmentSeries,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    failure: Exception,
    expected: type[Exception],
) -> None:
    target = tmp_path / name
    target.write_bytes(b"the earlier export")
    real_write = os.write

    def fail_midway(handle: int, data: bytes) -> int:
        real_write(handle, bytes(data[:100]))  # some bytes reach the disk, then it is full
        raise failure

    monkeypatch.setattr("borderdesk.core.atomic.os.write", fail_midway)
    with pytest.raises(expected) as caught:
        export.render_chart(series, target, 320, 200)
    if isinstance(caught.value, ExportError):
        assert str(caught.value) == f"cannot write {target}: the disk is full"
    assert target.read_bytes() == b"the earlier export"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("name", ["chart.png", "chart.svg", "chart.pdf"])
def test_a_write_that_takes_nothing_is_a_full_disk(
    tmp_path: Path, series: SegmentSeries, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """POSIX lets a write on a full disk return 0 bytes instead of failing: never a success."""
    target = tmp_path / name
    target.write_bytes(b"the earlier export")
    monkeypatch.setattr("borderdesk.core.atomic.os.write", lambda _handle, _data: 0)
    with pytest.raises(ExportError, match="the disk is full"):
        export.render_chart(series, target, 320, 200)
    assert target.read_bytes() == b"the earlier export"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("name", ["chart.png", "chart.svg", "chart.pdf"])
def test_a_sync_that_fails_keeps_the_old_file(
    tmp_path: Path, series: SegmentSeries, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Some file systems refuse the data only when it is flushed: that is a failure too."""
    target = tmp_path / name
    target.write_bytes(b"the earlier export")

    def refuse(_handle: int) -> None:
        raise OSError(errno.EDQUOT, "Disk quota exceeded")

    monkeypatch.setattr("borderdesk.core.atomic.os.fsync", refuse)
    with pytest.raises(ExportError, match="the disk quota is exceeded"):
        export.render_chart(series, target, 320, 200)
    assert target.read_bytes() == b"the earlier export"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("name", ["chart.svg", "chart.pdf"])
def test_a_drawing_the_device_could_not_finish_is_not_written(
    tmp_path: Path, series: SegmentSeries, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A paint device that ends with an error leaves the earlier file, and says so."""
    target = tmp_path / name
    target.write_bytes(b"the earlier export")
    monkeypatch.setattr(figure_output.QPainter, "end", lambda _painter: False)
    with pytest.raises(ExportError, match="could not be finished"):
        export.render_chart(series, target, 320, 200)
    assert target.read_bytes() == b"the earlier export"
    assert list(tmp_path.iterdir()) == [target]


def test_replacing_a_file_keeps_its_permissions(tmp_path: Path, series: SegmentSeries) -> None:
    target = tmp_path / "chart.svg"
    target.write_text("old")
    target.chmod(0o640)
    export.render_chart(series, target, 640, 360)
    assert target.stat().st_mode & 0o777 == 0o640
    assert target.read_bytes().lstrip().startswith(b"<?xml")


@pytest.fixture
def chart(qtbot: QtBot, series: SegmentSeries) -> ChartPanel:
    """Return a chart panel (not shown) sized like a window's."""
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.set_series(series)
    panel.highlight("kz-cn")
    panel.resize(900, 560)
    return panel


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[QClipboard]:
    """Return the clipboard, emptied afterwards.

    Mime data left on the offscreen platform's clipboard crashes the interpreter at exit.
    """
    board = QGuiApplication.clipboard()
    yield board
    board.clear()


def test_copy_puts_an_image_and_svg_on_the_clipboard(
    chart: ChartPanel, clipboard: QClipboard
) -> None:
    export.copy_chart_to_clipboard(chart)
    mime = clipboard.mimeData()
    assert mime.hasImage()
    assert mime.hasFormat("image/png")
    assert mime.hasFormat("image/svg+xml")
    image = QImage.fromData(mime.data("image/png").data())
    assert image.size().toTuple() == (900, 560)
    assert QColor(HIGHLIGHT_FILL).rgb() in colours(image, 5)
    svg = ET.fromstring(mime.data("image/svg+xml").data())  # noqa: S314 - our own bytes
    assert svg.tag == f"{SVG}svg"


def test_copy_without_data_says_so(qtbot: QtBot) -> None:
    empty = ChartPanel()
    qtbot.addWidget(empty)
    with pytest.raises(ExportError, match="no data"):
        export.copy_chart_to_clipboard(empty)


def test_export_runs_headless_from_a_command_line(tmp_path: Path) -> None:
    target = tmp_path / "cli.png"
    code = (
        "import sys; from pathlib import Path;"
        "from borderdesk.gui.qtapp import ensure_application;"
        "ensure_application(headless=True);"
        "from borderdesk.core.sample import SampleService;"
        "from borderdesk.gui.render.chart_file import render_chart;"
        "render_chart(SampleService().segment_series(), Path(sys.argv[1]), 1280, 720)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-c", code, str(target)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no Qt warnings either
    assert QImage(str(target)).size().toTuple() == (1280, 720)
