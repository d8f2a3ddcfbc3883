"""Read the user's notes with plain SQL, to print them: a handout needs no ORM.

``saved_notes`` reads the rows ``read_user_data(folders).snapshot()`` reads, from a read-only
connection, without the repository's opening (its migrations, backups and merges), and answers
what that snapshot's notes answer (the note on each item with a readable reference); a file
that cannot be read raises the same UserDataError, and ``tests/userdata/test_note_listing.py``
holds the two to that.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from borderdesk.core.model import ItemRef
from borderdesk.core.userdata import UserDataError
from borderdesk.data.userdb.opening import connect

# The notes and bookmarks as the repository reads them: a file missing a column fails here with
# the message it fails with there.
NOTES_SQL = (
    "SELECT notes.item, notes.text, notes.created, notes.updated FROM notes ORDER BY notes.item"
)
BOOKMARKS_SQL = (
    "SELECT bookmarks.item, bookmarks.title, bookmarks.created FROM bookmarks "
    "ORDER BY bookmarks.created, bookmarks.item"
)


def saved_notes(path: Path) -> dict[ItemRef, str]:
    """Return the note on each item, from the notes database at ``path`` (read only)."""
    try:
        with closing(connect(path, read_only=True)) as connection:
            rows = connection.execute(NOTES_SQL).fetchall()
            connection.execute(BOOKMARKS_SQL).fetchall()  # read as the snapshot reads them
    except sqlite3.Error as error:
        raise UserDataError(path, f"cannot be read ({error})") from None
    notes: dict[ItemRef, str] = {}
    for item, text, _created, _updated in rows:
        try:
            notes[ItemRef.from_string(item)] = text
        except ValueError:  # a reference no BorderDesk makes: passed over, as the repository does
            continue
    return notes
