"""Changes to a database that are not in its file yet: a -wal or a -journal file beside it.

BorderDesk opens a database read-only and immutable: it reads the database file alone. ``check``
must not call a file sound when SQLite itself would show something else.
"""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.display import display_path

_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_WAL_HEADER = 32  # a -wal file this long holds no changes yet


def pending_changes(path: Path) -> list[tuple[str, bool, str]]:
    """Return a failed finding if changes to ``path`` sit in a -wal or -journal file beside it.

    BorderDesk opens a database read-only and immutable: it reads the database file alone.
    Changes another program made in write-ahead mode and has not yet copied back (checkpointed)
    live only in ``NAME-wal``; an interrupted write leaves ``NAME-journal`` to undo it. Either
    way the file alone is not what SQLite would show, so the check must not call it sound.
    """
    wal = path.with_name(path.name + "-wal")
    journal = path.with_name(path.name + "-journal")
    found = []
    wal_size = _size(wal)
    if wal_size > _WAL_HEADER and _in_wal_mode(path):
        found.append(
            (
                "pending changes",
                False,
                f"{display_path(wal.name)} ({wal_size:,} bytes) holds changes that are not in "
                "the database file yet, and BorderDesk reads the file alone; close the program "
                "that writes it, or run: sqlite3 FILE 'PRAGMA wal_checkpoint(TRUNCATE)'",
            )
        )
    if _size(journal) > 0 and _starts_with(journal, _JOURNAL_MAGIC):
        found.append(
            (
                "unfinished write",
                False,
                f"{display_path(journal.name)} beside it is the journal of a write that did not "
                "finish, so the file may be half-written; open it once with sqlite3 to roll "
                "the write back",
            )
        )
    return found


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


def _in_wal_mode(path: Path) -> bool:
    """Tell whether the database header says write-ahead logging (format versions 2)."""
    try:
        with path.open("rb") as file:
            header = file.read(20)
    except OSError:
        return False
    return len(header) == 20 and 2 in (header[18], header[19])


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(magic)) == magic
    except OSError:
        return False
