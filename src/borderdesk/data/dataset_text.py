"""Load the dataset text (db/*.toml) into validated records, with its checksum."""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from borderdesk.data.catalogues import catalogue_paths
from borderdesk.data.crossrefs import check_references
from borderdesk.data.membership_parsers import parse_change, parse_membership, parse_place
from borderdesk.data.records import (
    SEGMENTS_TOTAL,
    Dataset,
)
from borderdesk.data.text_fields import DatasetError, Fields
from borderdesk.data.text_parsers import (
    parse_country,
    parse_defaults,
    parse_edition,
    parse_event,
    parse_figure,
    parse_organisation,
    parse_overview,
    parse_person,
    parse_quote,
    parse_segment,
    parse_source,
    parse_topic,
    unique_ids,
)

T = TypeVar("T")

_TABLES = ("edition", "defaults", "overview")  # each exactly once across the files
_ARRAYS = (
    "source",
    "country",
    "figure",
    "fact",
    "total",
    "segment",
    "organisation",
    "membership",
    "person",
    "quote",
    "event",
    "topic",
    "place",
    "change",
)


def dataset_checksum(files: Mapping[str, bytes]) -> str:
    """Return the sha256 (hex) over the sorted file names and their bytes."""
    digest = hashlib.sha256()
    for name in sorted(files):
        data = files[name]
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def read_files(directory: Path) -> dict[str, bytes]:
    """Return the bytes of every ``*.toml`` file of the dataset folder and its catalogues.

    The English files are named as they are (``segments.toml``), the translation catalogues
    by their path in the folder (``i18n/kk.toml``), so the checksum covers both.
    """
    if not directory.is_dir():
        raise DatasetError(directory, "", "not a folder holding the dataset text (db/*.toml)")
    files = {path.name: path.read_bytes() for path in sorted(directory.glob("*.toml"))}
    if not files:
        raise DatasetError(directory, "", "holds no .toml files")
    for path in catalogue_paths(directory):
        files[path.relative_to(directory).as_posix()] = path.read_bytes()
    return files


def load_dataset(directory: Path) -> Dataset:
    """Read, validate and cross-check the dataset text in ``directory``."""
    files = read_files(directory)
    documents: list[tuple[Path, Mapping[str, object]]] = []
    for name, data in files.items():
        if "/" in name:  # a translation catalogue: read with the English text's units
            continue
        path = directory / name
        try:
            documents.append((path, tomllib.loads(data.decode("utf-8"))))
        except UnicodeDecodeError as error:
            raise DatasetError(path, "", f"not UTF-8 text ({error.reason})") from None
        except tomllib.TOMLDecodeError as error:
            raise DatasetError(path, "", f"not valid TOML: {error}") from None
    return dataset_from_documents(documents, directory, dataset_checksum(files))


def dataset_from_documents(
    documents: list[tuple[Path, Mapping[str, object]]], directory: Path, checksum: str
) -> Dataset:
    """Validate and cross-check parsed documents (TOML files, or a data pack) into a Dataset."""
    tables: dict[str, tuple[Path, object]] = {}
    arrays: dict[str, list[tuple[Path, object]]] = {name: [] for name in _ARRAYS}
    for path, document in documents:
        for key, value in document.items():
            if key in _TABLES:
                if key in tables:
                    raise DatasetError(path, f"[{key}]", f"also given in {tables[key][0].name}")
                tables[key] = (path, value)
            elif key in _ARRAYS:
                if not isinstance(value, list):
                    raise DatasetError(path, "", f"'{key}' must be an array of tables ([[{key}]])")
                arrays[key].extend((path, item) for item in value)
            else:
                raise DatasetError(path, "", f"unknown top-level key '{key}'")
    for key in _TABLES:
        if key not in tables:
            raise DatasetError(directory, "", f"no file holds the [{key}] table")

    overview = parse_overview(*tables["overview"], arrays["figure"], arrays["fact"])
    totals = tuple(
        parse_figure(Fields(item, path, f"total {n}"), SEGMENTS_TOTAL, "km")
        for n, (path, item) in enumerate(arrays["total"], start=1)
    )
    unique_ids(Fields({}, directory, "[[total]]"), "total", totals)
    changes = tuple(
        parse_change(Fields(item, path, f"change {n}"))
        for n, (path, item) in enumerate(arrays["change"], start=1)
    )
    unique_ids(Fields({}, directory, "[[change]]"), "change", changes)
    dataset = Dataset(
        edition=parse_edition(*tables["edition"], checksum),
        defaults=parse_defaults(*tables["defaults"]),
        sources=_each(arrays["source"], "source", parse_source),
        countries=_each(arrays["country"], "country", parse_country),
        overview=overview,
        totals=totals,
        segments=_each(arrays["segment"], "segment", parse_segment),
        organisations=_each(arrays["organisation"], "organisation", parse_organisation),
        memberships=tuple(
            parse_membership(Fields(item, path, f"membership {n}"))
            for n, (path, item) in enumerate(arrays["membership"], start=1)
        ),
        people=_each(arrays["person"], "person", parse_person),
        quotes=_each(arrays["quote"], "quote", parse_quote),
        events=_each(arrays["event"], "event", parse_event),
        topics=_each(arrays["topic"], "topic", parse_topic),
        places=_each(arrays["place"], "place", parse_place),
        changes=changes,
    )
    check_references(dataset, directory)
    return dataset


def _each(
    items: list[tuple[Path, object]], kind: str, parse: Callable[[Fields], T]
) -> tuple[T, ...]:
    """Parse records that carry an ``id``, naming each by its id (or number) in errors."""
    parsed = []
    seen: dict[str, Path] = {}
    for number, (path, item) in enumerate(items, start=1):
        ident = item.get("id") if isinstance(item, dict) else None
        record = f"{kind} {ident!r}" if isinstance(ident, str) else f"{kind} {number}"
        if isinstance(ident, str) and ident in seen:
            raise DatasetError(path, record, f"id given twice (also in {seen[ident].name})")
        if isinstance(ident, str):
            seen[ident] = path
        parsed.append(parse(Fields(item, path, record)))
    return tuple(parsed)
