"""The JSON Schema of a data pack: the dataset text's records, as JSON (docs/data-pack.md)."""

from __future__ import annotations

from typing import Any

from borderdesk.core.roles import ROLES

FORMAT = "borderdesk-data-pack"
FORMAT_VERSION = 2  # 2: memberships with dated roles; dates on facts, figures, organisations
MAX_TEXT = 20_000  # characters in one text value

# Patterns end in (?![\s\S]), not $: Python's $ also matches before a final newline.
ID = r"^[A-Za-z0-9][A-Za-z0-9._-]*(?![\s\S])"
TRIMMED = r"^\S(?:[\s\S]*\S)?(?![\s\S])"
MAYBE_TRIMMED = r"^(?:\S(?:[\s\S]*\S)?)?(?![\s\S])"
MAYBE_ID = r"^(?:[A-Za-z0-9][A-Za-z0-9._-]*)?(?![\s\S])"
QUANTITY = r"^[a-z][a-z0-9_]*(?![\s\S])"
OVERVIEW_QUANTITY = r"^(?!segments_total_km(?![\s\S]))[a-z][a-z0-9_]*(?![\s\S])"
REF = r"^(border|organisation|topic|person|event|source):[A-Za-z0-9][A-Za-z0-9._-]*(?![\s\S])"
PATTERNS = {
    ID: "is not a valid id (letters, digits, '.', '_' and '-')",
    TRIMMED: "has leading or trailing spaces",
    MAYBE_TRIMMED: "has leading or trailing spaces",
    MAYBE_ID: "is not a valid id (letters, digits, '.', '_' and '-')",
    QUANTITY: "must be lower_case_with_underscores",
    OVERVIEW_QUANTITY: "must be lower_case_with_underscores, and not segments_total_km "
    "(a source's total of the segments goes in 'total')",
    REF: "is not a reference like 'border:kz-ru'",
}

_TEXT: dict[str, Any] = {"type": "string", "maxLength": MAX_TEXT, "pattern": TRIMMED}
_EMPTY_OR_TEXT: dict[str, Any] = {"type": "string", "maxLength": MAX_TEXT, "pattern": MAYBE_TRIMMED}
_REQUIRED_TEXT: dict[str, Any] = {**_TEXT, "minLength": 1}
_IDENT: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": 200, "pattern": ID}
_OPTIONAL_IDENT: dict[str, Any] = {"type": "string", "maxLength": 200, "pattern": MAYBE_ID}
_NUMBER: dict[str, Any] = {"type": "number"}
_POSITIVE: dict[str, Any] = {"type": "number", "exclusiveMinimum": 0}
_STRINGS: dict[str, Any] = {
    "type": "array",
    "uniqueItems": True,
    "maxItems": 10_000,
    "items": {"type": "string", "minLength": 1, "maxLength": 400},
}
_REFS: dict[str, Any] = {**_STRINGS, "items": {"type": "string", "pattern": REF}}


