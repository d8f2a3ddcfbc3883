"""The Export dialog, for the chart and the map alike: a live preview, size, format, theme,
caption, file, then Export or Copy to clipboard.

The preview is the real image: it is drawn off screen at the chosen size by the same code
that writes the PNG file, and shown scaled to fit, never cropped, with its pixel size under
it. It is redrawn a moment (``PREVIEW_DELAY_MS``) after the size, theme or caption last
changed, so typing a width does not draw every digit. The choices are remembered
(``Settings.export``) for the next export.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.errors import ExportError
from borderdesk.core.export_options import DEFAULT_PRESET, PRESETS, Paper, preset_named
from borderdesk.core.format import format_number
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.gui.plain import plain_label, warn
from borderdesk.gui.render.export_files import FORMATS, MAX_SIZE, MIN_SIZE
from borderdesk.gui.render.exportable import Exportable, ExportOptions
from borderdesk.gui.settings import ExportChoices
from borderdesk.gui.style.theme import DEFAULT_THEME, THEMES, Theme

PREVIEW_DELAY_MS = 200
PREVIEW_SIZE = QSize(560, 400)  # the preview's starting room; it grows with the dialog
WINDOW = "window"
CUSTOM = "custom"
_CUSTOM_SIZE = re.compile(r"([0-9]{1,6})x([0-9]{1,6})")
_FORMAT_NAMES = {
    ".png": QT_TRANSLATE_NOOP("ExportDialog", "PNG image"),
    ".svg": QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing"),
    ".pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF document"),
}


def format_name(suffix: str) -> str:
    """Return a format's name in the interface language: ``PNG image``."""
    return translate("ExportDialog", _FORMAT_NAMES[suffix])


