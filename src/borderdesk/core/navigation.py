"""The navigation tree as plain nodes, built from the service; Qt models adapt it."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from borderdesk.core.format import format_km
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
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


CONTEXT = "Navigation"
# Translated when the tree is built, in the interface language of the moment.
GROUP_TITLES = {
    ItemKind.BORDER: QT_TRANSLATE_NOOP("Navigation", "Borders"),
    ItemKind.ORGANISATION: QT_TRANSLATE_NOOP("Navigation", "Organisations"),
    ItemKind.TOPIC: QT_TRANSLATE_NOOP("Navigation", "Topics and threats"),
    ItemKind.PERSON: QT_TRANSLATE_NOOP("Navigation", "People"),
    ItemKind.EVENT: QT_TRANSLATE_NOOP("Navigation", "Events"),
    ItemKind.SOURCE: QT_TRANSLATE_NOOP("Navigation", "Sources"),
}

COMPARISONS_TITLE = QT_TRANSLATE_NOOP("Navigation", "Comparisons")
COMPARISON_PAGES = (
    (
        QT_TRANSLATE_NOOP("Navigation", "Lengths by source"),
        LENGTHS_REF,
        QT_TRANSLATE_NOOP("Navigation", "sources side by side"),
    ),
    (
        QT_TRANSLATE_NOOP("Navigation", "Borders × organisations"),
        GRID_REF,
        QT_TRANSLATE_NOOP("Navigation", "shared memberships then and now"),
    ),
    (
        QT_TRANSLATE_NOOP("Navigation", "Timeline"),
        TIMELINE_REF,
        QT_TRANSLATE_NOOP("Navigation", "events by date"),
    ),
)


def group_title(kind: ItemKind) -> str:
    """Return the tree's heading for a kind of item, in the interface language."""
    return translate(CONTEXT, GROUP_TITLES[kind])


def build_navigation(service: ReferenceService) -> NavNode:
    """Build the whole tree: overview, borders (longest first), comparisons, the rest."""
    root = NavNode("BorderDesk")
    root.add(NavNode(translate("Navigation", "Kazakhstan overview"), OVERVIEW_REF))
    borders = root.add(NavNode(group_title(ItemKind.BORDER)))
    for summary in service.borders():
        borders.add(
            NavNode(
                summary.neighbour,
                ItemRef(ItemKind.BORDER, summary.key),
                format_km(summary.length.value),
            )
        )
    comparisons = root.add(NavNode(translate(CONTEXT, COMPARISONS_TITLE)))
    for title, ref, keywords in COMPARISON_PAGES:
        # Found by their English words too, whatever the interface language.
        words = " ".join(dict.fromkeys((translate(CONTEXT, keywords), keywords, title)))
        comparisons.add(NavNode(translate(CONTEXT, title), ref, keywords=words))
    listings: list[tuple[ItemKind, tuple[Link, ...]]] = [
        (ItemKind.ORGANISATION, service.organisations()),
        (ItemKind.TOPIC, service.topics()),
        (ItemKind.PERSON, service.people()),
        (ItemKind.EVENT, service.events()),
        (ItemKind.SOURCE, service.sources()),
    ]
    for kind, links in listings:
        group = root.add(NavNode(group_title(kind)))
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
    if not needle:
        return True
    return any(needle in fold(text) for text in (node.title, node.detail, node.keywords))
