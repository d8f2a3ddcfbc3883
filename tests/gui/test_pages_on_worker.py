"""A large dataset's pages are read on a worker: the window answers while a page is read."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.navigation import search_ready
from borderdesk.core.pages import Page
from borderdesk.core.sample import SampleService
from borderdesk.core.service import load_detail
from borderdesk.gui.background import BackgroundWork
from borderdesk.gui.settings import Settings
from borderdesk.gui.views.detail_pane import DetailPane
from borderdesk.gui.window import main_window
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.fakes import FakeChartPanel

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CHINA = ItemRef(ItemKind.BORDER, "kz-cn")
SCO = ItemRef(ItemKind.ORGANISATION, "sco")
WAIT_S = 10.0


class GatedLoader:
    """Load pages from the sample data, each only once the test lets it through."""

    def __init__(self, service: SampleService) -> None:
        self._service = service
        self.asked: list[ItemRef] = []
        self.threads: set[int] = set()
        self.gate = threading.Semaphore(0)
        self.on: date | None = None

    def __call__(self, ref: ItemRef) -> Page:
        self.asked.append(ref)
        self.threads.add(threading.get_ident())
        if not self.gate.acquire(timeout=WAIT_S):
            raise TimeoutError("the test never let the page through")
        return load_detail(self._service, ref, self.on or date.today())


@pytest.fixture
def loader(sample_service: SampleService) -> GatedLoader:
    return GatedLoader(sample_service)


@pytest.fixture
def pane(qtbot: QtBot, loader: GatedLoader) -> Iterator[DetailPane]:
    widget = DetailPane(loader)
    qtbot.addWidget(widget)
    widget.read_on(BackgroundWork(widget))
    widget.resize(700, 500)
    widget.show()
    yield widget
    for _ in range(8):  # nothing the test left waiting holds the worker
        loader.gate.release()
    widget.stop_reading()


def _title(pane: DetailPane) -> str:
    return pane.toPlainText().splitlines()[0]


def test_a_page_is_read_on_the_worker_and_shown_when_it_is_in(
    qtbot: QtBot, pane: DetailPane, loader: GatedLoader
) -> None:
    pane.show_ref(RUSSIA)

    assert pane.reading
    assert pane.current_ref is None  # still the page shown before: nothing was read here
    qtbot.waitUntil(lambda: loader.asked == [RUSSIA], timeout=5000)
    assert threading.get_ident() not in loader.threads
    loader.gate.release()
    qtbot.waitUntil(lambda: pane.current_ref == RUSSIA, timeout=5000)
    assert not pane.reading
    assert "Russia" in _title(pane)


def test_a_slow_page_says_loading_until_it_is_in(
    qtbot: QtBot, pane: DetailPane, loader: GatedLoader
) -> None:
    pane.show_ref(RUSSIA)
    qtbot.waitUntil(lambda: pane.toPlainText().startswith("Loading…"), timeout=5000)
    loader.gate.release()
    qtbot.waitUntil(lambda: pane.current_ref == RUSSIA, timeout=5000)
    assert "Russia" in _title(pane)


def test_of_items_chosen_in_a_row_only_the_last_is_read_after_the_one_being_read(
    qtbot: QtBot, pane: DetailPane, loader: GatedLoader
) -> None:
    pane.show_ref(RUSSIA)
    qtbot.waitUntil(lambda: loader.asked == [RUSSIA], timeout=5000)
    pane.show_ref(CHINA)
    pane.show_ref(SCO)
    loader.gate.release()  # Russia's read ends; it is not shown, SCO's is read next
    qtbot.waitUntil(lambda: loader.asked == [RUSSIA, SCO], timeout=5000)
    assert pane.current_ref != RUSSIA
    loader.gate.release()
    qtbot.waitUntil(lambda: pane.current_ref == SCO, timeout=5000)
    assert "Shanghai" in pane.toPlainText()
    assert loader.asked == [RUSSIA, SCO]


def test_nothing_selected_while_a_page_is_read_shows_the_placeholder_and_stays(
    qtbot: QtBot, pane: DetailPane, loader: GatedLoader
) -> None:
    pane.show_ref(RUSSIA)
    pane.show_ref(None)
    assert pane.toPlainText().startswith("BorderDesk")
    loader.gate.release()
    qtbot.waitUntil(lambda: not pane.reading, timeout=5000)
    qtbot.wait(50)  # the worker's result has had its turn
    assert pane.current_ref is None
    assert pane.toPlainText().startswith("BorderDesk")


def test_a_new_date_reads_the_page_again_and_keeps_the_scroll_position(
    qtbot: QtBot, pane: DetailPane, loader: GatedLoader
) -> None:
    pane.resize(300, 200)  # a page longer than the pane
    pane.show_ref(RUSSIA)
    loader.gate.release()
    qtbot.waitUntil(lambda: pane.current_ref == RUSSIA, timeout=5000)
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 40
    bar.setValue(40)

    loader.on = date(2010, 6, 1)
    pane.set_date(date(2010, 6, 1))
    qtbot.waitUntil(lambda: loader.asked == [RUSSIA, RUSSIA], timeout=5000)
    loader.gate.release()
    qtbot.waitUntil(lambda: not pane.reading, timeout=5000)
    assert pane.current_ref == RUSSIA
    assert pane.as_of == date(2010, 6, 1)
    assert bar.value() == 40


def test_a_page_whose_read_fails_on_the_worker_says_so_as_a_read_here_would(
    qtbot: QtBot, sample_service: SampleService
) -> None:
    asked: list[int] = []

    def failing(ref: ItemRef) -> Page:
        asked.append(threading.get_ident())
        if len(asked) == 1:
            raise RuntimeError("disk gone")
        return load_detail(sample_service, ref)

    widget = DetailPane(failing)
    qtbot.addWidget(widget)
    widget.read_on(BackgroundWork(widget))
    widget.show_ref(RUSSIA)  # the worker fails; the page is read again here, and shown
    qtbot.waitUntil(lambda: widget.current_ref == RUSSIA, timeout=5000)
    assert asked[0] != threading.get_ident()
    assert asked[1] == threading.get_ident()
    assert "Russia" in _title(widget)
    widget.stop_reading()


def test_the_window_reads_pages_on_the_worker_only_for_a_large_dataset(
    qtbot: QtBot, sample_service: SampleService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = MainWindow(
        sample_service, Settings(tmp_path / "small.ini"), chart_factory=FakeChartPanel
    )
    qtbot.addWidget(small)
    small.show()
    qtbot.waitUntil(lambda: small.first_load.page_ready, timeout=10000)
    small.selection.select(SCO)
    assert small.detail_pane.current_ref == SCO  # read here, at once

    rows = main_window.item_rows(main_window.build_navigation(sample_service))
    monkeypatch.setattr(main_window, "LARGE_TREE_ROWS", rows)  # this data counts as large
    large = MainWindow(
        sample_service, Settings(tmp_path / "large.ini"), chart_factory=FakeChartPanel
    )
    qtbot.addWidget(large)
    large.show()
    qtbot.waitUntil(lambda: large.first_load.page_ready, timeout=10000)
    threads: set[int] = set()
    read = large.detail_pane.page_content

    def spy(ref: ItemRef, on: date | None = None) -> tuple[str, object]:
        threads.add(threading.get_ident())
        return read(ref, on)

    monkeypatch.setattr(large.detail_pane, "page_content", spy)
    large.selection.select(SCO)
    assert large.detail_pane.reading
    qtbot.waitUntil(lambda: large.detail_pane.current_ref == SCO, timeout=5000)
    assert threads
    assert threading.get_ident() not in threads
    assert "Shanghai" in large.detail_pane.toPlainText()
    large.close()
    assert not large.detail_pane.reading


def test_once_loaded_the_window_keeps_what_it_made_out_of_the_collectors_walks(
    qtbot: QtBot, sample_service: SampleService, tmp_path: Path
) -> None:
    gc.unfreeze()
    window = MainWindow(sample_service, Settings(tmp_path / "s.ini"), chart_factory=FakeChartPanel)
    qtbot.addWidget(window)
    root = window.navigation_model.node(QModelIndex())
    assert any(o is root for o in gc.get_objects())  # walked by every full collection
    window.show()
    qtbot.waitUntil(
        lambda: window.map_link.view is not None and not window.first_load.background.busy
    )

    assert gc.get_freeze_count() > 0
    assert not any(o is root for o in gc.get_objects())  # set aside with all start-up made
    window.selection.select(SCO)  # and the window works on as before
    assert window.detail_pane.current_ref == SCO


def test_the_map_and_the_search_index_are_read_once_the_chart_is_in(
    qtbot: QtBot, sample_service: SampleService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(sample_service, Settings(tmp_path / "s.ini"), chart_factory=FakeChartPanel)
    qtbot.addWidget(window)
    chart_in_when: dict[str, bool] = {}
    prepare_map = window.map_link.prepare

    def map_read() -> object:
        chart_in_when["map"] = window.chart_link.chart is not None
        return prepare_map()

    monkeypatch.setattr(window.map_link, "prepare", map_read)
    monkeypatch.setattr(
        window.navigation_model,
        "prepare_search",
        lambda real=window.navigation_model.prepare_search: (
            chart_in_when.setdefault("search", window.chart_link.chart is not None),
            real(),
        ),
    )
    window.show()
    qtbot.waitUntil(
        lambda: window.map_link.view is not None and not window.first_load.background.busy
    )

    assert chart_in_when == {"map": True, "search": True}
    assert search_ready(window.navigation_model.node(QModelIndex()))


def test_the_other_pages_are_prepared_on_the_worker_once_the_window_has_loaded(
    qtbot: QtBot, tmp_path: Path
) -> None:
    prepared_on: list[int] = []

    class Preparing(SampleService):
        def prepare_pages(self) -> None:
            prepared_on.append(threading.get_ident())

    window = MainWindow(Preparing(), Settings(tmp_path / "s.ini"), chart_factory=FakeChartPanel)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(
        lambda: window.map_link.view is not None and not window.first_load.background.busy
    )

    assert len(prepared_on) == 1
    assert prepared_on[0] != threading.get_ident()
