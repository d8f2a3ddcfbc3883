"""View as of: the date control in the window, and every view following it (bundled data)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QTextBrowser
from pytestqt.qtbot import QtBot

from borderdesk.core.as_of import ARTICLE_DATE
from borderdesk.core.language import Language
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.since_article import SINCE_ARTICLE_REF
from borderdesk.data.store import open_store
from borderdesk.data.store_service import StoreService
from borderdesk.gui.dialogs.whats_new import WhatsNewDialog
from borderdesk.gui.render.exportable import ChartExport
from borderdesk.gui.settings import Settings
from borderdesk.gui.views.as_of_bar import YEAR_DAYS
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.window import main_window
from borderdesk.gui.window.main_window import MainWindow

CSTO = ItemRef(ItemKind.ORGANISATION, "csto")
NEW_YEAR_2016 = date(2016, 1, 1)


@pytest.fixture(scope="module")
def store() -> Iterator[StoreService]:
    """Return the bundled dataset."""
    service = open_store()
    yield service
    service.close()


@pytest.fixture
def window(qtbot: QtBot, store: StoreService, tmp_path: Path) -> MainWindow:
    """Return a shown window on the bundled data, its chart and map loaded."""
    shown = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.chart is not None and shown.map_link.view is not None)
    return shown


def pane_text(window: MainWindow) -> str:
    pane = window.findChild(QTextBrowser, "detailPane")
    assert pane is not None
    return " ".join(pane.toPlainText().split())


def chart(window: MainWindow) -> ChartPanel:
    panel = window.chart
    assert isinstance(panel, ChartPanel)
    return panel


def key_date(window: MainWindow, short: str) -> QAction:
    """Return the key-dates menu's entry that starts with ``short`` ("c. 2012", "Today")."""
    found = [a for a in window.as_of_bar.key_actions if a.text().split(" — ")[0] == short]
    assert len(found) == 1, [a.text() for a in window.as_of_bar.key_actions]
    return found[0]


def test_the_control_shows_today_and_marks_the_key_dates(window: MainWindow) -> None:
    bar = window.as_of_bar
    today = date.today()
    assert [a.text() for a in bar.key_actions] == [
        "c. 2012 — The article (c. 2012)",
        "2015 — The Eurasian Economic Union (1 January 2015)",
        "2022 — The 2022 border treaties",
        "Today",
    ]
    assert key_date(window, "Today").isChecked()
    assert window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is bar
    assert bar.date_box.date() == QDate(today.year, today.month, today.day)
    assert bar.slider.value() == bar.slider.maximum()
    assert len(bar.slider.mark_positions()) == 4
    assert bar.slider.mark_positions() == sorted(bar.slider.mark_positions())
    assert window.windowTitle() == "BorderDesk"


def test_a_key_date_moves_the_page_chart_map_and_title(qtbot: QtBot, window: MainWindow) -> None:
    window.selection.select(CSTO)
    qtbot.waitUntil(lambda: "Collective Security Treaty Organization" in pane_text(window))
    key_date(window, "c. 2012").trigger()

    assert window.as_of.current == ARTICLE_DATE
    assert window.windowTitle() == "BorderDesk — as of 1 June 2012"
    assert window.as_of_bar.slider.value() == window.as_of_bar.slider.value_of(ARTICLE_DATE)
    qtbot.waitUntil(lambda: "As of 1 June 2012" in pane_text(window))
    text = pane_text(window)
    assert "Members (7)" in text  # Uzbekistan was still in until December 2012
    assert "As of 1 June 2012." in chart(window).caption_text()
    hatched = window.map_link.view.highlighted_members()  # type: ignore[union-attr]
    assert "UZ" in hatched
    assert "AM" in hatched

    key_date(window, "Today").trigger()
    assert window.windowTitle() == "BorderDesk"
    qtbot.waitUntil(lambda: "Members (5)" in pane_text(window))
    assert "Members whose participation is suspended or frozen (1)" in pane_text(window)
    hatched = window.map_link.view.highlighted_members()  # type: ignore[union-attr]
    assert "UZ" not in hatched
    assert "AM" not in hatched  # participation frozen since February 2024


