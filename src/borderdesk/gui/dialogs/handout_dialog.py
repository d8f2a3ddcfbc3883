"""The Handout dialog: pick a border or organisation (or all), the paper, see the page, then
print it or save it as PDF."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QSize, QStandardPaths, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk import __version__
from borderdesk.core.errors import CancelledError, ExportError
from borderdesk.core.format import format_number
from borderdesk.core.handout import (
    HANDOUT_KINDS,
    HandoutSet,
    NoteLookup,
    file_name,
    handout_book,
    handout_choices,
    nearest_handout,
)
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted, translate
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.paper import PaperSize, paper_for_territory
from borderdesk.core.service import ReferenceService
from borderdesk.gui.dialogs.progress import PagesProgress
from borderdesk.gui.plain import plain_label, plain_tip, warn
from borderdesk.gui.render.handout import HandoutRenderer
from borderdesk.gui.render.handout_output import (
    paper_of_printer,
    prepare_printer,
    print_handouts,
    render_handouts,
)

PREVIEW_WIDTH = 400  # px: the page's width in the dialog
# What a selected item is, in the note saying it has no handout of its own.
KIND_NAMES = {
    ItemKind.OVERVIEW: QT_TRANSLATE_NOOP("HandoutDialog", "overview"),
    ItemKind.TOPIC: QT_TRANSLATE_NOOP("HandoutDialog", "topic"),
    ItemKind.PERSON: QT_TRANSLATE_NOOP("HandoutDialog", "person"),
    ItemKind.EVENT: QT_TRANSLATE_NOOP("HandoutDialog", "event"),
    ItemKind.SOURCE: QT_TRANSLATE_NOOP("HandoutDialog", "source"),
    ItemKind.COMPARISON: QT_TRANSLATE_NOOP("HandoutDialog", "comparison"),
    ItemKind.TIMELINE: QT_TRANSLATE_NOOP("HandoutDialog", "timeline"),
}
CHOICES_WIDTH = 330  # px: the column of choices left of the page


def default_folder() -> Path:
    """Return the user's Documents folder, or home when there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def locale_paper() -> PaperSize:
    """Return the system locale's usual paper: US Letter in the US and Canada, else A4."""
    return paper_for_territory(QLocale.territoryToCode(QLocale.system().territory()))


