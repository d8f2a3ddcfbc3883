"""The navigation tree as a Qt model: titles, details and item references, filtered by search.

The rows' structure (how many rows, under which heading) and their flags live in a
``QStandardItemModel``, so laying out and expanding ten thousand rows never calls Python per
row (only headings are items; an item row is an empty slot, selectable by default); the text
of a row comes from its ``NavNode`` when the view draws it. A search changes how many rows each
heading has, in one pass over the tree (``core.navigation.search``): a handful of row count
changes instead of one signal per hidden row, which made a filter proxy over a large tree
quadratic. A heading with more rows than ``ROWS_AT_FIRST`` shows its first ones and a last row
"Show all 4,005 matches" that shows the rest (``show_all``): a large pack's first letter lays
out a few screenfuls, not twenty thousand rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from borderdesk.core.collection import without_collection
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted
from borderdesk.core.model import ItemRef, SegmentSeries
from borderdesk.core.navigation import (
    NavNode,
    PreparedSearch,
    install_search,
    prepare_search,
    ranked_search,
    search_job,
    search_ready,
    show_lengths,
)
from borderdesk.core.search import TYPO
from borderdesk.core.search_fold import fold
from borderdesk.core.search_result import SearchResult, Shown
from borderdesk.gui.plain import plain_tip

log = logging.getLogger(__name__)

Runner = Callable[[Callable[[], Any], Callable[[Any], None]], None]
"""Runs a job off the window's thread and hands its result (or exception) back on it."""

ITEM_REF_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's ``ItemRef`` (None for group headings)."""

NODE_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role returning the row's ``NavNode``."""

HINT_ROLE = Qt.ItemDataRole.UserRole + 3
"""Role returning the name a search found the row by, when not its title ("" otherwise)."""

TITLE_COLUMN = 0
DETAIL_COLUMN = 1
_HEADERS = (
    QT_TRANSLATE_NOOP("NavigationModel", "Title"),
    QT_TRANSLATE_NOOP("NavigationModel", "Detail"),
)

# The view asks for many values while it draws: compare plain ints and return prebuilt flags.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
# The roles data() answers: the view asks for eight per cell it draws, most of them answered
# None (colours, icon, check box, size) without looking for the row's node.
_ANSWERED = frozenset(
    {_DISPLAY, _TOOLTIP, _ACCESSIBLE_TEXT, _ALIGNMENT, _FONT, ITEM_REF_ROLE, NODE_ROLE, HINT_ROLE}
)
_RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled

ROWS_AT_FIRST = 200
"""The most rows a heading shows before its "Show all" row: more than a screenful, always."""

AnyIndex = QModelIndex | QPersistentModelIndex


class ShowAllRow(NavNode):
    """The last row of a heading that shows its first rows only: activated, it shows them all."""


