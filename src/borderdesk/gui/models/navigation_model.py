"""A Qt item model over the core navigation tree: titles, details and item references."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from borderdesk.core.i18n import QT_TRANSLATE_NOOP
from borderdesk.core.model import ItemRef
from borderdesk.core.navigation import NavNode
from borderdesk.gui.plain import plain_tip

ITEM_REF_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's ``ItemRef`` (None for group headings)."""

NODE_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role returning the row's ``NavNode`` (for proxies that filter on it)."""

TITLE_COLUMN = 0
DETAIL_COLUMN = 1
_HEADERS = (
    QT_TRANSLATE_NOOP("NavigationModel", "Title"),
    QT_TRANSLATE_NOOP("NavigationModel", "Detail"),
)

# The view asks for thousands of indexes and values while it lays out the expanded tree:
# compare plain ints and return prebuilt flags instead of building them on every call.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

AnyIndex = QModelIndex | QPersistentModelIndex


class NavigationModel(QAbstractItemModel):
    """Two columns (title, detail) over a ``NavNode`` tree; group rows are not selectable."""

    def __init__(self, root: NavNode | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = root if root is not None else NavNode("BorderDesk")
        self._bold = QFont()
        self._bold.setBold(True)

    def set_root(self, root: NavNode) -> None:
        """Replace the whole tree."""
        self.beginResetModel()
        self._root = root
        self.endResetModel()

    def node(self, index: AnyIndex) -> NavNode:
        """Return the node behind an index (the root for an invalid index)."""
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        if not isinstance(node, NavNode):  # pragma: no cover - an index of another model
            raise TypeError("index does not belong to this model")
        return node

    def index_for_ref(self, ref: ItemRef) -> QModelIndex:
        """Return the title index of an item, or an invalid index when it is not in the tree."""
        node = self._root.find(ref)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), TITLE_COLUMN, node)

    # Qt overrides -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Return the index of a child of parent."""
        # A plain bounds check: hasIndex would call back into rowCount and columnCount.
        if parent.isValid():
            if parent.column() != TITLE_COLUMN:
                return QModelIndex()
            children = self.node(parent).children
        else:
            children = self._root.children
        if 0 <= row < len(children) and 0 <= column < len(_HEADERS):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Return the parent index of child."""
        if not child.isValid():
            return QModelIndex()
        parent = self.node(child).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), TITLE_COLUMN, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of children; only the title column has children."""
        if not parent.isValid():
            return len(self._root.children)
        if parent.column() != TITLE_COLUMN:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return 2: title and detail."""
        return len(_HEADERS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Items are selectable; group headings only enabled."""
        if not index.isValid():
            return _NO_FLAGS
        if self.node(index).ref is None:
            return _GROUP_FLAGS
        return _ITEM_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the title, the detail, the item reference or presentation hints."""
        if not index.isValid():
            return None
        node = self.node(index)
        if role == _DISPLAY:
            return node.title if index.column() == TITLE_COLUMN else node.detail
        if role == ITEM_REF_ROLE:
            return node.ref
        if role == NODE_ROLE:
            return node
        if role == _ACCESSIBLE_TEXT:
            return f"{node.title}, {node.detail}" if node.detail else node.title
        if role == _TOOLTIP:  # a tooltip guesses rich text: the title must show as it is
            return plain_tip(f"{node.title}, {node.detail}" if node.detail else node.title)
        if role == _ALIGNMENT and index.column() == DETAIL_COLUMN:
            return _RIGHT_ALIGNED
        if role == _FONT and node.ref is None:
            return self._bold
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
