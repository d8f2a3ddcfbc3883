"""The row above the chart: the source box, the Compare sources toggle and its source menu."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from borderdesk.core.compare import default_comparison_ids
from borderdesk.core.model import ChartSource


class ChartControls(QWidget):
    """Pick one source, or tick Compare sources and choose which sources to compare."""

    source_chosen = Signal(str)  # a source id picked in the box
    compare_toggled = Signal(bool)  # Compare sources ticked or cleared
    comparison_changed = Signal(object)  # tuple of source ids, after a change in the menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("chartSourceCombo")
        self.source_combo.setAccessibleName("Source of the lengths")
        source_label = QLabel("&Source:", self)
        source_label.setBuddy(self.source_combo)
        self.compare_box = QCheckBox("Co&mpare sources", self)
        self.compare_box.setObjectName("chartCompareToggle")
        self.compare_box.setToolTip("Show several sources' lengths side by side as grouped bars")
        self.sources_button = QToolButton(self)
        self.sources_button.setObjectName("chartCompareSources")
        self.sources_button.setText("Sources to &compare…")
        self.sources_button.setAccessibleName("Sources to compare")
        self.sources_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sources_menu = QMenu(self.sources_button)
        self.sources_menu.setObjectName("chartCompareMenu")
        self.sources_button.setMenu(self.sources_menu)
        self.sources_button.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (source_label, self.source_combo, self.compare_box, self.sources_button):
            row.addWidget(widget)
        row.addStretch(1)
        self._actions: dict[str, QAction] = {}
        self.source_combo.activated.connect(self._on_source_combo_activated)
        self.compare_box.toggled.connect(self._on_compare_box_toggled)

    def set_sources(self, sources: tuple[ChartSource, ...]) -> None:
        """Offer these sources in the box and in the menu; tick the default comparison."""
        current = self.current_source()
        blocked = self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for source in sources:
            self.source_combo.addItem(source.ref.label, source.ref.id)
        self.source_combo.blockSignals(blocked)
        if current is not None:
            self.select_source(current)
        self.sources_menu.clear()
        self._actions = {}
        chosen = default_comparison_ids([s.ref.id for s in sources])
        for source in sources:
            action = QAction(source.ref.label, self.sources_menu)
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
