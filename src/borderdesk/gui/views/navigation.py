"""The navigation area: a search box over the tree of borders, organisations and the rest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from borderdesk.core.model import ItemRef
from borderdesk.gui.models.navigation_model import (
    DETAIL_COLUMN,
    ITEM_REF_ROLE,
    TITLE_COLUMN,
    NavigationModel,
)
from borderdesk.gui.plain import plain_label
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.views.key_help import QT_TRANSLATE_NOOP, KeyGroup, KeyHelp
from borderdesk.gui.views.navigation_hint import HintDelegate
from borderdesk.gui.views.tree_spans import TitleSpans, needed_width

CLEAR_KEYS = (Qt.Key.Key_Escape,)
INTO_RESULTS_KEYS = (Qt.Key.Key_Down,)
KEY_HELP = KeyGroup(
    QT_TRANSLATE_NOOP("KeyHelp", "Search box"),
    (
        KeyHelp(CLEAR_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Clear the search")),
        KeyHelp(INTO_RESULTS_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Move into the results")),
    ),
)
# The reader moved to the search box: ready it then. Not when the window takes focus as it
# opens, which would hold a large pack's first paint up.
_READER_FOCUS = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)
_SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


class NavigationPanel(QWidget):
    """Search box and tree; writes the chosen item to, and follows, the selection state."""

    def __init__(
        self,
        model: NavigationModel,
        selection: SelectionState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("navigationPanel")
        self._model = model
        self._selection = selection
        self._syncing = False  # True while we move the tree ourselves: not a user choice
        self._widths: dict[tuple[bool, str, int], int] = {}  # preferred_width's, measured
        self._build_ui()
        self._connect_signals()
        self._expand_and_fit()

    def _build_ui(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)

        self.tree = QTreeView(self)
        self.tree.setObjectName("navigationTree")
        self.tree.setModel(self._model)
        self._spans = TitleSpans(self.tree, self._model)
        self._hint_delegate = HintDelegate(self.tree)  # set while searching: it draws in Python
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Fixed, and fitted to the lengths by _expand_and_fit: ResizeToContents would ask the
        # model for every row again on each layout pass (four times before the first paint).
        header.setSectionResizeMode(DETAIL_COLUMN, QHeaderView.ResizeMode.Fixed)

        self.no_matches = plain_label("", self, name="noMatches")  # it quotes what was typed
        self.no_matches.setWordWrap(True)
        self.no_matches.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_matches.setEnabled(False)  # drawn in the muted text colour
        self.no_matches.hide()

        # One action serves the panel's own shortcut and the window's View menu.
        self.focus_search_action = QAction(self)
        self.focus_search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.addAction(self.focus_search_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_box)
        layout.addWidget(self.no_matches)
        layout.addWidget(self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        """Put the panel's texts in the interface language."""
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setAccessibleDescription(
            self.tr(
                "Filters the list of borders, organisations, people and events as you type "
                "(Ctrl+F); Down moves into the list, Esc clears the search"
            )
        )
        self.search_box.setPlaceholderText(self.tr("Search borders, organisations, people…"))
        self.tree.setAccessibleName(self.tr("Navigation"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Borders, comparisons, organisations, topics, people, events and sources: "
                "the chosen one's page is shown beside the list"
            )
        )
        self.focus_search_action.setText(self.tr("Focus &search"))
        self._show_no_matches()

    def show_current(self) -> None:
        """Select the row of the selected item again (after the tree was rebuilt)."""
        self._show_in_tree(self._selection.current, reveal=False)
        self._show_no_matches()

    def _connect_signals(self) -> None:
        self.focus_search_action.triggered.connect(self.focus_search)
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_box.returnPressed.connect(self._enter_tree)
        self.tree.selectionModel().currentRowChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)  # Enter, or a double click
        self._model.modelReset.connect(self._expand_and_fit)
        self._model.root_changed.connect(self._widths.clear)  # before fitting the new tree
        self._model.root_changed.connect(self._on_root_changed)
        # Fitted when the lengths change, not when a search shows other rows: measuring a
        # column asks every row of a large tree (and a column that jumps as one types is
        # harder to read).
        self._model.lengths_changed.connect(self.fit_columns)
        self._model.lengths_changed.connect(self._widths.clear)
        self._model.modelReset.connect(self._widths.clear)
        self._model.search_shown.connect(self._after_search)  # a query that waited for names
        self._selection.selection_changed.connect(self._on_selection_changed)

    def _expand_and_fit(self) -> None:
        """Expand every group and make the detail column as wide as its widest text."""
        self.tree.expandAll()
        self._spans.forget()  # a reset took every span with it
        self._spans.update()
        self.fit_columns()

    def _on_root_changed(self) -> None:
        """Lay out another tree's rows as a search's: headings open, spans, the note; fit.

        The row under the cursor is another tree's: no row is current until one is chosen
        (or the chosen item's row is found again), as after a reset.
        """
        self._syncing = True
        try:
            self.tree.selectionModel().clearCurrentIndex()
        finally:
            self._syncing = False
        self._after_search()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Make the detail column (the lengths) as wide as its widest text, in today's font."""
        self.tree.header().resizeSection(DETAIL_COLUMN, self.tree.sizeHintForColumn(DETAIL_COLUMN))

    def preferred_width(self, *, lengths_only: bool = False) -> int:
        """Return the width that shows every title and length whole, in today's font.

        With ``lengths_only``: the width that shows every border's name and length whole.
        """
        tree = self.tree
        # Measured once per tree, lengths and font: a large pack's tree has thousands of rows.
        key = (lengths_only, tree.font().key(), tree.indentation())
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = needed_width(tree, self._model, lengths_only=lengths_only)
        scroll = tree.verticalScrollBar().sizeHint().width()
        return width + scroll + 2 * tree.frameWidth()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Fit the lengths' column again when the text size changes (no "6,84…")."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()

    def _expand_headings(self) -> None:
        """Expand each heading a search shows (expandAll would visit every row again)."""
        for row in range(self._model.rowCount()):
            heading = self._model.index(row, TITLE_COLUMN)
            if self._model.hasChildren(heading):
                self.tree.expand(heading)

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected for retyping."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Esc clears the search; Down moves into the tree; focus readies the search."""
        if (
            watched is self.search_box
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusIn
            and event.reason() in _READER_FOCUS
        ):
            self._model.prepare_search()  # before the first letter, not on it
        if (
            watched is self.search_box
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in CLEAR_KEYS and self.search_box.text():
                self.search_box.clear()
                return True
            if event.key() in INTO_RESULTS_KEYS:
                self._enter_tree()
                return True
        return super().eventFilter(watched, event)

    def _enter_tree(self) -> None:
        """Focus the tree on the selected row, or else on the first visible item."""
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.tree.currentIndex()
        if current.isValid() and self.tree.selectionModel().isSelected(current):
            return
        first = self._first_item(QModelIndex())
        if first.isValid():
            self.tree.setCurrentIndex(first)

    def _first_item(self, parent: QModelIndex) -> QModelIndex:
        for row in range(self._model.rowCount(parent)):
            index = self._model.index(row, TITLE_COLUMN, parent)
            if index.data(ITEM_REF_ROLE) is not None:
                return index
            child = self._first_item(index)
            if child.isValid():
                return child
        return QModelIndex()

    def _on_search_box_text_changed(self, text: str) -> None:
        self._syncing = True  # rows vanishing under the cursor must not change the selection
        try:
            self._model.set_query(text)
        finally:
            self._syncing = False
        self._after_search()

    def _after_search(self) -> None:
        """Lay out the rows a search shows: headings open, hints drawn, the note above."""
        text = self.search_box.text()
        self._expand_headings()
        self._spans.update()  # the rows left have new places
        delegate = self._hint_delegate if text.strip() else self.tree.itemDelegate()
        if self.tree.itemDelegateForColumn(TITLE_COLUMN) is not delegate:
            self.tree.setItemDelegateForColumn(TITLE_COLUMN, delegate)
        self._show_no_matches()
        current = self._selection.current
        self._show_in_tree(current, reveal=False)
        if current is None or not self._model.index_for_ref(current).isValid():
            self.tree.scrollToTop()  # the item read is not among the rows: the best ones first

    def _show_no_matches(self) -> None:
        """Above the rows: that nothing matched, or the near spelling every row was found by."""
        text = self.search_box.text().strip()
        if not text:
            note = ""
        elif self._model.waiting:  # the first search of a large tree, names still coming
            note = self.tr("Searching every name in every language…")
        elif self._model.rowCount() == 0:
            note = self.tr("Nothing matches \u201c{query}\u201d.").format(query=text)
        else:
            note = self._model.suggestion()
        self.no_matches.setText(note)
        self.no_matches.setVisible(bool(note))

    def _on_tree_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object
    ) -> None:
        if self._syncing or self._model.applying or not current.isValid():
            return
        ref = current.data(ITEM_REF_ROLE)
        if isinstance(ref, ItemRef):
            self._selection.select(ref, origin=self)
        else:
            # A group heading, or a "Show all" row (its heading's other rows come in, the
            # cursor on the first of them): the view selects or clears the selection right
            # after this signal, so put the selected item's highlight back once it has.
            self._show_all(current)
            QTimer.singleShot(0, self, self._restore_highlight)

    def _on_tree_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if self._show_all(index):
            QTimer.singleShot(0, self, self._restore_highlight)

    def _show_all(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """Show every row of a heading when ``index`` is its "Show all" row."""
        return self._opening(lambda: self._model.show_all(index))

    def _show_all_for(self, ref: ItemRef) -> bool:
        """Show every row of the heading whose first rows leave out an item's row."""
        return self._opening(lambda: self._model.show_all_for(ref))

    def _opening(self, open_heading: Callable[[], bool]) -> bool:
        """Open a heading's every row (``open_heading`` says whether it did) without echoing
        the rows' changes as selections; span the new rows."""
        self._syncing = True
        try:
            if not open_heading():
                return False
        finally:
            self._syncing = False
        self._spans.update()
        return True

    def _restore_highlight(self) -> None:
        self._show_in_tree(self._selection.current, reveal=False, move_current=False)

    def _on_selection_changed(self, ref: ItemRef | None) -> None:
        if self._selection.origin is not self:
            self._show_in_tree(ref, reveal=True)

    def _show_in_tree(
        self, ref: ItemRef | None, *, reveal: bool, move_current: bool = True
    ) -> None:
        """Select the row of an item without echoing it back; reveal clears a hiding filter."""
        selection_model = self.tree.selectionModel()
        index = self._model.index_for_ref(ref) if ref is not None else QModelIndex()
        if ref is not None and not index.isValid() and self._show_all_for(ref):
            index = self._model.index_for_ref(ref)  # its heading shows every row now
        if ref is not None and not index.isValid() and self._model.contains(ref) and reveal:
            self.search_box.clear()  # refilters, then comes back here with the row visible
            return
        self._syncing = True
        try:
            if not index.isValid():
                selection_model.clearSelection()
            elif move_current:
                selection_model.setCurrentIndex(index, _SELECT_ROW)
                self.tree.scrollTo(index)
            else:
                selection_model.select(index, _SELECT_ROW)
        finally:
            self._syncing = False


if __name__ == "__main__":
    import sys

    from borderdesk.core.navigation import build_navigation
    from borderdesk.core.sample import SampleService
    from borderdesk.gui.qtapp import ensure_application

    application = ensure_application()
    state = SelectionState()
    state.selection_changed.connect(lambda r: print("selected", r.to_string() if r else None))
    panel = NavigationPanel(NavigationModel(build_navigation(SampleService())), state)
    panel.resize(340, 600)
    panel.show()
    sys.exit(application.exec())
