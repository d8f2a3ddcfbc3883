"""Handouts as a reader gets them: PDF pages of the right paper, the text on them, nothing
running off the page, and the dialog that previews, prints and saves them."""

from __future__ import annotations

import dataclasses
import errno
import itertools
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from borderdesk import __version__
from borderdesk.core.errors import ExportError
from borderdesk.core.handout import HandoutError, HandoutSet, build_handout_set, handout_refs
from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef, Link, TopicDetail
from borderdesk.core.paper import PaperSize
from borderdesk.core.sample import SampleService
from borderdesk.core.service import ReferenceService
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.packs.catalog import PackCatalog
from borderdesk.data.store import open_store
from borderdesk.data.userdb.repository import open_user_data
from borderdesk.gui.dialogs import handout_dialog
from borderdesk.gui.dialogs.handout_dialog import HandoutDialog
from borderdesk.gui.render import handout_output as handout_module
from borderdesk.gui.render.handout import HandoutRenderer
from borderdesk.gui.render.handout_fit import MIN_VISUAL
from borderdesk.gui.render.handout_output import paper_of_printer, print_handouts, render_handouts
from borderdesk.gui.render.handout_page import content_rect, page_rect
from borderdesk.gui.settings import Settings
from borderdesk.gui.window.main_window import MainWindow
from borderdesk.gui.window.userdata_ui import UserDataUi
from tests.gui.boxes import MessageBoxes
from tests.gui.fakes import FakeChartPanel

PRINTED = date(2026, 5, 4)
RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CSTO = ItemRef(ItemKind.ORGANISATION, "csto")
DialogMaker = Callable[..., HandoutDialog]
SIZES = {PaperSize.A4: "595 x 842", PaperSize.LETTER: "612 x 792"}


def pdfinfo(path: Path) -> dict[str, str]:
    """Return pdfinfo's fields for a file."""
    output = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    fields = (line.split(":", 1) for line in output.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in fields}


def pdftext(path: Path, page: int | None = None) -> str:
    """Return the text of a PDF (one page of it), laid out as on the page."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def book_of(service: ReferenceService, *refs: ItemRef) -> HandoutSet:
    """Return the handouts of refs, or of every border and organisation."""
    chosen = refs or handout_refs(service)
    return build_handout_set(service, chosen, version=__version__, printed=PRINTED)


@pytest.fixture(scope="module")
def bundled() -> ReferenceService:
    """Return the bundled dataset."""
    return open_store(None)


@pytest.fixture(scope="module")
def pdfs(
    qapp: QApplication, bundled: ReferenceService, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Write the Russian border on A4, the CSTO on Letter, and every item on both papers."""
    folder = tmp_path_factory.mktemp("handouts")
    wanted = {
        "kz-ru": (PaperSize.A4, (RUSSIA,)),
        "csto": (PaperSize.LETTER, (CSTO,)),
        "all-a4": (PaperSize.A4, ()),
        "all-letter": (PaperSize.LETTER, ()),
    }
    return {
        name: render_handouts(book_of(bundled, *refs), folder / f"{name}.pdf", paper)
        for name, (paper, refs) in wanted.items()
    }


def test_one_item_is_one_a4_page(pdfs: dict[str, Path]) -> None:
    info = pdfinfo(pdfs["kz-ru"])
    assert info["Pages"] == "1"
    assert info["Page size"].startswith(SIZES[PaperSize.A4])
    assert "(A4)" in info["Page size"]


def test_all_items_are_one_page_each_on_letter(
    pdfs: dict[str, Path], bundled: ReferenceService
) -> None:
    count = len(bundled.borders()) + len(bundled.organisations())
    info = pdfinfo(pdfs["all-letter"])
    assert info["Pages"] == str(count)
    assert info["Page size"].startswith(SIZES[PaperSize.LETTER])
    assert pdfinfo(pdfs["all-a4"])["Pages"] == str(count)


def test_the_pdf_carries_its_title_and_creator(pdfs: dict[str, Path]) -> None:
    info = pdfinfo(pdfs["kz-ru"])
    assert info["Title"] == "BorderDesk handout: Kazakhstan – Russia, as of 4 May 2026"
    assert info["Creator"] == f"BorderDesk {__version__}"
    assert pdfinfo(pdfs["all-a4"])["Title"].startswith("BorderDesk handouts")


