"""The one record of what is selected, shared by the tree, the detail pane and the chart."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from borderdesk.core.model import ItemRef


class SelectionState(QObject):
    """Hold the current item; tell listeners only when it really changes.

    Views write with ``select(ref, origin=self)`` and, while handling
    ``selection_changed``, skip the update when ``origin`` is themselves: together with
    the emit-only-on-change rule this keeps tree, pane and chart from echoing each other.
    """

    selection_changed = Signal(object)  # ItemRef | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: ItemRef | None = None
        self._origin: object | None = None

    @property
    def current(self) -> ItemRef | None:
        """Return the selected item, or None."""
        return self._current

    @property
    def origin(self) -> object | None:
        """Return who made the latest change (valid while ``selection_changed`` is handled)."""
        return self._origin

    def select(self, ref: ItemRef | None, origin: object | None = None) -> bool:
        """Select an item (None clears); return whether anything changed."""
        if ref == self._current:
            return False
        self._current = ref
        self._origin = origin
        self.selection_changed.emit(ref)
        return True

    def clear(self, origin: object | None = None) -> bool:
        """Clear the selection; return whether anything changed."""
        return self.select(None, origin)
