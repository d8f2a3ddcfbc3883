"""A query typed letter by letter finds what the same query finds typed at once.

The index looks for a longer query only among what the shorter one found, and answers a
letter deleted from what it found before: the entries, their ranks, their order (the tree's
order among equals) and the near words must be those of a search of every entry.
"""

from __future__ import annotations

import random

import pytest

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.navigation import NavNode, build_navigation, prepare_search, ranked_search
from borderdesk.core.search import EXACT, PART, PREFIX, TYPO, WORD, Found, SearchIndex
from borderdesk.core.search_fold import fold
from borderdesk.core.search_result import TreeIndex
from borderdesk.data.store import open_store

RESET = "9999999999"
"""A query no other extends: the one after it is looked for among every entry."""


def answer(found: Found) -> tuple[list[tuple[int, int]], dict[int, tuple[str, ...]]]:
    """Return what a search found, in the order it found it."""
    return list(found.ranks.items()), dict(found.near)


def ranked_one_by_one(keys: list[list[str]], query: str) -> list[tuple[int, int]]:
    """Return the entries a query finds without a typo, ranked one entry at a time."""
    needle = fold(query)
    joined = ["".join(f"\x01{k}\x02" for k in names if k) for names in keys]
    ranks: dict[int, int] = {}
    for entry, text in enumerate(joined):
        if needle in text:
            if f"\x01{needle}\x02" in text:
                ranks[entry] = EXACT
            elif f"\x01{needle}" in text:
                ranks[entry] = PREFIX
            else:
                ranks[entry] = WORD if f" {needle}" in text else PART
    words = needle.split()
    if len(words) > 1:
        for entry, names in enumerate(keys):
            if entry not in ranks and any(all(f" {w}" in f" {n}" for w in words) for n in names):
                ranks[entry] = WORD  # every word starts a word of one name
    return list(ranks.items())


def keystrokes(queries: list[str]) -> list[str]:
    """Return each query typed letter by letter, then deleted letter by letter, then cleared."""
    typed = []
    for query in queries:
        typed += [query[:end] for end in range(1, len(query) + 1)]
        typed += [query[:end] for end in range(len(query) - 1, -1, -1)]
    return typed


def assert_typed_as_at_once(keys: list[list[str]], queries: list[str]) -> int:
    """Type the queries into one index; compare each keystroke with a fresh index's answer."""
    typed_into, fresh = SearchIndex(keys), SearchIndex(keys)
    compared = 0
    for query in keystrokes(queries):
        fresh.find(RESET)
        found = typed_into.find(query)
        assert answer(found) == answer(fresh.find(query)), query
        if fold(query):
            without_typos = [(e, rank) for e, rank in found.ranks.items() if rank != TYPO]
            assert without_typos == ranked_one_by_one(keys, query), query
        compared += bool(found.ranks)
    return compared


def generated_keys(count: int, seed: int) -> list[list[str]]:
    """Return names like a generated pack's: words of a few syllables, in two scripts."""
    chance = random.Random(seed)  # noqa: S311 - the same names every run, not a secret
    syllables = ["ka", "za", "kh", "st", "an", "ur", "ve", "su", "бор", "қаз", "ақ", "ст", "ан"]

    def word() -> str:
        return "".join(chance.choice(syllables) for _ in range(chance.randint(1, 4)))

    return [
        [fold(" ".join(word() for _ in range(chance.randint(1, 4)))) for _ in range(3)]
        for _ in range(count)
    ]


TYPED = [
    "kazakstan", "kaz kh", "kazakhstan border", "ka za", "zh", "survey", "sur vey",
    "казахстан", "қазақ", "stan ka", "ur ve su", "anan", "kazakstna", "border post",
    "Alma-Ata", "ШОС", "ҰҚШҰ", "kyrgystan", "uzbekstan", "Nur-Sultan", "collective security",
]  # fmt: skip


def test_typing_on_a_generated_pack_finds_what_a_whole_search_finds() -> None:
    keys = generated_keys(4000, seed=11)
    assert assert_typed_as_at_once(keys, TYPED) > 50


