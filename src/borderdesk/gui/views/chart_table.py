"""The chart's figures as a sortable table, in place of the plot: one row per border, a total.

Choosing a row chooses that border (``row_chosen``), as a click on its bar does; the window's
selection comes back through ``select_key`` without an echo. Ctrl+C copies the whole table as
CSV, with the line naming the source(s) and the dataset edition.

The table is filled when it is first shown or asked for, not with every series the chart
draws: a pack's two thousand rows, sorted and measured, are not made for a hidden table.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from borderdesk.core.chart_table import table_csv
from borderdesk.core.pages import ChartView
from borderdesk.gui.models.chart_table_model import (
    KEY_ROLE,
    SORT_ROLE,
    ChartTableModel,
    TotalLastProxy,
)
from borderdesk.gui.views.bar_keys import TABLE_COPY

CSV_MIME = "text/csv"
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


CONTENTS_PRECISION = 60  # rows measured to fit a column to its figures


class ChartTable(QTableView):
    """Border, length, share and source per row (one length column per source when comparing)."""

    row_chosen = Signal(str)  # the border key of the row the reader selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartTable")
        self._retranslate()
        self._model = ChartTableModel(self)
        self._view: ChartView | None = None  # what the table shows once filled
        self._filled = True  # the model holds ``_view``
        self.proxy = TotalLastProxy(self)
        self.proxy.setSourceModel(self._model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.setModel(self.proxy)
        self._syncing = False  # True while the selection is set from outside: not a choice
        self._key: str | None = None
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        # Every column as wide as its heading and figures: a narrow table scrolls sideways
        # rather than cutting a heading short.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measured on the rows in view and some more, not on all two thousand of a large pack.
        header.setResizeContentsPrecision(CONTENTS_PRECISION)
        header.setStretchLastSection(False)
        header.setSortIndicatorClearable(True)  # a third click goes back to the chart's order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)  # with no indicator: rows in the chart's order
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Border lengths table"))
        self.setAccessibleDescription(
            self.tr(
                "The chart's figures, one row per border. Choosing a row selects that border; "
                "a column heading sorts by it; Ctrl+C copies the table as CSV."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate the names and the figures when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @property
    def source_model(self) -> ChartTableModel:
        """Return the model of the figures, filled with the view shown."""
        self._fill()
        return self._model

    def set_view(self, view: ChartView | None) -> None:
        """Show the figures of this series or comparison, keeping the chosen border's row."""
        self._view, self._filled = view, False
        if self.isVisible():
            self._fill()

    def _fill(self) -> None:
        """Put the view's figures in the model, if not done yet, and select the chosen row."""
        if self._filled:
            return
        self._filled = True
        self._syncing = True
        try:
            self._model.set_view(self._view)
        finally:
            self._syncing = False
        self.select_key(self._key)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Fill the table as it is shown."""
        self._fill()
        super().showEvent(event)

    def select_key(self, key: str | None) -> None:
        """Select the row of a border (None, or a key not in the table, clears) silently."""
        self._key = key
        if not self._filled:  # selected when the table is filled
            return
        row = self._model.row_of(key) if key is not None else -1
        index = self.proxy.mapFromSource(self._model.index(row, 0)) if row >= 0 else None
        self._syncing = True
        try:
            if index is None or not index.isValid():
                self.selectionModel().clearSelection()
            else:
                self.selectionModel().setCurrentIndex(index, _SELECT_ROW)
                self.scrollTo(index)
        finally:
            self._syncing = False

    def keys(self) -> list[str]:
        """Return the border keys in the rows' order as shown (after any sort)."""
        self._fill()
        keys = (self.proxy.index(row, 0).data(KEY_ROLE) for row in range(self.proxy.rowCount()))
        return [key for key in keys if key]  # the total row is no border

    def selected_key(self) -> str | None:
        """Return the border key of the selected row, if any."""
        self._fill()
        rows = self.selectionModel().selectedRows()
        return str(rows[0].data(KEY_ROLE)) if rows else None

    def csv_text(self) -> str:
        """Return the figures as CSV ("" when the table is empty)."""
        table = self.source_model.table()
        return table_csv(table) if table is not None else ""

    def copy_csv(self) -> bool:
        """Put the figures on the clipboard as text/csv and plain text; False when empty."""
        text = self.csv_text()
        if not text:
            return False
        mime = QMimeData()
        mime.setData(CSV_MIME, text.encode("utf-8"))
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Copy the whole table as CSV on Ctrl+C (the view alone copies one cell)."""
        if event.matches(TABLE_COPY):
            self.copy_csv()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_current_row_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        if self._syncing or not current.isValid():
            return
        key = current.data(KEY_ROLE)
        if isinstance(key, str) and key != self._key:
            self._key = key
            self.row_chosen.emit(key)
