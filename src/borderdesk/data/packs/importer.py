"""Import a data pack: validate everything first, then build its own database, all or nothing."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from borderdesk.core.collection import without_collection
from borderdesk.core.errors import BorderDeskError, ExportError, StoreError
from borderdesk.core.i18n import translate
from borderdesk.core.import_errors import ImportFileError, Problem
from borderdesk.core.leftovers import folder_prefix, sweep
from borderdesk.core.userdata import Progress
from borderdesk.data.build import BuildError, write_database
from borderdesk.data.dataset_text import dataset_from_documents
from borderdesk.data.json_input import read_json, text_problems
from borderdesk.data.json_schema import schema_problems
from borderdesk.data.map_rows import MapText, map_from_database
from borderdesk.data.packs.listing import PACK_SUFFIX, PackInfo, list_packs
from borderdesk.data.packs.ranges import figures_in_range
from borderdesk.data.packs.references import reference_problems
from borderdesk.data.packs.schema import FORMAT, FORMAT_VERSION, PATTERNS, pack_schema
from borderdesk.data.records import Dataset
from borderdesk.data.store import (
    bundled_path,
    check_database,
    checksum_path,
    connect_read_only,
)
from borderdesk.data.text_fields import DatasetError

MAX_PACK_BYTES = 50_000_000
OLD_FORMAT_VERSION = 1  # before dated membership roles
__all__ = ["PACK_SUFFIX", "PackInfo", "import_pack", "list_packs", "read_pack"]
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class PackWriteError(BorderDeskError):
    """A valid pack could not be stored (disk full, folder read-only); nothing was left."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        super().__init__(
            translate(
                "Import",
                "cannot store the imported data in {folder}: {problem}; nothing was imported",
            ).format(folder=path, problem=problem)
        )


