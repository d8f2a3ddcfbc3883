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


def content_digest(connection: sqlite3.Connection) -> str:
    """Return the sha256 over every row of every schema table but ``meta``, order-free."""
    digest = hashlib.sha256()
    saved = connection.text_factory
    connection.text_factory = _tagged  # hash the stored bytes, readable or not
    try:
        for name, statement in _selects():
            rows = list(map(repr, connection.execute(statement)))
            rows.sort()
            digest.update(f"{name}\0{len(rows)}\0".encode())
            if rows:  # each row's text and a NUL: one join, hashed at once
                rows.append("")
                digest.update("\0".join(rows).encode())
    finally:
        connection.text_factory = saved
    return digest.hexdigest()
