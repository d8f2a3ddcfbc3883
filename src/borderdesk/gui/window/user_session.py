"""The user's side of a run: start-up news, notes beside every window, a second start's wishes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QWidget

from borderdesk.core.dates import format_date
from borderdesk.core.handout import parse_item
from borderdesk.core.i18n import translate
from borderdesk.core.model import ItemRef
from borderdesk.core.requests import Request
from borderdesk.core.userdata import DatasetCatalog, StartupReport, UserDataService
from borderdesk.gui.plain import inform
from borderdesk.gui.window.second_start import bring_to_front
from borderdesk.gui.window.userdata_ui import UserDataUi

log = logging.getLogger(__name__)


class UserDataWindow(Protocol):
    """What a window offers to hold the notes panel and menus."""

    def attach_user_data(self, ui: UserDataUi) -> None:
        """Place the panel and menus, and wire them to the window's selection."""
        ...

    def show(self) -> None:
        """Show the window."""
        ...

    def close(self) -> bool:
        """Close the window."""
        ...


WindowFactory = Callable[[Path | None], UserDataWindow | None]


def startup_messages(
    report: StartupReport, crash: tuple[Path, str] | None
) -> list[tuple[str, str, str]]:
    """Return (title, message, details) for each thing the user should hear at start."""
    messages = []
    if report.restored_date is not None and report.set_aside is not None:
        stamp = report.restored_date.astimezone()
        when = translate("UserSession", "{day}, {time}").format(
            day=format_date(stamp.date().isoformat()), time=stamp.strftime("%H:%M")
        )
        messages.append(
            (
                translate("UserSession", "Your notes were restored from a backup"),
                translate(
                    "UserSession",
                    "Your notes file was damaged. BorderDesk put back the backup of {when}: notes "
                    "and bookmarks made after that are not in it.\n\nThe damaged file was kept as "
                    "{file}.",
                ).format(when=when, file=report.set_aside),
                "",
            )
        )
    for warning in report.warnings:
        messages.append((translate("UserSession", "Your notes"), warning, ""))
    if not report.writable:
        messages.append(
            (
                translate("UserSession", "Notes cannot be saved"),
                translate(
                    "UserSession",
                    "Notes and bookmarks are shown but cannot be saved during this session: "
                    "{reason}.",
                ).format(reason=report.read_only_reason),
                "",
            )
        )
    if crash is not None:
        kept, text = crash
        messages.append(
            (
                translate("UserSession", "BorderDesk stopped unexpectedly last time"),
                translate(
                    "UserSession",
                    "The last session ended with a crash. Its report was kept in {file}; "
                    "open 'Show Details…' to read it.",
                ).format(file=kept),
                text[-20000:],
            )
        )
    return messages


def show_messages(parent: QWidget | None, messages: list[tuple[str, str, str]]) -> None:
    """Show each start-up message in its own box."""
    for title, text, details in messages:
        inform(parent, title, text, details)  # they quote file names: plain text


class UserSession(QObject):
    """Give every window the notes panel and menus; swap windows when the dataset changes."""

    def __init__(
        self,
        service: UserDataService,
        catalog: DatasetCatalog,
        open_window: WindowFactory,
    ) -> None:
        super().__init__()
        self._service = service
        self._catalog = catalog
        self._open_window = open_window
        self.window: UserDataWindow | None = None
        self.ui: UserDataUi | None = None
        self.db_path: Path | None = None

    def attach(self, window: UserDataWindow, db_path: Path | None) -> UserDataUi:
        """Add the notes panel and menus to ``window``."""
        if not isinstance(window, QMainWindow):
            raise TypeError("the notes panel goes in a main window")
        ui = UserDataUi(self._service, self._catalog, db_path, window)
        ui.dataset_chosen.connect(self._on_ui_dataset_chosen)
        window.attach_user_data(ui)
        self.window, self.ui, self.db_path = window, ui, db_path
        return ui

    def _on_ui_dataset_chosen(self, path: Path | None) -> None:
        old = self.window
        window = self._open_window(path)
        if window is None:
            return
        self.attach(window, path)
        window.show()
        if old is not None:
            old.close()

    def answer(self, request: Request) -> None:
        """Do what a second start asked: open its dataset and item, and come to the front."""
        current = self.db_path.absolute() if self.db_path is not None else None
        if request.db is not None and request.db.absolute() != current:
            self._on_ui_dataset_chosen(request.db)  # a dataset that cannot be opened is named
        if request.item is not None:
            try:
                self.select(parse_item(request.item))
            except ValueError:
                log.warning("a second start asked for %r, which is no item", request.item)
        if isinstance(self.window, QWidget):
            bring_to_front(self.window)

    def select(self, ref: ItemRef) -> None:
        """Select an item in the current window (for tests and the Bookmarks menu)."""
        if self.ui is not None:
            self.ui.item_chosen.emit(ref)