def test_a_border_page_says_what_the_reader_needs(pdfs: dict[str, Path]) -> None:
    text = pdftext(pdfs["kz-ru"])
    flat = " ".join(text.split())
    assert "Kazakhstan – Russia" in text
    assert "Border no. 1 by length" in text
    assert "Article (c. 2012): 6,846 km" in text
    # The CIA edition current on the day, and the Factbook's end (4 February 2026).
    assert "CIA World Factbook 2015–2025: 7,644 km (discontinued 4 February 2026:" in flat
    assert "Article (c. 2012): 57% of the land border" in text  # its source first, once
    assert "Source: Article (c. 2012)" not in text
    assert "Key points" in text
    # The source list: label, title, publisher and date.
    assert "Article (c. 2012): Guarding the Border of the World’s Largest Landlocked" in flat
    assert "EdgeKz magazine, c. 2012" in flat
    assert "US Central Intelligence Agency, 2015–2025 editions" in flat
    # The chart, drawn as text too: its title and bars.
    assert "Kazakhstan's land borders by length" in text
    assert "Turkmenistan" in text
    footer = f"BorderDesk {__version__} · dataset 2026.12 · as of 4 May 2026"
    assert footer in text
    assert "printed 4 May 2026" in text
    assert "Page 1 of 1" in text


def test_an_organisation_page_maps_its_members_and_cites_them(pdfs: dict[str, Path]) -> None:
    text = pdftext(pdfs["csto"])
    flat = " ".join(text.split())
    assert "CSTO" in text
    assert "Collective Security Treaty Organization" in text
    # The organisation's own founding, not its predecessor's (the 1992 treaty).
    assert "CSTO Charter (kremlin.ru): founded 7 October 2002" in flat
    assert "Kazakhstan and its neighbours" in text  # the map's own title
    assert "Hatched on the map: members of the CSTO as of 4 May 2026" in flat
    assert "Natural Earth 1:10m: Natural Earth: Admin 0" in flat


def test_every_page_of_all_items_names_its_page(pdfs: dict[str, Path]) -> None:
    count = int(pdfinfo(pdfs["all-a4"])["Pages"])
    for page in (1, count):
        assert f"Page {page} of {count}" in pdftext(pdfs["all-a4"], page)


def test_the_chart_and_map_are_vector_not_pictures(pdfs: dict[str, Path]) -> None:
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdfs["all-a4"])], check=True, capture_output=True, text=True
    ).stdout
    assert len(listing.strip().splitlines()) == 2  # the header lines: no image at all


@pytest.mark.parametrize("paper", list(PaperSize))
def test_every_page_fits_inside_its_margins(
    qapp: QApplication, bundled: ReferenceService, paper: PaperSize
) -> None:
    renderer = HandoutRenderer(book_of(bundled), paper)
    inside = content_rect(paper).adjusted(-0.5, -0.5, 0.5, 0.5)
    for index, handout in enumerate(renderer.book.handouts):
        page = renderer.layout(index)
        for item in page.items:
            assert inside.contains(item.rect), (handout.ref, item.name, item.rect)
        drawn = [i for i in page.items if i.rect.height() > 0 and not i.name.startswith("bullet")]
        for a, b in itertools.combinations(drawn, 2):
            assert not a.rect.intersected(b.rect).height() > 0.01, (handout.ref, a.name, b.name)
        assert page.rect_of("visual").height() >= MIN_VISUAL, handout.ref
        assert page.points_shown >= 2, handout.ref
        assert page.font_scale == 1.0, handout.ref
        names = page.names()
        for number in range(1, len(handout.sources) + 1):
            assert f"source {number}" in names, (handout.ref, number)
        for number, figure in enumerate(handout.figures, start=1):
            assert f"figure {number}" in names
            # Its source beside it, or leading the figure's own line ("Article (c. 2012): …").
            leads = figure.source is not None and figure.text.startswith(figure.source.label)
            assert leads or f"figure source {number}" in names


@pytest.mark.parametrize("name", ["all-a4", "all-letter"])
def test_nothing_is_drawn_in_the_margins(pdfs: dict[str, Path], tmp_path: Path, name: str) -> None:
    paper = PaperSize.A4 if name.endswith("a4") else PaperSize.LETTER
    subprocess.run(
        ["pdftoppm", "-png", "-r", "36", str(pdfs[name]), str(tmp_path / "p")], check=True
    )
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == int(pdfinfo(pdfs[name])["Pages"])
    scale = 36 / 72
    content = content_rect(paper)
    band = QRectF(
        content.left() * scale - 2,
        content.top() * scale - 2,
        content.width() * scale + 4,
        content.height() * scale + 4,
    )
    for png in pngs:
        image = QImage(str(png))
        inked = [
            (x, y)
            for y in range(image.height())
            for x in range(image.width())
            if not band.contains(x, y) and QColor(image.pixel(x, y)).lightness() < 250
        ]
        assert inked == [], (png.name, inked[:5])


