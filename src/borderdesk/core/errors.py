"""Errors the core promises to callers; each carries a message fit for a user."""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.display import display_path
from borderdesk.core.i18n import translate


class BorderDeskError(Exception):
    """Base of every error BorderDesk shows to a user."""


class StoreError(BorderDeskError):
    """A database cannot be used: names the file and what is wrong with it."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{display_path(self.path)}: {problem}")


class ItemNotFoundError(BorderDeskError):
    """An item reference names nothing in the open dataset."""


class ExportError(BorderDeskError):
    """An export could not be written: names the file and why."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(
            translate("Errors", "cannot write {path}: {problem}").format(
                path=display_path(self.path), problem=problem
            )
        )


class CancelledError(BorderDeskError):
    """The user stopped a long piece of work; what it would have written was not kept."""
