"""What a search of the navigation tree shows: its rows best first, and why each was found."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias

from borderdesk.core.search import EXACT, PART, PREFIX, TYPO, WORD, Found, SearchIndex
from borderdesk.core.search_fold import fold
from borderdesk.core.search_names import WORDS, Hint, SearchName

if TYPE_CHECKING:
    from borderdesk.core.navigation import NavNode


Shown: TypeAlias = "list[tuple[NavNode, list[NavNode]]]"
"""The rows a search shows: each top-level node with its children on show."""


class TreeIndex:
    """A tree's nodes (headings and items) and their names, indexed once for searching."""

    def __init__(
        self, root: NavNode, others: Mapping[int, tuple[SearchName, ...]] | None = None
    ) -> None:
        """Index a two-level tree's nodes by their own names and ``others`` (by node id).

        Without ``others`` each node's ``search_names`` are indexed.
        """
        self.nodes: list[NavNode] = []
        self.place: list[tuple[int, int]] = []  # (heading's row, row under it or -1)
        for position, top in enumerate(root.children):
            self.nodes.append(top)
            self.place.append((position, -1))
            for row, child in enumerate(top.children):
                self.nodes.append(child)
                self.place.append((position, row))
        self.entry = {id(node): at for at, node in enumerate(self.nodes)}
        # Where a search puts each entry: a row's heading times the ranks (its rank added),
        # or -1 - the heading's row for a heading itself.
        self.slots = [
            position * (TYPO + 1) if row >= 0 else -1 - position for position, row in self.place
        ]
        if others is None:
            keys = [[fold(n.text) for n in x.search_names()] for x in self.nodes]
        else:
            keys = [
                [fold(n.text) for n in (*x.own_names(), *others.get(id(x), ()))] for x in self.nodes
            ]
        self.index = SearchIndex(keys)
        self.index.prepare()
        self._shown: dict[int, tuple[Found, Shown]] = {}  # what a search found -> its rows

    def shown(self, found: Found) -> Shown | None:
        """Return the rows worked out before for what a search found (a letter deleted)."""
        known = self._shown.get(id(found))
        return known[1] if known is not None and known[0] is found else None

    def keep_shown(self, found: Found, shown: Shown) -> None:
        """Remember the rows of what a search found, for the same query typed again.

        The last few only (a large pack's first letter finds twenty thousand rows): the
        oldest is forgotten first.
        """
        while len(self._shown) >= 8:
            del self._shown[next(iter(self._shown))]
        self._shown[id(found)] = (found, shown)


@dataclass
class SearchResult:
    """The rows a query shows, best first, and why each was found."""

    query: str
    shown: Shown
    found: Found
    tree: TreeIndex | None = None
    _hints: dict[int, Hint | None] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._needle = fold(self.query)

    def rank(self, node: NavNode) -> int:
        """Return a shown node's rank (EXACT ... TYPO); EXACT for a row shown with its heading."""
        if self.tree is None:
            return EXACT
        return self.found.ranks.get(self.tree.entry.get(id(node), -1), EXACT)

    def hint(self, node: NavNode) -> Hint | None:
        """Return why a node was found, when it was not by its title (None otherwise)."""
        if self.tree is None:
            return None
        entry = self.tree.entry.get(id(node), -1)
        if entry not in self._hints:  # worked out once, for the rows the view draws
            self._hints[entry] = self._hint(node, entry)
        return self._hints[entry]

    def _hint(self, node: NavNode, entry: int) -> Hint | None:
        rank = self.found.ranks.get(entry)
        if rank is None or self.tree is None:
            return None
        names, folded = node.search_names(), self.tree.index.keys(entry)
        if rank == TYPO:
            near = self.found.near.get(entry, ())
            for name, key in zip(names, folded, strict=True):
                word = next((w for w in key.split() if w in near), None)
                if word is not None:
                    return Hint(SearchName(_original_word(name.text, word), name.language), True)
            return None
        needle, typed = self._needle, self.query.strip().casefold()
        matching = [
            name
            for name, key in zip(names, folded, strict=True)
            if key and _matches_at(key, needle, rank)
        ]
        if not matching:
            return None
        # Of the names that match as well, the one written as typed: Қытай, not Китай.
        chosen = next((n for n in matching if typed in n.text.casefold()), matching[0])
        if chosen.label == WORDS or chosen is names[0]:
            return None
        return Hint(chosen, excerpt=_excerpt(chosen.text, needle))


EXCERPT_LENGTH = 24
"""A name longer than this is shown beside a title by the words that matched, not whole."""


def _excerpt(text: str, needle: str) -> str:
    """Return the words of a long name the query matched, "…" where words were left out."""
    if len(text) <= EXCERPT_LENGTH:
        return ""
    words = text.split()
    first = needle.split()[0]
    start = next((at for at, word in enumerate(words) if first in fold(word)), None)
    if start is None:
        return ""
    end = min(len(words), start + max(1, len(needle.split())))
    cut = " ".join(words[start:end])
    before = "\u2026 " if start else ""
    after = " \u2026" if end < len(words) else ""
    return f"{before}{cut}{after}"


def _original_word(text: str, folded_word: str) -> str:
    """Return the word of ``text`` that folds to ``folded_word`` (the folded word if none)."""
    for word in re.split(r"[\W_]+", text):
        if fold(word) == folded_word:
            return word
    return folded_word


def _holds(key: str, words: tuple[str, ...]) -> bool:
    return any(word in key.split() for word in words)


def _matches_at(key: str, needle: str, rank: int) -> bool:
    """Tell whether one folded name matches the folded query as well as ``rank`` says."""
    if rank == EXACT:
        return key == needle
    if rank == PREFIX:
        return key.startswith(needle)
    words = needle.split()
    if rank == WORD:
        spaced = f" {key}"
        return f" {needle}" in key or (len(words) > 1 and all(f" {w}" in spaced for w in words))
    return rank == PART and needle in key
