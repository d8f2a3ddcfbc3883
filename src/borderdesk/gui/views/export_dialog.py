"""The Export chart dialog: format, size and file, then one Export button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import ExportError
from borderdesk.core.pages import ChartView
from borderdesk.gui.export import FORMATS, SIZE_PRESETS, render_chart, view_slug
from borderdesk.gui.export_files import MAX_SIZE, MIN_SIZE
from borderdesk.gui.views.chart import ChartPanel

_FORMAT_NAMES = {".png": "PNG image", ".svg": "SVG drawing", ".pdf": "PDF document"}
_CUSTOM = "Custom"


def default_folder() -> Path:
    """Return the user's Pictures folder, or home when there is none."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(pictures) if pictures and Path(pictures).is_dir() else Path.home()


class ExportDialog(QDialog):
    """Export the chart shown to a PNG, SVG or PDF file at a chosen size."""

    def __init__(
        self, series: ChartView, chart_panel: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export chart")
        self._series = series
        self._panel = chart_panel
        self._build_ui()
        self._connect_signals()
        self._on_size_combo_changed(0)

    def _build_ui(self) -> None:
        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("exportFormat")
        for suffix, name in _FORMAT_NAMES.items():
            self.format_combo.addItem(f"{name} ({suffix})", suffix)
        self.size_combo = QComboBox(self)
        self.size_combo.setObjectName("exportSize")
        for name in SIZE_PRESETS:
            self.size_combo.addItem(name, name)
        self.size_combo.setItemText(0, f"Window size ({self._window_size_text()})")
        self.size_combo.addItem(_CUSTOM, _CUSTOM)
        self.width_spin = self._spin("exportWidth", MIN_SIZE[0], MAX_SIZE[0])
        self.height_spin = self._spin("exportHeight", MIN_SIZE[1], MAX_SIZE[1])
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        name = f"kazakhstan-borders-{view_slug(self._series)}.png"
        self.path_edit.setText(str(default_folder() / name))
        self.browse_button = QPushButton("&Browse…", self)
        self.browse_button.setAutoDefault(False)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow("&Format:", self.format_combo)
        form.addRow("Si&ze:", self.size_combo)
        form.addRow("&Width:", self.width_spin)
        form.addRow("&Height:", self.height_spin)
        path_label = QLabel("&File:", self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            "&Export", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(" px")
        spin.setAccelerated(True)
        return spin

    def _connect_signals(self) -> None:
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.size_combo.currentIndexChanged.connect(self._on_size_combo_changed)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self.reject)

    # -- what the dialog would do -------------------------------------------------------

    def window_size(self) -> tuple[int, int]:
        """Return the chart panel's current size, within the sizes an export allows."""
        size = self._panel.size()
        width = min(max(size.width(), MIN_SIZE[0]), MAX_SIZE[0])
        height = min(max(size.height(), MIN_SIZE[1]), MAX_SIZE[1])
        return width, height

    def selected_size(self) -> tuple[int, int] | None:
        """Return the chosen size; None means the window's size."""
        choice = self.size_combo.currentData()
        if choice == _CUSTOM:
            return self.width_spin.value(), self.height_spin.value()
        return SIZE_PRESETS.get(str(choice))

    def selected_path(self) -> Path:
        """Return the file to write, with the chosen format's extension when it has none."""
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() not in FORMATS:
            path = path.with_name(path.name + str(self.format_combo.currentData()))
        return path

    def export_to(self, path: Path, size: tuple[int, int] | None) -> Path:
        """Write the chart to path (format by extension) at size or the window's size."""
        width, height = size if size is not None else self.window_size()
        highlight = self._panel.highlighted_key() if isinstance(self._panel, ChartPanel) else None
        written = render_chart(self._series, Path(path), width, height, highlight)
        kib = max(1, round(written.stat().st_size / 1024))
        self.status_label.setText(
            f"Saved {written.name} ({width}x{height}, {kib} KB) in {written.parent}"
        )
        return written

    # -- slots ----------------------------------------------------------------------------

    def _window_size_text(self) -> str:
        width, height = self.window_size()
        return f"{width}x{height}"

    def _on_format_combo_changed(self, _index: int) -> None:
        suffix = str(self.format_combo.currentData())
        path = Path(self.path_edit.text().strip())
        if path.name:
            self.path_edit.setText(str(path.with_suffix(suffix)))

    def _on_size_combo_changed(self, _index: int) -> None:
        custom = self.size_combo.currentData() == _CUSTOM
        if not custom:
            width, height = self.selected_size() or self.window_size()
            self.width_spin.setValue(width)
            self.height_spin.setValue(height)
        self.width_spin.setEnabled(custom)
        self.height_spin.setEnabled(custom)

    def _on_browse_clicked(self) -> None:
        filters = ";;".join(f"{name} (*{suffix})" for suffix, name in _FORMAT_NAMES.items())
        suffix = str(self.format_combo.currentData())
        name, _filter = QFileDialog.getSaveFileName(
            self,
            "Export chart",
            self.path_edit.text(),
            filters,
            f"{_FORMAT_NAMES[suffix]} (*{suffix})",
        )
        if name:
            self.path_edit.setText(name)
            index = self.format_combo.findData(Path(name).suffix.lower())
            if index >= 0:
                self.format_combo.setCurrentIndex(index)

    def _on_export_clicked(self) -> None:
        path = self.selected_path()
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.export_to(path, self.selected_size())
            finally:
                QApplication.restoreOverrideCursor()
        except ExportError as exc:
            self.status_label.setText(f"Not saved: {exc.problem}")
            QMessageBox.warning(
                self,
                "Export failed",
                f"The chart could not be saved as\n{exc.path}\n\n{exc.problem.capitalize()}.",
            )
