"""The navigation panel as a person uses it: typing, keys, clicks, and following the state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QTreeView
from pytestqt.qtbot import QtBot

from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.navigation import NavNode, build_navigation
from borderdesk.core.sample import SampleService
from borderdesk.gui.models.navigation_model import (
    DETAIL_COLUMN,
    ITEM_REF_ROLE,
    ROWS_AT_FIRST,
    TITLE_COLUMN,
    NavigationModel,
)
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.views.navigation import NavigationPanel
from tests.gui.test_navigation_model import TOP_LEVEL, all_titles, child

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CHINA = ItemRef(ItemKind.BORDER, "kz-cn")


@pytest.fixture
def state() -> SelectionState:
    return SelectionState()


@pytest.fixture
def panel(qtbot: QtBot, sample_service: SampleService, state: SelectionState) -> NavigationPanel:
    widget = NavigationPanel(NavigationModel(build_navigation(sample_service)), state)
    qtbot.addWidget(widget)
    widget.resize(340, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def tree_of(panel: NavigationPanel) -> QTreeView:
    tree = panel.findChild(QTreeView, "navigationTree")
    assert tree is not None
    return tree


def visible_titles(tree: QTreeView, parent: QModelIndex | None = None) -> list[str]:
    """Return the titles a person can see: rows of expanded parents only."""
    model = tree.model()
    parent = parent or QModelIndex()
    result: list[str] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        result.append(index.data())
        if tree.isExpanded(index):
            result.extend(visible_titles(tree, index))
    return result


def click_row(qtbot: QtBot, tree: QTreeView, title: str, group: str) -> None:
    model = tree.model()
    index = child(model, title, child(model, group))
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_widgets_have_their_names_and_hints(panel: NavigationPanel) -> None:
    search = panel.findChild(QLineEdit, "searchBox")
    assert search is not None
    assert search.placeholderText() == "Search borders, organisations, people…"
    assert search.isClearButtonEnabled()
    tree = tree_of(panel)
    assert tree.selectionMode() is QAbstractItemView.SelectionMode.SingleSelection


def test_everything_is_expanded_at_start(panel: NavigationPanel) -> None:
    tree = tree_of(panel)
    titles = visible_titles(tree)
    assert titles == all_titles(tree.model())  # every row of every group is on show
    assert titles[:3] == [TOP_LEVEL[0], "Borders", "Russia"]


def lengths_shown_in_full(tree: QTreeView) -> list[str]:
    """Return the border lengths, asserting each fits its cell without eliding."""
    model = tree.model()
    borders = child(model, "Borders")
    metrics = tree.fontMetrics()
    lengths = []
    for row in range(model.rowCount(borders)):
        index = model.index(row, DETAIL_COLUMN, borders)
        lengths.append(index.data())
        assert tree.visualRect(index).width() >= metrics.horizontalAdvance(index.data())
    return lengths


def test_the_lengths_column_fits_the_longest_length(panel: NavigationPanel) -> None:
    tree = tree_of(panel)

    assert lengths_shown_in_full(tree)[0] == "6,846 km"
    assert tree.columnWidth(DETAIL_COLUMN) == tree.sizeHintForColumn(DETAIL_COLUMN)
    assert tree.columnWidth(TITLE_COLUMN) > tree.columnWidth(DETAIL_COLUMN)  # titles get the rest

    model = tree.model()
    assert isinstance(model, NavigationModel)
    root = NavNode("BorderDesk")
    borders = root.add(NavNode("Borders"))
    borders.add(NavNode("Russia", RUSSIA, "1,234,567,890.5 km"))
    model.set_root(root)  # a new tree: expanded and fitted again

    assert lengths_shown_in_full(tree) == ["1,234,567,890.5 km"]
    assert tree.columnWidth(DETAIL_COLUMN) == tree.sizeHintForColumn(DETAIL_COLUMN)


def test_typing_filters_and_keeps_the_match_expanded(qtbot: QtBot, panel: NavigationPanel) -> None:
    qtbot.keyClicks(panel.search_box, "RUSS")

    assert visible_titles(tree_of(panel)) == ["Borders", "Russia"]


def test_escape_clears_the_search_and_restores_everything(
    qtbot: QtBot, panel: NavigationPanel
) -> None:
    tree = tree_of(panel)
    before = visible_titles(tree)
    qtbot.keyClicks(panel.search_box, "uzb")
    assert "Russia" not in visible_titles(tree)

    qtbot.keyClick(panel.search_box, Qt.Key.Key_Escape)

    assert panel.search_box.text() == ""
    assert visible_titles(tree) == before


def test_clicking_a_row_selects_the_item(
    qtbot: QtBot, panel: NavigationPanel, state: SelectionState
) -> None:
    with qtbot.waitSignal(state.selection_changed) as blocker:
        click_row(qtbot, tree_of(panel), "China", "Borders")

    assert blocker.args == [CHINA]
    assert state.origin is panel


def test_clicking_a_group_heading_keeps_the_selection(
    qtbot: QtBot, panel: NavigationPanel, state: SelectionState
) -> None:
    state.select(RUSSIA)
    tree = tree_of(panel)
    borders = child(tree.model(), "Borders")

    with qtbot.assertNotEmitted(state.selection_changed):
        qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(borders).center()
        )

    def russia_highlighted() -> bool:
        return [i.data() for i in tree.selectionModel().selectedRows()] == ["Russia"]

    qtbot.waitUntil(russia_highlighted)
    assert tree.currentIndex().data() == "Borders"
    assert state.current == RUSSIA


def test_down_from_the_search_box_selects_the_first_match(
    qtbot: QtBot, panel: NavigationPanel, state: SelectionState
) -> None:
    panel.search_box.setFocus()
    qtbot.keyClicks(panel.search_box, "chin")

    qtbot.keyClick(panel.search_box, Qt.Key.Key_Down)

    tree = tree_of(panel)
    qtbot.waitUntil(tree.hasFocus)
    assert tree.currentIndex().data() == "China"
    assert state.current == CHINA


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, panel: NavigationPanel) -> None:
    tree = tree_of(panel)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)

    qtbot.keyClick(tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(panel.search_box.hasFocus)
    assert QApplication.focusWidget() is panel.search_box


def test_a_change_of_state_selects_the_row_without_echo(
    qtbot: QtBot, panel: NavigationPanel, state: SelectionState
) -> None:
    emitted: list[object] = []
    state.selection_changed.connect(emitted.append)

    state.select(CHINA, origin="chart")

    assert emitted == [CHINA]  # the tree followed without writing back
    assert tree_of(panel).currentIndex().data() == "China"


def test_typing_does_not_change_the_selection(
    qtbot: QtBot, panel: NavigationPanel, state: SelectionState
) -> None:
    state.select(RUSSIA, origin="test")

    with qtbot.assertNotEmitted(state.selection_changed):
        qtbot.keyClicks(panel.search_box, "organ")

    assert state.current == RUSSIA
    panel.search_box.clear()
    assert tree_of(panel).currentIndex().data() == "Russia"  # shown again once visible


def test_selecting_a_hidden_item_clears_the_filter(
    qtbot: QtBot, panel: NavigationPanel, state: SelectionState
) -> None:
    qtbot.keyClicks(panel.search_box, "russ")

    state.select(CHINA, origin="chart")

    assert panel.search_box.text() == ""
    assert tree_of(panel).currentIndex().data() == "China"
    assert "Uzbekistan" in visible_titles(tree_of(panel))


def test_clearing_the_state_clears_the_tree(
    qtbot: QtBot, panel: NavigationPanel, state: SelectionState
) -> None:
    state.select(OVERVIEW_REF, origin="test")
    state.clear(origin="test")

    assert tree_of(panel).selectionModel().selectedRows() == []
    assert all_titles(tree_of(panel).model())[0] == "Kazakhstan overview"


def test_search_finds_an_organisation_by_its_full_name(
    qtbot: QtBot, panel: NavigationPanel
) -> None:
    box = panel.findChild(QLineEdit, "searchBox")
    assert box is not None
    qtbot.keyClicks(box, "collective SECURITY")
    assert visible_titles(tree_of(panel)) == ["Organisations", "CSTO"]
    assert not panel.no_matches.isVisible()


def test_search_with_no_match_says_so_and_clearing_restores(
    qtbot: QtBot, panel: NavigationPanel
) -> None:
    box = panel.findChild(QLineEdit, "searchBox")
    assert box is not None
    qtbot.keyClicks(box, "zzzq")
    assert visible_titles(tree_of(panel)) == []
    assert panel.no_matches.isVisible()
    assert panel.no_matches.text() == "Nothing matches “zzzq”."
    box.clear()
    assert not panel.no_matches.isVisible()
    assert "Russia" in visible_titles(tree_of(panel))


def test_rows_without_a_length_span_both_columns_so_their_titles_are_whole(
    qtbot: QtBot, panel: NavigationPanel
) -> None:
    tree = tree_of(panel)
    model = tree.model()
    comparisons = child(model, "Comparisons")
    grid = child(model, "Borders × organisations", comparisons)
    russia = child(model, "Russia", child(model, "Borders"))

    assert tree.isFirstColumnSpanned(grid.row(), comparisons)
    assert not tree.isFirstColumnSpanned(russia.row(), russia.parent())  # its length beside it
    # The whole width, not only the title column's: drawn without "…".
    assert tree.visualRect(grid).width() > tree.columnWidth(TITLE_COLUMN)
    assert tree.visualRect(russia).width() <= tree.columnWidth(TITLE_COLUMN)
    metrics = tree.fontMetrics()
    assert metrics.horizontalAdvance("Borders × organisations") < tree.visualRect(grid).width()

    panel.search_box.setText("organisations")  # the rows left move: spanned again
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    comparisons = child(model, "Comparisons")
    grid = child(model, "Borders × organisations", comparisons)
    assert tree.isFirstColumnSpanned(grid.row(), comparisons)


def span_mistakes(tree: QTreeView) -> list[str]:
    """Return each row shown whose span is wrong: spanned with a length, or cut without one."""
    model = tree.model()
    wrong = []
    for row in range(model.rowCount()):
        heading = model.index(row, TITLE_COLUMN)
        rows = [(row, QModelIndex())] + [(n, heading) for n in range(model.rowCount(heading))]
        for number, parent in rows:
            has_length = bool(model.index(number, DETAIL_COLUMN, parent).data())
            if tree.isFirstColumnSpanned(number, parent) == has_length:
                wrong.append(str(model.index(number, TITLE_COLUMN, parent).data()))
    return wrong


def test_every_row_a_search_shows_spans_as_its_length_asks_typing_and_clearing(
    qtbot: QtBot, panel: NavigationPanel, sample_service: SampleService
) -> None:
    tree = tree_of(panel)
    assert span_mistakes(tree) == []
    # Queries that show borders alone, no borders, a mix, nothing, then everything again.
    for text in ("r", "ru", "rus", "org", "sco", "zzzz", "", "c", "ch", "", "s", "so", "k", ""):
        panel.search_box.setText(text)
        assert span_mistakes(tree) == [], text
    panel.search_box.setText("ch")
    model = tree.model()
    assert isinstance(model, NavigationModel)
    model.set_root(build_navigation(sample_service))  # a new language: a new tree
    assert span_mistakes(tree) == []
    panel.search_box.setText("")
    assert span_mistakes(tree) == []


def test_search_finds_the_right_rows_in_a_tree_of_ten_thousand(
    qtbot: QtBot, state: SelectionState
) -> None:
    root = NavNode("BorderDesk")
    for group in ("Borders", "Sources"):
        heading = root.add(NavNode(group))
        for n in range(5000):
            ref = ItemRef(ItemKind.SOURCE if group == "Sources" else ItemKind.BORDER, f"{n}")
            heading.add(NavNode(f"{group[:-1]} {n:04d}", ref, f"{n * 3:,} km"))
    panel = NavigationPanel(NavigationModel(root), state)
    qtbot.addWidget(panel)
    panel.resize(340, 600)
    panel.show()
    qtbot.waitExposed(panel)

    qtbot.keyClicks(panel.search_box, "source 12")

    expected = [f"Source {n:04d}" for n in range(5000) if f"{n:04d}".startswith("12")]
    assert visible_titles(tree_of(panel)) == ["Sources", *expected]
    qtbot.keyClicks(panel.search_box, "34")  # "source 1234"
    assert visible_titles(tree_of(panel)) == ["Sources", "Source 1234"]
    panel.search_box.setText("3,702 km")  # the detail column: 1234 x 3
    assert visible_titles(tree_of(panel)) == ["Borders", "Border 1234", "Sources", "Source 1234"]
    panel.search_box.clear()  # each heading's first rows, then one that shows the rest
    titles = visible_titles(tree_of(panel))
    assert len(titles) == 2 * (1 + ROWS_AT_FIRST + 1)
    assert titles[ROWS_AT_FIRST : ROWS_AT_FIRST + 3] == ["Border 0199", "Show all 5,000", "Sources"]


def renamed(sample_service: SampleService, suffix: str, extra: int = 0) -> NavNode:
    """Return the sample's tree with its items renamed (another language), more groups."""
    root = NavNode("BorderDesk")
    for top in build_navigation(sample_service).children:
        heading = root.add(NavNode(top.title, top.ref, top.detail))
        for item in top.children:
            detail = f"{item.detail}{suffix}" if item.detail else ""
            heading.add(NavNode(f"{item.title}{suffix}", item.ref, detail))
    for n in range(extra):
        heading = root.add(NavNode(f"Extra {n}"))
        heading.add(NavNode(f"Extra item {n}", ItemRef(ItemKind.TOPIC, f"extra{n}")))
    return root


