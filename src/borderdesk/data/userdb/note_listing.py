"""Read the user's notes with plain SQL, to print them: a handout needs no ORM.

``read_user_data(folders).snapshot()`` opens the notes through SQLAlchemy, whose import and
mapping took longer than drawing a handout. ``saved_notes`` reads the same rows from a
read-only connection and answers what that snapshot's notes answer (the note on each item
with a readable reference); a file that cannot be read raises the same UserDataError, and
``tests/userdata/test_note_listing.py`` holds the two to that.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import UserDataError
from borderdesk.data.userdb.opening import connect

# The columns the ORM reads, named as it names them: a file missing one fails here with the
# message it fails with there.
_NOTES = (
    "SELECT notes.item, notes.text, notes.created, notes.updated FROM notes ORDER BY notes.item"
)
_BOOKMARKS = (
    "SELECT bookmarks.item, bookmarks.title, bookmarks.created FROM bookmarks "
    "ORDER BY bookmarks.created, bookmarks.item"
)


def saved_notes(path: Path) -> dict[ItemRef, str]:
    """Return the note on each item, from the notes database at ``path`` (read only)."""
    try:
        with closing(connect(path, read_only=True)) as connection:
            rows = connection.execute(_NOTES).fetchall()
            connection.execute(_BOOKMARKS).fetchall()  # read as the snapshot reads them
    except sqlite3.Error as error:
        raise UserDataError(path, f"cannot be read ({error})") from None
    notes: dict[ItemRef, str] = {}
    for item, text, _created, _updated in rows:
        try:
            notes[ItemRef.from_string(item)] = text
        except ValueError:  # a reference no BorderDesk makes: passed over, as the ORM does
            continue
    return notes
