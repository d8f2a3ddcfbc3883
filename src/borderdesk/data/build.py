"""Build the bundled SQLite database from the dataset text, deterministically and atomically.

Run it as ``python -m borderdesk.data.build [--source DB_DIR] [--out PATH]``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool
from sqlalchemy.schema import CreateIndex, CreateTable

from borderdesk.core.atomic import write_bytes_atomically
from borderdesk.core.errors import BorderDeskError
from borderdesk.core.files import sha256_file
from borderdesk.core.record import frozen
from borderdesk.data.integrity import CONTENT_KEY, content_digest
from borderdesk.data.map_rows import MapText, map_sources, write_map
from borderdesk.data.model_rows import SET_USER_VERSION
from borderdesk.data.models import Base
from borderdesk.data.records import Dataset
from borderdesk.data.store import BUNDLED_NAME, checksum_path, checksum_text, connect_read_only
from borderdesk.data.translated_text import load_text
from borderdesk.data.writer import DatasetWriter

ASSETS = Path("src", "borderdesk", "assets")


class BuildError(BorderDeskError):
    """The database could not be built: names the file and why."""


@frozen
class BuildSummary:
    """What one build wrote."""

    path: Path
    dataset: Dataset

    def line(self) -> str:
        """Return the one-line summary the command prints."""
        d = self.dataset
        facts = sum(1 for _ in d.all_facts())
        figures = sum(1 for _ in d.all_figures())
        return (
            f"built {self.path}: {len(d.segments)} borders, {len(d.organisations)} organisations, "
            f"{len(d.memberships)} memberships, {figures} figures, {facts} facts, "
            f"{len(d.quotes)} quotes, {len(d.people)} people, {len(d.events)} events, "
            f"{len(d.topics)} topics, {len(d.sources)} sources; dataset {d.edition.version} "
            f"({d.edition.date}), checksum {d.edition.checksum}"
        )


def build_database(source: Path, out: Path) -> BuildSummary:
    """Build ``out`` from the dataset text in ``source``; replace it only when complete."""
    text = load_text(source)
    return write_database(text.dataset, out, text.map_text)


def write_database(
    dataset: Dataset,
    out: Path,
    map_text: MapText | None = None,
    tick: Callable[[float], None] | None = None,
) -> BuildSummary:
    """Build ``out`` from validated records (the text's or a data pack's), atomically.

    ``tick`` hears the share of rows written (and may raise to stop: nothing is kept).
    """
    if not out.parent.is_dir():
        raise BuildError(f"cannot write {out}: no folder {out.parent}")
    handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    temp = Path(name)
    try:
        _write(dataset, temp, map_text, tick)
        with temp.open("rb") as written:
            os.fsync(written.fileno())
        temp.chmod(0o644)
        # No moment with a new database beside an old checksum: without one, the full checks run.
        checksum_path(out).unlink(missing_ok=True)
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    _write_checksum(out)
    return BuildSummary(out, dataset)


def _write_checksum(database: Path) -> None:
    """Write ``NAME.sha256`` beside the database, atomically: what opening it checks first."""
    text = checksum_text(sha256_file(database), database.name)
    write_bytes_atomically(checksum_path(database), os.fsencode(text))


def _write(
    dataset: Dataset,
    path: Path,
    map_text: MapText | None = None,
    tick: Callable[[float], None] | None = None,
) -> None:
    engine = create_engine("sqlite://", creator=lambda: _connect(path), poolclass=NullPool)
    try:
        _create_tables(engine)
        with Session(engine) as session, session.begin():
            writer = DatasetWriter(session, dataset)
            writer.write(tick)
            # A data pack without the map's sources gets no map rather than broken references.
            if map_text is not None and map_sources(map_text) <= {s.id for s in dataset.sources}:
                write_map(session.connection(), map_text)
                writer.write_map_translations(map_text)
        _create_indexes(engine)
    finally:
        engine.dispose()
    with closing(_connect(path, autocommit=True)) as connection:
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise BuildError(f"broken references in the built database: {problems[:5]}")
        connection.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            (CONTENT_KEY, content_digest(connection)),
        )
        connection.execute(SET_USER_VERSION)
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("VACUUM")


def _connect(path: Path, *, autocommit: bool = False) -> sqlite3.Connection:
    """Open the database being built, never waiting for the disk.

    Each CREATE TABLE commits on its own, and SQLite would sync the file and its journal
    each time (a third of a second for the schema alone). Nothing needs that here: the file
    is a temporary one, synced once whole before it replaces anything.
    """
    if autocommit:
        connection = sqlite3.connect(path, isolation_level=None)
    else:
        connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA journal_mode = MEMORY")
    return connection


def _create_tables(engine: Engine) -> None:
    """Create the tables (with the indexes of their keys), in the order of their references."""
    with engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            connection.execute(CreateTable(table))


def _create_indexes(engine: Engine) -> None:
    """Create each table's indexes by name (``create_all`` takes indexes from a set).

    Made once the rows are in, each index is sorted once rather than grown row by row. The
    file is the same as with indexes made before the rows: ``VACUUM`` writes every table,
    then every index, each in the order it was created; and each statement commits on its
    own as before, so the file's change counter is the same too.
    """
    with engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            for index in sorted(table.indexes, key=lambda index: str(index.name)):
                connection.execute(CreateIndex(index))


def dump_database(path: Path) -> list[str]:
    """Return a stable logical dump (schema, rows and user_version) of a database file."""
    with closing(connect_read_only(path)) as connection:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        return [f"PRAGMA user_version = {int(version)};", *connection.iterdump()]


def find_repository(start: Path) -> Path | None:
    """Return the nearest folder at or above ``start`` with ``db/`` and ``pyproject.toml``."""
    for folder in (start, *start.parents):
        if (folder / "db").is_dir() and (folder / "pyproject.toml").is_file():
            return folder
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Build the database from the command line; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m borderdesk.data.build",
        description="Build the bundled BorderDesk database from the dataset text (db/*.toml).",
    )
    parser.add_argument("--source", type=Path, metavar="DB_DIR", help="the dataset folder")
    parser.add_argument("--out", type=Path, metavar="PATH", help="the database file to write")
    args = parser.parse_args(argv)
    source: Path | None = args.source
    out: Path | None = args.out
    if source is None or out is None:
        repository = find_repository(Path.cwd().absolute())
        if repository is None:
            parser.error(
                "found no db/ beside a pyproject.toml here or above; pass --source and --out"
            )
        source = source or repository / "db"
        out = out or repository / ASSETS / BUNDLED_NAME
    try:
        summary = build_database(source, out)
    except (BorderDeskError, OSError, sqlite3.Error) as error:
        print(f"build failed: {error}", file=sys.stderr)
        return 1
    print(summary.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