class NavigationModel(QStandardItemModel):
    """Two columns (title, detail) over a two-level ``NavNode`` tree, showing what matches
    the search; group rows are not selectable.

    Given a runner (``run_search_on``), the tree's names in every language are gathered and
    indexed off the window's thread; a query typed before they are in waits for them
    (``waiting``) and is shown when they are (``search_shown``).
    """

    search_shown = Signal()  # a query that waited for the index is shown now
    lengths_changed = Signal()  # the border rows show another source's lengths
    root_changed = Signal()  # another tree is shown (another language): rows and texts

    def __init__(self, root: NavNode | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner: Runner | None = None
        self._preparing: NavNode | None = None  # the tree whose index is being made
        self.waiting = False  # the query waits for the index
        self.applying = False  # a query that waited is being shown
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()  # a "Show all" row: an action, not an item
        self._italic.setItalic(True)
        self._root = NavNode("BorderDesk")
        self._query = ""
        self._shown: Shown = []
        self._result: SearchResult | None = None
        self._opened: set[int] = set()  # headings (by id) shown whole for the query
        self._opened_for = ""  # the folded query they were opened for
        self._refs: dict[ItemRef, NavNode] = {}
        self.setColumnCount(len(_HEADERS))
        self.set_root(root if root is not None else self._root)

    # The tree and the search ----------------------------------------------------------------

    def set_root(self, root: NavNode) -> None:
        """Replace the whole tree (the search stays).

        The rows change as a search changes them, not by a reset: a tree in another language
        has the same headings and as many rows under each, so the view keeps what it laid
        out (its expanded headings, its spans, its rows' places) and only draws new texts;
        a reset would lay a large pack's tree out again from nothing. ``root_changed`` says
        it is done.
        """
        for top in root.children:
            if any(child.children for child in top.children):
                raise ValueError("the navigation tree has two levels: headings and their items")
        self._root = root
        self._refs = root.items()  # gathered where the tree was built
        self._opened.clear()
        self._result = None  # the rows shown are the old tree's: shown again from this one
        self._search()
        self.root_changed.emit()
        if self._runner is not None:  # a new tree (another language): index it meanwhile
            self.prepare_search()

    def show_lengths(self, series: SegmentSeries) -> None:
        """Show the borders' lengths from one source (the chart's), each naming it."""
        changed = show_lengths(self._root, series)
        if not changed:
            return
        if self._runner is not None:  # searched meanwhile with the index before the change
            self.prepare_search()
        if fold(self._query):  # the lengths are searched: the rows a search shows may change
            self._search()
        else:
            for node in changed:
                first = self.index_for_ref(node.ref) if node.ref is not None else QModelIndex()
                if first.isValid():
                    self.dataChanged.emit(first, first.siblingAtColumn(DETAIL_COLUMN))
        self.lengths_changed.emit()

    @property
    def query(self) -> str:
        """Return the current search text."""
        return self._query

    def set_query(self, text: str) -> None:
        """Show only the rows matching ``text`` (empty shows everything)."""
        same = fold(text) == fold(self._query)
        self._query = text
        if not same:
            self._search()

    def run_search_on(self, runner: Runner) -> None:
        """Gather and index the names the tree is searched by with ``runner`` from now on."""
        self._runner = runner

    def prepare_search(self) -> None:
        """Gather and index every name the tree is searched by, if not done (or under way)."""
        root = self._root
        if root._index is not None or self._preparing is root:
            return
        if self._runner is None:
            prepare_search(root)
            return
        self._preparing = root
        job = without_collection(search_job(root))
        self._runner(job, lambda result: self._on_prepared(root, result))

    def _on_prepared(self, root: NavNode, result: PreparedSearch | BaseException) -> None:
        if self._preparing is root:
            self._preparing = None
        if root is not self._root:  # another tree (the language changed): it has its own
            return
        if isinstance(result, BaseException):
            log.warning("could not index the names to search: %s", result)
            root._names = None  # index the names shown, without the other languages
            self.prepare_search()
            return
        if not install_search(root, result):  # the lengths changed meanwhile: index again
            self.prepare_search()
        if self.waiting and search_ready(root):
            self.applying = True  # rows change under the view's cursor: not a reader's choice
            try:
                self._search()
            finally:
                self.applying = False
            self.search_shown.emit()

    def _search(self) -> None:
        """Show the rows the query finds, or all of them while the query waits for the index."""
        root = self._root
        self.waiting = self._runner is not None and bool(fold(self._query))
        self.waiting = self.waiting and not search_ready(root)
        if self.waiting:
            self.prepare_search()
            if self._result is not None and not fold(self._result.query):
                return  # every row is on show already: a large tree is not laid out again
        self._show(ranked_search(root, "" if self.waiting else self._query))

    def hint(self, node: NavNode) -> str:
        """Return why a shown row was found when not by its title ("" when by its title)."""
        found = self._result.hint(node) if self._result is not None else None
        return found.text() if found is not None else ""

    def suggestion(self) -> str:
        """Return "Did you mean X?" when every row shown is a near spelling, else ""."""
        result = self._result
        if result is None or not result.shown or not fold(self._query):
            return ""
        for top, children in result.shown:
            if any(result.rank(node) < TYPO for node in children or [top]):
                return ""
        top, children = result.shown[0]
        found = result.hint(children[0] if children else top)
        if found is None or not found.near:
            return ""
        text = found.text()
        return text[:1].upper() + text[1:]

    def show_all(self, index: AnyIndex) -> bool:
        """Show every row of the heading whose "Show all" row ``index`` is; False if not one."""
        if not isinstance(self.node(index), ShowAllRow) or self._result is None:
            return False
        self._opened.add(id(self._shown[index.parent().row()][0]))
        self._show(self._result)
        return True

    def show_all_for(self, ref: ItemRef) -> bool:
        """Show every row of the heading an item's row is left out of (for "Show all"); False
        when its row is shown already, or the query does not find it."""
        node = self._refs.get(ref)
        if node is None or self._result is None:
            return False
        for (top, children), (_top, rows) in zip(self._result.shown, self._shown, strict=True):
            if node.parent is top and len(rows) < len(children) and node in children:
                self._opened.add(id(top))
                self._show(self._result)
                return True
        return False

    def _first_rows(self, top: NavNode, children: list[NavNode], query: str) -> list[NavNode]:
        """Return a heading's rows to show: all, or the first ones and the "Show all" row."""
        if len(children) <= ROWS_AT_FIRST or id(top) in self._opened:
            return children
        count = len(children)  # written as the language writes numbers: "4,005", "4 005"
        if query:
            text = Counted.tr("Show all %n matches", "", count)  # always more than one
        else:
            text = Counted.tr("Show all %n", "", count)
        return [*children[:ROWS_AT_FIRST], ShowAllRow(text)]

    def _show(self, result: SearchResult) -> None:
        """Make the row structure that of the result, then tell the view every text changed."""
        query = fold(result.query)
        if query != self._opened_for:  # another query: each heading shows its first rows
            self._opened.clear()
            self._opened_for = query
        shown = [(top, self._first_rows(top, rows, query)) for top, rows in result.shown]
        self._shown = []  # nothing is drawn from a half-made structure
        self._result = result
        self.setRowCount(len(shown))
        for row, (top, children) in enumerate(shown):
            item = self.item(row, TITLE_COLUMN)
            if item is None:
                item = QStandardItem()
                item.setColumnCount(len(_HEADERS))
                self.setItem(row, TITLE_COLUMN, item)
            item.setFlags(_GROUP_FLAGS if top.ref is None else _ITEM_FLAGS)
            item.setRowCount(len(children))
        self._shown = shown
        last_column = len(_HEADERS) - 1
        if shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(shown) - 1, last_column))
        for row, (_top, children) in enumerate(shown):
            if children:
                heading = self.index(row, TITLE_COLUMN)
                first, last = self.index(0, 0, heading), self.index(len(children) - 1, 1, heading)
                self.dataChanged.emit(first, last)

    # Nodes and references -------------------------------------------------------------------

    def node(self, index: AnyIndex) -> NavNode:
        """Return the node behind an index (the root for an invalid index)."""
        if not index.isValid():
            return self._root
        heading = index.parent()
        try:
            if not heading.isValid():
                return self._shown[index.row()][0]
            return self._shown[heading.row()][1][index.row()]
        except IndexError:  # pragma: no cover - an index from before the last search
            return self._root

    def contains(self, ref: ItemRef) -> bool:
        """Tell whether the tree holds an item, shown or not."""
        return ref in self._refs

    def index_for_ref(self, ref: ItemRef) -> QModelIndex:
        """Return the title index of an item, or an invalid index when it is not shown."""
        node = self._refs.get(ref)
        if node is None:
            return QModelIndex()
        for row, (top, children) in enumerate(self._shown):
            if top is node:
                return self.index(row, TITLE_COLUMN)
            if node.parent is top:
                try:
                    position = children.index(node)
                except ValueError:
                    return QModelIndex()
                return self.index(position, TITLE_COLUMN, self.index(row, TITLE_COLUMN))
        return QModelIndex()

    def shown_details(self) -> list[tuple[bool, list[bool]]]:
        """Return whether each heading shown has a detail, and each row shown under it."""
        return [(bool(top.detail), [bool(c.detail) for c in rows]) for top, rows in self._shown]

    def all_titles(self) -> Iterator[tuple[int, str, bool, bool]]:
        """Yield every row of the tree, shown or not: depth, title, has a detail, is a heading."""
        for node in self._root.walk():
            if node is not self._root:
                depth = 0 if node.parent is self._root else 1
                yield depth, node.title, bool(node.detail), node.ref is None

    # Qt overrides: called for the rows the view draws, never per row of the tree ------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the title, the detail, the item reference or presentation hints."""
        if role not in _ANSWERED or not index.isValid():  # colours, icons, check boxes: none
            return None
        node = self.node(index)
        if role == _DISPLAY:
            return node.title if index.column() == TITLE_COLUMN else node.detail
        if role == HINT_ROLE:  # what it was found by, drawn beside the title
            found = self._result.hint(node) if self._result is not None else None
            return found.short if found is not None and not found.near else ""
        if role == ITEM_REF_ROLE:
            return node.ref
        if role == NODE_ROLE:
            return node
        if role in (_ACCESSIBLE_TEXT, _TOOLTIP):
            text = node.title
            if node.detail:
                whose = f" — {node.detail_source}" if node.detail_source else ""
                text = f"{node.title}, {node.detail}{whose}"
            hint = self.hint(node)
            text = f"{text} ({hint})" if hint else text
            # A tooltip guesses rich text: the title must show as it is.
            return text if role == _ACCESSIBLE_TEXT else plain_tip(text)
        if role == _ALIGNMENT and index.column() == DETAIL_COLUMN:
            return _RIGHT_ALIGNED
        if role == _FONT and node.ref is None:
            return self._italic if isinstance(node, ShowAllRow) else self._bold
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Return the column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return QCoreApplication.translate("NavigationModel", _HEADERS[section])
        return None
