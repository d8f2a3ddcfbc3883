"""The Export dialog for the chart and the map: preview, sizes, formats, themes, caption, copy."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from borderdesk.core.export_options import PRESETS, SizePreset
from borderdesk.core.model import SegmentSeries
from borderdesk.core.sample import SampleService
from borderdesk.gui.dialogs import export_dialog
from borderdesk.gui.dialogs.export_dialog import PREVIEW_DELAY_MS, ExportDialog
from borderdesk.gui.render.exportable import ChartExport, MapExport
from borderdesk.gui.render.map_file import map_look
from borderdesk.gui.settings import Settings
from borderdesk.gui.style.theme import CONTRAST, DARK, LIGHT, Theme
from borderdesk.gui.views.chart import ChartPanel
from tests.gui.boxes import MessageBoxes

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def series() -> SegmentSeries:
    """Return the CIA lengths (a source other than the default)."""
    return SampleService().segment_series("CIA2015")


@pytest.fixture
def panel(qtbot: QtBot, series: SegmentSeries) -> ChartPanel:
    """Return a chart panel 820x540 in size (not shown), Kyrgyzstan highlighted."""
    chart = ChartPanel()
    qtbot.addWidget(chart)
    chart.set_series(series)
    chart.highlight("kz-kg")
    chart.resize(820, 540)
    return chart


@pytest.fixture
def settings(settings_path: Path) -> Settings:
    """Return settings private to one test."""
    return Settings(settings_path)


@pytest.fixture
def dialog(
    qtbot: QtBot, series: SegmentSeries, panel: ChartPanel, settings: Settings
) -> ExportDialog:
    """Return the dialog on the chart (not shown)."""
    window = ExportDialog(ChartExport(series, panel), None, settings.export)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def map_dialog(qtbot: QtBot, settings: Settings) -> ExportDialog:
    """Return the dialog on the sample map, China's border marked."""
    service = SampleService()
    border_map = service.border_map()
    look = map_look(border_map, "kz-cn", ("KG",), "members of the SCO today")
    window = ExportDialog(MapExport(border_map, look, service.edition()), None, settings.export)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[QClipboard]:
    """Return the clipboard, emptied afterwards (data left there crashes the offscreen exit)."""
    board = QGuiApplication.clipboard()
    yield board
    board.clear()


def choose(dialog: ExportDialog, *, size: str = "", theme: str = "", fmt: str = "") -> None:
    """Pick a size preset, theme or format by its data."""
    for combo, data in (
        (dialog.size_combo, size),
        (dialog.theme_combo, theme),
        (dialog.format_combo, fmt),
    ):
        if data:
            index = combo.findData(data)
            assert index >= 0, data
            combo.setCurrentIndex(index)


def custom(dialog: ExportDialog, width: int, height: int) -> None:
    """Choose a custom size."""
    choose(dialog, size="custom")
    dialog.width_spin.setValue(width)
    dialog.height_spin.setValue(height)


def same_pixels(a: QImage, b: QImage) -> bool:
    """Tell whether two images hold the same pixels (whatever their metadata)."""
    rgb = QImage.Format.Format_RGB32
    return a.size() == b.size() and a.convertToFormat(rgb) == b.convertToFormat(rgb)


# Sizes and formats -------------------------------------------------------------------------


def test_the_presets_are_offered_in_order(dialog: ExportDialog) -> None:
    names = [dialog.size_combo.itemText(i) for i in range(dialog.size_combo.count())]
    assert names == [
        "Slide 1920×1080",
        "4K 3840×2160",
        "A4 portrait, 300 dpi",
        "A4 landscape, 300 dpi",
        "Window size (820 × 540)",
        "Custom",
    ]
    assert dialog.selected_size() == (1920, 1080)  # slides by default


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.key)
def test_each_preset_gives_its_pixel_size(
    dialog: ExportDialog, tmp_path: Path, preset: SizePreset
) -> None:
    choose(dialog, size=preset.key)
    assert dialog.selected_size() == preset.size
    assert (dialog.width_spin.value(), dialog.height_spin.value()) == preset.size
    assert not dialog.width_spin.isEnabled()
    png = dialog.export_to(tmp_path / "c.png")
    assert QImage(str(png)).size().toTuple() == preset.size


def test_the_a4_sizes_are_300_dpi_pages() -> None:
    sizes = {p.key: (p.size, p.paper) for p in PRESETS}
    portrait, paper = sizes["a4-portrait"]
    assert portrait == (2480, 3508)
    assert paper is not None
    assert (paper.size_mm, paper.dpi) == ((210.0, 297.0), 300)
    assert sizes["a4-landscape"][0] == (3508, 2480)