class HandoutDialog(QDialog):
    """Preview a handout of the selected item (or of all), then print it or save it as PDF."""

    def __init__(
        self,
        service: ReferenceService,
        selected: ItemRef | None,
        parent: QWidget | None = None,
        *,
        printed: date | None = None,
        on: date | None = None,
        notes: NoteLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self._service = service
        self._printed = printed or date.today()
        self._on = on or self._printed
        self._notes = notes
        self._choices = handout_choices(service)
        self._all = self._build_all()
        self._page = 0
        self._selected = selected
        self._build_ui()
        self._retranslate()
        self._choose(service, selected)
        self._connect_signals()
        self._refresh()

    def _build_all(self) -> HandoutSet:
        """Return every handout, each made when first shown, saved or printed."""
        return handout_book(
            self._service,
            [choice.ref for choice in self._choices],
            version=__version__,
            printed=self._printed,
            on=self._on,
            notes=self._notes,
        )

    def _retranslate(self) -> None:
        """Put every text of the dialog in the interface language."""
        self.setWindowTitle(self.tr("Handout"))
        self.all_check.setText(self.tr("&All borders and organisations"))
        self.item_label.setText(self.tr("&Item:"))
        self.paper_label.setText(self.tr("&Paper:"))
        for index, paper in enumerate(PaperSize):
            self.paper_combo.setItemText(index, paper.label)
        self.about_label.setText(
            self.tr(
                "One page for each border or organisation: its key figures, each with its "
                "source, a few key points and the list of sources, beside the chart with the "
                "border highlighted or, for an organisation, the map with its member states "
                "hatched."
            )
        )
        # Wrapped in a column of fixed width: as tall as its words need in every language.
        self.about_label.setMinimumHeight(self.about_label.heightForWidth(CHOICES_WIDTH))
        self.preview.setAccessibleName(self.tr("Preview of the handout page"))
        self.previous_button.setText(self.tr("‹ Previous"))
        self.next_button.setText(self.tr("Next ›"))
        self.print_button.setText(self.tr("P&rint…"))
        self.save_button.setText(self.tr("&Save PDF…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate, and make the handouts again, when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "item_combo"):
            self._retranslate()
            self._choices = handout_choices(self._service)
            self._all = self._build_all()
            for index, choice in enumerate(self._choices):
                self.item_combo.setItemText(index, choice.title)
            if self.note_label.isVisible():
                self._choose(self._service, self._selected)
            self.status_label.clear()
            self._refresh()
        super().changeEvent(event)

    # Building -----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.note_label = plain_label("", self, name="handoutNote")  # it names an item
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(False)
        self.item_combo = QComboBox(self)
        self.item_combo.setObjectName("handoutItem")
        for index, choice in enumerate(self._choices):
            # As the tree names them: "Kazakhstan – Russia", "CSTO" (its full name as a tip).
            self.item_combo.addItem(choice.title, choice.ref.to_string())
            if choice.full_name:
                tip = Qt.ItemDataRole.ToolTipRole
                self.item_combo.setItemData(index, plain_tip(choice.full_name), tip)
        self.all_check = QCheckBox(self)
        self.all_check.setObjectName("handoutAll")
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("handoutPaper")
        for paper in PaperSize:
            self.paper_combo.addItem("", paper.value)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(locale_paper().value))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels, own row
        self.item_label = plain_label("", self)
        self.item_label.setBuddy(self.item_combo)
        form.addRow(self.item_label, self.item_combo)
        form.addRow(self.all_check)
        self.paper_label = plain_label("", self)
        self.paper_label.setBuddy(self.paper_combo)
        form.addRow(self.paper_label, self.paper_combo)

        self.about_label = plain_label("", self, name="handoutAbout")
        self.about_label.setWordWrap(True)
        self.about_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.preview = plain_label("", self, name="handoutPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
        self.page_label = plain_label("", self, name="handoutPage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label, 1)
        pages.addWidget(self.next_button)

        self.status_label = plain_label("", self, name="handoutStatus")  # it names files
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Made here and added: the dialog keeps living wrappers to retitle them.
        self.print_button = QPushButton(self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("handoutPrint")
        self.save_button = QPushButton(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("handoutSave")
        self.save_button.setDefault(True)

        # Choices on the left, the page on the right, the buttons under both.
        column = QWidget(self)
        column.setFixedWidth(CHOICES_WIDTH)
        choices = QVBoxLayout(column)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addWidget(self.note_label)
        choices.addLayout(form)
        choices.addSpacing(12)
        choices.addWidget(self.about_label)
        choices.addStretch(1)
        choices.addWidget(self.status_label)
        page = QVBoxLayout()
        page.addWidget(self.preview, 1)
        page.addLayout(pages)
        body = QHBoxLayout()
        body.addWidget(column)
        body.addLayout(page)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

    def _choose(self, service: ReferenceService, selected: ItemRef | None) -> None:
        """Select the item's handout, or the nearest one, saying so for other kinds."""
        offered = nearest_handout(service, selected)
        refs = [choice.ref for choice in self._choices]
        if offered in refs:
            self.item_combo.setCurrentIndex(refs.index(offered))
        if selected is None or selected.kind in HANDOUT_KINDS:
            return
        kind = translate("HandoutDialog", KIND_NAMES.get(selected.kind, selected.kind.value))
        what = self.tr(
            "The selected {kind} has no handout: handouts exist for borders and organisations."
        ).format(kind=kind)
        if offered is not None:
            what += " " + self.tr("Offered instead: {item}, which it links to.").format(
                item=self.item_combo.currentText()
            )
        else:
            what += " " + self.tr("Choose one below, or all of them.")
        self.note_label.setText(what)
        self.note_label.setVisible(True)

    def _connect_signals(self) -> None:
        self.item_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.paper_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.all_check.toggled.connect(self._on_choice_changed)
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

    # What the dialog would do -------------------------------------------------------------

    def paper(self) -> PaperSize:
        """Return the chosen paper."""
        return PaperSize(self.paper_combo.currentData())

    def handouts(self) -> HandoutSet:
        """Return the handouts chosen: the item's, or every one."""
        if self.all_check.isChecked():
            return self._all
        chosen = self._all.handouts[max(0, self.item_combo.currentIndex())]
        return dataclasses.replace(self._all, handouts=(chosen,))

    def suggested_name(self) -> str:
        """Return the default file name: ``handout-kz-ru.pdf``, or one for all."""
        return file_name(self.handouts().refs())

    def save_to(self, path: Path) -> Path | None:
        """Write the handouts to path (``.pdf`` added when missing); None when it failed."""
        path = Path(path).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        book = self.handouts()
        progress = PagesProgress(self, self.tr("Saving the handouts"), len(book.handouts))
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                written = render_handouts(book, path, self.paper(), progress)
            finally:
                QApplication.restoreOverrideCursor()
                progress.close()
        except CancelledError:
            self.status_label.setText(self.tr("Not saved: cancelled."))
            return None
        except ExportError as exc:
            self.status_label.setText(self.tr("Not saved: {reason}").format(reason=exc.problem))
            warn(
                self,
                self.tr("Handout not saved"),
                self.tr("The handout could not be saved as\n{file}\n\n{reason}.").format(
                    file=exc.path, reason=exc.problem[:1].upper() + exc.problem[1:]
                ),
            )
            return None
        kib = max(1, round(written.stat().st_size / 1024))
        self.status_label.setText(
            self.tr("Saved {file} ({pages}, {paper}, {kib} KB) in {folder}").format(
                file=written.name,
                pages=self._pages(len(book.handouts)),
                paper=self.paper().label,
                kib=format_number(kib),
                folder=written.parent,
            )
        )
        return written

    def print_to(self, printer: QPrinter) -> bool:
        """Print the handouts on a printer already chosen; say so and return False on failure."""
        book = self.handouts()
        paper = paper_of_printer(printer) or self.paper()
        progress = PagesProgress(self, self.tr("Printing the handouts"), len(book.handouts))
        try:
            print_handouts(book, printer, paper, progress)
        except CancelledError:
            # What reached the printer stays there; what did not is not sent.
            self.status_label.setText(self.tr("Printing cancelled."))
            return False
        except OSError as exc:
            name = printer.printerName() or printer.outputFileName() or self.tr("the printer")
            problem = exc.strerror or str(exc)
            self.status_label.setText(self.tr("Not printed: {reason}").format(reason=problem))
            sentence = problem[:1].upper() + problem[1:]
            warn(
                self,
                self.tr("Handout not printed"),
                self.tr("The handout could not be printed on\n{printer}\n\n{reason}.").format(
                    printer=name, reason=sentence
                ),
            )
            return False
        finally:
            progress.close()
        self.status_label.setText(
            self.tr("Sent {pages} to the printer.").format(pages=self._pages(len(book.handouts)))
        )
        return True

    def show_page(self, index: int) -> None:
        """Preview page index of the handouts chosen (clamped)."""
        book = self.handouts()
        self._page = max(0, min(len(book.handouts) - 1, index))
        renderer = HandoutRenderer(book, self.paper())
        ratio = self.devicePixelRatioF()
        image = renderer.image(self._page, round(PREVIEW_WIDTH * ratio))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)
        self.preview.setMinimumSize(pixmap.deviceIndependentSize().toSize() + QSize(8, 8))
        count = renderer.page_count
        self.page_label.setText(
            self.tr("Page {page} of {count} · {paper}").format(
                page=self._page + 1, count=count, paper=self.paper().label
            )
        )
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < count - 1)

    # Slots --------------------------------------------------------------------------------

    def _refresh(self) -> None:
        self.item_combo.setEnabled(not self.all_check.isChecked())
        self.show_page(self._page)

    def _on_choice_changed(self, *_args: object) -> None:
        self._page = 0
        self.status_label.clear()
        self._refresh()

    def _on_save_clicked(self) -> None:
        start = default_folder() / self.suggested_name()
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save handout as PDF"), str(start), self.tr("PDF document (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.handouts(), self.paper())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print handout"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _pages(self, count: int) -> str:
        return Counted.tr("%n page(s)", "", count)
