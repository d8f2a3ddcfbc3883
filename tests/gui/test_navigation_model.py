"""The navigation item model and its search filter, as the tree shows them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.navigation import NavNode, build_navigation
from borderdesk.core.sample import SampleService
from borderdesk.gui.models.filter_model import NavigationFilterModel
from borderdesk.gui.models.navigation_model import ITEM_REF_ROLE, NavigationModel

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


def filtered(sample_service: SampleService, query: str) -> NavigationFilterModel:
    proxy = NavigationFilterModel()
    proxy.setSourceModel(make_model(sample_service))
    proxy.set_query(query)
    return proxy


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

    assert titles(proxy) == ["Comparisons", "Organisations"]
    assert titles(proxy, child(proxy, "Comparisons")) == ["Borders × organisations"]
    assert titles(proxy, child(proxy, "Organisations")) == ["CSTO", "SCO"]


def test_filter_is_accent_insensitive() -> None:
    root = NavNode("root")
    neighbours = root.add(NavNode("Neighbours"))
    neighbours.add(NavNode("Türkiye", ItemRef(ItemKind.TOPIC, "tr")))
    neighbours.add(NavNode("Russia", ItemRef(ItemKind.TOPIC, "ru")))
    proxy = NavigationFilterModel()
    proxy.setSourceModel(NavigationModel(root))

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
