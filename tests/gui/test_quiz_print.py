"""The printable quiz: its pages' layout, the preview, and the Print quiz dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from borderdesk.core.paper import PaperSize
from borderdesk.core.quiz import QuizData, build_quiz
from borderdesk.data.store import open_store
from borderdesk.gui.dialogs.quiz_dialog import QuizDialog
from borderdesk.gui.render.handout_page import content_rect
from borderdesk.gui.render.quiz_pages import QuizSheet
from borderdesk.gui.render.quiz_print import QuizRenderer
from tests.cli.test_quiz_cli import page_texts
from tests.gui.boxes import MessageBoxes

PRINTED = date(2026, 12, 1)


@pytest.fixture(scope="module")
def data() -> QuizData:
    return QuizData.read(open_store(None))


def renderer_for(data: QuizData, count: int, paper: PaperSize = PaperSize.A4) -> QuizRenderer:
    return QuizRenderer(QuizSheet(build_quiz(data, count, seed=11), "0.1.0", PRINTED), paper)


@pytest.mark.parametrize("paper", list(PaperSize))
@pytest.mark.parametrize("count", [1, 10, 40])
def test_every_block_is_whole_on_a_page_inside_the_margins(
    qapp: object, data: QuizData, paper: PaperSize, count: int
) -> None:
    renderer = renderer_for(data, count, paper)
    content = content_rect(paper)
    seen_questions: dict[int, int] = {}
    for index in range(renderer.page_count):
        layout = renderer.layout(index)
        footer = layout.rect_of("footer")
        for item in layout.items:
            assert content.adjusted(-0.5, -0.5, 0.5, 0.5).contains(item.rect), item.name
            if item.name != "footer":
                assert item.rect.bottom() <= footer.top(), f"{item.name} runs into the footer"
            if item.name.startswith(("question ", "option ")):
                number = int(item.name.split()[1].rstrip("ABCD"))
                # every line of a question on the page its number is on
                assert seen_questions.setdefault(number, index) == index
    assert sorted(seen_questions) == list(range(1, count + 1))


def test_the_key_starts_on_a_page_of_its_own(qapp: object, data: QuizData) -> None:
    renderer = renderer_for(data, 10)
    start = renderer.key_start
    assert 0 < start < renderer.page_count
    for index in range(renderer.page_count):
        names = renderer.layout(index).names()
        answers = [n for n in names if n.startswith("answer ")]
        questions = [n for n in names if n.startswith("question ")]
        if index < start:
            assert questions
            assert not answers
            assert renderer.pager.part(index) == "questions"
        else:
            assert not questions
            assert renderer.pager.part(index) == "key"
    last = renderer.layout(renderer.page_count - 1).names()
    assert "sources heading" in last


def test_the_preview_is_the_page_at_its_width(qapp: object, data: QuizData) -> None:
    renderer = renderer_for(data, 10)
    image = renderer.image(0, 400)
    assert (image.width(), image.height()) == (400, round(400 * 841.8898 / 595.2756))
    ink = QRectF(0, 0, 400, 60)
    dark = sum(
        1
        for x in range(0, 400, 2)
        for y in range(0, int(ink.height()), 2)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 50  # the title is drawn


# The dialog ---------------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot, data: QuizData) -> QuizDialog:
    shown = QuizDialog(data, 4821, printed=PRINTED)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_dialog_offers_the_quiz_it_was_given(dialog: QuizDialog) -> None:
    assert dialog.seed_spin.value() == 4821
    assert dialog.count_spin.value() == 10
    assert dialog.sheet().quiz.seed == 4821
    assert dialog.page_label.text().startswith("Page 1 of ")
    assert dialog.page_label.text().endswith("questions")


def test_more_questions_make_more_pages_and_the_last_is_the_key(
    qtbot: QtBot, dialog: QuizDialog
) -> None:
    pages = dialog.renderer().page_count
    dialog.count_spin.setValue(30)
    assert dialog.renderer().page_count > pages
    dialog.show_page(999)
    assert dialog.page_label.text().endswith("answer key")
    assert not dialog.next_button.isEnabled()


def test_save_writes_the_quiz_and_says_where(
    qtbot: QtBot, dialog: QuizDialog, tmp_path: Path
) -> None:
    written = dialog.save_to(tmp_path / "friday")

    assert written == tmp_path / "friday.pdf"
    texts = page_texts(written)
    assert "BorderDesk quiz 4821" in texts[0]
    assert "Saved friday.pdf" in dialog.status_label.text()
    assert "answer key from page" in dialog.status_label.text()


def test_a_folder_that_is_not_there_is_named_and_nothing_written(
    qtbot: QtBot, dialog: QuizDialog, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    target = tmp_path / "gone" / "quiz.pdf"

    assert dialog.save_to(target) is None

    assert dialog.status_label.text() == "Not saved: folder does not exist"
    assert str(target) in message_boxes.texts[0]
    assert not target.parent.exists()


def test_print_to_a_pdf_printer(qtbot: QtBot, dialog: QuizDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    assert dialog.print_to(printer)

    texts = page_texts(tmp_path / "printed.pdf")
    assert len(texts) == dialog.renderer().page_count
    assert texts[dialog.renderer().key_start].startswith("For the teacher")