def test_window_size_and_custom_size(dialog: ExportDialog, tmp_path: Path) -> None:
    choose(dialog, size="window")
    assert dialog.selected_size() == (820, 540)
    assert QImage(str(dialog.export_to(tmp_path / "w.png"))).size().toTuple() == (820, 540)
    custom(dialog, 1600, 900)
    assert dialog.width_spin.isEnabled()
    assert dialog.height_spin.isEnabled()
    assert dialog.selected_size() == (1600, 900)
    assert dialog.selected_paper() is None


def test_each_format_by_its_magic_bytes(dialog: ExportDialog, tmp_path: Path) -> None:
    custom(dialog, 1000, 600)
    png = dialog.export_to(tmp_path / "c.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    svg = dialog.export_to(tmp_path / "c.svg")
    assert svg.read_bytes().lstrip().startswith(b"<?xml")
    assert ET.parse(svg).getroot().get("viewBox") == "0 0 1000 600"  # noqa: S314 - our file
    pdf = dialog.export_to(tmp_path / "c.pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert "Saved c.pdf (1000 × 600" in dialog.status_label.text()


def pdf_page_points(path: Path) -> tuple[float, float]:
    """Return the first page's size in points, as pdfinfo reads it."""
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    found = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert found is not None
    return float(found[1]), float(found[2])


@pytest.mark.parametrize(
    ("preset", "points"), [("a4-portrait", (595, 842)), ("a4-landscape", (842, 595))]
)
def test_an_a4_pdf_is_an_a4_page(
    dialog: ExportDialog, tmp_path: Path, preset: str, points: tuple[int, int]
) -> None:
    choose(dialog, size=preset, fmt=".pdf")
    assert "A4 page" in dialog.size_note.text()
    pdf = dialog.export_to(tmp_path / "a4.pdf")
    width, height = pdf_page_points(pdf)
    assert (round(width), round(height)) == points


def test_a_pixel_sized_pdf_keeps_the_image_shape(dialog: ExportDialog, tmp_path: Path) -> None:
    choose(dialog, size="slide")
    width, height = pdf_page_points(dialog.export_to(tmp_path / "slide.pdf"))
    assert (width, height) == pytest.approx((1440, 810), abs=1)  # 1920x1080 px at 96 dpi


def test_an_a4_png_carries_300_dpi(dialog: ExportDialog, tmp_path: Path) -> None:
    choose(dialog, size="a4-landscape")
    image = QImage(str(dialog.export_to(tmp_path / "a4.png")))
    assert image.dotsPerMeterX() == 11811
    assert image.dotsPerMeterY() == 11811
    choose(dialog, size="slide")
    assert QImage(str(dialog.export_to(tmp_path / "slide.png"))).dotsPerMeterX() != 11811


def test_choosing_a_format_changes_the_file_extension(dialog: ExportDialog) -> None:
    assert dialog.selected_path().name == "kazakhstan-borders-cia2015.png"
    choose(dialog, fmt=".svg")
    assert dialog.selected_path().name == "kazakhstan-borders-cia2015.svg"
    dialog.path_edit.setText("/tmp/chart")  # never written
    assert dialog.selected_path() == Path("/tmp/chart.svg")


def test_the_default_folder_is_pictures_or_home(dialog: ExportDialog) -> None:
    path = dialog.selected_path()
    assert path.parent == export_dialog.default_folder()
    assert path.parent.is_dir()
    assert dialog.export_button.isDefault()


def test_every_field_has_a_mnemonic_label(dialog: ExportDialog) -> None:
    form = dialog.findChild(QFormLayout)
    assert form is not None
    fields = (
        dialog.format_combo,
        dialog.size_combo,
        dialog.width_spin,
        dialog.height_spin,
        dialog.theme_combo,
        dialog.caption_check,
    )
    for field in fields:
        label = form.labelForField(field)
        assert isinstance(label, QLabel)
        assert "&" in label.text()
        assert label.buddy() is field
    buddies = [label.buddy() for label in dialog.findChildren(QLabel)]
    assert dialog.path_edit in buddies


# Preview ----------------------------------------------------------------------------------


def test_the_preview_is_the_png_file(dialog: ExportDialog, tmp_path: Path) -> None:
    custom(dialog, 900, 500)
    choose(dialog, theme="dark")
    dialog.caption_check.setChecked(False)
    dialog.render_preview()
    preview = dialog.preview_image
    assert preview is not None
    saved = QImage(str(dialog.export_to(tmp_path / "same.png")))
    assert same_pixels(preview, saved)


def test_the_map_preview_is_the_png_file(map_dialog: ExportDialog, tmp_path: Path) -> None:
    custom(map_dialog, 960, 600)
    choose(map_dialog, theme="contrast")
    map_dialog.render_preview()
    preview = map_dialog.preview_image
    assert preview is not None
    saved = QImage(str(map_dialog.export_to(tmp_path / "map.png")))
    assert same_pixels(preview, saved)


def test_the_preview_shows_the_whole_image_scaled_with_its_size(
    qtbot: QtBot, dialog: ExportDialog
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    choose(dialog, size="a4-portrait")
    dialog.render_preview()
    pixmap = dialog.preview_label.pixmap()
    room = dialog.preview_label.contentsRect()
    assert not pixmap.isNull()
    assert pixmap.width() <= room.width()
    assert pixmap.height() <= room.height()
    assert pixmap.width() / pixmap.height() == pytest.approx(2480 / 3508, abs=0.01)
    assert dialog.preview_size_label.text().startswith("2480 × 3508 px")
    assert "300 dpi" in dialog.preview_size_label.text()


def _stale(dialog: ExportDialog) -> bool:
    """Tell whether the preview is missing or not yet of the chosen size."""
    image = dialog.preview_image
    return image is None or image.size().toTuple() != dialog.selected_size()


def test_changes_redraw_the_preview_after_a_pause(qtbot: QtBot, dialog: ExportDialog) -> None:
    assert dialog.preview_timer.interval() == PREVIEW_DELAY_MS
    assert dialog.preview_timer.isSingleShot()
    custom(dialog, 640, 400)
    assert dialog.preview_timer.isActive()
    qtbot.waitUntil(lambda: dialog.selected_size() == (640, 400) and not _stale(dialog))
    first = dialog.preview_image
    assert first is not None
    assert first.size().toTuple() == (640, 400)
    dialog.preview_timer.stop()
    for change in (
        lambda: choose(dialog, theme="dark"),
        lambda: dialog.caption_check.setChecked(False),
        lambda: dialog.width_spin.setValue(700),
    ):
        change()
        assert dialog.preview_timer.isActive()
        dialog.preview_timer.stop()
    dialog.preview_timer.start()
    qtbot.waitUntil(lambda: dialog.preview_image is not first)
    redrawn = dialog.preview_image
    assert redrawn is not None
    assert redrawn.size().toTuple() == (700, 400)
    assert QApplication.overrideCursor() is None  # the busy cursor is gone again


def test_a_size_out_of_range_shows_no_preview(dialog: ExportDialog) -> None:
    custom(dialog, 7680, 4320)
    dialog.height_spin.setMaximum(9000)
    dialog.height_spin.setValue(9000)
    dialog.render_preview()
    assert dialog.preview_image is None
    assert dialog.preview_label.text().startswith("No preview: size 7680x9000")


# Theme and caption ------------------------------------------------------------------------


@pytest.mark.parametrize("theme", [LIGHT, DARK, CONTRAST], ids=lambda t: t.name)
def test_the_theme_is_the_exported_background(
    dialog: ExportDialog, map_dialog: ExportDialog, tmp_path: Path, theme: Theme
) -> None:
    for each in (dialog, map_dialog):
        custom(each, 640, 400)
        choose(each, theme=theme.name)
        image = QImage(str(each.export_to(tmp_path / f"{each.exportable.noun}.png")))
        # The chart's page, or the map's open sea in the corner: both in the theme.
        ground = theme.water if each is map_dialog else theme.background
        assert QColor(image.pixel(1, 1)).name() == ground.lower()


def test_light_is_the_default_theme(dialog: ExportDialog) -> None:
    assert dialog.selected_theme() is LIGHT
    assert dialog.caption_check.isChecked()


def svg_text(path: Path) -> str:
    """Return the text drawn in an SVG file, spaces collapsed."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    drawn = " ".join(t.get("aria-label", "") for t in root.iter(f"{SVG}path"))
    return re.sub(r"\s+", " ", drawn)


def test_without_the_caption_a_credit_line_remains(
    dialog: ExportDialog, series: SegmentSeries, tmp_path: Path
) -> None:
    custom(dialog, 1280, 720)
    full = "Central Intelligence Agency"
    assert full in svg_text(dialog.export_to(tmp_path / "with.svg"))
    dialog.caption_check.setChecked(False)
    drawn = svg_text(dialog.export_to(tmp_path / "without.svg"))
    assert f"Source: {series.source.ref.label} · BorderDesk dataset sample" in drawn
    assert full not in drawn
    png = QImage(str(dialog.export_to(tmp_path / "without.png")))
    assert full in png.text("Description")  # the full caption stays in the metadata
    pdf = dialog.export_to(tmp_path / "without.pdf")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert f"Source: {series.source.ref.label}" in text


def test_the_map_without_caption_still_names_its_source(
    map_dialog: ExportDialog, tmp_path: Path
) -> None:
    custom(map_dialog, 1280, 720)
    map_dialog.caption_check.setChecked(False)
    drawn = svg_text(map_dialog.export_to(tmp_path / "map.svg"))
    assert "Map data: Article (c. 2012) · BorderDesk dataset sample" in drawn


# Buttons, status, remembered choices ------------------------------------------------------


def test_export_button_writes_the_file_and_says_so(dialog: ExportDialog, tmp_path: Path) -> None:
    custom(dialog, 640, 400)
    dialog.path_edit.setText(str(tmp_path / "button"))
    dialog.export_button.click()
    assert QImage(str(tmp_path / "button.png")).size().toTuple() == (640, 400)
    assert dialog.status_label.text().startswith("Saved button.png (640 × 400")


def test_a_failed_export_names_the_file_and_the_problem(
    dialog: ExportDialog, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    target = tmp_path / "missing" / "<b>chart</b>.png"
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    shown = [f"{box.title}: {box.text}" for box in message_boxes.shown]
    assert len(shown) == 1
    assert message_boxes.shown[0].text_format == Qt.TextFormat.PlainText  # the name as typed
    assert str(target) in shown[0]
    assert "The chart could not be saved" in shown[0]
    assert "Folder does not exist" in shown[0]
    assert dialog.status_label.text() == "Not saved: folder does not exist"
    assert not target.parent.exists()


@pytest.mark.parametrize("which", ["dialog", "map_dialog"])
def test_copy_puts_bitmap_png_and_svg_on_the_clipboard(
    request: pytest.FixtureRequest, clipboard: QClipboard, which: str
) -> None:
    window: ExportDialog = request.getfixturevalue(which)
    custom(window, 640, 400)
    choose(window, theme="dark")
    window.copy_button.click()
    mime = clipboard.mimeData()
    assert mime.hasImage()
    assert mime.hasFormat("image/png")
    assert mime.hasFormat("image/svg+xml")
    png = QImage.fromData(mime.data("image/png").data())
    assert png.size().toTuple() == (640, 400)
    ground = DARK.water if which == "map_dialog" else DARK.background  # the map's corner: sea
    assert QColor(png.pixel(1, 1)).name() == ground.lower()
    svg = ET.fromstring(mime.data("image/svg+xml").data())  # noqa: S314 - our own bytes
    assert svg.tag == f"{SVG}svg"
    assert svg.findtext(f"{SVG}title")
    assert "Copied the" in window.status_label.text()


def test_the_choices_are_remembered(
    qtbot: QtBot, dialog: ExportDialog, series: SegmentSeries, settings: Settings, tmp_path: Path
) -> None:
    choose(dialog, size="a4-landscape", theme="contrast", fmt=".pdf")
    dialog.caption_check.setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "print.pdf"))
    dialog.export_button.click()
    assert (tmp_path / "print.pdf").exists()
    settings.sync()

    again = ExportDialog(ChartExport(series), None, Settings(settings.path).export)
    qtbot.addWidget(again)
    assert again.size_combo.currentData() == "a4-landscape"
    assert again.format_combo.currentData() == ".pdf"
    assert again.selected_theme() is CONTRAST
    assert not again.caption_check.isChecked()
    assert again.selected_path() == tmp_path / "kazakhstan-borders-cia2015.pdf"


def test_garbled_choices_fall_back_to_defaults(
    qtbot: QtBot, series: SegmentSeries, settings: Settings
) -> None:
    for name in ("preset", "format", "theme", "folder", "custom_size"):
        settings.export.set(name, "nonsense")
    window = ExportDialog(ChartExport(series), None, settings.export)
    qtbot.addWidget(window)
    assert window.selected_size() == (1920, 1080)
    assert window.format_combo.currentData() == ".png"
    assert window.selected_theme() is LIGHT
    assert window.selected_path().parent == export_dialog.default_folder()


@pytest.mark.parametrize("garbled", ["²x²", "99999999999x1080", "2000x-5", "1x1", "2000×1500"])
def test_a_garbled_custom_size_is_ignored_and_a_good_one_kept(
    qtbot: QtBot, series: SegmentSeries, settings: Settings, garbled: str
) -> None:
    settings.export.set("preset", "custom")
    unset = ExportDialog(ChartExport(series), None, settings.export)
    qtbot.addWidget(unset)
    settings.export.set("custom_size", garbled)
    window = ExportDialog(ChartExport(series), None, settings.export)  # opens at all
    qtbot.addWidget(window)
    assert window.selected_size() == unset.selected_size()  # as if none was remembered

    settings.export.set("custom_size", "2000x1500")
    again = ExportDialog(ChartExport(series), None, settings.export)
    qtbot.addWidget(again)
    assert again.selected_size() == (2000, 1500)


def test_the_map_dialog_names_the_map(map_dialog: ExportDialog) -> None:
    assert map_dialog.windowTitle() == "Export map"
    assert map_dialog.selected_path().name == "kazakhstan-borders-map-kz-cn.png"
    assert map_dialog.size_combo.itemText(4) == "Window size (1920 × 1080)"
