"""The table under a page too long to lay out whole: a read-only view that reads what it draws.

Lengths by source and the borders × organisations grid of a large pack have thousands of
rows (and the grid a thousand columns). ``PageTableView`` shows a ``PageTable``
(``gui.pages.big_tables``) through a model that asks for a cell only when it is drawn;
selecting a row (Enter or a double click) opens that row's border.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from borderdesk.core.format import format_number
from borderdesk.gui.pages.big_tables import PageTable

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
COLUMN_WIDTH = 220  # px: fixed, so that no column is measured over thousands of rows

AnyIndex = QModelIndex | QPersistentModelIndex


class PageTableModel(QAbstractTableModel):
    """A ``PageTable``'s cells, each read when the view draws it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: PageTable | None = None

    def set_table(self, table: PageTable | None) -> None:
        """Show this table (None empties the model)."""
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> PageTable | None:
        """Return the table shown, if any."""
        return self._table

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the table's rows (none under a row: the table is flat)."""
        return 0 if parent.isValid() or self._table is None else self._table.row_count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the table's columns."""
        return 0 if parent.isValid() or self._table is None else len(self._table.headers)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Cells are selectable, never editable."""
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text (and as its tooltip), right-aligned in number columns."""
        table = self._table
        if table is None or not index.isValid():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return table.cell(index.row(), index.column())
        if role == _ALIGNMENT and index.column() in table.numeric:
            return _RIGHT_ALIGNED
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column headings, and row numbers down the side."""
        if role != _DISPLAY or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._table.headers[section] if section < len(self._table.headers) else None
        return format_number(section + 1)


class PageTableView(QTableView):
    """The long table under a page; emits the reference of a row that is chosen."""

    row_chosen = Signal(object)  # ItemRef

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageTable")
        self._model = PageTableModel(self)
        self.setModel(self._model)
        self._retranslate()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(COLUMN_WIDTH)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.doubleClicked.connect(self._choose)
        self.hide()

    def _retranslate(self) -> None:
        table = self._model.table()
        self.setAccessibleName(table.title if table is not None else self.tr("Page table"))
        self.setAccessibleDescription(
            self.tr("The page's long table; Enter opens the row's border")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate when the interface language changes (the window reloads the table)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def set_table(self, table: PageTable | None) -> None:
        """Show a page's long table, or hide the view when the page has none."""
        self._model.set_table(table)
        self.setVisible(table is not None)
        if table is not None:
            self.setAccessibleName(table.title)

    def table(self) -> PageTable | None:
        """Return the table shown, if any."""
        return self._model.table()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter or Return opens the current row's border."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _choose(self, index: QModelIndex) -> None:
        table = self._model.table()
        if table is not None and index.isValid():
            self.row_chosen.emit(table.row_ref(index.row()))
