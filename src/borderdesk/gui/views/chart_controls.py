"""The row above the chart: source box, Compare sources toggle and menu, Table, Copy as CSV."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QMenu,
    QToolButton,
    QWidget,
)

from borderdesk.core.compare import default_comparison_ids
from borderdesk.core.model import ChartSource
from borderdesk.gui.plain import plain_action, plain_label, plain_tip
from borderdesk.gui.views.flow_layout import FlowLayout
from borderdesk.gui.views.menu_button import MenuButton

SOURCE_CHARS = 60  # the most of a source's label the box shows (a pack may give 200)


class ChartControls(QWidget):
    """Pick one source, or tick Compare sources and choose which sources to compare.

    The controls wrap to a second row where one row has no room (large text, high scaling).
    """

    source_chosen = Signal(str)  # a source id picked in the box
    compare_toggled = Signal(bool)  # Compare sources ticked or cleared
    comparison_changed = Signal(object)  # tuple of source ids, after a change in the menu
    table_toggled = Signal(bool)  # Table pressed: the figures as a table (True) or the plot
    copy_csv_requested = Signal()  # Copy as CSV pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("chartSourceCombo")
        self.source_label = source_label = plain_label("", self)
        source_label.setBuddy(self.source_combo)
        self.compare_box = QCheckBox(self)
        self.compare_box.setObjectName("chartCompareToggle")
        self.sources_button = MenuButton(self)
        self.sources_button.setObjectName("chartCompareSources")
        self.sources_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sources_menu = QMenu(self.sources_button)
        self.sources_menu.setObjectName("chartCompareMenu")
        self.sources_button.setMenu(self.sources_menu)
        self.sources_button.setEnabled(False)
        self.table_button = QToolButton(self)
        self.table_button.setObjectName("chartTableToggle")
        self.table_button.setCheckable(True)
        self.copy_button = QToolButton(self)
        self.copy_button.setObjectName("chartCopyCsv")
        self._retranslate()
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row = FlowLayout(self)
        for widget in (
            source_label,
            self.source_combo,
            self.compare_box,
            self.sources_button,
            self.table_button,
            self.copy_button,
        ):
            row.addWidget(widget)
        self._actions: dict[str, QAction] = {}
        self.source_combo.activated.connect(self._on_source_combo_activated)
        self.compare_box.toggled.connect(self._on_compare_box_toggled)
        self.table_button.toggled.connect(self.table_toggled)
        self.copy_button.clicked.connect(self.copy_csv_requested)

    def _retranslate(self) -> None:
        self.source_combo.setAccessibleName(self.tr("Source of the lengths"))
        self.source_combo.setAccessibleDescription(
            self.tr("Which source's border lengths the chart shows")
        )
        self.source_label.setText(self.tr("&Source:"))
        self.compare_box.setText(self.tr("Co&mpare sources"))
        self.compare_box.setToolTip(
            self.tr("Show several sources' lengths side by side as grouped bars")
        )
        self.compare_box.setAccessibleName(self.tr("Compare sources"))
        self.compare_box.setAccessibleDescription(self.compare_box.toolTip())
        self.sources_button.setText(self.tr("Sources to &compare…"))
        self.sources_button.setAccessibleName(self.tr("Sources to compare"))
        self.sources_button.setAccessibleDescription(
            self.tr("Choose which sources the grouped bars show")
        )
        self.table_button.setText(self.tr("&Table"))
        self.table_button.setToolTip(
            self.tr("Show the chart's figures as a sortable table (Ctrl+T)")
        )
        self.table_button.setAccessibleName(self.tr("Show as table"))
        self.table_button.setAccessibleDescription(self.table_button.toolTip())
        self.copy_button.setText(self.tr("Cop&y as CSV"))
        self.copy_button.setToolTip(
            self.tr("Copy the chart's figures, with their sources, to the clipboard as CSV")
        )
        self.copy_button.setAccessibleName(self.tr("Copy as CSV"))
        self.copy_button.setAccessibleDescription(self.copy_button.toolTip())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate every text when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Ask for the rows' height at this width, so a second row is never cut off."""
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def set_sources(self, sources: tuple[ChartSource, ...]) -> None:
        """Offer these sources in the box and in the menu; tick the default comparison."""
        current = self.current_source()
        blocked = self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for index, source in enumerate(sources):
            label = source.ref.label
            if len(label) > SOURCE_CHARS:  # the box is as wide as its longest entry
                self.source_combo.addItem(f"{label[: SOURCE_CHARS - 1]}…", source.ref.id)
                tip = Qt.ItemDataRole.ToolTipRole
                self.source_combo.setItemData(index, plain_tip(label), tip)
            else:
                self.source_combo.addItem(label, source.ref.id)
        self.source_combo.blockSignals(blocked)
        if current is not None:
            self.select_source(current)
        self.sources_menu.clear()
        self._actions = {}
        chosen = default_comparison_ids([s.ref.id for s in sources])
        for source in sources:
            action = plain_action(source.ref.label, self.sources_menu)
            action.setCheckable(True)
            action.setChecked(source.ref.id in chosen)
            action.setData(source.ref.id)
            action.toggled.connect(self._on_action_toggled)
            self.sources_menu.addAction(action)
            self._actions[source.ref.id] = action

    def current_source(self) -> str | None:
        """Return the id in the source box, if any."""
        data = self.source_combo.currentData()
        return data if isinstance(data, str) else None

    def select_source(self, source_id: str) -> None:
        """Show this source in the box, without a signal."""
        index = self.source_combo.findData(source_id)
        if index >= 0:
            blocked = self.source_combo.blockSignals(True)
            self.source_combo.setCurrentIndex(index)
            self.source_combo.blockSignals(blocked)

    def chosen(self) -> tuple[str, ...]:
        """Return the sources ticked in the menu, in the menu's order."""
        return tuple(i for i, action in self._actions.items() if action.isChecked())

    def set_chosen(self, source_ids: tuple[str, ...]) -> None:
        """Tick exactly these sources, without a signal."""
        for source_id, action in self._actions.items():
            blocked = action.blockSignals(True)
            action.setChecked(source_id in source_ids)
            action.blockSignals(blocked)

    def set_comparing(self, comparing: bool) -> None:
        """Show the mode (ticked or not), without a signal; the box is for one source only."""
        blocked = self.compare_box.blockSignals(True)
        self.compare_box.setChecked(comparing)
        self.compare_box.blockSignals(blocked)
        self.source_combo.setEnabled(not comparing)
        self.sources_button.setEnabled(comparing)

    def is_comparing(self) -> bool:
        """Tell whether Compare sources is ticked."""
        return self.compare_box.isChecked()

    def set_table_checked(self, checked: bool) -> None:
        """Show Table pressed or not, without a signal."""
        blocked = self.table_button.blockSignals(True)
        self.table_button.setChecked(checked)
        self.table_button.blockSignals(blocked)

    def _on_source_combo_activated(self, index: int) -> None:
        source_id = self.source_combo.itemData(index)
        if isinstance(source_id, str):
            self.source_chosen.emit(source_id)

    def _on_compare_box_toggled(self, checked: bool) -> None:
        self.source_combo.setEnabled(not checked)
        self.sources_button.setEnabled(checked)
        self.compare_toggled.emit(checked)

    def _on_action_toggled(self, _checked: bool) -> None:
        if not self.chosen():  # keep at least one source: undo clearing the last
            sender = self.sender()
            if isinstance(sender, QAction):
                blocked = sender.blockSignals(True)
                sender.setChecked(True)
                sender.blockSignals(blocked)
            return
        if self.is_comparing():
            self.comparison_changed.emit(self.chosen())
