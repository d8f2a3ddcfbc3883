"""The chart's figures as a table: the toggle, sorting, choosing a row, copying as CSV."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QTableView, QTreeView
from pytestqt.qtbot import QtBot

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.sample import EDITION, SampleService
from borderdesk.gui.views.chart_table import CSV_MIME, ChartTable
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.real_window import chart_of, open_window
from tests.gui.test_navigation_model import child

CHINA = ItemRef(ItemKind.BORDER, "kz-cn")
SOURCE_LINE = (
    "\"Source: Guarding the Border of the World's Largest Landlocked Country — EdgeKz magazine, "
    f'c. 2012. BorderDesk dataset {EDITION.version} (28 November 2026, {EDITION.short_checksum})."'
)


@pytest.fixture
def window(qtbot: QtBot, sample_service: SampleService, tmp_path: Path) -> MainWindow:
    """Return the shown window with its real chart."""
    return open_window(qtbot, sample_service, tmp_path)


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[QClipboard]:
    """Return the clipboard, emptied afterwards (data left there crashes the exit offscreen)."""
    board = QGuiApplication.clipboard()
    yield board
    board.clear()


def table_of(window: MainWindow) -> ChartTable:
    table = window.findChild(QTableView, "chartTable")
    assert isinstance(table, ChartTable)
    return table


def show_table(qtbot: QtBot, window: MainWindow) -> ChartTable:
    """Press Ctrl+T in the window and return the table it shows."""
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    table = table_of(window)
    qtbot.waitUntil(table.isVisible)
    return table


def column(table: ChartTable, index: int) -> list[str]:
    """Return one column's texts, top to bottom, as shown."""
    model = table.model()
    return [str(model.index(row, index).data()) for row in range(model.rowCount())]


def headers(table: ChartTable) -> list[str]:
    model = table.model()
    return [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())]


def test_ctrl_t_swaps_the_plot_for_a_table_of_the_same_figures(
    qtbot: QtBot, window: MainWindow
) -> None:
    chart = chart_of(window)
    table = show_table(qtbot, window)

    assert not chart.plot_widget().isVisible()
    assert window.chart_table_action.isChecked()
    toggle = chart.findChild(QAbstractButton, "chartTableToggle")
    assert toggle is not None
    assert toggle.isChecked()
    assert headers(table) == ["Border", "Length (km)", "Share of total", "Source"]
    assert table.model().rowCount() == 6  # five borders and their total
    assert column(table, 0) == [*chart.bar_labels(), "Total"]
    lengths = [float(text.replace(",", "")) for text in column(table, 1)]
    assert lengths == [*chart.bar_heights().values(), sum(chart.bar_heights().values())]
    assert column(table, 2) == ["57%", "18%", "13%", "9%", "3%", "100%"]
    assert set(column(table, 3)) == {"Article (c. 2012)"}
    total = table.model().index(5, 1)
    assert total.data(Qt.ItemDataRole.FontRole).bold()
    assert not total.flags() & Qt.ItemFlag.ItemIsSelectable  # no border to choose

    toggle.click()  # the button in the chart's row goes back too, and the menu follows
    assert chart.plot_widget().isVisible()
    assert not table.isVisible()
    assert not window.chart_table_action.isChecked()


def test_the_table_follows_the_source_box(
    qtbot: QtBot, window: MainWindow, sample_service: SampleService
) -> None:
    table = show_table(qtbot, window)
    chart_of(window).set_series(sample_service.segment_series("CIA2015"))

    assert column(table, 1) == ["7,644", "2,330", "1,765", "1,212", "413", "13,364"]
    assert set(column(table, 3)) == {"CIA World Factbook 2015-2025"}


def test_the_table_shown_later_has_what_the_chart_showed_meanwhile(
    qtbot: QtBot, window: MainWindow, sample_service: SampleService
) -> None:
    chart_of(window).set_series(sample_service.segment_series("CIA2015"))  # table hidden
    window.selection.select(CHINA)

    table = show_table(qtbot, window)

    assert column(table, 1) == ["7,644", "2,330", "1,765", "1,212", "413", "13,364"]
    assert table.selected_key() == "kz-cn"
    assert table.selectionModel().currentIndex().data() == "China"