def crowded(book: HandoutSet, times: int) -> HandoutSet:
    """Return the set with its one handout's figures repeated to ``3 * times`` lines."""
    (handout,) = book.handouts
    figures = (handout.figures * 3 * times)[: 3 * times]
    return dataclasses.replace(book, handouts=(dataclasses.replace(handout, figures=figures),))


def test_more_text_shrinks_the_map_drops_points_then_shrinks_the_type(
    qapp: QApplication, bundled: ReferenceService
) -> None:
    book = book_of(bundled, ItemRef(ItemKind.ORGANISATION, "sco"))
    points = len(book.handouts[0].points)
    inside = content_rect(PaperSize.LETTER).adjusted(-0.5, -0.5, 0.5, 0.5)
    pages = [HandoutRenderer(crowded(book, times), PaperSize.LETTER).layout(0) for times in (2, 4)]
    assert pages[0].points_shown < points
    assert pages[0].font_scale == 1.0
    assert pages[1].font_scale < 1.0
    for page in pages:
        assert all(inside.contains(item.rect) for item in page.items)
        assert page.rect_of("visual").height() >= MIN_VISUAL * page.font_scale


def test_a_page_that_cannot_fit_is_refused_not_cut_off(
    qapp: QApplication, bundled: ReferenceService
) -> None:
    book = crowded(book_of(bundled, ItemRef(ItemKind.ORGANISATION, "sco")), 30)
    with pytest.raises(HandoutError, match="SCO does not fit on one A4 page"):
        HandoutRenderer(book, PaperSize.A4).layout(0)


def test_a_file_whose_page_cannot_fit_is_not_written_and_the_painter_ends_cleanly(
    qapp: QApplication, bundled: ReferenceService, tmp_path: Path
) -> None:
    # Qt warned "Painter ended with 1 saved states" (a failure under this suite's strict log).
    book = crowded(book_of(bundled, ItemRef(ItemKind.ORGANISATION, "sco")), 30)
    with pytest.raises(HandoutError, match="SCO does not fit on one A4 page"):
        render_handouts(book, tmp_path / "sco.pdf", PaperSize.A4)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_or_another_format_writes_nothing(
    qapp: QApplication, tmp_path: Path
) -> None:
    book = book_of(SampleService(), RUSSIA)
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        render_handouts(book, blocker / "handout.pdf", PaperSize.A4)
    with pytest.raises(ExportError, match=r"a handout is a PDF file: name it handout\.pdf"):
        render_handouts(book, tmp_path / "handout.png", PaperSize.A4)
    assert list(tmp_path.iterdir()) == [blocker]


