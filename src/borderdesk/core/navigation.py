"""The navigation tree as plain nodes, built from the service; Qt models adapt it."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from borderdesk.core.format import format_km
from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef, Link
from borderdesk.core.pages import GRID_REF, LENGTHS_REF, TIMELINE_REF
from borderdesk.core.service import ReferenceService


@dataclass(eq=False)
class NavNode:
    """One row of the navigation tree: a group heading or a selectable item."""

    title: str
    ref: ItemRef | None = None  # None for group headings and the root
    detail: str = ""  # second column, e.g. "6,846 km"
    keywords: str = ""  # searched but not shown: full names, aliases
    children: list[NavNode] = field(default_factory=list)
    parent: NavNode | None = field(default=None, repr=False)
    _row: int = field(default=0, init=False, repr=False)
    _folded: str | None = field(default=None, init=False, repr=False)

    def add(self, child: NavNode) -> NavNode:
        """Append a child and return it."""
        child.parent = self
        child._row = len(self.children)
        self.children.append(child)
        return child

    def row(self) -> int:
        """Return this node's index among its parent's children."""
        return self._row

    @property
    def search_text(self) -> str:
        """Return the title, detail and keywords folded for searching (computed once)."""
        if self._folded is None:
            self._folded = fold(f"{self.title}\n{self.detail}\n{self.keywords}")
        return self._folded

    def walk(self) -> Iterator[NavNode]:
        """Yield this node and every descendant, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, ref: ItemRef) -> NavNode | None:
        """Return the first node for an item reference, or None."""
        return next((n for n in self.walk() if n.ref == ref), None)


GROUP_TITLES = {
    ItemKind.BORDER: "Borders",
    ItemKind.ORGANISATION: "Organisations",
    ItemKind.TOPIC: "Topics and threats",
    ItemKind.PERSON: "People",
    ItemKind.EVENT: "Events",
    ItemKind.SOURCE: "Sources",
}

COMPARISONS_TITLE = "Comparisons"
COMPARISON_PAGES = (
    ("Lengths by source", LENGTHS_REF, "sources side by side"),
    ("Borders × organisations", GRID_REF, "shared memberships then and now"),
    ("Timeline", TIMELINE_REF, "events by date"),
)


def build_navigation(service: ReferenceService) -> NavNode:
    """Build the whole tree: overview, borders (longest first), comparisons, the rest."""
    root = NavNode("BorderDesk")
    root.add(NavNode("Kazakhstan overview", OVERVIEW_REF))
    borders = root.add(NavNode(GROUP_TITLES[ItemKind.BORDER]))
    for summary in service.borders():
        borders.add(
            NavNode(
                summary.neighbour,
                ItemRef(ItemKind.BORDER, summary.key),
                format_km(summary.length.value),
            )
        )
    comparisons = root.add(NavNode(COMPARISONS_TITLE))
    for title, ref, keywords in COMPARISON_PAGES:
        comparisons.add(NavNode(title, ref, keywords=keywords))
    listings: list[tuple[ItemKind, tuple[Link, ...]]] = [
        (ItemKind.ORGANISATION, service.organisations()),
        (ItemKind.TOPIC, service.topics()),
        (ItemKind.PERSON, service.people()),
        (ItemKind.EVENT, service.events()),
        (ItemKind.SOURCE, service.sources()),
    ]
    for kind, links in listings:
        group = root.add(NavNode(GROUP_TITLES[kind]))
        for link in links:
            group.add(NavNode(link.title, link.ref, keywords=link.keywords))
    return root


def fold(text: str) -> str:
    """Fold text for searching: case- and accent-insensitive (Türkiye ~ turkiye)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(node: NavNode, query: str) -> bool:
    """Tell whether a node's title, detail or keywords contain the folded query."""
    needle = fold(query.strip())
    return not needle or needle in node.search_text


Shown = list[tuple[NavNode, list[NavNode]]]
"""The rows a search shows: each top-level node with its children on show."""


def search(root: NavNode, query: str) -> Shown:
    """Return the top-level rows a query shows, each with its children that show, in one pass.

    A row shows when its title, detail or keywords contain the query (folded: case and
    accents do not matter); a heading shows when it or one of its children does, and a
    heading that matches shows all its children. The tree has two levels (headings and
    their items, or items on their own at the top).
    """
    needle = fold(query.strip())
    shown: Shown = []
    for top in root.children:
        if not needle or needle in top.search_text:
            shown.append((top, top.children))
            continue
        children = [child for child in top.children if needle in child.search_text]
        if children:
            shown.append((top, children))
    return shown