def test_clicking_the_length_heading_sorts_by_number(qtbot: QtBot, window: MainWindow) -> None:
    table = show_table(qtbot, window)
    header = table.horizontalHeader()

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_centre(table, 1))
    ascending = column(table, 1)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_centre(table, 1))
    descending = column(table, 1)

    # As text, "1,051" would come before "379"; the total stays last either way.
    assert ascending == ["379", "1,051", "1,533", "2,203", "6,846", "12,012"]
    assert descending == ["6,846", "2,203", "1,533", "1,051", "379", "12,012"]
    assert column(table, 0)[0] == "Russia"
    assert column(table, 0)[-1] == "Total"


def section_centre(table: ChartTable, section: int) -> QPoint:
    """Return the middle of a column heading, in the header's viewport."""
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_choosing_a_row_chooses_the_border_everywhere(qtbot: QtBot, window: MainWindow) -> None:
    table = show_table(qtbot, window)
    row = column(table, 0).index("China")
    rect = table.visualRect(table.model().index(row, 0))

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert window.selection.current == CHINA
    assert chart_of(window).highlighted_key() == "kz-cn"
    tree = window.findChild(QTreeView, "navigationTree")
    assert tree is not None
    assert tree.currentIndex().data() == "China"
    assert window.detail_pane.toPlainText().startswith("China")


def test_a_choice_elsewhere_selects_its_row(qtbot: QtBot, window: MainWindow) -> None:
    table = show_table(qtbot, window)
    tree = window.findChild(QTreeView, "navigationTree")
    assert tree is not None
    index = child(tree.model(), "Kyrgyzstan", child(tree.model(), "Borders"))
    tree.scrollTo(index)

    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
    )

    assert table.selected_key() == "kz-kg"
    window.selection.select(ItemRef(ItemKind.ORGANISATION, "sco"))
    assert table.selected_key() is None


def test_ctrl_c_copies_the_table_as_csv_with_its_source(
    qtbot: QtBot, window: MainWindow, clipboard: QClipboard
) -> None:
    table = show_table(qtbot, window)
    table.setFocus()

    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    mime = clipboard.mimeData()
    assert mime.hasFormat(CSV_MIME)
    text = bytes(mime.data(CSV_MIME).data()).decode("utf-8")
    assert mime.text() == text
    assert text.splitlines() == [
        "Border,Length (km),Share of total,Source",
        "Russia,6846,57%,Article (c. 2012)",
        "Uzbekistan,2203,18%,Article (c. 2012)",
        "China,1533,13%,Article (c. 2012)",
        "Kyrgyzstan,1051,9%,Article (c. 2012)",
        "Turkmenistan,379,3%,Article (c. 2012)",
        "Total,12012,100%,Article (c. 2012)",
        SOURCE_LINE,
    ]


def test_copy_as_csv_copies_the_compared_sources_one_column_each(
    qtbot: QtBot, window: MainWindow, clipboard: QClipboard
) -> None:
    chart = chart_of(window)
    compare = chart.findChild(QCheckBox, "chartCompareToggle")
    assert compare is not None
    compare.click()
    qtbot.waitUntil(chart.is_comparing)
    table = show_table(qtbot, window)
    assert headers(table) == [
        "Border",
        "Article (c. 2012) (km)",
        "CIA World Factbook 2015-2025 (km)",
    ]
    button = chart.findChild(QAbstractButton, "chartCopyCsv")
    assert button is not None

    button.click()

    lines = clipboard.text().splitlines()
    assert lines[0] == "Border,Article (c. 2012) (km),CIA World Factbook 2015-2025 (km)"
    assert lines[1] == "Russia,6846,7644"
    assert lines[6] == "Total,12012,13364"
    assert len(lines) == 8
    assert lines[-1].startswith('"Sources: Article (c. 2012) (Guarding the Border')
    assert "CIA World Factbook 2015-2025 (The World Factbook: Kazakhstan" in lines[-1]
    assert f"BorderDesk dataset {EDITION.version} (28 November 2026" in lines[-1]
