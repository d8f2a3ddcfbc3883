"""File → Print quiz…: choose how many questions and which quiz, see the pages, then print the
quiz with its answer key or save it as PDF."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from borderdesk import __version__
from borderdesk.core.errors import ExportError
from borderdesk.core.i18n import Counted
from borderdesk.core.paper import PaperSize
from borderdesk.core.quiz import DEFAULT_QUESTIONS, QuizData, available, build_quiz
from borderdesk.core.service import ReferenceService
from borderdesk.gui.dialogs.handout_dialog import default_folder, locale_paper
from borderdesk.gui.plain import plain_label, warn
from borderdesk.gui.render.handout_output import paper_of_printer
from borderdesk.gui.render.quiz_pages import QuizSheet
from borderdesk.gui.render.quiz_print import (
    QuizRenderer,
    prepare_printer,
    print_quiz,
    quiz_file_name,
    render_quiz,
)

PREVIEW_WIDTH = 400  # px: the page's width in the dialog
MAX_SEED = 999_999_999
CHOICES_WIDTH = 300


class QuizDialog(QDialog):
    """Preview a printable quiz and its answer key, then print it or save it as PDF."""

    def __init__(
        self,
        source: ReferenceService | QuizData,
        seed: int,
        parent: QWidget | None = None,
        *,
        printed: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quizDialog")
        self.setWindowTitle(self.tr("Print quiz"))
        self._data = source if isinstance(source, QuizData) else QuizData.read(source)
        self._printed = printed or date.today()
        self._most = available(self._data)
        self._sheets: dict[tuple[int, int], QuizSheet] = {}
        self._page = 0
        self._build_ui(seed)
        self._connect_signals()
        self._refresh()

    def _build_ui(self, seed: int) -> None:
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("quizQuestions")
        self.count_spin.setRange(1, max(1, self._most))
        self.count_spin.setValue(min(DEFAULT_QUESTIONS, self._most))
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setObjectName("quizSeed")
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setValue(seed)
        self.seed_spin.setToolTip(self.tr("The same number always gives the same quiz"))
        self.new_button = QPushButton(self.tr("&New quiz"), self)
        self.new_button.setAutoDefault(False)
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.new_button)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("quizPaper")
        for paper in PaperSize:
            self.paper_combo.addItem(paper.label, paper.value)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(locale_paper().value))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # long labels, own row
        form.addRow(self.tr("&Questions:"), self.count_spin)
        seed_label = plain_label(self.tr("Quiz &number:"), self)
        seed_label.setBuddy(self.seed_spin)  # a row holding a layout gets no buddy of its own
        form.addRow(seed_label, seed_row)
        form.addRow(self.tr("&Paper:"), self.paper_combo)
        about = plain_label(
            self.tr(
                "The questions come first, then the answer key on pages of its own: print the "
                "questions for the class and keep the key. Every answer names the source of "
                "its figures."
            ),
            self,
        )
        about.setWordWrap(True)
        self.status_label = plain_label("", self, name="quizStatus")  # it names files
        self.status_label.setWordWrap(True)
        self.preview = plain_label("", self, name="quizPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAccessibleName(self.tr("Preview of the quiz page"))
        self.previous_button = QPushButton(self.tr("‹ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ›"), self)
        self.page_label = plain_label("", self, name="quizPage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label, 1)
        pages.addWidget(self.next_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self.buttons.addButton(
            self.tr("P&rint…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setDefault(True)
        column = QWidget(self)
        column.setFixedWidth(CHOICES_WIDTH)
        choices = QVBoxLayout(column)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addLayout(form)
        choices.addSpacing(12)
        choices.addWidget(about)
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

    def _connect_signals(self) -> None:
        self.count_spin.valueChanged.connect(self._on_choice_changed)
        self.seed_spin.valueChanged.connect(self._on_choice_changed)
        self.paper_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

    # What the dialog would do -------------------------------------------------------------

    def paper(self) -> PaperSize:
        """Return the chosen paper."""
        return PaperSize(self.paper_combo.currentData())

    def sheet(self) -> QuizSheet:
        """Return the quiz chosen, ready to lay out."""
        chosen = (self.count_spin.value(), self.seed_spin.value())
        if chosen not in self._sheets:
            quiz = build_quiz(self._data, *chosen)
            self._sheets[chosen] = QuizSheet(quiz, __version__, self._printed)
        return self._sheets[chosen]

    def renderer(self) -> QuizRenderer:
        """Return the chosen quiz's pages on the chosen paper."""
        return QuizRenderer(self.sheet(), self.paper())

    def save_to(self, path: Path) -> Path | None:
        """Write the quiz to path (``.pdf`` added when missing); None when it failed."""
        path = Path(path).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                written, renderer = render_quiz(self.sheet(), path, self.paper())
            finally:
                QApplication.restoreOverrideCursor()
        except ExportError as exc:
            self.status_label.setText(self.tr("Not saved: {problem}").format(problem=exc.problem))
            warn(
                self,
                self.tr("Quiz not saved"),
                self.tr("The quiz could not be saved as\n{path}\n\n{problem}.").format(
                    path=exc.path, problem=exc.problem.capitalize()
                ),
            )
            return None
        self.status_label.setText(
            Counted.tr(
                "Saved {name} (%n pages, the answer key from page {key}) in {folder}",
                "",
                renderer.page_count,
            ).format(name=written.name, key=renderer.key_start + 1, folder=written.parent)
        )
        return written

    def print_to(self, printer: QPrinter) -> bool:
        """Print the quiz on a printer already chosen; say so and return False on failure."""
        paper = paper_of_printer(printer) or self.paper()
        try:
            print_quiz(self.sheet(), printer, paper)
        except OSError as exc:
            problem = exc.strerror or str(exc)
            self.status_label.setText(self.tr("Not printed: {problem}").format(problem=problem))
            warn(self, self.tr("Quiz not printed"), problem)
            return False
        self.status_label.setText(self.tr("Sent the quiz and its answer key to the printer."))
        return True

    def show_page(self, index: int) -> None:
        """Preview page index of the chosen quiz (clamped)."""
        renderer = self.renderer()
        self._page = max(0, min(renderer.page_count - 1, index))
        ratio = self.devicePixelRatioF()
        image = renderer.image(self._page, round(PREVIEW_WIDTH * ratio))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)
        self.preview.setMinimumSize(pixmap.deviceIndependentSize().toSize() + QSize(8, 8))
        part = self.tr("answer key") if self._page >= renderer.key_start else self.tr("questions")
        self.page_label.setText(
            self.tr("Page {page} of {count} · {part}").format(
                page=self._page + 1, count=renderer.page_count, part=part
            )
        )
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < renderer.page_count - 1)

    # Slots --------------------------------------------------------------------------------

    def _refresh(self) -> None:
        self.show_page(self._page)

    def _on_choice_changed(self, *_args: object) -> None:
        self._page = 0
        self.status_label.clear()
        self._refresh()

    def _on_new_button_clicked(self) -> None:
        self.seed_spin.setValue(random.randint(1, 9999))  # noqa: S311 - a quiz draw

    def _on_save_clicked(self) -> None:
        start = default_folder() / quiz_file_name(self.sheet())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save quiz as PDF"), str(start), self.tr("PDF document (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.sheet(), self.paper())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print quiz"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
