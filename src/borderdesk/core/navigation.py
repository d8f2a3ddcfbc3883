"""The navigation tree as plain nodes, built from the service; Qt models adapt it."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from borderdesk.core.format import format_km
from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef, Link, SegmentSeries
from borderdesk.core.pages import GRID_REF, LENGTHS_REF, TIMELINE_REF
from borderdesk.core.service import ReferenceService


@dataclass(eq=False)
class NavNode:
    """One row of the navigation tree: a group heading or a selectable item."""

    title: str
    ref: ItemRef | None = None  # None for group headings and the root
    detail: str = ""  # second column, e.g. "6,846 km"
    detail_source: str = ""  # whose figure the detail is, e.g. "Article (c. 2012)"
    keywords: str = ""  # searched but not shown: full names, aliases
    children: list[NavNode] = field(default_factory=list)
    parent: NavNode | None = field(default=None, repr=False)

    def add(self, child: NavNode) -> NavNode:
        """Append a child and return it."""
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        """Return this node's index among its parent's children."""
        if self.parent is None:
            return 0
        return next(i for i, c in enumerate(self.parent.children) if c is self)

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
                detail_source=summary.length.source.label,
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


def show_lengths(root: NavNode, series: SegmentSeries) -> list[NavNode]:
    """Give the border rows the lengths of one source (the chart's); return the rows changed.

    A border the source gives no length for keeps its figure and says whose it is.
    """
    lengths = {bar.key: bar.value for bar in series.bars}
    changed = []
    for node in root.walk():
        ref = node.ref
        if ref is None or ref.kind is not ItemKind.BORDER or ref.key not in lengths:
            continue
        detail, source = format_km(lengths[ref.key]), series.source.ref.label
        if (node.detail, node.detail_source) != (detail, source):
            node.detail, node.detail_source = detail, source
            changed.append(node)
    return changed


def fold(text: str) -> str:
    """Fold text for searching: case- and accent-insensitive (Türkiye ~ turkiye)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(node: NavNode, query: str) -> bool:
    """Tell whether a node's title, detail or keywords contain the folded query."""
    needle = fold(query.strip())
    if not needle:
        return True
    return any(needle in fold(text) for text in (node.title, node.detail, node.keywords))
