"""Search filtering of the navigation tree, forgiving of case and accents."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from borderdesk.core.navigation import NavNode, fold, matches
from borderdesk.gui.models.navigation_model import NODE_ROLE, TITLE_COLUMN

AnyIndex = QModelIndex | QPersistentModelIndex


class NavigationFilterModel(QSortFilterProxyModel):
    """Keep rows whose title or detail contains the query, their parents and, for a
    matching group heading, all its children."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        # Parents of a match stay visible; children of a matching row are all shown.
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    @property
    def query(self) -> str:
        """Return the current search text."""
        return self._query

    def set_query(self, text: str) -> None:
        """Filter by a new search text (empty shows everything)."""
        if fold(text.strip()) == fold(self._query.strip()):
            self._query = text
            return
        self.beginFilterChange()
        self._query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        """Accept a row whose own title or detail matches the query."""
        if not self._query.strip():
            return True
        source = self.sourceModel()
        node = source.data(source.index(source_row, TITLE_COLUMN, source_parent), NODE_ROLE)
        return isinstance(node, NavNode) and matches(node, self._query)
