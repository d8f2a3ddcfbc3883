"""A checksum of the database's contents, so damage ``integrity_check`` cannot see is found.

``PRAGMA integrity_check`` checks the file's structure, not the values in it: a flipped bit
inside a name or a key passes it. The build stores the sha256 of every row (but ``meta``) in
``meta``; opening the database recomputes it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from functools import cache

from sqlalchemy import select
from sqlalchemy.dialects import sqlite

from borderdesk.data.model_rows import Meta
from borderdesk.data.models import Base

CONTENT_KEY = "content_sha256"


@cache
def _selects() -> tuple[tuple[str, str], ...]:
    """Return (table name, SELECT of all its columns) for every table but ``meta``, by name."""
    dialect = sqlite.dialect()
    tables = sorted(Base.metadata.sorted_tables, key=lambda table: table.name)
    return tuple(
        (table.name, str(select(table).compile(dialect=dialect)))
        for table in tables
        if table is not Meta.__table__
    )


def _tagged(data: bytes) -> tuple[str, bytes]:
    """Keep text apart from a blob of the same bytes (a flipped bit can turn one into the other)."""
    return ("text", data)


# How each kind of value a row holds is written in a row's text: as ``repr`` of the row read
# with ``_tagged`` writes it. A text's ``('text', b'...')`` is its own ``repr`` with a ``b``
# when it is printable ASCII (its ``repr`` then holds no backslash): the usual text.
_PIECES: dict[type, str] = {
    int: "%r",
    float: "%r",
    type(None): "%r",
    bytes: "%r",
    str: "('text', b%r)",
}


def content_digest(connection: sqlite3.Connection) -> str:
    """Return the sha256 over every row of every schema table but ``meta``, order-free."""
    digest = hashlib.sha256()
    for name, statement in _selects():
        rows = _row_texts(connection, statement)
        rows.sort()
        digest.update(f"{name}\0{len(rows)}\0".encode())
        if rows:  # each row's text and a NUL: one join, hashed at once
            rows.append("")
            digest.update("\0".join(rows).encode())
    return digest.hexdigest()


def _row_texts(connection: sqlite3.Connection, statement: str) -> list[str]:
    """Return ``repr`` of each row as read with ``_tagged`` (each text as its stored bytes).

    Read with ``_tagged``, every text of a large pack went through a Python call and two
    ``repr`` of tuples (a third of the digest). Read as ``str`` instead, a row is written in
    one formatting by the template of its kinds of values; a row with a text that is not
    printable ASCII, and a table with a text that is not UTF-8, are written as before.
    """
    saved = connection.text_factory
    try:
        connection.text_factory = str
        try:
            rows = connection.execute(statement).fetchall()
        except sqlite3.OperationalError:  # a text that is not UTF-8: hashed as it is stored
            connection.text_factory = _tagged
            return list(map(repr, connection.execute(statement)))
    finally:
        connection.text_factory = saved
    templates: dict[tuple[type, ...], str | None] = {}
    texts = []
    for row in rows:
        kinds = tuple(map(type, row))
        template = templates.get(kinds, "")
        if template == "":
            template = templates[kinds] = _template(kinds)
        text = template % row if template is not None else ""
        if not text or "\\" in text or not text.isascii():
            text = _tagged_repr(row)
        texts.append(text)
    return texts


def _template(kinds: tuple[type, ...]) -> str | None:
    """Return the format writing a row of these kinds of values as ``repr`` does, if any."""
    if not kinds or any(kind not in _PIECES for kind in kinds):
        return None
    pieces = [_PIECES[kind] for kind in kinds]
    return f"({', '.join(pieces)}{',' if len(pieces) == 1 else ''})"


def _tagged_repr(row: tuple[object, ...]) -> str:
    """Return ``repr`` of a row read as ``str`` as if it had been read with ``_tagged``."""
    return repr(tuple(("text", v.encode()) if type(v) is str else v for v in row))
