"""The checksum of a database's contents: the same value as it was first written with."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from borderdesk.data.integrity import CONTENT_KEY, _selects, _tagged, content_digest
from borderdesk.data.models import Base
from borderdesk.data.store import bundled_path, connect_read_only


def first_digest(connection: sqlite3.Connection) -> str:
    """The checksum as it was first written: every stored digest was made this way."""
    digest = hashlib.sha256()
    saved = connection.text_factory
    connection.text_factory = _tagged
    try:
        for name, statement in _selects():
            rows = sorted(repr(row) for row in connection.execute(statement))
            digest.update(f"{name}\0{len(rows)}\0".encode())
            for row in rows:
                digest.update(row.encode())
                digest.update(b"\0")
    finally:
        connection.text_factory = saved
    return digest.hexdigest()


def stored_and_computed(path: Path) -> tuple[str, str, str]:
    with closing(connect_read_only(path)) as connection:
        (stored,) = connection.execute(
            "SELECT value FROM meta WHERE key = ?", (CONTENT_KEY,)
        ).fetchone()
        return stored, content_digest(connection), first_digest(connection)


def test_the_bundled_and_the_fixture_database_keep_their_stored_checksum(
    fixture_db: Path,
) -> None:
    for path in (bundled_path(), fixture_db):
        stored, computed, first = stored_and_computed(path)
        assert computed == stored
        assert first == stored


ODD_VALUES: list[object] = [
    None,
    0,
    -(2**63),
    2**63 - 1,
    0.0,
    -0.0,
    1e16,
    1.5e-5,
    0.1 + 0.2,
    float("inf"),
    "",
    "plain",
    "it's",
    'a "quote"',
    "both ' and \"",
    "back\\slash",
    "line\nbreak\ttab",
    "nul\0inside",
    "Қазақстан",
    "\u2028",
    b"",
    b"blob \x00\xff",
    b"text",
]


@pytest.mark.parametrize("not_utf8", [True, False], ids=["text-not-utf8", "all-utf8"])
def test_odd_values_give_the_first_checksum(tmp_path: Path, not_utf8: bool) -> None:
    """NULLs, blobs, bytes that are not UTF-8, floats, quotes, empty tables: no difference.

    The tables have the schema's names and columns without their types, so that any value
    can be stored, as in a damaged file. A table whose texts are all UTF-8 is read in
    another way than one with a text that is not: both are checked.
    """
    path = tmp_path / "odd.sqlite"
    shuffle = random.Random(7)  # noqa: S311 (values to store, not secrets)
    with closing(sqlite3.connect(path)) as connection:
        for n, (name, _statement) in enumerate(_selects()):
            columns = [column.name for column in Base.metadata.tables[name].columns]
            connection.execute(f'CREATE TABLE "{name}" ({", ".join(columns)})')
            width = len(columns)
            marks = ", ".join("?" * width)
            for _ in range(0 if n == 0 else 30):  # the first table left empty
                values = [shuffle.choice(ODD_VALUES) for _ in range(width)]
                connection.execute(f'INSERT INTO "{name}" VALUES ({marks})', values)  # noqa: S608
            if not_utf8:
                bad = ", ".join(["CAST(X'C3FF27' AS TEXT)"] * width)
                connection.execute(f'INSERT INTO "{name}" VALUES ({bad})')  # noqa: S608
        connection.commit()
    with closing(connect_read_only(path)) as connection:
        assert content_digest(connection) == first_digest(connection)


def test_a_text_turned_into_a_blob_of_the_same_bytes_changes_the_checksum(tmp_path: Path) -> None:
    path = tmp_path / "flip.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        for name, _statement in _selects():
            columns = [column.name for column in Base.metadata.tables[name].columns]
            connection.execute(f'CREATE TABLE "{name}" ({", ".join(columns)})')
        name = _selects()[0][0]
        width = len(Base.metadata.tables[name].columns)
        marks = ", ".join("?" * width)
        insert = f'INSERT INTO "{name}" VALUES ({marks})'  # noqa: S608
        connection.execute(insert, [1, "plain", *([None] * (width - 2))])
        connection.commit()
        as_text = content_digest(connection)
        column = columns_of(name)[1]
        connection.execute(f'UPDATE "{name}" SET {column} = ?', (b"plain",))  # noqa: S608
        connection.commit()
        as_blob = content_digest(connection)
        assert as_blob == first_digest(connection)
    assert as_text != as_blob


def columns_of(name: str) -> list[str]:
    return [column.name for column in Base.metadata.tables[name].columns]
