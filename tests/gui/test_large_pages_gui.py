"""A large pack in the window: long tables go to a table view under a short page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from borderdesk.core.model import LIST_LIMIT, ItemKind, ItemRef
from borderdesk.core.pages import GRID_REF, LENGTHS_REF
from borderdesk.data.store import open_store
from borderdesk.data.store_service import StoreService
from borderdesk.gui.settings import Settings
from borderdesk.gui.window.main_window import MainWindow
from tests.data.test_large_pages import MANY, large_pack
from tests.gui.fakes import FakeChartPanel


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return large_pack(tmp_path_factory.mktemp("large-gui"))


@pytest.fixture
def window(qtbot: QtBot, large_db: Path, tmp_path: Path) -> MainWindow:
    shown = MainWindow(
        open_store(large_db), Settings(tmp_path / "settings.ini"), chart_factory=FakeChartPanel
    )
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitUntil(lambda: shown.detail_pane.toPlainText() != "Loading…")
    return shown


def test_the_grid_of_a_large_pack_is_a_table_of_every_border(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.selection.select(GRID_REF)

    text = window.detail_pane.toPlainText()
    assert text.startswith("Borders × organisations")
    assert f"The table below gives all {MANY + 5:,} neighbours" in text
    table = window.page_table
    assert table.isVisible()
    model = table.model()
    assert model.rowCount() == MANY + 5
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Neighbour"
    # A neighbour the article lists in the SCO, as Kazakhstan: shared then, with its source.
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Country 000")
    sco = next(
        c
        for c in range(1, model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "SCO"
    )
    assert model.index(row, sco).data().startswith("✓ 2012")
    assert model.index(row, sco).data().endswith("— Article (c. 2012)")


def test_choosing_a_row_of_the_long_table_opens_its_border(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.selection.select(LENGTHS_REF)
    table = window.page_table
    assert table.isVisible()
    assert table.model().rowCount() == MANY + 5
    first = table.model().index(0, 0)
    longest = first.data()
    assert table.model().headerData(1, Qt.Orientation.Horizontal) == "Article (c. 2012) (km)"

    table.setFocus()
    table.setCurrentIndex(first)
    qtbot.keyClick(table, Qt.Key.Key_Return)

    assert window.selection.current is not None
    assert window.selection.current.kind is ItemKind.BORDER
    assert window.detail_pane.toPlainText().startswith(longest)
    assert not table.isVisible()  # a border's page has no long table


def test_small_pages_keep_their_tables_in_the_page(
    qtbot: QtBot, window: MainWindow, large_db: Path
) -> None:
    service: StoreService = open_store(large_db)
    window.selection.select(ItemRef(ItemKind.ORGANISATION, "sco"))

    assert not window.page_table.isVisible()
    text = window.detail_pane.toPlainText()
    members = service.organisation("sco").memberships
    assert len(members) == LIST_LIMIT
    assert "more memberships." in text
