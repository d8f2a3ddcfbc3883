"""Merge an imported notes file: a preview first, then one transaction; never a silent overwrite."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from borderdesk.core.userdata import (
    Conflict,
    MergePreview,
    MergeResult,
    NoteChange,
    UserData,
)
from borderdesk.data.userdb.schema import BookmarkRow, NoteRow

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
    session: Session, preview: MergePreview, conflicts: Conflict, now: str
) -> MergeResult:
    """Write a previewed merge in the caller's transaction; return the counts."""
    added = replaced = appended = kept = 0
    for change in preview.new_notes:
        row = session.get(NoteRow, change.ref.to_string())
        if row is None:
            session.add(
                NoteRow(item=change.ref.to_string(), text=change.incoming, created=now, updated=now)
            )
            added += 1
        else:  # written meanwhile: treat as a conflict, as for the others
            kept += 1
    for change in preview.conflicting_notes:
        row = session.get(NoteRow, change.ref.to_string())
        if conflicts is Conflict.KEEP or row is None or row.text != change.current:
            kept += 1  # keep: chosen, or the note changed since the preview was shown
        elif conflicts is Conflict.REPLACE:
            row.text, row.updated = change.incoming, now
            replaced += 1
        else:
            row.text, row.updated = change.current + SEPARATOR + change.incoming, now
            appended += 1
    bookmarks = 0
    for bookmark in preview.new_bookmarks:
        if session.get(BookmarkRow, bookmark.ref.to_string()) is None:
            session.add(
                BookmarkRow(item=bookmark.ref.to_string(), title=bookmark.title, created=now)
            )
            bookmarks += 1
    return MergeResult(added, replaced, appended, kept, bookmarks)