def test_page_down_goes_back_a_year_and_a_date_set_elsewhere_moves_the_slider(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.as_of_bar
    bar.slider.setFocus()
    qtbot.keyClick(bar.slider, Qt.Key.Key_PageDown)
    assert window.as_of.current == date.today() - timedelta(days=YEAR_DAYS)
    assert not any(a.isChecked() for a in bar.key_actions)

    window.as_of.set_date(NEW_YEAR_2016, origin=window)
    assert bar.slider.value() == bar.slider.value_of(NEW_YEAR_2016)
    assert bar.date_box.date() == QDate(2016, 1, 1)


def test_typing_a_date_in_the_box_moves_the_views(qtbot: QtBot, window: MainWindow) -> None:
    box = window.as_of_bar.date_box
    box.setDate(QDate(2016, 1, 1))
    box.editingFinished.emit()
    assert window.as_of.current == NEW_YEAR_2016
    qtbot.waitUntil(lambda: "As of 1 January 2016" in pane_text(window))


def test_an_export_on_another_day_suggests_a_file_name_with_that_day(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.selection.select(CSTO)
    window.as_of.set_date(NEW_YEAR_2016)
    qtbot.waitUntil(lambda: "As of 1 January 2016" in pane_text(window))
    assert window.map_link.exportable().default_stem == "kazakhstan-borders-map-2016-01-01"
    view = chart(window).current_view()
    assert view is not None
    assert ChartExport(view).default_stem == "kazakhstan-borders-art-2016-01-01"
    window.as_of.reset()
    assert window.map_link.exportable().default_stem == "kazakhstan-borders-map"


def test_the_chart_shows_the_cia_edition_current_on_the_day(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = chart(window)
    panel.source_changed.emit("CIA2015")  # the reader picks the 2015–2025 editions
    assert panel.current_series().source.ref.id == "CIA2015"  # type: ignore[union-attr]

    window.as_of.set_date(ARTICLE_DATE)
    series = panel.current_series()
    assert series is not None
    assert series.source.ref.id == "CIA2008"  # the edition current in 2012
    assert "2008–2014 editions" in panel.caption_text()
    assert "As of 1 June 2012." in panel.caption_text()
    combo = panel.findChild(QComboBox)
    assert combo is not None
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "KGMFA" not in offered  # the Kyrgyz ministry's figures appeared in 2018

    window.as_of.set_date(NEW_YEAR_2016)
    assert panel.current_series().source.ref.id == "CIA2015"  # type: ignore[union-attr]
    window.as_of.reset()
    assert "discontinued 4 February 2026" in panel.caption_text()


def test_a_new_date_reads_the_chart_again_only_when_another_edition_is_current_then(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = chart(window)
    panel.source_changed.emit("CIA2015")
    service = window.chart_link._service  # counting the reads it makes
    read: list[str | None] = []
    original = service.segment_series

    def counted(source_id: str | None = None) -> object:
        read.append(source_id)
        return original(source_id)

    monkeypatch.setattr(service, "segment_series", counted)
    window.as_of.set_date(NEW_YEAR_2016)  # the 2015–2025 editions still: the same figures
    series = panel.current_series()
    assert series is not None
    assert read == []
    assert series.source.ref.id == "CIA2015"
    assert series.on == NEW_YEAR_2016
    assert "As of 1 January 2016." in panel.caption_text()
    window.as_of.set_date(ARTICLE_DATE)  # another edition was current then: read it
    assert read == ["CIA2008"]
    assert panel.current_series().source.ref.id == "CIA2008"  # type: ignore[union-attr]


def test_a_large_datasets_chart_reads_a_new_source_or_edition_on_the_worker(
    qtbot: QtBot, store: StoreService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "LARGE_TREE_ROWS", 1)  # the bundled data counts as large
    large = MainWindow(store.in_language(Language.EN), Settings(tmp_path / "large.ini"))
    qtbot.addWidget(large)
    large.show()
    qtbot.waitUntil(lambda: large.chart is not None and large.map_link.view is not None)
    panel = chart(large)
    service = large.chart_link._service  # counting where the reads are made
    threads: list[int] = []
    original = service.segment_series

    def spied(source_id: str | None = None) -> object:
        threads.append(threading.get_ident())
        return original(source_id)

    monkeypatch.setattr(service, "segment_series", spied)
    panel.source_changed.emit("CIA2015")
    qtbot.waitUntil(lambda: panel.current_series().source.ref.id == "CIA2015")  # type: ignore[union-attr]
    large.as_of.set_date(ARTICLE_DATE)  # the 2008–2014 editions were current then
    qtbot.waitUntil(lambda: panel.current_series().source.ref.id == "CIA2008")  # type: ignore[union-attr]
    assert "As of 1 June 2012." in panel.caption_text()
    assert len(threads) == 2
    assert threading.get_ident() not in threads
    large.as_of.set_date(NEW_YEAR_2016)  # read while the date moves on: only the last is shown
    large.as_of.set_date(ARTICLE_DATE)
    qtbot.waitUntil(lambda: not large.detail_pane.reading and len(threads) == 3)
    qtbot.wait(50)
    assert panel.current_series().source.ref.id == "CIA2008"  # type: ignore[union-attr]
    assert "As of 1 June 2012." in panel.caption_text()
    large.close()


def test_whats_new_lists_every_change_with_its_sources(qtbot: QtBot, window: MainWindow) -> None:
    window.whats_new_action.trigger()
    dialog = window.findChild(WhatsNewDialog, "whatsNewDialog")
    assert dialog is not None
    qtbot.addWidget(dialog)
    log = dialog.findChild(QTextBrowser, "changeLog")
    assert log is not None
    text = " ".join(log.toPlainText().split())
    count = text.count("Sources:")
    assert count >= 15
    assert f"Dataset edition 2026.12 (3 December 2026): {count} changes" in dialog.summary.text()
    assert (
        "Customs Union and Single Economic Space: the memberships and the organisations end" in text
    )
    assert "Asbarez, 23 February 2024" in text


def test_what_changed_since_the_article_follows_the_date(qtbot: QtBot, window: MainWindow) -> None:
    window.selection.select(SINCE_ARTICLE_REF)
    qtbot.waitUntil(lambda: "What changed since the article" in pane_text(window))
    text = pane_text(window)
    assert "22 February 2024 Armenia: participation frozen Asbarez, 23 February 2024" in text
    assert "1 September 2025 Mongolia: partner TASS, 1 September 2025" in text

    window.as_of.set_date(NEW_YEAR_2016)
    qtbot.waitUntil(lambda: "As of 1 January 2016" in pane_text(window))
    text = pane_text(window)
    assert "Armenia: participation frozen" not in text
    assert "19 December 2012 Uzbekistan: no longer member" in text
