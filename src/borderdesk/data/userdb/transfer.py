"""The notes file: every note and bookmark as JSON, read back with every problem listed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from borderdesk.core.atomic import write_bytes_atomically
from borderdesk.core.import_errors import ImportFileError, Problem
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.userdata import NOTE_MAX_CHARS, Bookmark, Note, UserData
from borderdesk.data.json_input import read_json, text_problems
from borderdesk.data.json_schema import schema_problems

FORMAT = "borderdesk-notes"
FORMAT_VERSION = 1
MAX_BYTES = 20_000_000
MAX_ITEMS = 100_000
_KINDS = "|".join(kind.value for kind in ItemKind)
REF = rf"^({_KINDS}):[A-Za-z0-9][A-Za-z0-9._-]{{0,199}}(?![\s\S])"  # keys are ids
ONE_LINE = r"^[^\t\n\r\u2028\u2029]*(?![\s\S])"
MOMENT = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})(?![\s\S])"
PATTERNS = {
    REF: "is not an item reference like 'border:kz-ru'",
    MOMENT: "is not a date and time like '2026-11-28T09:30:00Z'",
    ONE_LINE: "contains a tab or line break; a bookmark's title is one line",
}
_ITEM = {"type": "string", "pattern": REF}
_MOMENT = {"type": "string", "pattern": MOMENT}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["format", "format_version"],
    "additionalProperties": False,
    "properties": {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        "exported": _MOMENT,
        "notes": {
            "type": "array",
            "maxItems": MAX_ITEMS,
            "items": {
                "type": "object",
                "required": ["item", "text"],
                "additionalProperties": False,
                "properties": {
                    "item": _ITEM,
                    "text": {"type": "string", "minLength": 1, "maxLength": NOTE_MAX_CHARS},
                    "updated": _MOMENT,
                },
            },
        },
        "bookmarks": {
            "type": "array",
            "maxItems": MAX_ITEMS,
            "items": {
                "type": "object",
                "required": ["item"],
                "additionalProperties": False,
                "properties": {
                    "item": _ITEM,
                    "title": {"type": "string", "maxLength": 400, "pattern": ONE_LINE},
                    "created": _MOMENT,
                },
            },
        },
    },
}
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _moment(text: str) -> str:
    return text.replace("+00:00", "Z")


def to_json(data: UserData, exported: datetime) -> dict[str, Any]:
    """Return the notes file's content."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported": _moment(exported.astimezone(UTC).replace(microsecond=0).isoformat()),
        "notes": [
            {"item": n.ref.to_string(), "text": n.text, "updated": _moment(n.updated.isoformat())}
            for n in data.notes
        ],
        "bookmarks": [
            {"item": b.ref.to_string(), "title": b.title, "created": _moment(b.created.isoformat())}
            for b in data.bookmarks
        ],
    }


def write_notes_file(path: Path, data: UserData, now: datetime) -> None:
    """Write the notes file atomically (raise ExportError naming the file and why)."""
    text = json.dumps(to_json(data, now), ensure_ascii=False, indent=1) + "\n"
    write_bytes_atomically(path, text.encode())


def _parse_moment(where: str, text: str | None, problems: list[Problem]) -> datetime:
    if text is None:
        return EPOCH
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        problems.append(Problem(where, "is not a real date and time"))
        return EPOCH
    try:
        in_utc = moment.astimezone(UTC)  # 9999-12-31T23:59:59-23:59 is in the year 10000
    except (OverflowError, ValueError):
        in_utc = None
    if in_utc is None or not 1970 <= moment.year <= 9999 or not 1970 <= in_utc.year <= 9999:
        problems.append(Problem(where, "is out of range (years 1970 to 9999)"))
        return EPOCH
    return in_utc


def _ref(where: str, text: str, seen: dict[str, str], problems: list[Problem]) -> ItemRef:
    if text in seen:
        problems.append(Problem(where, f"{text!r} is also at {seen[text]}"))
    seen.setdefault(text, where)
    return ItemRef.from_string(text)


def parse_notes(path: Path, value: object) -> UserData:
    """Return the notes and bookmarks a parsed file holds; raise ImportFileError on any problem."""
    # A note may hold tabs and line breaks; no text may hold what cannot be shown or stored.
    problems = text_problems(value) or schema_problems(SCHEMA, value, PATTERNS)
    if problems:
        raise ImportFileError(path, problems)
    if not isinstance(value, Mapping):  # the schema said it is an object
        raise ImportFileError.one(path, "", "must be a JSON object")
    problems = []
    notes: list[Note] = []
    seen: dict[str, str] = {}
    for n, item in enumerate(value.get("notes", [])):
        where = f"notes[{n}]"
        if not item["text"].strip():
            problems.append(Problem(f"{where}.text", "is blank"))
        ref = _ref(f"{where}.item", item["item"], seen, problems)
        updated = _parse_moment(f"{where}.updated", item.get("updated"), problems)
        notes.append(Note(ref, item["text"], updated))
    bookmarks: list[Bookmark] = []
    seen = {}
    for n, item in enumerate(value.get("bookmarks", [])):
        where = f"bookmarks[{n}]"
        ref = _ref(f"{where}.item", item["item"], seen, problems)
        created = _parse_moment(f"{where}.created", item.get("created"), problems)
        bookmarks.append(Bookmark(ref, item.get("title", "") or ref.key, created))
    if problems:
        raise ImportFileError(path, problems)
    return UserData(tuple(notes), tuple(bookmarks))


def read_notes_file(path: Path) -> UserData:
    """Read and validate a notes file; write nothing."""
    return parse_notes(path, read_json(path, MAX_BYTES))