def canonical_text(pack: object) -> str:
    """Return the pack's canonical JSON: its UTF-8 is what its checksum is taken over."""
    return json.dumps(pack, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def validate_value(path: Path, value: object) -> Dataset:
    """Return the dataset a parsed pack holds; raise ImportFileError listing every problem."""
    if (
        isinstance(value, Mapping)
        and value.get("format") == FORMAT
        and value.get("format_version") == OLD_FORMAT_VERSION
    ):
        raise ImportFileError.one(
            path,
            "format_version",
            f"a version {OLD_FORMAT_VERSION} pack, whose memberships carry no dated roles: "
            f"this BorderDesk reads version {FORMAT_VERSION} (see docs/data-pack.md)",
        )
    content, written = _written(value)
    # Every text is one line of characters that can be drawn and written (SVG, PDF, UTF-8).
    problems = text_problems(value, one_line=True, written=written)
    quick = (pack_schema(ranges=False), figures_in_range)
    problems = problems or schema_problems(pack_schema(), value, PATTERNS, quick)
    if problems:
        raise ImportFileError(path, problems)
    if not isinstance(value, Mapping):  # the schema said it is an object
        raise ImportFileError.one(path, "", "must be a JSON object")
    problems = reference_problems(value)
    if problems:
        raise ImportFileError(path, problems)
    text = written[0] if written else canonical_text(content)
    checksum = hashlib.sha256(text.encode()).hexdigest()
    try:
        return dataset_from_documents([(path, content)], path.parent, checksum)
    except DatasetError as error:  # what the schema cannot say: totals, defaults
        raise ImportFileError(path, [Problem(error.record, error.problem)]) from None


def _written(value: object) -> tuple[dict[str, Any], tuple[str, ...]]:
    """Return a pack's content (all but its format) and the whole pack written as JSON.

    The content's canonical JSON is what the checksum is taken over; with the format's keys
    written apart, it also holds every text of the pack, for ``text_problems`` to search
    instead of writing the pack once more. Empty when a value cannot be written so.
    """
    if not isinstance(value, Mapping):
        return {}, ()
    content: dict[str, Any] = {k: v for k, v in value.items() if not k.startswith("format")}
    rest = {k: v for k, v in value.items() if k.startswith("format")}
    try:
        return content, (canonical_text(content), canonical_text(rest))
    except (TypeError, ValueError, RecursionError):
        return content, ()


def read_pack(path: Path, progress: Progress | None = None) -> Dataset:
    """Read and validate a pack file; write nothing."""
    tell = progress or _quiet
    tell(translate("Import", "Reading the file"), 0.0)
    value = read_json(path, MAX_PACK_BYTES)
    tell(translate("Import", "Checking every record"), 0.15)
    return validate_value(path, value)


def _quiet(_step: str, _done: float) -> None:
    """Hear nothing: no one follows this import."""


def safe_name(text: str) -> str:
    """Return a file name made only of letters, digits, '.', '_' and '-' (never a path)."""
    name = _UNSAFE.sub("-", text).strip(".-_")[:80]
    return name or "pack"


def _bundled_map() -> MapText | None:
    """Return the bundled database's map: a pack carries text, the geometry stays the app's."""
    try:
        with closing(connect_read_only(bundled_path())) as connection:
            return map_from_database(connection, stored=True)  # written again as it is
    except (OSError, sqlite3.Error):
        return None


def import_pack(
    source: Path, folder: Path, name: str | None = None, progress: Progress | None = None
) -> PackInfo:
    """Validate ``source`` whole, then build it into ``folder`` as a new database file.

    ``progress`` hears each step and the share done; raising ``CancelledError`` from it stops
    the import, and nothing is left behind.
    """
    # A large pack makes millions of objects (its JSON, records and rows), none in a cycle:
    # the collector, set off each time some thousands more exist, walked them all again and
    # again, an eighth of the import's time and more the larger the pack.
    return without_collection(lambda: _import(source, folder, name, progress or _quiet))()


def _import(source: Path, folder: Path, name: str | None, tell: Progress) -> PackInfo:
    dataset = read_pack(source, tell)
    base = safe_name(name or source.stem)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sweep(folder, old_names=True)  # imports that a killed run left half-built
        staging = Path(tempfile.mkdtemp(prefix=folder_prefix("import"), dir=folder))
    except OSError as error:
        raise PackWriteError(folder, error.strerror or str(error)) from None
    target: Path | None = None
    try:
        built = staging / f"{base}{PACK_SUFFIX}"
        tell(translate("Import", "Building its database"), 0.5)
        write_database(
            dataset,
            built,
            _bundled_map(),
            lambda done: tell(translate("Import", "Building its database"), 0.5 + done * 0.4),
        )
        tell(translate("Import", "Checking the new database"), 0.9)
        check_database(built)
        tell(translate("Import", "Checking the new database"), 1.0)
        target = _reserve_name(folder, base)
        os.replace(built, target)  # then its checksum: a database alone gets the full checks
        os.replace(checksum_path(built), checksum_path(target))
    except ExportError as error:  # the checksum file beside it could not be written
        raise PackWriteError(folder, error.problem) from None
    except (OSError, sqlite3.Error, SQLAlchemyError, StoreError, BuildError) as error:
        if target is not None and target.exists() and target.stat().st_size == 0:
            target.unlink()  # the name reserved for it, never filled
        raise PackWriteError(folder, _reason(error)) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return PackInfo(target, dataset.edition.version, dataset.edition.date)


def _reason(error: Exception) -> str:
    text = getattr(error, "strerror", None) or str(error)
    full = "full" in text.lower() or "No space" in text
    return translate("Files", "the disk is full") if full else text


def _reserve_name(folder: Path, base: str) -> Path:
    """Create and return an empty ``folder/base.sqlite`` (or ``base-2.sqlite``…) to fill.

    Creating it exclusively is what keeps two imports at once (the window's and a
    command's) from choosing the same name and one replacing the other's pack.
    """
    number = 1
    while True:
        suffix = "" if number == 1 else f"-{number}"
        candidate = folder / f"{base}{suffix}{PACK_SUFFIX}"
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        except FileExistsError:
            number += 1
            continue
        return candidate
