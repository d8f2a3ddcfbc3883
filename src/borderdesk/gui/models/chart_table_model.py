"""A Qt table model over the chart's figures (``core.chart_table``): one row per border.

The total row comes last, in bold; it is no border (its key is ""), so it cannot be chosen,
and ``TotalLastProxy`` keeps it last whatever column the table is sorted by.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from borderdesk.core.chart_table import FigureTable, TableRow, figure_table
from borderdesk.core.pages import ChartView

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role returning the row's border key (any column)."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role returning what a sort compares: numbers as numbers, names as text."""

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_LEFT_ALIGNED = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_FONT = Qt.ItemDataRole.FontRole.value
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

AnyIndex = QModelIndex | QPersistentModelIndex


class ChartTableModel(QAbstractTableModel):
    """The figures of one series or of a comparison, read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: FigureTable | None = None

    def set_view(self, view: ChartView | None) -> None:
        """Show the figures of this series or comparison (None empties the table)."""
        self.beginResetModel()
        self._table = figure_table(view) if view is not None else None
        self.endResetModel()

    def table(self) -> FigureTable | None:
        """Return the figures shown, if any."""
        return self._table

    def row_of(self, key: str) -> int:
        """Return the row of a border; -1 when the table has none."""
        return self._table.row_of(key) if self._table is not None else -1

    # Qt overrides -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return one row per border (none under a row: the table is flat)."""
        if parent.isValid() or self._table is None:
            return 0
        return len(self._rows())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of columns of the figures shown."""
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.headers)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Cells are selectable, never editable; the total row's are not even selectable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled if self.is_total(index.row()) else _FLAGS

    def is_total(self, row: int) -> bool:
        """Tell whether a row is the total row."""
        return (
            self._table is not None
            and self._table.total is not None
            and row == len(self._table.rows)
        )

    def _rows(self) -> tuple[TableRow, ...]:
        table = self._table
        if table is None:
            return ()
        return (*table.rows, *((table.total,) if table.total is not None else ()))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, sort value, border key or alignment."""
        table = self._table
        if table is None or not index.isValid():
            return None
        row = self._rows()[index.row()]
        cell = row.cells[index.column()]
        if role == _DISPLAY:
            return cell.text
        if role == SORT_ROLE:
            return cell.value
        if role == KEY_ROLE:
            return row.key
        if role == _ALIGNMENT:
            return _RIGHT_ALIGNED if table.numeric[index.column()] else _LEFT_ALIGNED
        if role == _FONT and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Return the column titles; numeric columns' titles are right-aligned like them."""
        table = self._table
        if orientation != Qt.Orientation.Horizontal or table is None:
            return None
        if not 0 <= section < len(table.headers):
            return None
        if role == _DISPLAY:
            return table.headers[section]
        if role == _ALIGNMENT:
            return _RIGHT_ALIGNED if table.numeric[section] else _LEFT_ALIGNED
        return None


class TotalLastProxy(QSortFilterProxyModel):
    """Sort the borders by a column, the total row staying last in either order."""

    def lessThan(  # noqa: N802 - Qt override
        self, left: AnyIndex, right: AnyIndex
    ) -> bool:
        """Compare two rows; the total is greater ascending and smaller descending."""
        model = self.sourceModel()
        if isinstance(model, ChartTableModel):
            left_total, right_total = model.is_total(left.row()), model.is_total(right.row())
            if left_total or right_total:
                descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
                return (right_total and not descending) or (left_total and descending)
        return bool(super().lessThan(left, right))
