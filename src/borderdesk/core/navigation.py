"""The navigation tree as plain nodes, built from the service; Qt models adapt it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field

from borderdesk.core.errors import StoreError
from borderdesk.core.format import format_km
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef, Link, SegmentSeries
from borderdesk.core.pages import GRID_REF, LENGTHS_REF, TIMELINE_REF
from borderdesk.core.search import TYPO, Found
from borderdesk.core.search_fold import fold
from borderdesk.core.search_names import (
    KEYWORD_LABELS,
    WORDS,
    Names,
    SearchName,
    gather_names,
)
from borderdesk.core.search_result import SearchResult, Shown, TreeIndex
from borderdesk.core.service import ReferenceService
from borderdesk.core.since_article import SINCE_ARTICLE_REF


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
    names: tuple[SearchName, ...] = ()  # more names it is found by: other languages, former
    _row: int = field(default=0, init=False, repr=False)
    _folded: str | None = field(default=None, init=False, repr=False)
    _index: TreeIndex | None = field(default=None, init=False, repr=False)
    _names: Callable[[], Names] | None = field(default=None, init=False, repr=False)

    def add(self, child: NavNode) -> NavNode:
        """Append a child and return it."""
        child.parent = self
        child._row = len(self.children)
        self.children.append(child)
        node: NavNode | None = self
        while node is not None:  # the tree changed: its search index is made again
            node._index = None
            node = node.parent
        return child

    def row(self) -> int:
        """Return this node's index among its parent's children."""
        return self._row

    @property
    def search_text(self) -> str:
        """Return the title, detail and keywords folded for searching (computed once)."""
        if self._folded is None:
            self._folded = "\n".join(fold(name.text) for name in self.search_names())
        return self._folded

    def search_names(self) -> tuple[SearchName, ...]:
        """Return every name the node is found by: its title first, then the others."""
        own = (SearchName(self.title), SearchName(self.detail, label=WORDS))
        label = KEYWORD_LABELS.get(self.ref.kind, WORDS) if self.ref is not None else WORDS
        words = (SearchName(self.keywords, label=label),) if self.keywords else ()
        return (*own, *words, *self.names)

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
    (
        QT_TRANSLATE_NOOP("Navigation", "What changed since the article"),
        SINCE_ARTICLE_REF,
        QT_TRANSLATE_NOOP("Navigation", "then, now and the dates between"),
    ),
)


def group_title(kind: ItemKind) -> str:
    """Return the tree's heading for a kind of item, in the interface language."""
    return translate(CONTEXT, GROUP_TITLES[kind])


def build_navigation(service: ReferenceService) -> NavNode:
    """Build the whole tree: overview, borders (longest first), comparisons, the rest.

    Each item is searchable by its names in every language the data has (``gather_names``).
    """
    root = _build_tree(service)
    root._names = lambda: gather_names(service)
    return root


def prepare_search(root: NavNode) -> None:
    """Gather the tree's names in every language and index them, once (before the first search).

    Done on demand, not when the tree is built: a large pack's window starts without it. A
    database that fails to give its other languages leaves the search to the shown names.
    """
    if root._index is not None:
        return
    gather, root._names = root._names, None
    if gather is not None:
        # A page that reads the same database says what is wrong with it.
        with suppress(StoreError):
            _name(root, gather())
    root._index = TreeIndex(root)


def _name(root: NavNode, names: Names) -> None:
    """Give each item node its names other than its title and keywords."""
    for node in root.walk():
        if node.ref is not None:
            own = {node.title, node.keywords}
            node.names = tuple(n for n in names.get(node.ref, ()) if n.text not in own)


def _build_tree(service: ReferenceService) -> NavNode:
    root = NavNode("BorderDesk")
    root.add(NavNode(translate("Navigation", "Kazakhstan overview"), OVERVIEW_REF))
    borders = root.add(NavNode(group_title(ItemKind.BORDER)))
    for summary in service.borders():
        borders.add(
            NavNode(
                summary.neighbour,
                ItemRef(ItemKind.BORDER, summary.key),
                format_km(summary.length.value),
                detail_source=summary.length.source.label,
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
            node._folded = None  # the detail is searched: its folded text and index are redone
            changed.append(node)
    if changed:
        root._index = None
    return changed


def matches(node: NavNode, query: str) -> bool:
    """Tell whether a node's names contain the folded query."""
    needle = fold(query)
    return not needle or needle in node.search_text


def search(root: NavNode, query: str) -> Shown:
    """Return the top-level rows a query shows, each with its children that show."""
    return ranked_search(root, query).shown


def ranked_search(root: NavNode, query: str) -> SearchResult:
    """Return the rows a query shows, best match first, in one pass over the tree's index.

    A row shows when one of its names (in any language, folded: case, accents and script do
    not matter) holds the query, or holds a word a typo or two from it; a heading shows when
    it or one of its children does, and a heading that matches shows all its children. Rows
    come in rank order (exact name, start of a name, start of a word, inside a word, near
    spelling), headings by their best row, each kept in tree order among equals.
    """
    if not fold(query):
        return SearchResult(query, [(top, top.children) for top in root.children], Found())
    prepare_search(root)
    tree = root._index if root._index is not None else TreeIndex(root)
    found = tree.index.find(query)
    own: dict[int, int] = {}  # a heading's row -> its own rank
    hits: dict[int, list[list[int]]] = {}  # a heading's row -> its rows found, by rank
    place = tree.place
    for entry, rank in found.ranks.items():  # the rows found, not every row of the tree
        position, row = place[entry]
        if row < 0:
            own[position] = rank
        else:
            buckets = hits.get(position)
            if buckets is None:
                buckets = hits[position] = [[] for _ in range(TYPO + 1)]
            buckets[rank].append(row)
    ranked: list[tuple[int, int, NavNode, list[NavNode]]] = []
    for position in own.keys() | hits.keys():
        top = root.children[position]
        buckets = hits.get(position, [])
        best = min([*(r for r, rows in enumerate(buckets) if rows), own.get(position, TYPO)])
        if position in own:  # a heading found by its own name lists its rows as they are
            children = top.children
        else:
            buckets[TYPO].sort()  # near matches come in the order their words were found
            children = [top.children[row] for rows in buckets for row in rows]
        ranked.append((best, position, top, children))
    ranked.sort(key=lambda row: row[:2])
    return SearchResult(query, [(top, children) for _, _, top, children in ranked], found, tree)