@pytest.mark.parametrize("extra", [0, 2])
def test_a_new_tree_shows_every_row_open_with_the_chosen_item_still_selected(
    panel: NavigationPanel, state: SelectionState, sample_service: SampleService, extra: int
) -> None:
    tree = tree_of(panel)
    state.select(CHINA)
    model = tree.model()
    assert isinstance(model, NavigationModel)
    root = renamed(sample_service, " (in Russian)", extra)

    model.set_root(root)
    panel.show_current()

    titles = visible_titles(tree)  # every heading of the new tree is open, in its order
    assert titles == [node.title for node in root.walk() if node is not root]
    assert "China (in Russian)" in titles
    assert "China" not in titles
    assert titles[len(titles) - 2 * extra :] == [
        text for n in range(extra) for text in (f"Extra {n}", f"Extra item {n}")
    ]
    chosen = tree.selectionModel().selectedRows()
    assert [index.data() for index in chosen] == ["China (in Russian)"]
    assert tree.currentIndex().data() == "China (in Russian)"
    assert span_mistakes(tree) == []
    lengths = lengths_shown_in_full(tree)  # the longer lengths fit
    assert lengths[0] == "6,846 km (in Russian)"
    assert tree.columnWidth(DETAIL_COLUMN) == tree.sizeHintForColumn(DETAIL_COLUMN)