def _record(
    required: dict[str, Any],
    optional: dict[str, Any],
    translatable: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Return an object schema: required and optional keys, ``name_ru``-style translations."""
    schema: dict[str, Any] = {
        "type": "object",
        "required": sorted(required),
        "properties": {**required, **optional},
        "additionalProperties": False,
    }
    if translatable:
        names = "|".join(sorted(translatable))
        schema["patternProperties"] = {f"^({names})_[a-z]{{2,3}}$": _REQUIRED_TEXT}
    return schema


def _list(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "maxItems": 100_000, "items": item}


_DATES: dict[str, Any] = {
    "from": _EMPTY_OR_TEXT,
    "from_source": _OPTIONAL_IDENT,
    "until": _EMPTY_OR_TEXT,
    "until_source": _OPTIONAL_IDENT,
}


def _figure(value: dict[str, Any], *, free_quantity: str = "") -> dict[str, Any]:
    """A figure; a segment's length and a total have no quantity or unit of their own."""
    required: dict[str, Any] = {"value": value, "source": _IDENT}
    translatable: tuple[str, ...] = ("note", "quote", "reason")
    if free_quantity:
        required |= {
            "quantity": {"type": "string", "pattern": free_quantity},
            "unit": _REQUIRED_TEXT,
        }
        translatable += ("unit",)
    optional = {
        "as_of": _EMPTY_OR_TEXT,
        "note": _EMPTY_OR_TEXT,
        "quote": _EMPTY_OR_TEXT,
        "reason": _EMPTY_OR_TEXT,
        "unlisted": {"type": "integer", "minimum": 0},
        **_DATES,
    }
    return _record(required, optional, translatable)


_FACT = _record(
    {"text": _REQUIRED_TEXT, "source": _IDENT},
    {
        "label": _EMPTY_OR_TEXT,
        "as_of": _EMPTY_OR_TEXT,
        "quote": _EMPTY_OR_TEXT,
        "value": _EMPTY_OR_TEXT,
        **_DATES,
    },
    ("text", "quote", "value"),
)
_CONFIRMED = _record(
    {"source": _IDENT, "as_of": _REQUIRED_TEXT},
    {"quote": _EMPTY_OR_TEXT, "note": _EMPTY_OR_TEXT},
    ("quote", "note"),
)
_ROLE = _record(
    {"role": {"enum": list(ROLES)}},
    {
        **_DATES,
        "note": _EMPTY_OR_TEXT,
        "confirmed": {"type": "array", "maxItems": 10_000, "items": _CONFIRMED},
    },
    ("note",),
)
_FACTS = _list(_FACT)


def _texts(*names: str) -> dict[str, Any]:
    return dict.fromkeys(names, _EMPTY_OR_TEXT)


def pack_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) every data pack must meet."""
    records: dict[str, Any] = {
        "source": _record(
            {
                "id": _IDENT,
                "label": _REQUIRED_TEXT,
                "title": _REQUIRED_TEXT,
                "kind": _REQUIRED_TEXT,
            },
            {
                **_texts("author", "publisher", "edition", "date", "url", "covers", "note"),
                "series": _OPTIONAL_IDENT,
                "discontinued": _EMPTY_OR_TEXT,
            },
            ("label", "title", "author", "publisher", "edition", "covers", "note"),
        ),
        "country": _record(
            {"id": _IDENT, "name": _REQUIRED_TEXT},
            {"kind": {"enum": ["country", "body"]}, "description": _EMPTY_OR_TEXT},
            ("name", "description"),
        ),
        "figure": _figure(_NUMBER, free_quantity=OVERVIEW_QUANTITY),
        "fact": _FACT,
        "total": _figure(_POSITIVE),
        "segment": _record(
            {"id": _IDENT, "neighbour": _IDENT},
            {
                "description": _EMPTY_OR_TEXT,
                "topics": _STRINGS,
                "events": _STRINGS,
                "length": _list(_figure(_POSITIVE)),
                "fact": _FACTS,
            },
            ("description",),
        ),
        "organisation": _record(
            {"id": _IDENT, "abbreviation": _REQUIRED_TEXT, "name": _REQUIRED_TEXT},
            {
                "description": _EMPTY_OR_TEXT,
                "predecessor": _OPTIONAL_IDENT,
                "successor": _OPTIONAL_IDENT,
                "fact": _FACTS,
                "figure": _list(_figure(_NUMBER, free_quantity=QUANTITY)),
                **_DATES,
            },
            ("abbreviation", "name", "description"),
        ),
        "membership": _record(
            {
                "member": _IDENT,
                "organisation": _IDENT,
                "role": {**_list(_ROLE), "minItems": 1},
            },
            {"note": _EMPTY_OR_TEXT},
            ("note",),
        ),
        "change": _record(
            {
                "edition": _REQUIRED_TEXT,
                "text": _REQUIRED_TEXT,
                "sources": {**_STRINGS, "minItems": 1},
            },
            {},
            ("text",),
        ),
        "place": _record(
            {"id": _IDENT, "name": _REQUIRED_TEXT, "country": _IDENT},
            {"kind": _EMPTY_OR_TEXT, "fact": _FACTS},
            ("name",),
        ),
        "person": _record(
            {"id": _IDENT, "name": _REQUIRED_TEXT},
            {
                "aliases": _STRINGS,
                "role": _EMPTY_OR_TEXT,
                "description": _EMPTY_OR_TEXT,
                "fact": _FACTS,
            },
            ("name", "role", "description"),
        ),
        "quote": _record(
            {"id": _IDENT, "text": _REQUIRED_TEXT, "source": _IDENT},
            {
                "speaker": _OPTIONAL_IDENT,
                "concerns": _REFS,
                **_texts("speaker_name", "speaker_role", "attribution", "status", "note"),
            },
            ("speaker_name", "speaker_role", "text", "attribution", "note"),
        ),
        "event": _record(
            {"id": _IDENT, "title": _REQUIRED_TEXT, "date": _REQUIRED_TEXT},
            {"description": _EMPTY_OR_TEXT, "concerns": _REFS, "fact": _FACTS},
            ("title", "description"),
        ),
        "topic": _record(
            {"id": _IDENT, "name": _REQUIRED_TEXT},
            {"description": _EMPTY_OR_TEXT, "concerns": _REFS, "fact": _FACTS},
            ("name", "description"),
        ),
    }
    top: dict[str, Any] = {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        "edition": _record({"version": _REQUIRED_TEXT, "date": _REQUIRED_TEXT}, {}),
        "defaults": {
            "type": "object",
            "required": ["length_km"],
            "propertyNames": {"pattern": QUANTITY},
            "additionalProperties": _IDENT,
        },
        "overview": _record(
            {"title": _REQUIRED_TEXT},
            _texts("description", "landlocked_note"),
            ("title", "description", "landlocked_note"),
        ),
    }
    schema = _record(
        {
            name: top[name]
            for name in ("format", "format_version", "edition", "defaults", "overview")
        },
        {name: _list(record) for name, record in records.items()},
    )
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"BorderDesk data pack, format version {FORMAT_VERSION}"
    return schema
