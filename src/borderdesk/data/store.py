"""Open a BorderDesk database read-only, after checking it is one; never create a file."""

from __future__ import annotations

import hashlib
import importlib.resources
import os
import sqlite3
from contextlib import closing
from functools import partial
from pathlib import Path

from borderdesk.core.atomic import reason
from borderdesk.core.errors import StoreError
from borderdesk.core.files import NotRegularFileError, open_regular, read_regular, sha256_file
from borderdesk.data.store_service import StoreService
from borderdesk.data.vocabulary import SCHEMA_VERSION

BUNDLED_NAME = "borderdesk.sqlite"
CHECKSUM_SUFFIX = ".sha256"  # the build writes borderdesk.sqlite.sha256 beside the database
SQLITE_HEADER = b"SQLite format 3\x00"
MISSING = "file not found — reinstall BorderDesk or pass --db with a BorderDesk database"
CHECKSUM_MISMATCH = "damaged: the file does not match its checksum"
SIDECAR_BYTES = 4096


def bundled_path() -> Path:
    """Return the path of the database bundled with the package."""
    return Path(str(importlib.resources.files("borderdesk.assets") / BUNDLED_NAME))


def checksum_path(path: Path) -> Path:
    """Return the checksum file the build writes beside a database (``NAME.sha256``)."""
    return path.with_name(path.name + CHECKSUM_SUFFIX)


def checksum_line(data: bytes, name: str) -> str:
    """Return the checksum file's text for a database's bytes (the ``sha256sum`` format)."""
    return checksum_text(hashlib.sha256(data).hexdigest(), name)


def checksum_text(digest: str, name: str) -> str:
    """Return the checksum file's text for a database's SHA-256 (the ``sha256sum`` format)."""
    return f"{digest}  {name}\n"


def read_only_uri(path: Path) -> str:
    """Return a ``file:`` URI opening ``path`` read-only and immutable.

    ``as_uri`` percent-encodes ``#``, ``?``, ``%`` and spaces, so no character of the path
    can cut the URI and drop ``mode=ro`` (which would let SQLite create a file).
    """
    return f"{path.absolute().as_uri()}?mode=ro&immutable=1"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open a raw read-only connection (immutable: no journal, no -wal, no lock files)."""
    return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")  # integrity_check may quote damaged bytes


def open_store(path: Path | None = None) -> StoreService:
    """Open the bundled database (or ``path``) read-only; raise StoreError if unusable."""
    path = bundled_path() if path is None else Path(path)
    check_database(path)
    return StoreService(path, partial(connect_read_only, path))


def check_database(path: Path) -> None:
    """Raise StoreError naming the problem unless ``path`` is a BorderDesk database we read.

    A database with its build's checksum file beside it (the bundled one) is checked against
    that: one hash of the file finds any changed byte. Any other file gets the full checks:
    SQLite's ``integrity_check`` and the checksum of its contents stored in ``meta``.
    """
    _check_file(path)
    verified = _matches_checksum_file(path)
    try:
        with closing(connect_read_only(path)) as connection:
            connection.text_factory = _lenient_text
            _check_contents(path, connection, verified=verified)
    except sqlite3.DatabaseError as error:
        raise StoreError(path, f"damaged: {_one_line(str(error))}") from None
    except UnicodeDecodeError:  # SQLite's own message quoted bytes of a damaged schema
        raise StoreError(path, "damaged: its schema is not readable text") from None
    except sqlite3.Error as error:  # e.g. cannot open: a permission changed meanwhile
        raise StoreError(path, f"cannot be opened: {_one_line(str(error))}") from None


def _check_file(path: Path) -> None:
    try:
        with open_regular(path) as file:  # never wait on a FIFO or read a device
            size = os.fstat(file.fileno()).st_size
            header = file.read(len(SQLITE_HEADER))
    except NotRegularFileError as error:
        raise StoreError(path, f"is {error.kind}, not a BorderDesk database file") from None
    except FileNotFoundError:
        raise StoreError(path, MISSING) from None
    except OSError as error:
        raise StoreError(path, f"cannot be read: {reason(error)}") from None
    if size == 0:
        raise StoreError(path, "empty file (0 bytes), not a BorderDesk database")
    if header != SQLITE_HEADER:
        raise StoreError(path, "not a SQLite database")


def _matches_checksum_file(path: Path) -> bool:
    """Return False without a checksum file; True if the file matches it; else raise."""
    sidecar = checksum_path(path)
    if not sidecar.is_file():
        return False
    try:
        # "<sha256 hex>  <name>"; the name may differ. A real one is under a hundred bytes.
        recorded = read_regular(sidecar, SIDECAR_BYTES).split()
        digest = sha256_file(path)  # in chunks: a large --db is never read whole into memory
    except OSError as error:
        raise StoreError(path, f"cannot be read: {reason(error)}") from None
    if recorded[:1] != [digest.encode()]:
        raise StoreError(path, CHECKSUM_MISMATCH)
    return True


def _check_contents(path: Path, connection: sqlite3.Connection, *, verified: bool) -> None:
    """Check what makes a database ours; ``verified``: its bytes matched the build's checksum."""
    if not verified:
        _check_integrity(path, connection)
    has_meta = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if has_meta is None:
        raise StoreError(path, "not a BorderDesk database (it has no meta table)")
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or not str(row[0]).isdigit():
        raise StoreError(path, "not a BorderDesk database (it records no schema version)")
    version = int(row[0])
    if version != SCHEMA_VERSION:
        problem = f"schema version {version}, this BorderDesk reads version {SCHEMA_VERSION}"
        raise StoreError(path, problem)
    (user_version,) = connection.execute("PRAGMA user_version").fetchone()
    if user_version != version:
        problem = f"damaged: PRAGMA user_version {user_version} disagrees with schema {version}"
        raise StoreError(path, problem)
    if not verified:
        _check_content_digest(path, connection)


def _check_integrity(path: Path, connection: sqlite3.Connection) -> None:
    # integrity_check (unlike quick_check) also finds indexes that disagree with their tables;
    # on the bundled file it takes about a millisecond.
    problems = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    if problems != ["ok"]:
        raise StoreError(path, f"damaged: {_one_line('; '.join(map(str, problems[:3])))}")


def _check_content_digest(path: Path, connection: sqlite3.Connection) -> None:
    # The digest's SELECTs come from the ORM's tables: imported here, off the bundled path.
    from borderdesk.data.integrity import CONTENT_KEY, content_digest

    stored = connection.execute("SELECT value FROM meta WHERE key = ?", (CONTENT_KEY,)).fetchone()
    if stored is None or stored[0] != content_digest(connection):
        raise StoreError(path, "damaged: its contents do not match their checksum")


def _one_line(text: str) -> str:
    return " ".join(text.split())
