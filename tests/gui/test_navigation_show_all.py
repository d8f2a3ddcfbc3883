"""A heading with many rows shows its first ones and a row that shows them all.

A large pack's search (or its whole tree) would lay out tens of thousands of rows on each
keystroke: each heading shows its first ``ROWS_AT_FIRST`` rows, then "Show all 4,005 matches",
which brings in the rest when clicked, double-clicked, entered or reached with the arrow keys.
Every match stays reachable; a tree of few rows (the bundled data) looks as it always did.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTreeView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from borderdesk.core.language import Language
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.navigation import NavNode, build_navigation, ranked_search
from borderdesk.data.build import build_database
from borderdesk.data.packs.exporter import export_pack
from borderdesk.data.packs.importer import import_pack
from borderdesk.data.store import open_store
from borderdesk.gui.models.navigation_model import (
    ITEM_REF_ROLE,
    ROWS_AT_FIRST,
    TITLE_COLUMN,
    NavigationModel,
)
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.translation import install_language
from borderdesk.gui.views.navigation import NavigationPanel
from tests.data.helpers import FIXTURE
from tests.gui.test_navigation_view import span_mistakes

GROUPS = ("Borders", "Events")
COUNT = 1000  # rows under each heading


def big_tree() -> NavNode:
    """Return two headings of a thousand rows each: borders with a length, events without."""
    root = NavNode("BorderDesk")
    for group in GROUPS:
        heading = root.add(NavNode(group))
        for n in range(COUNT):
            word = "kappa" if n % 2 else "beta"
            if group == "Borders":
                ref = ItemRef(ItemKind.BORDER, f"b{n}")
                heading.add(NavNode(f"Border {n:04d} {word}", ref, f"{n + 1:,} km"))
            else:
                heading.add(NavNode(f"Event {n:04d} {word}", ItemRef(ItemKind.EVENT, f"e{n}")))
    return root


def open_panel(qtbot: QtBot, root: NavNode, state: SelectionState | None = None) -> NavigationPanel:
    panel = NavigationPanel(NavigationModel(root), state or SelectionState())
    qtbot.addWidget(panel)
    panel.resize(340, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def shown(tree: QTreeView) -> list[tuple[str, list[str]]]:
    """Return each heading the tree shows with the titles of its rows."""
    model = tree.model()
    rows = []
    for row in range(model.rowCount()):
        heading = model.index(row, TITLE_COLUMN)
        assert tree.isExpanded(heading) or not model.rowCount(heading)
        titles = [model.index(r, 0, heading).data() for r in range(model.rowCount(heading))]
        rows.append((heading.data(), titles))
    return rows


def expected(root: NavNode, query: str, opened: tuple[str, ...] = ()) -> list[Any]:
    """Return what the search finds, each heading cut to its first rows unless opened."""
    rows = []
    for top, children in ranked_search(root, query).shown:
        titles = [c.title for c in children]
        if len(titles) > ROWS_AT_FIRST and top.title not in opened:
            more = f"Show all {len(titles):,} matches" if query else f"Show all {len(titles):,}"
            titles = [*titles[:ROWS_AT_FIRST], more]
        rows.append((top.title, titles))
    return rows


def show_all_row(tree: QTreeView, group: str) -> QModelIndex:
    """Return the last row under a heading (its "Show all" row, when it has one)."""
    model = tree.model()
    for row in range(model.rowCount()):
        heading = model.index(row, TITLE_COLUMN)
        if heading.data() == group:
            return model.index(model.rowCount(heading) - 1, TITLE_COLUMN, heading)
    raise AssertionError(group)


def test_the_bundled_data_shows_every_row_as_before(qtbot: QtBot) -> None:
    root = build_navigation(open_store())
    panel = open_panel(qtbot, root)
    for query in ("", "a", "ka", "ШОС", "s", ""):
        panel.search_box.setText(query)
        rows = [
            (top.title, [c.title for c in children])
            for top, children in ranked_search(root, query).shown
        ]
        assert shown(panel.tree) == rows, query
    assert sum(len(titles) + 1 for _, titles in shown(panel.tree)) == len(list(root.walk())) - 1


def test_a_large_tree_shows_each_headings_first_rows_then_a_row_for_the_rest(
    qtbot: QtBot,
) -> None:
    root = big_tree()
    panel = open_panel(qtbot, root)
    assert shown(panel.tree) == expected(root, "")
    assert shown(panel.tree)[0][1][-1] == "Show all 1,000"

    for query in ("k", "ka", "kap", "kappa", "e", "0", "00", "", "beta", "border 01"):
        panel.search_box.setText(query)
        assert shown(panel.tree) == expected(root, query), query
        assert span_mistakes(panel.tree) == [], query
    panel.search_box.setText("kappa")
    assert shown(panel.tree)[1][1][-1] == "Show all 500 matches"
    # An action, not an item: in italics, neither bold like a heading nor plain like a row.
    model = panel.tree.model()
    events = model.index(1, TITLE_COLUMN)
    show_all = model.index(ROWS_AT_FIRST, TITLE_COLUMN, events).data(Qt.ItemDataRole.FontRole)
    assert show_all.italic()
    assert not show_all.bold()
    assert model.index(0, TITLE_COLUMN, events).data(Qt.ItemDataRole.FontRole) is None


def test_clicking_show_all_shows_every_match_and_keeps_the_page(qtbot: QtBot) -> None:
    root = big_tree()
    state = SelectionState()
    panel = open_panel(qtbot, root, state)
    state.select(ItemRef(ItemKind.BORDER, "b1"), origin="test")
    panel.search_box.setText("kappa")
    tree = panel.tree
    more = show_all_row(tree, "Events")
    tree.scrollTo(more)

    with qtbot.assertNotEmitted(state.selection_changed):
        qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(more).center()
        )

    assert shown(tree) == expected(root, "kappa", opened=("Events",))
    assert span_mistakes(tree) == []
    assert tree.currentIndex().data() == "Event 0401 kappa"  # the first row that came in
    qtbot.waitUntil(
        lambda: [i.data() for i in tree.selectionModel().selectedRows()] == ["Border 0001 kappa"]
    )
    assert state.current == ItemRef(ItemKind.BORDER, "b1")

    panel.search_box.setText("kappa 0")  # another query: first rows again
    assert shown(tree) == expected(root, "kappa 0")


def test_the_arrow_keys_go_on_through_show_all_into_the_rest(qtbot: QtBot) -> None:
    root = big_tree()
    state = SelectionState()
    panel = open_panel(qtbot, root, state)
    panel.search_box.setText("beta")
    tree = panel.tree
    borders = tree.model().index(0, TITLE_COLUMN)
    last = tree.model().index(ROWS_AT_FIRST - 1, TITLE_COLUMN, borders)
    tree.setFocus()
    tree.setCurrentIndex(last)
    assert state.current == last.data(ITEM_REF_ROLE)

    qtbot.keyClick(tree, Qt.Key.Key_Down)  # onto "Show all 500 matches": the rest come in

    assert shown(tree) == expected(root, "beta", opened=("Borders",))
    assert tree.currentIndex().data() == f"Border {2 * ROWS_AT_FIRST:04d} beta"
    with qtbot.waitSignal(state.selection_changed) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert blocker.args == [ItemRef(ItemKind.BORDER, f"b{2 * ROWS_AT_FIRST + 2}")]
    for _ in range(COUNT // 2 - ROWS_AT_FIRST - 2):  # to the last match
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert state.current == ItemRef(ItemKind.BORDER, f"b{COUNT - 2}")


def test_enter_and_double_click_on_show_all_show_the_rest(qtbot: QtBot) -> None:
    root = big_tree()
    panel = open_panel(qtbot, root)
    tree = panel.tree
    panel.search_box.setText("a")  # every row: 1,000 under each heading
    qtbot.mouseDClick(
        tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=tree.visualRect(_scrolled_to(tree, show_all_row(tree, "Borders"))).center(),
    )
    assert shown(tree) == expected(root, "a", opened=("Borders",))
    assert span_mistakes(tree) == []

    tree.setCurrentIndex(tree.model().index(ROWS_AT_FIRST, TITLE_COLUMN, tree.model().index(0, 0)))
    panel.search_box.setText("ka")  # the cursor's row is "Show all 500 matches" now
    assert tree.currentIndex().data() == "Show all 500 matches"
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)

    assert shown(tree) == expected(root, "ka", opened=("Borders",))


def _scrolled_to(tree: QTreeView, index: QModelIndex) -> QModelIndex:
    tree.scrollTo(index)
    return index


def test_an_item_chosen_elsewhere_is_shown_among_every_row_of_its_heading(
    qtbot: QtBot,
) -> None:
    root = big_tree()
    state = SelectionState()
    panel = open_panel(qtbot, root, state)
    panel.search_box.setText("kappa")
    far = ItemRef(ItemKind.EVENT, "e999")  # the last match, far beyond the first rows

    state.select(far, origin="map")

    assert shown(panel.tree) == expected(root, "kappa", opened=("Events",))
    assert [i.data() for i in panel.tree.selectionModel().selectedRows()] == ["Event 0999 kappa"]
    assert span_mistakes(panel.tree) == []
    state.select(ItemRef(ItemKind.EVENT, "e998"), origin="map")  # not a match: search cleared
    assert panel.search_box.text() == ""
    assert [i.data() for i in panel.tree.selectionModel().selectedRows()] == ["Event 0998 beta"]


@pytest.mark.parametrize(
    ("language", "searching", "whole"),
    [
        (Language.EN, "Show all 1,000 matches", "Show all 1,000"),
        (Language.RU, "Показать все 1\xa0000 совпадений", "Показать все (1\xa0000)"),
        (Language.KK, "Барлық 1\xa0000 нәтижені көрсету", "Барлығын көрсету (1\xa0000)"),
    ],
)
def test_the_show_all_row_speaks_the_interface_language(
    qtbot: QtBot, language: Language, searching: str, whole: str
) -> None:
    install_language(language)
    panel = open_panel(qtbot, big_tree())
    assert show_all_row(panel.tree, "Borders").data() == whole
    panel.search_box.setText("a")
    assert show_all_row(panel.tree, "Borders").data() == searching


def test_the_russian_count_agrees_with_its_noun(qtbot: QtBot) -> None:
    install_language(Language.RU)
    root = NavNode("BorderDesk")
    heading = root.add(NavNode("Events"))
    for n in range(ROWS_AT_FIRST + 2):
        heading.add(NavNode(f"Event {n}", ItemRef(ItemKind.EVENT, f"e{n}")))
    panel = open_panel(qtbot, root)
    panel.search_box.setText("event")
    assert show_all_row(panel.tree, "Events").data() == "Показать все 202 совпадения"


def grown(pack: dict[str, Any]) -> dict[str, Any]:
    """Add more borders (with lengths) and events than a heading shows at first."""
    for n in range(ROWS_AT_FIRST + 150):
        country = f"X{n:03d}"
        pack["country"].append({"id": country, "name": f"Country {n:03d}", "kind": "country"})
        length = [{"value": 10 + n, "source": "ART"}]
        pack["segment"].append({"id": f"kz-x{n:03d}", "neighbour": country, "length": length})
        pack["event"].append({"id": f"ev{n:03d}", "title": f"Event {n:03d}", "date": "2030-01"})
    return pack


def test_a_generated_pack_shows_the_searchs_rows_letter_by_letter(
    qtbot: QtBot, tmp_path: Path
) -> None:
    build_database(FIXTURE, tmp_path / "mini.sqlite")
    pack = grown(export_pack(tmp_path / "mini.sqlite", tmp_path / "mini.json"))
    (tmp_path / "large.json").write_text(json.dumps(pack), encoding="utf-8")
    root = build_navigation(open_store(import_pack(tmp_path / "large.json", tmp_path / "p").path))
    panel = open_panel(qtbot, root)
    fresh = build_navigation(open_store(import_pack(tmp_path / "large.json", tmp_path / "q").path))
    assert shown(panel.tree) == expected(fresh, "")

    for query in ("country 1", "event 0", "c", "ev"):
        for end in [*range(1, len(query) + 1), *range(len(query) - 1, -1, -1)]:
            panel.search_box.setText(query[:end])
            assert shown(panel.tree) == expected(fresh, query[:end]), query[:end]
            assert span_mistakes(panel.tree) == [], query[:end]


def test_the_model_with_show_all_rows_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = NavigationModel(big_tree())
    model.set_query("kappa")
    qtmodeltester.check(model)
    assert model.show_all(model.index(ROWS_AT_FIRST, TITLE_COLUMN, model.index(1, 0)))
    qtmodeltester.check(model)