def test_printing_lays_the_pages_on_the_printers_paper(qapp: QApplication, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    service = SampleService()
    print_handouts(book_of(service), printer, PaperSize.LETTER)
    info = pdfinfo(out)
    assert info["Pages"] == str(len(handout_refs(service)))
    assert info["Page size"].startswith(SIZES[PaperSize.LETTER])
    assert paper_of_printer(printer) is PaperSize.LETTER
    assert "Kazakhstan – Uzbekistan" in pdftext(out, 2)


def test_the_preview_is_the_page_drawn_small(qapp: QApplication) -> None:
    renderer = HandoutRenderer(book_of(SampleService(), RUSSIA), PaperSize.A4)
    image = renderer.image(0, 300)
    assert image.width() == 300
    assert image.height() == round(300 * page_rect(PaperSize.A4).height() / 595.2756)
    colours = {image.pixel(x, y) for y in range(0, image.height(), 3) for x in range(0, 300, 3)}
    assert QColor("#E69F00").rgb() in colours  # the highlighted bar


# -- the dialog -------------------------------------------------------------------------------


@pytest.fixture
def dialog_for(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> DialogMaker:
    """Return a maker of handout dialogs on the sample data, on A4 whatever the locale."""
    monkeypatch.setattr(handout_dialog, "locale_paper", lambda: PaperSize.A4)

    def make(selected: ItemRef | None = RUSSIA) -> HandoutDialog:
        dialog = HandoutDialog(SampleService(), selected, printed=PRINTED)
        qtbot.addWidget(dialog)
        return dialog

    return make


def test_the_dialog_previews_the_selected_border(dialog_for: DialogMaker) -> None:
    dialog = dialog_for(ItemRef(ItemKind.BORDER, "kz-cn"))
    assert dialog.item_combo.currentText() == "Kazakhstan – China"
    assert dialog.paper_combo.currentText() == "A4"
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull()
    ratio = pixmap.height() / pixmap.width()
    assert ratio == pytest.approx(842 / 595, rel=0.01)
    assert dialog.page_label.text() == "Page 1 of 1 · A4"
    assert not dialog.note_label.isVisibleTo(dialog)


def test_letter_paper_changes_the_preview(dialog_for: DialogMaker) -> None:
    dialog = dialog_for()
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findText("US Letter"))
    pixmap = dialog.preview.pixmap()
    assert pixmap.height() / pixmap.width() == pytest.approx(792 / 612, rel=0.01)
    assert dialog.page_label.text() == "Page 1 of 1 · US Letter"


def test_the_locale_chooses_the_paper(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(handout_dialog, "locale_paper", lambda: PaperSize.LETTER)
    dialog = HandoutDialog(SampleService(), RUSSIA, printed=PRINTED)
    qtbot.addWidget(dialog)
    assert dialog.paper() is PaperSize.LETTER


def test_other_kinds_are_told_plainly_and_offered_a_choice(dialog_for: DialogMaker) -> None:
    dialog = dialog_for(OVERVIEW_REF)
    assert dialog.note_label.isVisibleTo(dialog)
    assert dialog.note_label.text() == (
        "The selected overview has no handout: handouts exist for borders and "
        "organisations. Choose one below, or all of them."
    )
    assert dialog.item_combo.currentIndex() == 0
    assert not dialog.preview.pixmap().isNull()


class _LinkedTopic(SampleService):
    """The sample, with its topic linked to the CSTO."""

    def topic(self, key: str) -> TopicDetail:
        return TopicDetail(key, "Smuggling", "", (), (Link(CSTO, "CSTO"),))


def test_a_topic_offers_the_organisation_it_links_to(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handout_dialog, "locale_paper", lambda: PaperSize.A4)
    dialog = HandoutDialog(_LinkedTopic(), ItemRef(ItemKind.TOPIC, "smuggling"), printed=PRINTED)
    qtbot.addWidget(dialog)
    assert dialog.item_combo.currentText() == "CSTO"
    assert dialog.note_label.text().endswith("Offered instead: CSTO, which it links to.")
    assert dialog.suggested_name() == "handout-csto.pdf"


def test_all_items_give_one_page_each(dialog_for: DialogMaker) -> None:
    dialog = dialog_for()
    dialog.all_check.setChecked(True)
    count = len(handout_refs(SampleService()))
    assert dialog.page_label.text() == f"Page 1 of {count} · A4"
    assert not dialog.item_combo.isEnabled()
    assert dialog.suggested_name() == "handouts-borderdesk.pdf"
    dialog.next_button.click()
    assert dialog.page_label.text() == f"Page 2 of {count} · A4"
    assert dialog.previous_button.isEnabled()


def test_save_offers_a_named_file_in_documents_and_writes_it(
    dialog_for: DialogMaker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = dialog_for()
    offered: list[str] = []
    target = tmp_path / "my handout"

    def choose(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(target), "PDF document (*.pdf)"

    monkeypatch.setattr(handout_dialog, "default_folder", lambda: tmp_path / "Documents")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    dialog.save_button.click()
    assert offered == [str(tmp_path / "Documents" / "handout-kz-ru.pdf")]
    written = tmp_path / "my handout.pdf"
    assert pdfinfo(written)["Pages"] == "1"
    assert dialog.status_label.text().startswith("Saved my handout.pdf (1 page, A4, ")


def test_an_unwritable_folder_is_named_and_nothing_is_written(
    dialog_for: DialogMaker,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    message_boxes: MessageBoxes,
) -> None:
    dialog = dialog_for()

    def refuse(**_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    # Tests run as root, whom no folder refuses: refuse at the OS call instead.
    monkeypatch.setattr("borderdesk.core.atomic.tempfile.mkstemp", refuse)
    target = tmp_path / "handout-kz-ru.pdf"
    assert dialog.save_to(target) is None
    assert [(box.title, box.text) for box in message_boxes.shown] == [
        (
            "Handout not saved",
            f"The handout could not be saved as\n{target}\n\nPermission denied.",
        )
    ]
    assert list(tmp_path.iterdir()) == []
    assert dialog.status_label.text() == "Not saved: permission denied"
    assert dialog.save_to(tmp_path / "second.pdf") is None  # still there, still answering


def test_printing_from_the_dialog_uses_the_printers_paper(
    dialog_for: DialogMaker, tmp_path: Path
) -> None:
    dialog = dialog_for()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    handout_module.prepare_printer(printer, dialog.handouts(), PaperSize.LETTER)
    assert dialog.print_to(printer)
    assert pdfinfo(tmp_path / "printed.pdf")["Page size"].startswith(SIZES[PaperSize.LETTER])
    assert dialog.status_label.text() == "Sent 1 page to the printer."


def test_the_file_menu_opens_the_handout_dialog_on_the_selection(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, settings_path: Path
) -> None:
    monkeypatch.setattr(handout_dialog, "locale_paper", lambda: PaperSize.A4)
    opened: list[HandoutDialog] = []

    def record(dialog: HandoutDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(HandoutDialog, "exec", record)
    window = MainWindow(SampleService(), Settings(settings_path), chart_factory=FakeChartPanel)
    qtbot.addWidget(window)
    action = window.handout_action
    assert action.text() == "&Handout…"
    assert action.shortcut().toString() == "Ctrl+P"
    assert action in window.menuBar().actions()[0].menu().actions()
    window.selection.select(CSTO, origin=None)
    action.trigger()
    assert len(opened) == 1
    assert opened[0].item_combo.currentText() == "CSTO"


def test_the_window_prints_your_note_on_the_item_as_the_teachers_note(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, settings_path: Path, tmp_path: Path
) -> None:
    monkeypatch.setattr(handout_dialog, "locale_paper", lambda: PaperSize.A4)
    opened: list[HandoutDialog] = []
    monkeypatch.setattr(HandoutDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window = MainWindow(SampleService(), Settings(settings_path), chart_factory=FakeChartPanel)
    qtbot.addWidget(window)
    folders = UserFolders.under(tmp_path / "user")
    window.attach_user_data(
        UserDataUi(open_user_data(folders), PackCatalog(folders.packs), None, window)
    )
    open_user_data(folders).set_note(RUSSIA, "Start with the 2005 treaty.")
    window.selection.select(RUSSIA, origin=None)

    window.handout_action.trigger()

    (handout,) = opened[0].handouts().handouts
    assert handout.note == "Start with the 2005 treaty."
    assert handout.map_beside


def test_saving_all_can_be_cancelled_and_the_earlier_file_stays(
    dialog_for: DialogMaker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = dialog_for()
    dialog.all_check.setChecked(True)
    earlier = tmp_path / "handouts.pdf"
    earlier.write_bytes(b"the earlier handouts")
    heard: list[int] = []
    made = handout_dialog.PagesProgress

    class CancelAtThirdPage(made):
        def __call__(self, index: int, count: int) -> None:
            heard.append(index)
            if index == 2:
                self.dialog.cancel()  # as the Cancel button does
            super().__call__(index, count)

    monkeypatch.setattr(handout_dialog, "PagesProgress", CancelAtThirdPage)

    assert dialog.save_to(earlier) is None

    assert heard == [0, 1, 2]
    assert dialog.status_label.text() == "Not saved: cancelled."
    assert earlier.read_bytes() == b"the earlier handouts"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["handouts.pdf"]


def test_saving_all_reports_each_page_and_writes_them_all(
    dialog_for: DialogMaker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = dialog_for()
    dialog.all_check.setChecked(True)
    counts: list[tuple[int, int]] = []
    made = handout_dialog.PagesProgress

    class Heard(made):
        def __call__(self, index: int, count: int) -> None:
            counts.append((index, count))
            super().__call__(index, count)

    monkeypatch.setattr(handout_dialog, "PagesProgress", Heard)

    written = dialog.save_to(tmp_path / "all.pdf")

    pages = len(handout_refs(SampleService()))
    assert written is not None
    assert counts == [(n, pages) for n in range(pages)]
    assert pdfinfo(written)["Pages"] == str(pages)
