"""The user's side of a run: one instance at a time, start-up news, notes beside every window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import DatasetCatalog, StartupReport, UserDataService
from borderdesk.gui.window.userdata_ui import UserDataUi


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


def acquire_lock(lock_path: Path) -> QLockFile | None:
    """Return the held single-instance lock, or None when another BorderDesk holds it.

    A lock left by a crashed run names a process that is gone: Qt removes it and we take it.
    A folder where no lock can be made (read-only) does not stop the start.
    """
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # never steal a live instance's lock because it is old
    if lock.tryLock(200):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    return lock  # permission or unknown error: run without the lock


def startup_messages(
    report: StartupReport, crash: tuple[Path, str] | None
) -> list[tuple[str, str, str]]:
    """Return (title, message, details) for each thing the user should hear at start."""
    messages = []
    if report.restored_date is not None and report.set_aside is not None:
        when = report.restored_date.astimezone().strftime("%d %B %Y, %H:%M")
        messages.append(
            (
                "Your notes were restored from a backup",
                f"Your notes file was damaged. BorderDesk put back the backup of {when}: notes "
                f"and bookmarks made after that are not in it.\n\nThe damaged file was kept as "
                f"{report.set_aside}.",
                "",
            )
        )
    for warning in report.warnings:
        messages.append(("Your notes", warning, ""))
    if not report.writable:
        messages.append(
            (
                "Notes cannot be saved",
                f"Notes and bookmarks are shown but cannot be saved during this session: "
                f"{report.read_only_reason}.",
                "",
            )
        )
    if crash is not None:
        kept, text = crash
        messages.append(
            (
                "BorderDesk stopped unexpectedly last time",
                f"The last session ended with a crash. Its report was kept in {kept}; "
                "open 'Show Details…' to read it.",
                text[-20000:],
            )
        )
    return messages


def show_messages(parent: QWidget | None, messages: list[tuple[str, str, str]]) -> None:
    """Show each start-up message in its own box."""
    for title, text, details in messages:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        if details:
            box.setDetailedText(details)
        box.exec()


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

    def attach(self, window: UserDataWindow, db_path: Path | None) -> UserDataUi:
        """Add the notes panel and menus to ``window``."""
        if not isinstance(window, QMainWindow):
            raise TypeError("the notes panel goes in a main window")
        ui = UserDataUi(self._service, self._catalog, db_path, window)
        ui.dataset_chosen.connect(self._on_ui_dataset_chosen)
        window.attach_user_data(ui)
        self.window, self.ui = window, ui
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

    def select(self, ref: ItemRef) -> None:
        """Select an item in the current window (for tests and the Bookmarks menu)."""
        if self.ui is not None:
            self.ui.item_chosen.emit(ref)
