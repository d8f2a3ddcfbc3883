"""The navigation tree and search folding, without Qt."""

from __future__ import annotations

import gc
import weakref

import pytest

from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.core.navigation import NavNode, build_navigation, fold, matches, prepare_search
from borderdesk.core.sample import SampleService


def test_tree_has_overview_then_groups_in_order() -> None:
    root = build_navigation(SampleService())
    assert [child.title for child in root.children] == [
        "Kazakhstan overview",
        "Borders",
        "Comparisons",
        "Organisations",
        "Topics and threats",
        "People",
        "Events",
        "Sources",
    ]
    assert root.children[0].ref == OVERVIEW_REF


def test_borders_longest_first_with_lengths() -> None:
    borders = build_navigation(SampleService()).children[1]
    assert [(n.title, n.detail) for n in borders.children] == [
        ("Russia", "6,846 km"),
        ("Uzbekistan", "2,203 km"),
        ("China", "1,533 km"),
        ("Kyrgyzstan", "1,051 km"),
        ("Turkmenistan", "379 km"),
    ]


def test_comparisons_group_offers_lengths_grid_and_timeline() -> None:
    comparisons = build_navigation(SampleService()).children[2]
    assert [(n.title, n.ref) for n in comparisons.children] == [
        ("Lengths by source", ItemRef(ItemKind.COMPARISON, "lengths")),
        ("Borders × organisations", ItemRef(ItemKind.COMPARISON, "grid")),
        ("Timeline", ItemRef(ItemKind.TIMELINE, "events")),
        ("What changed since the article", ItemRef(ItemKind.COMPARISON, "since-article")),
    ]


def test_find_and_row_and_parent_links() -> None:
    root = build_navigation(SampleService())
    china = root.find(ItemRef(ItemKind.BORDER, "kz-cn"))
    assert china is not None
    assert china.row() == 2
    assert china.parent is not None
    assert china.parent.title == "Borders"
    assert root.find(ItemRef(ItemKind.BORDER, "nowhere")) is None


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("Türkiye", "turkiye", True),
        ("Russia", "RUSS", True),
        ("Kyrgyzstan", "  kyrg ", True),
        ("China", "russ", False),
        ("Almaty", "", True),
    ],
)
def test_matches_is_case_and_accent_insensitive(text: str, query: str, expected: bool) -> None:
    assert matches(NavNode(text), query) is expected


def test_fold_removes_accents_case_and_script() -> None:
    assert fold("ÇÉŞ Ålmaty") == fold("ces almaty") == fold("Чес Алматы") == "ces almati"


def test_item_ref_round_trip_and_rejects_garbage() -> None:
    ref = ItemRef(ItemKind.ORGANISATION, "csto")
    assert ItemRef.from_string(ref.to_string()) == ref
    with pytest.raises(ValueError, match="not an item reference"):
        ItemRef.from_string("csto")
    with pytest.raises(ValueError, match="nonsense"):
        ItemRef.from_string("nonsense:x")


def test_search_keywords_are_matched_but_not_shown() -> None:
    node = NavNode("CSTO", keywords="Collective Security Treaty Organization")
    assert matches(node, "treaty org")
    assert not matches(node, "shanghai")
    csto = build_navigation(SampleService()).find(ItemRef(ItemKind.ORGANISATION, "csto"))
    assert csto is not None
    assert csto.title == "CSTO"
    assert csto.keywords == "Collective Security Treaty Organization"


def test_items_gives_each_reference_its_node_and_follows_a_change() -> None:
    root = build_navigation(SampleService())
    items = root.items()
    assert items == {n.ref: n for n in root.walk() if n.ref is not None}
    assert items[OVERVIEW_REF].title == "Kazakhstan overview"
    extra = root.children[-1].add(NavNode("Again", OVERVIEW_REF))  # a second row for it

    assert root.items()[OVERVIEW_REF] is extra  # the last one walked, as a dict of them


def test_a_dropped_tree_is_freed_at_once_without_the_cycle_collector() -> None:
    root = build_navigation(SampleService())
    prepare_search(root)  # its search index too
    leaf = root.children[1].children[0]
    assert leaf.parent is root.children[1]
    assert root.children[1].parent is root
    gone = [weakref.ref(root), weakref.ref(leaf)]
    collecting = gc.isenabled()
    gc.disable()
    try:
        del root, leaf
        assert [ref() for ref in gone] == [None, None]
    finally:
        if collecting:
            gc.enable()
