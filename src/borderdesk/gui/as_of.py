"""The one record of the date the window reads the content as of, shared by every view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from borderdesk.core.as_of import EARLIEST, KeyDate, key_dates


class AsOfState(QObject):
    """Hold the date viewed (today unless chosen); tell listeners only when it changes.

    Like ``SelectionState``: views write with ``set_date(day, origin=self)`` and skip their
    own echo by comparing ``origin``. ``today`` is asked each time, so a window left open
    over midnight moves with the calendar while it follows today.
    """

    date_changed = Signal(object)  # datetime.date

    def __init__(
        self, parent: QObject | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._chosen: date | None = None  # None: follow today
        self._origin: object | None = None

    @property
    def current(self) -> date:
        """Return the date viewed."""
        return self._chosen if self._chosen is not None else self._today()

    @property
    def today(self) -> date:
        """Return today's date (the latest date a reader can choose)."""
        return self._today()

    @property
    def follows_today(self) -> bool:
        """Tell whether the view follows today rather than a chosen date."""
        return self._chosen is None or self._chosen == self._today()

    @property
    def origin(self) -> object | None:
        """Return who made the latest change (valid while ``date_changed`` is handled)."""
        return self._origin

    @property
    def earliest(self) -> date:
        """Return the earliest date a reader can choose."""
        return EARLIEST

    def key_dates(self) -> tuple[KeyDate, ...]:
        """Return the dates marked on the control: the article, 2015, 2022, today."""
        return key_dates(self.today)

    def set_date(self, day: date, origin: object | None = None) -> bool:
        """View the content as of a day (clamped to independence..today); return if it changed."""
        day = min(max(day, EARLIEST), self._today())
        before = self.current
        self._chosen = None if day == self._today() else day
        self._origin = origin
        if self.current == before:
            return False
        self.date_changed.emit(self.current)
        return True

    def reset(self, origin: object | None = None) -> bool:
        """Follow today again; return whether the date changed."""
        return self.set_date(self._today(), origin)

    def step(self, forward: bool, origin: object | None = None) -> bool:
        """Move to the next (or previous) key date; return whether the date changed."""
        marks = [mark.day for mark in self.key_dates()]
        now = self.current
        target = (
            next((d for d in marks if d > now), None)
            if forward
            else next((d for d in reversed(marks) if d < now), None)
        )
        return target is not None and self.set_date(target, origin)
