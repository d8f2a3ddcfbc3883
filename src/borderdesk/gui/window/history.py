"""Back and Forward through the items visited, as in any reference browser.

``SelectionHistory`` listens to the window's one ``SelectionState``: every item selected by
the tree, a link, the chart, the map or a bookmark becomes an entry. Going back or forward
selects an entry with the history as the origin, and such a change adds no entry. While a
presentation or a quiz steps through its slides the history is paused; when it ends, the item
it ended on becomes one entry.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from borderdesk.core.model import ItemRef
from borderdesk.gui.selection import SelectionState

MAX_ENTRIES = 100  # a long session forgets its oldest visits


class SelectionHistory(QObject):
    """Remember the items visited and move back and forward through them."""

    changed = Signal()  # where Back and Forward can go has changed

    def __init__(
        self, selection: SelectionState, limit: int = MAX_ENTRIES, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        if limit < 2:
            raise ValueError("a history needs room for at least two entries")
        self._selection = selection
        self._limit = limit
        self._entries: list[ItemRef] = []
        self._index = -1
        self._paused = 0
        selection.selection_changed.connect(self._on_selection_changed)
        self._record(selection.current)

    # What there is --------------------------------------------------------------------------

    @property
    def entries(self) -> tuple[ItemRef, ...]:
        """Return the items remembered, oldest first."""
        return tuple(self._entries)

    @property
    def index(self) -> int:
        """Return the position of the item shown in ``entries`` (-1 when empty)."""
        return self._index

    def can_go_back(self) -> bool:
        """Return whether there is an earlier item to go back to."""
        return self._index > 0

    def can_go_forward(self) -> bool:
        """Return whether there is a later item to go forward to."""
        return 0 <= self._index < len(self._entries) - 1

    def back_target(self) -> ItemRef | None:
        """Return the item Back would select, or None."""
        return self._entries[self._index - 1] if self.can_go_back() else None

    def forward_target(self) -> ItemRef | None:
        """Return the item Forward would select, or None."""
        return self._entries[self._index + 1] if self.can_go_forward() else None

    # Moving ---------------------------------------------------------------------------------

    def back(self) -> bool:
        """Select the previous item; return whether there was one."""
        return self._go(-1)

    def forward(self) -> bool:
        """Select the next item; return whether there was one."""
        return self._go(+1)

    def _go(self, step: int) -> bool:
        target = self._index + step
        if not 0 <= target < len(self._entries):
            return False
        self._index = target
        self._selection.select(self._entries[target], origin=self)
        self.changed.emit()
        return True

    # Pausing --------------------------------------------------------------------------------

    def pause(self) -> None:
        """Stop recording (a presentation steps through slides): resume() records once."""
        self._paused += 1

    def resume(self) -> None:
        """Record again, starting with the item selected now."""
        if self._paused:
            self._paused -= 1
        if not self._paused:
            self._record(self._selection.current)

    # Recording ------------------------------------------------------------------------------

    def _on_selection_changed(self, ref: ItemRef | None) -> None:
        if self._selection.origin is self or self._paused:
            return
        self._record(ref)

    def _record(self, ref: ItemRef | None) -> None:
        """Add ref after the item shown, dropping anything forward of it; keep the bound."""
        if ref is None or (self._index >= 0 and self._entries[self._index] == ref):
            return
        del self._entries[self._index + 1 :]
        self._entries.append(ref)
        overflow = len(self._entries) - self._limit
        if overflow > 0:
            del self._entries[:overflow]
        self._index = len(self._entries) - 1
        self.changed.emit()