def default_folder() -> Path:
    """Return the user's Pictures folder, or home when there is none."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return Path(pictures) if pictures and Path(pictures).is_dir() else Path.home()


def size_text(width: int, height: int) -> str:
    """Return ``1920 × 1080``."""
    return f"{width} × {height}"


class ExportDialog(QDialog):
    """Export the chart or the map to PNG, SVG or PDF, or copy it, seeing what it will be."""

    def __init__(
        self,
        exportable: Exportable,
        parent: QWidget | None = None,
        choices: ExportChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self._exportable = exportable
        self._is_map = exportable.noun == "map"
        self._choices = choices
        self._preview: QImage | None = None
        self._preview_options: ExportOptions | None = None
        self._rendering = False
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._build_ui()
        self._retranslate()
        self._restore_choices()
        self._connect_signals()
        self._on_size_combo_changed(self.size_combo.currentIndex())
        self._update_size_note()
        self.schedule_preview()

    # -- building -------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.preview_label = plain_label("", self, name="exportPreview")  # or why there is none
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_label.setMinimumSize(PREVIEW_SIZE / 2)
        self.preview_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview_label.setStyleSheet("#exportPreview { background: palette(mid); }")
        self.preview_size_label = plain_label("", self, name="exportPreviewSize")
        self.preview_size_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        preview = QVBoxLayout()
        preview.addWidget(self.preview_label, 1)
        preview.addWidget(self.preview_size_label)

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("exportFormat")
        for suffix in _FORMAT_NAMES:
            self.format_combo.addItem("", suffix)
        self.size_combo = QComboBox(self)
        self.size_combo.setObjectName("exportSize")
        for preset in PRESETS:
            self.size_combo.addItem("", preset.key)
        self.size_combo.addItem("", WINDOW)
        self.size_combo.addItem("", CUSTOM)
        self.width_spin = self._spin("exportWidth", MIN_SIZE[0], MAX_SIZE[0])
        self.height_spin = self._spin("exportHeight", MIN_SIZE[1], MAX_SIZE[1])
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("exportTheme")
        for theme in THEMES.values():
            self.theme_combo.addItem("", theme.name)
        self.caption_check = QCheckBox(self)
        self.caption_check.setObjectName("exportCaption")
        self.caption_check.setChecked(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.browse_button = QPushButton(self)
        self.browse_button.setAutoDefault(False)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        for key, field in (
            ("format", self.format_combo),
            ("size", self.size_combo),
            ("width", self.width_spin),
            ("height", self.height_spin),
            ("theme", self.theme_combo),
            ("caption", self.caption_check),
            ("file", self.path_edit),
        ):
            label = plain_label("", self)
            label.setBuddy(field)
            self.form_labels[key] = label
            form.addRow(label, path_row if field is self.path_edit else field)
        self.size_note = plain_label("", self, name="exportSizeNote")
        self.size_note.setWordWrap(True)
        form.addRow("", self.size_note)

        self.status_label = plain_label("", self, name="exportStatus")  # it names files
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Made here and added: the dialog keeps living wrappers to retitle them.
        self.copy_button = QPushButton(self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("exportCopyButton")
        self.copy_button.setAutoDefault(False)
        self.export_button = QPushButton(self)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)

        body = QHBoxLayout()
        body.addLayout(preview, 3)
        body.addLayout(form, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.resize(1000, 560)

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setAccelerated(True)
        return spin

    def _say(self, chart: str, map_text: str) -> str:
        """Return the sentence about the map when the map is exported, else the chart's."""
        return map_text if self._is_map else chart

    def _retranslate(self) -> None:
        """Put every text of the dialog in the interface language."""
        self.setWindowTitle(self._say(self.tr("Export chart"), self.tr("Export map")))
        self.preview_label.setAccessibleName(
            self._say(
                self.tr("Preview of the exported chart"), self.tr("Preview of the exported map")
            )
        )
        for index, suffix in enumerate(_FORMAT_NAMES):
            self.format_combo.setItemText(index, f"{format_name(suffix)} ({suffix})")
        for index, preset in enumerate(PRESETS):
            self.size_combo.setItemText(index, preset.title)
        width, height = self._exportable.window_size()
        self.size_combo.setItemText(
            len(PRESETS), self.tr("Window size ({size})").format(size=size_text(width, height))
        )
        self.size_combo.setItemText(len(PRESETS) + 1, self.tr("Custom"))
        for spin in (self.width_spin, self.height_spin):
            spin.setSuffix(" " + self.tr("px"))
        for index, theme in enumerate(THEMES.values()):
            self.theme_combo.setItemText(index, theme.title)
        self.caption_check.setText(self.tr("Full caption under the figure"))
        self.caption_check.setToolTip(
            self.tr(
                "Off: one line still names the sources and the dataset edition;"
                " the full caption stays in the file's metadata."
            )
        )
        self.browse_button.setText(self.tr("&Browse…"))
        for key, text in (
            ("format", self.tr("&Format:")),
            ("size", self.tr("Si&ze:")),
            ("width", self.tr("&Width:")),
            ("height", self.tr("&Height:")),
            ("theme", self.tr("&Theme:")),
            ("caption", self.tr("&Caption:")),
            ("file", self.tr("&File:")),
        ):
            self.form_labels[key].setText(text)
        self.copy_button.setText(self.tr("Co&py to clipboard"))
        self.export_button.setText(self.tr("&Export"))
        self._update_size_note()
        self._show_preview()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate every text when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.size_combo.currentIndexChanged.connect(self._on_size_combo_changed)
        self.width_spin.valueChanged.connect(self.schedule_preview)
        self.height_spin.valueChanged.connect(self.schedule_preview)
        self.theme_combo.currentIndexChanged.connect(self.schedule_preview)
        self.caption_check.toggled.connect(self.schedule_preview)
        self.preview_timer.timeout.connect(self.render_preview)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self.reject)

    # -- remembered choices ---------------------------------------------------------------

    def _restore_choices(self) -> None:
        choices = self._choices
        preset = choices.get("preset", DEFAULT_PRESET.key) if choices else DEFAULT_PRESET.key
        suffix = choices.get("format", ".png") if choices else ".png"
        theme = choices.get("theme", DEFAULT_THEME.name) if choices else DEFAULT_THEME.name
        _select(self.size_combo, preset)
        _select(self.format_combo, suffix)
        _select(self.theme_combo, theme)
        if choices is not None:
            self.caption_check.setChecked(choices.caption)
            self._restore_custom_size(choices.get("custom_size", ""))
        remembered = choices.get("folder", "") if choices else ""
        folder = Path(remembered) if remembered else default_folder()
        if not folder.is_absolute() or not folder.is_dir():
            folder = default_folder()
        suffix = str(self.format_combo.currentData())
        self.path_edit.setText(str(folder / f"{self._exportable.default_stem}{suffix}"))

    def _restore_custom_size(self, text: str) -> None:
        """Set the custom size remembered as ``WxH``, if it is one the spin boxes can hold.

        Only ASCII digits count ("²" passes ``isdigit()`` but not ``int()``), and a number
        past the spin boxes' range (one past 2**31 overflows them) is no size.
        """
        size = _CUSTOM_SIZE.fullmatch(text)
        if size is None:
            return
        width, height = int(size.group(1)), int(size.group(2))
        spins = ((self.width_spin, width), (self.height_spin, height))
        if all(spin.minimum() <= value <= spin.maximum() for spin, value in spins):
            self.width_spin.setValue(width)
            self.height_spin.setValue(height)

    def _remember_choices(self, folder: Path | None = None) -> None:
        choices = self._choices
        if choices is None:
            return
        choices.set("preset", str(self.size_combo.currentData()))
        choices.set("format", str(self.format_combo.currentData()))
        choices.set("theme", self.selected_theme().name)
        choices.caption = self.caption_check.isChecked()
        if self.size_combo.currentData() == CUSTOM:
            choices.set("custom_size", f"{self.width_spin.value()}x{self.height_spin.value()}")
        if folder is not None:
            choices.set("folder", str(folder))

    # -- what the dialog would do -------------------------------------------------------

    @property
    def exportable(self) -> Exportable:
        """Return what the dialog exports."""
        return self._exportable

    @property
    def preview_image(self) -> QImage | None:
        """Return the full-size image the preview shows (None before it is drawn)."""
        return self._preview

    def selected_size(self) -> tuple[int, int]:
        """Return the chosen size in pixels (a preset's, the window's, or the custom one)."""
        choice = str(self.size_combo.currentData())
        if choice == CUSTOM:
            return self.width_spin.value(), self.height_spin.value()
        if choice == WINDOW:
            return self._exportable.window_size()
        return preset_named(choice).size

    def selected_paper(self) -> Paper | None:
        """Return the printed page of an A4 preset, else None."""
        choice = str(self.size_combo.currentData())
        return None if choice in (CUSTOM, WINDOW) else preset_named(choice).paper

    def selected_theme(self) -> Theme:
        """Return the theme to export in."""
        return THEMES.get(str(self.theme_combo.currentData()), DEFAULT_THEME)

    def selected_options(self) -> ExportOptions:
        """Return everything the export is drawn with."""
        width, height = self.selected_size()
        return ExportOptions(
            width,
            height,
            theme=self.selected_theme(),
            caption=self.caption_check.isChecked(),
            paper=self.selected_paper(),
        )

    def selected_path(self) -> Path:
        """Return the file to write, with the chosen format's extension when it has none."""
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.suffix.lower() not in FORMATS:
            path = path.with_name(path.name + str(self.format_combo.currentData()))
        return path

    def export_to(self, path: Path, options: ExportOptions | None = None) -> Path:
        """Write to path (format by extension) with the options (the chosen ones by default)."""
        options = options or self.selected_options()
        written = self._exportable.write(Path(path), options)
        kib = max(1, round(written.stat().st_size / 1024))
        size = size_text(options.width, options.height)
        self.status_label.setText(
            self.tr("Saved {file} ({size}, {kib} KB) in {folder}").format(
                file=written.name, size=size, kib=format_number(kib), folder=written.parent
            )
        )
        return written

    def copy_to_clipboard(self) -> QImage:
        """Put the export, as the preview shows it, on the clipboard; return the bitmap."""
        options = self.selected_options()
        image = self._exportable.copy(options)
        size = size_text(options.width, options.height)
        self.status_label.setText(
            self._say(
                self.tr("Copied the chart ({size}) to the clipboard as an image and SVG."),
                self.tr("Copied the map ({size}) to the clipboard as an image and SVG."),
            ).format(size=size)
        )
        return image

    # -- preview --------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        """Redraw the preview once the choices have stopped changing for a moment."""
        self.preview_timer.start()

    def render_preview(self) -> None:
        """Draw the export at its full size off screen and show it scaled to fit."""
        if self._rendering:  # a change came in while drawing: draw again afterwards
            self.schedule_preview()
            return
        options = self.selected_options()
        self._rendering = True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            image = self._exportable.image(options)
        except ExportError as exc:
            self._preview = None
            self._preview_options = None
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(self.tr("No preview: {reason}").format(reason=exc.problem))
            self.preview_size_label.setText("")
            return
        finally:
            QApplication.restoreOverrideCursor()
            self._rendering = False
        self._preview = image
        self._preview_options = options
        self._show_preview()

    def _show_preview(self) -> None:
        image, options = self._preview, self._preview_options
        if image is None or options is None:
            return
        room = self.preview_label.contentsRect().size()
        pixmap = QPixmap.fromImage(image).scaled(
            room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.preview_label.setPixmap(pixmap)
        self.preview_size_label.setText(self._size_caption(options))

    def _size_caption(self, options: ExportOptions) -> str:
        text = self.tr("{size} px · {theme}").format(
            size=size_text(options.width, options.height), theme=options.theme.title
        )
        paper = options.paper
        if paper is not None:
            width_mm, height_mm = (round(side) for side in paper.size_mm)
            text += " · " + self.tr("{width} × {height} mm at {dpi} dpi").format(
                width=width_mm, height=height_mm, dpi=paper.dpi
            )
        return text

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fit the preview to its new room (no redraw of the export)."""
        super().resizeEvent(event)
        self._show_preview()

    # -- slots ----------------------------------------------------------------------------

    def _on_format_combo_changed(self, _index: int) -> None:
        suffix = str(self.format_combo.currentData())
        path = Path(self.path_edit.text().strip())
        if path.name:
            self.path_edit.setText(str(path.with_suffix(suffix)))
        self._update_size_note()

    def _on_size_combo_changed(self, _index: int) -> None:
        custom = self.size_combo.currentData() == CUSTOM
        if not custom:
            width, height = self.selected_size()
            self.width_spin.setValue(width)
            self.height_spin.setValue(height)
        self.width_spin.setEnabled(custom)
        self.height_spin.setEnabled(custom)
        self._update_size_note()
        self.schedule_preview()

    def _update_size_note(self) -> None:
        """Say what the size means for the chosen format (a PDF's page, a PNG's resolution)."""
        paper = self.selected_paper()
        suffix = str(self.format_combo.currentData())
        note = ""
        if suffix == ".pdf" and paper is not None:
            width_mm, height_mm = (round(side) for side in paper.size_mm)
            note = self.tr("The PDF page is an A4 page, {width} × {height} mm.").format(
                width=width_mm, height=height_mm
            )
        elif suffix == ".pdf":
            note = self.tr("The PDF page has the image's own shape, at 96 dpi.")
        elif suffix == ".png" and paper is not None:
            note = self.tr("The PNG file is marked {dpi} dpi, to print at A4 size.").format(
                dpi=paper.dpi
            )
        self.size_note.setText(note)

    def _on_browse_clicked(self) -> None:
        filters = ";;".join(f"{format_name(suffix)} (*{suffix})" for suffix in _FORMAT_NAMES)
        suffix = str(self.format_combo.currentData())
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self._say(self.tr("Export chart"), self.tr("Export map")),
            self.path_edit.text(),
            filters,
            f"{format_name(suffix)} (*{suffix})",
        )
        if name:
            self.path_edit.setText(name)
            index = self.format_combo.findData(Path(name).suffix.lower())
            if index >= 0:
                self.format_combo.setCurrentIndex(index)

    def _on_copy_clicked(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.copy_to_clipboard()
        except ExportError as exc:
            self.status_label.setText(self.tr("Not copied: {reason}").format(reason=exc.problem))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._remember_choices()

    def _on_export_clicked(self) -> None:
        path = self.selected_path()
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.export_to(path)
            finally:
                QApplication.restoreOverrideCursor()
        except ExportError as exc:
            self.status_label.setText(self.tr("Not saved: {reason}").format(reason=exc.problem))
            warn(
                self,
                self.tr("Export failed"),
                self._say(
                    self.tr("The chart could not be saved as\n{file}\n\n{reason}."),
                    self.tr("The map could not be saved as\n{file}\n\n{reason}."),
                ).format(file=exc.path, reason=exc.problem[:1].upper() + exc.problem[1:]),
            )
            return
        self._remember_choices(path.parent)


def _select(combo: QComboBox, data: str) -> None:
    """Select the combo box entry carrying data (the first entry when none does)."""
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))
