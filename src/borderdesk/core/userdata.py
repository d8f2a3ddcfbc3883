"""Records of the user's own data (notes, bookmarks) and the interface the GUI talks to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from borderdesk.core.display import display_path
from borderdesk.core.errors import BorderDeskError
from borderdesk.core.i18n import Counted
from borderdesk.core.model import ItemRef
from borderdesk.core.record import frozen

NOTE_MAX_CHARS = 100_000  # a note longer than this is refused, not truncated


class UserDataError(BorderDeskError):
    """The user's data could not be read or saved: names the file and why."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{display_path(self.path)}: {problem}")


@frozen
class Note:
    """The user's note on one item."""

    ref: ItemRef
    text: str
    updated: datetime  # UTC, timezone-aware


@frozen
class Bookmark:
    """An item the user bookmarked, with the title it had then."""

    ref: ItemRef
    title: str
    created: datetime  # UTC, timezone-aware


@frozen
class UserData:
    """Every note and bookmark: what an export holds."""

    notes: tuple[Note, ...]
    bookmarks: tuple[Bookmark, ...]


class Conflict(StrEnum):
    """What to do with an imported note on an item that already has a different note."""

    KEEP = "keep"  # keep the note already here
    REPLACE = "replace"  # take the imported note
    BOTH = "both"  # keep both texts, the imported one appended


@frozen
class NoteChange:
    """One imported note and what merging it would do."""

    ref: ItemRef
    incoming: str
    current: str  # "" when the item has no note yet


@frozen
class MergePreview:
    """What importing a notes file would change, before anything is written."""

    source: Path
    new_notes: tuple[NoteChange, ...]
    conflicting_notes: tuple[NoteChange, ...]
    unchanged_notes: int
    new_bookmarks: tuple[Bookmark, ...]
    existing_bookmarks: int

    @property
    def is_empty(self) -> bool:
        """Tell whether importing would change nothing."""
        return not (self.new_notes or self.conflicting_notes or self.new_bookmarks)

    def summary(self) -> str:
        """Return one line of counts for the user."""
        parts = (
            Counted.tr("%n new note(s)", "", len(self.new_notes)),
            Counted.tr(
                "%n note(s) differing from yours",
                "",
                len(self.conflicting_notes),
            ),
            Counted.tr("%n already the same", "", self.unchanged_notes),
            Counted.tr("%n new bookmark(s)", "", len(self.new_bookmarks)),
            Counted.tr("%n already bookmarked", "", self.existing_bookmarks),
        )
        return f"{parts[0]}, {parts[1]}, {parts[2]}; {parts[3]}, {parts[4]}"


@frozen
class MergeResult:
    """What an import did."""

    added_notes: int
    replaced_notes: int
    appended_notes: int
    kept_notes: int
    added_bookmarks: int

    def summary(self) -> str:
        """Return one line of counts for the user."""
        parts = (
            Counted.tr("added %n note(s)", "", self.added_notes),
            Counted.tr("replaced %n", "", self.replaced_notes),
            Counted.tr("appended to %n", "", self.appended_notes),
            Counted.tr("kept %n of yours unchanged", "", self.kept_notes),
            Counted.tr("added %n bookmark(s)", "", self.added_bookmarks),
        )
        return f"{parts[0]}, {parts[1]}, {parts[2]}, {parts[3]}; {parts[4]}"


@frozen
class StartupReport:
    """What opening the user's data found: a restore, a read-only folder, a crash log."""

    path: Path
    restored_from: Path | None = None  # the backup put back in place of a damaged file
    restored_date: datetime | None = None  # when that backup was taken
    set_aside: Path | None = None  # where the damaged file was kept
    read_only_reason: str = ""  # why saving is off ("" when saving works)
    warnings: tuple[str, ...] = field(default=())

    @property
    def writable(self) -> bool:
        """Tell whether notes and bookmarks can be saved."""
        return not self.read_only_reason


class UserDataService(Protocol):
    """Notes and bookmarks; every change is committed before the call returns."""

    @property
    def path(self) -> Path:
        """Return the database file."""
        ...

    @property
    def report(self) -> StartupReport:
        """Return what opening the data found."""
        ...

    def note(self, ref: ItemRef) -> Note | None:
        """Return the note on an item, or None."""
        ...

    def set_note(self, ref: ItemRef, text: str) -> Note | None:
        """Save the note on an item (an empty text deletes it); return what is stored."""
        ...

    def bookmarks(self) -> tuple[Bookmark, ...]:
        """Return the bookmarks, oldest first."""
        ...

    def is_bookmarked(self, ref: ItemRef) -> bool:
        """Tell whether an item is bookmarked."""
        ...

    def set_bookmark(self, ref: ItemRef, title: str, bookmarked: bool) -> None:
        """Add or remove a bookmark."""
        ...

    def export_to(self, path: Path) -> UserData:
        """Write every note and bookmark to a JSON file, atomically; return what was written."""
        ...

    def preview_import(self, path: Path) -> MergePreview:
        """Read and validate a notes file; return what importing it would change."""
        ...

    def apply_import(self, preview: MergePreview, conflicts: Conflict) -> MergeResult:
        """Merge a previewed import in one transaction."""
        ...


@frozen
class DatasetChoice:
    """A dataset the window can show: the bundled one (``path`` None) or an imported pack."""

    path: Path | None
    label: str


Progress = Callable[[str, float], None]
"""Told each step of a long piece of work and the share done (0..1); it may raise
``CancelledError`` to stop the work, which then keeps nothing."""


class DatasetCatalog(Protocol):
    """The datasets on this computer, and the way packs come in and go out."""

    def choices(self) -> tuple[DatasetChoice, ...]:
        """Return the bundled dataset, then every imported pack."""
        ...

    def import_pack(self, path: Path, progress: Progress | None = None) -> DatasetChoice:
        """Validate a pack file whole and add it; raise ImportFileError listing every problem.

        ``progress`` hears each step; raising ``CancelledError`` from it stops the import.
        """
        ...

    def export_data(self, database: Path | None, out: Path) -> str:
        """Write a dataset (None: the bundled one) to a pack file; return a one-line summary."""
        ...
