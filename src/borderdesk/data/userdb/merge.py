"""Merge an imported notes file: a preview first, then one transaction; never a silent overwrite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from borderdesk.core.userdata import (
    Conflict,
    MergePreview,
    MergeResult,
    NoteChange,
    UserData,
)

SEPARATOR = "\n\n--- imported ---\n\n"


def preview_merge(source: Path, incoming: UserData, current: UserData) -> MergePreview:
    """Return what merging ``incoming`` into ``current`` would change."""
    mine = {note.ref: note.text for note in current.notes}
    new, conflicting, same = [], [], 0
    for note in incoming.notes:
        here = mine.get(note.ref)
        if here is None:
            new.append(NoteChange(note.ref, note.text, ""))
        elif here == note.text:
            same += 1
        else:
            conflicting.append(NoteChange(note.ref, note.text, here))
    marked = {bookmark.ref for bookmark in current.bookmarks}
    new_bookmarks = tuple(b for b in incoming.bookmarks if b.ref not in marked)
    return MergePreview(
        source=source,
        new_notes=tuple(new),
        conflicting_notes=tuple(conflicting),
        unchanged_notes=same,
        new_bookmarks=new_bookmarks,
        existing_bookmarks=len(incoming.bookmarks) - len(new_bookmarks),
    )


def apply_merge(
    connection: sqlite3.Connection, preview: MergePreview, conflicts: Conflict, now: str
) -> MergeResult:
    """Write a previewed merge in the caller's transaction; return the counts."""
    added = replaced = appended = kept = 0

    def current(item: str) -> str | None:
        row = connection.execute("SELECT text FROM notes WHERE item = ?", (item,)).fetchone()
        return None if row is None else str(row[0])

    def write(item: str, text: str) -> None:
        connection.execute(
            "UPDATE notes SET text = ?, updated = ? WHERE item = ?", (text, now, item)
        )

    for change in preview.new_notes:
        item = change.ref.to_string()
        if current(item) is None:
            connection.execute(
                "INSERT INTO notes (item, text, created, updated) VALUES (?, ?, ?, ?)",
                (item, change.incoming, now, now),
            )
            added += 1
        else:  # written meanwhile: treat as a conflict, as for the others
            kept += 1
    for change in preview.conflicting_notes:
        item = change.ref.to_string()
        text = current(item)
        if conflicts is Conflict.KEEP or text is None or text != change.current:
            kept += 1  # keep: chosen, or the note changed since the preview was shown
        elif conflicts is Conflict.REPLACE:
            write(item, change.incoming)
            replaced += 1
        else:
            write(item, change.current + SEPARATOR + change.incoming)
            appended += 1
    bookmarks = 0
    for bookmark in preview.new_bookmarks:
        item = bookmark.ref.to_string()
        if connection.execute("SELECT 1 FROM bookmarks WHERE item = ?", (item,)).fetchone() is None:
            connection.execute(
                "INSERT INTO bookmarks (item, title, created) VALUES (?, ?, ?)",
                (item, bookmark.title, now),
            )
            bookmarks += 1
    return MergeResult(added, replaced, appended, kept, bookmarks)