def test_a_new_tree_without_the_chosen_item_has_no_row_selected_or_current(
    panel: NavigationPanel, state: SelectionState
) -> None:
    tree = tree_of(panel)
    state.select(CHINA)
    model = tree.model()
    assert isinstance(model, NavigationModel)
    root = NavNode("BorderDesk")
    heading = root.add(NavNode("Borders"))
    heading.add(NavNode("Russia", RUSSIA, "7,000 km"))

    model.set_root(root)
    panel.show_current()

    assert visible_titles(tree) == ["Borders", "Russia"]
    assert tree.selectionModel().selectedRows() == []
    assert not tree.currentIndex().isValid()


def test_a_search_without_the_item_being_read_shows_its_first_matches(
    qtbot: QtBot, panel: NavigationPanel, state: SelectionState
) -> None:
    tree = tree_of(panel)
    panel.resize(340, 130)  # a few rows at a time: the matches do not all fit
    model = tree.model()
    last_group = model.index(model.rowCount() - 1, 0)
    last = model.index(model.rowCount(last_group) - 1, 0, last_group)
    title, ref = last.data(), last.data(ITEM_REF_ROLE)
    state.select(ref, origin="test")
    assert tree.verticalScrollBar().value() > 0  # scrolled down to the item read

    qtbot.keyClicks(panel.search_box, "in")

    assert title not in visible_titles(tree)  # not among the matches
    assert tree.verticalScrollBar().maximum() > 0
    assert tree.verticalScrollBar().value() == 0
    assert tree.indexAt(tree.viewport().rect().topLeft()) == model.index(0, 0)
