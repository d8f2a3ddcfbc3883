"""The chart, the map and the reader's note under the page, in tabs that fold to their tab bar.

The page is the main reading surface: on a border, the overview or the lengths by source the
chart opens under it, on an organisation the map; on the grid, the timeline, a topic, a
person, an event or a source the panel folds to its tab bar (one row, with the bookmark
button beside Show). A click on a tab (or Ctrl+1, Ctrl+2) opens it; Hide folds it. What the
reader chose stays chosen (``shown``/``hidden``) until they choose again; by default
(``auto``) the page decides.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.pages import LENGTHS_REF

CHART_TAB, MAP_TAB, NOTE_TAB = 0, 1, 2


class Unfold(StrEnum):
    """Whether the panel opens by itself on pages it helps (auto) or as the reader left it."""

    AUTO = "auto"
    SHOWN = "shown"
    HIDDEN = "hidden"


def helpful_tab(ref: ItemRef | None) -> int | None:
    """Return the tab that helps read a page (the chart or the map), or None where neither does."""
    if ref is None:
        return None
    if ref.kind in (ItemKind.OVERVIEW, ItemKind.BORDER) or ref == LENGTHS_REF:
        return CHART_TAB
    if ref.kind is ItemKind.ORGANISATION:
        return MAP_TAB
    return None


class FiguresPanel(QWidget):
    """Hold the chart's and the map's places in tabs that fold to their tab bar."""

    fold_toggled = Signal(bool)  # the reader folded (True) or opened (False) the panel

    def __init__(self, chart: QWidget, map_view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresPanel")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("viewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(chart, "")
        self.tabs.addTab(map_view, "")
        self._written = False
        self.fold_button = QToolButton()
        self.fold_button.setObjectName("figuresFoldButton")
        self.fold_button.setAutoRaise(True)
        self.corner = QWidget()
        self.corner.setObjectName("figuresCorner")
        self._corner = QHBoxLayout(self.corner)
        self._corner.setContentsMargins(0, 0, 0, 0)
        self._corner.addWidget(self.fold_button)
        self.tabs.setCornerWidget(self.corner)
        self.tabs.tabBarClicked.connect(self._on_tabs_tab_bar_clicked)
        self.fold_button.clicked.connect(self._on_fold_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._folded = False
        self._retranslate()

    def _retranslate(self) -> None:
        self.tabs.setTabText(CHART_TAB, self.tr("Chart"))
        self.tabs.setTabText(MAP_TAB, self.tr("Map"))
        self.tabs.setAccessibleName(self.tr("Chart and map"))
        self.tabs.setAccessibleDescription(
            self.tr("Ctrl+1 shows the chart, Ctrl+2 the map; Hide folds them under the page")
        )
        self.tabs.setTabToolTip(CHART_TAB, self.tr("The border lengths chart (Ctrl+1)"))
        self.tabs.setTabToolTip(MAP_TAB, self.tr("The map of the borders (Ctrl+2)"))
        if self.tabs.count() > NOTE_TAB:
            self.tabs.setTabToolTip(NOTE_TAB, self.tr("Your own note on the item (Ctrl+3)"))
            self.mark_note(self._written)
        self._show_fold_state()

    def add_note(self, notes: QWidget, bookmark: QAbstractButton) -> None:
        """Give the reader's note a tab of its own, its bookmark button beside Hide/Show."""
        self.tabs.addTab(notes, "")
        self._corner.insertWidget(0, bookmark)
        self._retranslate()

    def mark_note(self, written: bool) -> None:
        """Say on the Note tab whether the item has a note."""
        self._written = written
        if self.tabs.count() > NOTE_TAB:
            self.tabs.setTabText(NOTE_TAB, self.tr("Note ✎") if written else self.tr("Note"))

    def body(self) -> QStackedWidget:
        """Return the tabs' pages (hidden while folded)."""
        stack = self.tabs.findChild(QStackedWidget)
        if stack is None:  # pragma: no cover - QTabWidget always has one
            raise TypeError("a tab widget without pages")
        return stack

    def is_folded(self) -> bool:
        """Tell whether only the tab bar shows."""
        return self._folded

    def set_folded(self, folded: bool) -> None:
        """Fold the panel to its tab bar, or open it."""
        if folded != self._folded:
            self._folded = folded
            self._show_fold_state()

    def folded_height(self) -> int:
        """Return the height of the panel folded: its tab bar."""
        bar = self.tabs.tabBar().sizeHint().height()
        return max(bar, self.corner.sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Return the tab bar's height folded, the pages' least height open."""
        hint = super().minimumSizeHint()
        if self._folded:
            return QSize(hint.width(), self.folded_height())
        return hint

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Fold to the tab bar's new height when the text size changes; retranslate."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._show_fold_state()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _show_fold_state(self) -> None:
        self.body().setVisible(not self._folded)
        self.fold_button.setText(self.tr("Show ▴") if self._folded else self.tr("Hide ▾"))
        self.fold_button.setToolTip(
            self.tr("Open the chart and the map under the page")
            if self._folded
            else self.tr("Fold the chart and the map: the page takes the room")
        )
        policy = QSizePolicy.Policy.Fixed if self._folded else QSizePolicy.Policy.Expanding
        self.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
        self.setMaximumHeight(self.folded_height() if self._folded else 16_777_215)
        self.updateGeometry()

    def _on_tabs_tab_bar_clicked(self, _index: int) -> None:
        if self._folded:
            self.set_folded(False)
            self.fold_toggled.emit(False)

    def _on_fold_button_clicked(self) -> None:
        self.set_folded(not self._folded)
        self.fold_toggled.emit(self._folded)
