"""The navigation item model and its search, as the tree shows them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.navigation import NavNode, build_navigation
from borderdesk.core.sample import SampleService
from borderdesk.gui.models.navigation_model import ITEM_REF_ROLE, ROWS_AT_FIRST, NavigationModel

TOP_LEVEL = [
    "Kazakhstan overview",
    "Borders",
    "Comparisons",
    "Organisations",
    "Topics and threats",
    "People",
    "Events",
    "Sources",
]
BORDERS = ["Russia", "Uzbekistan", "China", "Kyrgyzstan", "Turkmenistan"]


def titles(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Return the titles of parent's children."""
    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def child(model: QAbstractItemModel, title: str, parent: QModelIndex | None = None) -> QModelIndex:
    """Return the child row with this title (invalid if absent)."""
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == title:
            return index
    return QModelIndex()


def all_titles(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Return every title in the model, depth first."""
    result: list[str] = []
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        result.append(index.data())
        result.extend(all_titles(model, index))
    return result


def make_model(sample_service: SampleService) -> NavigationModel:
    return NavigationModel(build_navigation(sample_service))


def test_top_level_rows(sample_service: SampleService) -> None:
    assert titles(make_model(sample_service)) == TOP_LEVEL


def test_borders_longest_first_with_lengths_right_aligned(sample_service: SampleService) -> None:
    model = make_model(sample_service)
    borders = child(model, "Borders")

    assert titles(model, borders) == BORDERS
    russia_detail = model.index(0, 1, borders)
    assert russia_detail.data() == "6,846 km"
    alignment = Qt.AlignmentFlag(russia_detail.data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_items_carry_their_reference_and_groups_are_not_selectable(
    sample_service: SampleService,
) -> None:
    model = make_model(sample_service)
    borders = child(model, "Borders")
    russia = model.index(0, 0, borders)

    assert russia.data(ITEM_REF_ROLE) == ItemRef(ItemKind.BORDER, "kz-ru")
    assert model.flags(russia) & Qt.ItemFlag.ItemIsSelectable
    assert borders.data(ITEM_REF_ROLE) is None
    assert not model.flags(borders) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(borders) & Qt.ItemFlag.ItemIsEnabled


def test_index_for_ref_finds_the_row(sample_service: SampleService) -> None:
    model = make_model(sample_service)

    china = model.index_for_ref(ItemRef(ItemKind.BORDER, "kz-cn"))

    assert china.data() == "China"
    assert china.parent().data() == "Borders"
    assert not model.index_for_ref(ItemRef(ItemKind.BORDER, "kz-xx")).isValid()


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, sample_service: SampleService
) -> None:
    qtmodeltester.check(make_model(sample_service))


def test_model_reset_to_another_tree(qtmodeltester: ModelTester) -> None:
    model = NavigationModel()
    assert model.rowCount() == 0
    root = NavNode("root")
    root.add(NavNode("Only", ItemRef(ItemKind.TOPIC, "only")))
    model.set_root(root)
    qtmodeltester.check(model)
    assert titles(model) == ["Only"]


def filtered(sample_service: SampleService, query: str) -> NavigationModel:
    model = make_model(sample_service)
    model.set_query(query)
    return model


def test_filter_keeps_parents_of_a_match_case_insensitively(
    sample_service: SampleService,
) -> None:
    proxy = filtered(sample_service, "RUSS")

    assert titles(proxy) == ["Borders"]
    assert titles(proxy, child(proxy, "Borders")) == ["Russia"]


def test_filter_matches_the_detail_column(sample_service: SampleService) -> None:
    proxy = filtered(sample_service, "1,533")

    assert all_titles(proxy) == ["Borders", "China"]


def test_a_matching_group_shows_all_its_children(sample_service: SampleService) -> None:
    proxy = filtered(sample_service, "organis")

    # The heading whose name starts with the query before the one with a row that has it.
    assert titles(proxy) == ["Organisations", "Comparisons"]
    assert titles(proxy, child(proxy, "Comparisons")) == ["Borders × organisations"]
    assert titles(proxy, child(proxy, "Organisations")) == ["CSTO", "SCO"]


def test_filter_is_accent_insensitive() -> None:
    root = NavNode("root")
    neighbours = root.add(NavNode("Neighbours"))
    neighbours.add(NavNode("Türkiye", ItemRef(ItemKind.TOPIC, "tr")))
    neighbours.add(NavNode("Russia", ItemRef(ItemKind.TOPIC, "ru")))
    proxy = NavigationModel(root)

    proxy.set_query("turkiye")
    assert all_titles(proxy) == ["Neighbours", "Türkiye"]
    proxy.set_query("TÜRK")
    assert all_titles(proxy) == ["Neighbours", "Türkiye"]


def test_no_match_shows_nothing_and_clearing_restores_all(sample_service: SampleService) -> None:
    proxy = filtered(sample_service, "zzz-no-such-thing")
    assert proxy.rowCount() == 0

    proxy.set_query("")

    assert titles(proxy) == TOP_LEVEL
    assert all_titles(proxy) == all_titles(make_model(sample_service))


def test_filtered_model_passes_the_model_tester(
    qtmodeltester: ModelTester, sample_service: SampleService
) -> None:
    proxy = filtered(sample_service, "an")
    qtmodeltester.check(proxy)
    proxy.set_query("")
    qtmodeltester.check(proxy)


def test_a_search_keeps_the_items_references_and_finds_them(sample_service: SampleService) -> None:
    model = filtered(sample_service, "ch")

    china = model.index_for_ref(ItemRef(ItemKind.BORDER, "kz-cn"))
    assert china.data() == "China"
    assert china.data(ITEM_REF_ROLE) == ItemRef(ItemKind.BORDER, "kz-cn")
    assert china.parent().data() == "Borders"
    russia = ItemRef(ItemKind.BORDER, "kz-ru")
    assert not model.index_for_ref(russia).isValid()  # hidden by the search
    assert model.contains(russia)  # but in the tree
    assert not model.contains(ItemRef(ItemKind.BORDER, "kz-xx"))


def test_a_tree_deeper_than_headings_and_items_is_refused() -> None:
    root = NavNode("root")
    root.add(NavNode("Heading")).add(NavNode("Item")).add(NavNode("Too deep"))
    with pytest.raises(ValueError, match="two levels"):
        NavigationModel(root)


def test_the_search_is_one_pass_over_a_large_tree() -> None:
    """Each heading changes its row count once, however many of its rows a search hides."""
    root = NavNode("root")
    for group in range(3):
        heading = root.add(NavNode(f"Group {group}"))
        for n in range(3000):
            heading.add(
                NavNode(
                    f"Item {n} {'kappa' if n % 2 else 'beta'}",
                    ItemRef(ItemKind.TOPIC, f"t{group}-{n}"),
                )
            )
    model = NavigationModel(root)
    for group in range(3):  # every row on show
        assert model.show_all(model.index(ROWS_AT_FIRST, 0, model.index(group, 0)))
    assert [model.rowCount(model.index(g, 0)) for g in range(3)] == [3000] * 3
    removals: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removals.append((first, last)))

    model.set_query("kappa")

    assert len(removals) == 3  # one range per heading, not one per hidden row
    # Each heading's first rows, then one that shows the rest.
    assert [model.rowCount(model.index(g, 0)) for g in range(3)] == [ROWS_AT_FIRST + 1] * 3
    first = model.index(0, 0, model.index(0, 0))
    assert first.data() == "Item 1 kappa"
    more = model.index(ROWS_AT_FIRST, 0, model.index(2, 0))
    assert more.data() == "Show all 1,500 matches"
    last = ItemRef(ItemKind.TOPIC, "t2-2999")
    assert not model.index_for_ref(last).isValid()

    assert model.show_all(more)
    assert [model.rowCount(model.index(g, 0)) for g in range(3)] == [201, 201, 1500]
    assert model.index_for_ref(last).row() == 1499
