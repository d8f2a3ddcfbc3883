"""The Export chart dialog: what it writes, where by default, and what it says on failure."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.model import SegmentSeries
from borderdesk.core.sample import SampleService
from borderdesk.gui.views import export_dialog
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.views.export_dialog import ExportDialog


@pytest.fixture
def series() -> SegmentSeries:
    """Return the CIA lengths (a source other than the default)."""
    return SampleService().segment_series("CIA2015")


@pytest.fixture
def dialog(qtbot: QtBot, series: SegmentSeries) -> ExportDialog:
    """Return the dialog over a chart panel 820x540 in size (not shown)."""
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.set_series(series)
    panel.highlight("kz-kg")
    panel.resize(820, 540)
    window = ExportDialog(series, panel)
    qtbot.addWidget(window)
    return window


def svg_size(path: Path) -> str | None:
    """Return an SVG file's viewBox."""
    return ET.parse(path).getroot().get("viewBox")  # noqa: S314 - our own file


def pdf_aspect(path: Path) -> float:
    """Return a PDF page's width / height."""
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", path.read_bytes())
    assert box is not None
    return float(box[1]) / float(box[2])


def test_export_to_writes_each_format_at_the_chosen_size(
    dialog: ExportDialog, tmp_path: Path
) -> None:
    png = dialog.export_to(tmp_path / "c.png", (1000, 600))
    assert QImage(str(png)).size().toTuple() == (1000, 600)
    svg = dialog.export_to(tmp_path / "c.svg", (1000, 600))
    assert svg_size(svg) == "0 0 1000 600"
    pdf = dialog.export_to(tmp_path / "c.pdf", (1000, 600))
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf_aspect(pdf) == pytest.approx(1000 / 600, rel=0.01)
    assert "Saved c.pdf (1000x600" in dialog.status_label.text()


def test_window_size_is_the_chart_panel_size(dialog: ExportDialog, tmp_path: Path) -> None:
    assert dialog.selected_size() is None
    assert dialog.size_combo.currentText() == "Window size (820x540)"
    png = dialog.export_to(tmp_path / "w.png", None)
    assert QImage(str(png)).size().toTuple() == (820, 540)


def test_defaults_name_the_source_in_pictures_or_home(dialog: ExportDialog) -> None:
    path = dialog.selected_path()
    assert path.name == "kazakhstan-borders-cia2015.png"
    assert path.parent == export_dialog.default_folder()
    assert path.parent.is_dir()
    assert dialog.export_button.isDefault()


def test_presets_and_custom_size(dialog: ExportDialog) -> None:
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("4K 3840x2160"))
    assert dialog.selected_size() == (3840, 2160)
    assert not dialog.width_spin.isEnabled()
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("Custom"))
    assert dialog.width_spin.isEnabled()
    assert dialog.height_spin.isEnabled()
    dialog.width_spin.setValue(1600)
    dialog.height_spin.setValue(900)
    assert dialog.selected_size() == (1600, 900)


def test_choosing_a_format_changes_the_file_extension(dialog: ExportDialog) -> None:
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".svg"))
    assert dialog.selected_path().name == "kazakhstan-borders-cia2015.svg"
    dialog.path_edit.setText("/tmp/chart")  # never written
    assert dialog.selected_path() == Path("/tmp/chart.svg")


def test_every_field_has_a_mnemonic_label(dialog: ExportDialog) -> None:
    form = dialog.findChild(QFormLayout)
    assert form is not None
    for field in (dialog.format_combo, dialog.size_combo, dialog.width_spin, dialog.height_spin):
        label = form.labelForField(field)
        assert isinstance(label, QLabel)
        assert "&" in label.text()
        assert label.buddy() is field
    buddies = [label.buddy() for label in dialog.findChildren(QLabel)]
    assert dialog.path_edit in buddies


def test_export_button_writes_the_file_and_says_so(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("Custom"))
    dialog.width_spin.setValue(640)
    dialog.height_spin.setValue(400)
    dialog.path_edit.setText(str(tmp_path / "button"))
    dialog.export_button.click()
    assert QImage(str(tmp_path / "button.png")).size().toTuple() == (640, 400)
    assert dialog.status_label.text().startswith("Saved button.png (640x400")


def test_a_failed_export_names_the_file_and_the_problem(
    dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def warning(_parent: QWidget, title: str, text: str) -> None:
        shown.append(f"{title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", warning)
    target = tmp_path / "missing" / "chart.png"
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    assert len(shown) == 1
    assert str(target) in shown[0]
    assert "Folder does not exist" in shown[0]
    assert dialog.status_label.text() == "Not saved: folder does not exist"
    assert not target.parent.exists()