def test_typing_on_the_bundled_data_finds_what_a_whole_search_finds() -> None:
    root = build_navigation(open_store())
    prepare_search(root)
    tree = root._index
    assert tree is not None
    keys = [list(tree.index.keys(entry)) for entry in range(len(tree.index))]
    assert assert_typed_as_at_once(keys, TYPED) > 50


@pytest.mark.parametrize(
    ("first", "then"),
    [("kaz", "kazakh"), ("z", "zh"), ("sur", "su"), ("ka", "ka za"), ("k", "s"), ("ka za", "ka")],
)
def test_one_query_after_another_finds_what_it_finds_alone(first: str, then: str) -> None:
    keys = generated_keys(1500, seed=5)
    index = SearchIndex(keys)
    index.find(first)

    assert answer(index.find(then)) == answer(SearchIndex(keys).find(then))


def test_the_rows_of_a_query_typed_and_deleted_are_those_of_a_whole_search() -> None:
    """Rows, their order, ranks and hints: letter by letter as when typed at once."""
    typed_into, fresh = build_navigation(open_store()), build_navigation(open_store())
    prepare_search(typed_into)
    prepare_search(fresh)
    compared = 0
    for query in keystrokes(TYPED):
        ranked_search(fresh, RESET)
        got, want = ranked_search(typed_into, query), ranked_search(fresh, query)
        rows = [(top.title, [(c.title, got.rank(c), got.hint(c)) for c in children])
                for top, children in got.shown]  # fmt: skip
        assert rows == [
            (top.title, [(c.title, want.rank(c), want.hint(c)) for c in children])
            for top, children in want.shown
        ], query
        compared += bool(rows)
    assert compared > 50


def rows_one_by_one(root: NavNode, found: Found, tree: TreeIndex) -> list[tuple[str, list[str]]]:
    """Return the rows of what a search found, placed one entry at a time under its heading."""
    own: dict[int, int] = {}
    hits: dict[int, list[list[int]]] = {}
    for entry, rank in found.ranks.items():
        position, row = tree.place[entry]
        if row < 0:
            own[position] = rank
        else:
            hits.setdefault(position, [[] for _ in range(TYPO + 1)])[rank].append(row)
    ranked = []
    for position in own.keys() | hits.keys():
        top = root.children[position]
        buckets = hits.get(position, [])
        best = min([*(r for r, rows in enumerate(buckets) if rows), own.get(position, TYPO)])
        if position in own:
            children = top.children
        else:
            buckets[TYPO].sort()
            children = [top.children[row] for rows in buckets for row in rows]
        ranked.append((best, position, top.title, [c.title for c in children]))
    ranked.sort(key=lambda row: row[:2])
    return [(title, children) for _, _, title, children in ranked]


def generated_tree(keys: list[list[str]]) -> NavNode:
    """Return headings of a few hundred rows titled by generated names, some headings too."""
    root = NavNode("BorderDesk")
    heading = root
    for n, names in enumerate(keys):
        if n % 700 == 0:
            heading = root.add(NavNode(names[0] if n % 1400 else f"Group {n}"))
        else:
            ref = ItemRef(ItemKind.TOPIC, f"t{n}")
            heading.add(NavNode(names[0], ref, keywords=" ".join(names[1:])))
    return root


@pytest.mark.parametrize("source", ["bundled", "generated"])
def test_the_rows_of_each_keystroke_are_those_placed_one_entry_at_a_time(source: str) -> None:
    if source == "bundled":
        root = build_navigation(open_store())
    else:
        root = generated_tree(generated_keys(4000, seed=3))
    prepare_search(root)
    compared = 0
    for query in keystrokes(TYPED):
        result = ranked_search(root, query)
        rows = [(top.title, [c.title for c in children]) for top, children in result.shown]
        if result.tree is not None:
            assert rows == rows_one_by_one(root, result.found, result.tree), query
            compared += bool(rows)
    assert compared > 50
