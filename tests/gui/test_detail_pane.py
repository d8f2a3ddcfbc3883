"""The detail pane: what a reader sees, and where each kind of link goes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from borderdesk.core.errors import ItemNotFoundError
from borderdesk.core.model import Detail, ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.core.service import load_detail
from borderdesk.gui.views.detail_pane import DetailPane
from tests.gui.boxes import MessageBoxes

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")


class LinkSpy:
    """Stand in for the confirmation dialog and the desktop's URL opener."""

    def __init__(
        self,
        monkeypatch: pytest.MonkeyPatch,
        boxes: MessageBoxes,
        answer: QMessageBox.StandardButton,
    ) -> None:
        self.opened: list[str] = []
        self._boxes = boxes
        boxes.answer = answer

        def open_url(url: QUrl) -> bool:
            self.opened.append(url.toString())
            return True

        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))

    @property
    def asked(self) -> list[str]:
        return self._boxes.texts


@pytest.fixture
def pane(qtbot: QtBot, sample_service: SampleService) -> DetailPane:
    widget = DetailPane(lambda ref: load_detail(sample_service, ref))
    qtbot.addWidget(widget)
    return widget


def test_the_pane_never_follows_links_by_itself(pane: DetailPane) -> None:
    assert isinstance(pane, QTextBrowser)
    assert pane.objectName() == "detailPane"
    assert pane.openLinks() is False
    assert pane.openExternalLinks() is False


def test_a_border_shows_its_lengths_with_sources(pane: DetailPane) -> None:
    pane.show_ref(RUSSIA)
    text = pane.toPlainText()

    assert text.startswith("Russia")
    assert "6,846 km" in text
    assert "7,644 km" in text
    assert "Article (c. 2012) (reference)" in text
    assert "CIA World Factbook 2015-2025" in text
    assert pane.current_ref == RUSSIA


def test_data_is_shown_as_text_not_markup(pane: DetailPane) -> None:
    pane.show_ref(RUSSIA)

    assert "Smuggling <goods> & people." in pane.toPlainText()


def test_hostile_markup_in_data_stays_text(
    qtbot: QtBot, pane: DetailPane, sample_service: SampleService
) -> None:
    hostile = '<img src="file:///etc/passwd"><script>alert(1)</script>'
    detail: Detail = replace(sample_service.border("kz-ru"), description=hostile)

    pane.show_detail(detail)

    assert hostile in pane.toPlainText()


def test_even_raw_markup_cannot_load_a_local_file(
    qtbot: QtBot, pane: DetailPane, tmp_path: Path
) -> None:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    local = tmp_path / "local.png"
    assert image.save(str(local))
    url = QUrl.fromLocalFile(str(local))
    plain = QTextBrowser()
    qtbot.addWidget(plain)

    for browser in (plain, pane):
        browser.setHtml(f'<p>x<img src="{url.toString()}"></p>')
        browser.show()
        qtbot.waitExposed(browser)

    kind = QTextDocument.ResourceType.ImageResource
    read_by_plain = plain.document().resource(kind, url)
    shown_by_pane = pane.document().resource(kind, url)
    assert read_by_plain.size() == QSize(8, 8)  # a QTextBrowser on its own reads the file
    assert isinstance(shown_by_pane, QImage)  # a blank stand-in, not the file
    assert shown_by_pane.size() == QSize(1, 1)
    assert shown_by_pane.pixelColor(0, 0).alpha() == 0


def test_an_internal_link_announces_the_item(qtbot: QtBot, pane: DetailPane) -> None:
    with qtbot.waitSignal(pane.link_activated) as blocker:
        pane.anchorClicked.emit(QUrl("borderdesk:organisation:sco"))

    assert blocker.args == [ItemRef(ItemKind.ORGANISATION, "sco")]


def test_clicking_a_link_in_the_page_announces_it(qtbot: QtBot, pane: DetailPane) -> None:
    pane.show_ref(RUSSIA)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    cursor = pane.document().find("SCO")
    assert not cursor.isNull()
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    point = pane.cursorRect(cursor).center()
    point.setX(point.x() - 8)  # the cursor sits after the word: step back onto it

    with qtbot.waitSignal(pane.link_activated) as blocker:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)

    assert blocker.args == [ItemRef(ItemKind.ORGANISATION, "sco")]


def test_a_broken_internal_link_is_refused(qtbot: QtBot, pane: DetailPane) -> None:
    with (
        qtbot.assertNotEmitted(pane.link_activated),
        qtbot.waitSignal(pane.status_message) as blocker,
    ):
        pane.anchorClicked.emit(QUrl("borderdesk:nonsense"))

    assert "Not a BorderDesk link" in blocker.args[0]


def test_a_web_link_opens_only_after_the_reader_confirms(
    pane: DetailPane, monkeypatch: pytest.MonkeyPatch, message_boxes: MessageBoxes
) -> None:
    spy = LinkSpy(monkeypatch, message_boxes, QMessageBox.StandardButton.Open)

    pane.anchorClicked.emit(QUrl("https://www.cia.gov/the-world-factbook/"))

    assert len(spy.asked) == 1
    assert "https://www.cia.gov/the-world-factbook/" in spy.asked[0]
    assert spy.opened == ["https://www.cia.gov/the-world-factbook/"]


def test_a_web_link_stays_closed_when_the_reader_cancels(
    qtbot: QtBot, pane: DetailPane, monkeypatch: pytest.MonkeyPatch, message_boxes: MessageBoxes
) -> None:
    spy = LinkSpy(monkeypatch, message_boxes, QMessageBox.StandardButton.Cancel)

    with qtbot.waitSignal(pane.status_message):
        pane.anchorClicked.emit(QUrl("http://example.org/"))

    assert len(spy.asked) == 1
    assert spy.opened == []


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://x/y"]
)
def test_other_links_are_refused_without_asking(
    qtbot: QtBot,
    pane: DetailPane,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
    url: str,
) -> None:
    spy = LinkSpy(monkeypatch, message_boxes, QMessageBox.StandardButton.Open)
    pane.show_ref(RUSSIA)
    before = pane.toHtml()

    with qtbot.waitSignal(pane.status_message) as blocker:
        pane.anchorClicked.emit(QUrl(url))

    assert "Link not opened" in blocker.args[0]
    assert spy.asked == []
    assert spy.opened == []
    assert pane.toHtml() == before  # the page did not navigate


def test_an_unknown_item_shows_a_message_not_a_traceback(qtbot: QtBot) -> None:
    def loader(ref: ItemRef) -> Detail:
        raise ItemNotFoundError(f"no such item: {ref.to_string()}")

    pane = DetailPane(loader)
    qtbot.addWidget(pane)

    pane.show_ref(ItemRef(ItemKind.BORDER, "kz-xx"))

    text = pane.toPlainText()
    assert "Not available" in text
    assert "no such item: border:kz-xx" in text
    assert "Traceback" not in text


def test_nothing_selected_shows_a_hint(pane: DetailPane) -> None:
    pane.show_ref(RUSSIA)
    pane.show_ref(None)

    assert "Select a border or an organisation." in pane.toPlainText()
    assert pane.current_ref is None
