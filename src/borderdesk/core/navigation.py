"""The navigation tree as plain nodes, built from the service; Qt models adapt it."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field

from borderdesk.core.errors import StoreError
from borderdesk.core.format import format_km
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef, Link, SegmentSeries
from borderdesk.core.pages import GRID_REF, LENGTHS_REF, TIMELINE_REF
from borderdesk.core.record import frozen
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
    # The node above, held weakly: a tree holds no cycle, so a tree dropped (the language
    # changed) is freed at once, not by a full collection of the cycle collector over every
    # object alive, which would hold the window still for hundreds of milliseconds.
    _parent: weakref.ref[NavNode] | None = field(default=None, init=False, repr=False)
    names: tuple[SearchName, ...] = ()  # more names it is found by: other languages, former
    _row: int = field(default=0, init=False, repr=False)
    _folded: str | None = field(default=None, init=False, repr=False)
    _index: TreeIndex | None = field(default=None, init=False, repr=False)
    # A root's search state: how to gather its names, the names once gathered, the index
    # before its border rows' lengths changed (searched until the new one is in), and a
    # count of changes (an index made from an older tree is not installed).
    _names: Callable[[], Names] | None = field(default=None, init=False, repr=False)
    _gathered: Names | None = field(default=None, init=False, repr=False)
    _last_index: TreeIndex | None = field(default=None, init=False, repr=False)
    _generation: int = field(default=0, init=False, repr=False)
    # A root's items by reference, and the count of changes they were gathered at.
    _items: tuple[int, dict[ItemRef, NavNode]] | None = field(default=None, init=False, repr=False)

    @property
    def parent(self) -> NavNode | None:
        """Return the node above (None for the root, or once the tree above is gone)."""
        return self._parent() if self._parent is not None else None

    def add(self, child: NavNode) -> NavNode:
        """Append a child and return it."""
        child._parent = weakref.ref(self)
        child._row = len(self.children)
        self.children.append(child)
        node: NavNode | None = self
        while node is not None:  # the tree changed: its search index is made again
            node._index = node._last_index = None
            node._generation += 1
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
        return (*self.own_names(), *self.names)

    def own_names(self) -> tuple[SearchName, ...]:
        """Return the names the tree itself gives the node: title, detail, keywords."""
        own = (SearchName(self.title), SearchName(self.detail, label=WORDS))
        label = KEYWORD_LABELS.get(self.ref.kind, WORDS) if self.ref is not None else WORDS
        words = (SearchName(self.keywords, label=label),) if self.keywords else ()
        return (*own, *words)

    def walk(self) -> Iterator[NavNode]:
        """Yield this node and every descendant, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def items(self) -> dict[ItemRef, NavNode]:
        """Return every node with a reference by its reference (gathered once per change).

        Of nodes that share a reference, the last one walked is returned.
        """
        if self._items is None or self._items[0] != self._generation:
            items: dict[ItemRef, NavNode] = {}
            for node in self.walk():
                if node.ref is not None:
                    items[node.ref] = node
            self._items = (self._generation, items)
        return self._items[1]

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
    root.items()  # where the tree is built (a large pack's on a worker), not where it is shown
    return root


def item_rows(root: NavNode) -> int:
    """Return how many rows the tree's groups have (not counting rows nested deeper)."""
    return sum(len(group.children) for group in root.children)


def prepare_search(root: NavNode) -> None:
    """Gather the tree's names in every language and index them, once (before the first search).

    Done on demand, not when the tree is built: a large pack's window starts without it, and
    the window runs ``search_job`` on its worker thread instead.
    """
    while root._index is None:
        install_search(root, search_job(root)())


@frozen
class PreparedSearch:
    """A tree's names and search index, made by ``search_job`` for ``install_search``."""

    generation: int  # the tree's count of changes when the job was made
    gathered: Names | None  # every item's names in every language (None: none to gather)
    others: dict[int, tuple[SearchName, ...]]  # a node (by id) -> its names not its own
    index: TreeIndex


def search_job(root: NavNode) -> Callable[[], PreparedSearch]:
    """Return a job that gathers the tree's names (the first time) and indexes them.

    The job only reads the tree and the store, so it may run on another thread while the
    window goes on; ``install_search`` then puts its result in, on the tree's own thread. A
    database that fails to give its other languages leaves the search to the shown names (a
    page that reads the same database says what is wrong with it).
    """
    generation, gather, gathered = root._generation, root._names, root._gathered

    def job() -> PreparedSearch:
        names = gathered
        if names is None and gather is not None:
            with suppress(StoreError):
                names = gather()
        if names is None:  # nothing to gather: the names the nodes were made with stay
            others = {id(node): node.names for node in root.walk()}
        else:
            others = {id(n): _others(n, ref, names) for n in root.walk() if (ref := n.ref)}
        return PreparedSearch(generation, names, others, TreeIndex(root, others))

    return job


def install_search(root: NavNode, prepared: PreparedSearch) -> bool:
    """Give the tree its gathered names and index; False if the tree changed meanwhile.

    The names are kept either way, so the job made again only indexes.
    """
    root._gathered, root._names = prepared.gathered, None
    if prepared.generation != root._generation:
        return False
    for node in root.walk():
        others = prepared.others.get(id(node))
        if others is not None and others != node.names:
            node.names = others
            node._folded = None
    root._index, root._last_index = prepared.index, None
    return True


def search_ready(root: NavNode) -> bool:
    """Tell whether a search can be answered now: an index, or the one before a change."""
    return root._index is not None or root._last_index is not None


def _others(node: NavNode, ref: ItemRef, names: Names) -> tuple[SearchName, ...]:
    """Return an item's names other than its title and keywords."""
    own = {node.title, node.keywords}
    return tuple(n for n in names.get(ref, ()) if n.text not in own)


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
        # Searched meanwhile: the index before the change (only these lengths differ).
        root._last_index = root._index or root._last_index
        root._index = None
        root._generation += 1
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
    tree = root._index or root._last_index
    if tree is None:
        prepare_search(root)
        tree = root._index or TreeIndex(root)
    found = tree.index.find(query)
    shown = tree.shown(found)  # a letter deleted: the rows the shorter query showed
    if shown is None:
        shown = _ranked_rows(root, tree, found)
        tree.keep_shown(found, shown)
    return SearchResult(query, shown, found, tree)


def _ranked_rows(root: NavNode, tree: TreeIndex, found: Found) -> Shown:
    """Return the rows of what a search found: headings by their best row, rows by rank."""
    width = TYPO + 1
    bins: list[list[int]] = [[] for _ in range(len(root.children) * width)]  # heading, rank
    own: dict[int, int] = {}  # a heading's row -> its own rank
    slots = tree.slots
    for entry, rank in found.ranks.items():  # the rows found, not every row of the tree
        slot = slots[entry]
        if slot < 0:
            own[-1 - slot] = rank
        else:
            bins[slot + rank].append(entry)
    nodes = tree.nodes
    ranked: list[tuple[int, int, NavNode, list[NavNode]]] = []
    for position, top in enumerate(root.children):
        buckets = bins[position * width : (position + 1) * width]
        ranks = [rank for rank, entries in enumerate(buckets) if entries]
        if not ranks and position not in own:
            continue
        best = min([*ranks, own.get(position, TYPO)])
        if position in own:  # a heading found by its own name lists its rows as they are
            children = top.children
        else:
            buckets[TYPO].sort()  # near matches come in the order their words were found
            children = [nodes[entry] for entries in buckets for entry in entries]
        ranked.append((best, position, top, children))
    ranked.sort(key=lambda row: row[:2])
    return [(top, children) for _, _, top, children in ranked]
