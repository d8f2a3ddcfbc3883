"""The JSON Schema of a data pack: the dataset text's records, as JSON (docs/data-pack.md)."""

from __future__ import annotations

from typing import Any

from borderdesk.core.roles import ROLES

FORMAT = "borderdesk-data-pack"
FORMAT_VERSION = 2  # 2: memberships with dated roles; dates on facts, figures, organisations
MAX_TEXT = 20_000  # characters in one text value: descriptions, facts, notes, quotes
MAX_NAME = 200  # in a name, title, label or role: what a menu or a heading can hold
MAX_WORD = 40  # in an abbreviation, a unit, a kind or the dataset's version
MAX_URL = 2_000
MAX_KM = 100_000  # longer than any land border on Earth (China's, the longest, is 22,000 km)
MIN_KM = 0.001  # a metre: shorter is a slip of the unit
MAX_NUMBER = 1e15  # any other figure: a float holds every whole number up to here exactly

# Patterns end in (?![\s\S]), not $: Python's $ also matches before a final newline.
ID = r"^[A-Za-z0-9][A-Za-z0-9._-]*(?![\s\S])"
TRIMMED = r"^\S(?:[\s\S]*\S)?(?![\s\S])"
MAYBE_TRIMMED = r"^(?:\S(?:[\s\S]*\S)?)?(?![\s\S])"
MAYBE_ID = r"^(?:[A-Za-z0-9][A-Za-z0-9._-]*)?(?![\s\S])"
QUANTITY = r"^[a-z][a-z0-9_]*(?![\s\S])"
OVERVIEW_QUANTITY = r"^(?!segments_total_km(?![\s\S]))[a-z][a-z0-9_]*(?![\s\S])"
REF = r"^(border|organisation|topic|person|event|source):[A-Za-z0-9][A-Za-z0-9._-]*(?![\s\S])"
_DAY = r"[12][0-9]{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?"
DATE = rf"^{_DAY}(?![\s\S])"
MAYBE_DATE = rf"^(?:{_DAY})?(?![\s\S])"
PERIOD = rf"^{_DAY}(?:/{_DAY})?(?![\s\S])"
_DATE_WORDS = "a date like 2026-11-28, 2026-11 or 2026 (years 1000 to 2999)"
PATTERNS = {
    ID: "is not a valid id (letters, digits, '.', '_' and '-')",
    TRIMMED: "has leading or trailing spaces",
    MAYBE_TRIMMED: "has leading or trailing spaces",
    MAYBE_ID: "is not a valid id (letters, digits, '.', '_' and '-')",
    QUANTITY: "must be lower_case_with_underscores",
    OVERVIEW_QUANTITY: "must be lower_case_with_underscores, and not segments_total_km "
    "(a source's total of the segments goes in 'total')",
    REF: "is not a reference like 'border:kz-ru'",
    DATE: f"is not {_DATE_WORDS}",
    MAYBE_DATE: f"is not {_DATE_WORDS}",
    PERIOD: f"is not {_DATE_WORDS}, or two of them joined by '/'",
}


def _text(most: int = MAX_TEXT, *, required: bool = False) -> dict[str, Any]:
    """Return a text of at most ``most`` characters, never with spaces around it."""
    text: dict[str, Any] = {"type": "string", "maxLength": most}
    return text | ({"minLength": 1, "pattern": TRIMMED} if required else {"pattern": MAYBE_TRIMMED})


_LONG = _text()
_NAME = _text(MAX_NAME)
_WORD = _text(MAX_WORD)
_REQUIRED_LONG = _text(required=True)
_REQUIRED_NAME = _text(MAX_NAME, required=True)
_REQUIRED_WORD = _text(MAX_WORD, required=True)
_URL = _text(MAX_URL)
_IDENT: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": 200, "pattern": ID}
_OPTIONAL_IDENT: dict[str, Any] = {"type": "string", "maxLength": 200, "pattern": MAYBE_ID}
_DATE: dict[str, Any] = {"type": "string", "pattern": DATE}
_MAYBE_DATE: dict[str, Any] = {"type": "string", "pattern": MAYBE_DATE}
_NUMBER: dict[str, Any] = {"type": "number", "minimum": -MAX_NUMBER, "maximum": MAX_NUMBER}
_LENGTH: dict[str, Any] = {"type": "number", "minimum": MIN_KM, "maximum": MAX_KM}
VALUE_BY_QUANTITY: tuple[tuple[str, dict[str, Any]], ...] = (
    (r"_km$", {"type": "number", "minimum": 0, "maximum": MAX_KM}),
    (r"_km2$", {"type": "number", "exclusiveMinimum": 0, "maximum": 1e9}),  # Earth: 5.1e8 km²
    (r"(?:^|_)count$", {"type": "integer", "minimum": 0, "maximum": 10_000}),
    (r"^population$", {"type": "integer", "minimum": 0, "maximum": 10_000_000_000}),
)
_STRINGS: dict[str, Any] = {
    "type": "array",
    "uniqueItems": True,
    "maxItems": 10_000,
    "items": {"type": "string", "minLength": 1, "maxLength": MAX_NAME},
}
_SOURCES: dict[str, Any] = {**_STRINGS, "minItems": 1, "items": _IDENT}
_REFS: dict[str, Any] = {**_STRINGS, "items": {"type": "string", "pattern": REF}}


def _record(
    required: dict[str, Any],
    optional: dict[str, Any],
    translatable: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Return an object schema: required and optional keys, ``name_ru``-style translations."""
    properties = {**required, **optional}
    schema: dict[str, Any] = {
        "type": "object",
        "required": sorted(required),
        "properties": properties,
        "additionalProperties": False,
    }
    if translatable:
        names = "|".join(sorted(translatable))
        # A translation is as long as what it translates may be, and never empty.
        schema["patternProperties"] = {
            **{
                f"^{name}_[a-z]{{2,3}}$": properties[name] | {"minLength": 1, "pattern": TRIMMED}
                for name in sorted(translatable)
            },
            f"^({names})_[a-z]{{2,3}}_source$": _IDENT,  # the source of an official name
        }
    return schema


def _list(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "maxItems": 100_000, "items": item}


_DATES: dict[str, Any] = {
    "from": _MAYBE_DATE,
    "from_source": _OPTIONAL_IDENT,
    "until": _MAYBE_DATE,
    "until_source": _OPTIONAL_IDENT,
}


def _figure(
    value: dict[str, Any], *, free_quantity: str = "", ranges: bool = True
) -> dict[str, Any]:
    """A figure; a segment's length and a total have no quantity or unit of their own."""
    required: dict[str, Any] = {"value": value, "source": _IDENT}
    translatable: tuple[str, ...] = ("note", "quote", "reason")
    if free_quantity:
        required |= {
            "quantity": {"type": "string", "maxLength": 200, "pattern": free_quantity},
            "unit": _REQUIRED_WORD,
        }
        translatable += ("unit",)
    optional = {
        "as_of": _NAME,
        "note": _LONG,
        "quote": _LONG,
        "reason": _LONG,
        "unlisted": {"type": "integer", "minimum": 0, "maximum": 10_000},
        **_DATES,
    }
    schema = _record(required, optional, translatable)
    if free_quantity and ranges:  # the value's range follows from its quantity
        schema["allOf"] = [
            {
                "if": {"required": ["quantity"], "properties": {"quantity": {"pattern": pattern}}},
                "then": {"properties": {"value": range_}},
            }
            for pattern, range_ in VALUE_BY_QUANTITY
        ]
    return schema


_FACT = _record(
    {"text": _REQUIRED_LONG, "source": _IDENT},
    {"label": _NAME, "as_of": _NAME, "quote": _LONG, "value": _NAME, **_DATES},
    ("text", "quote", "value"),
)
_CONFIRMED = _record(
    {"source": _IDENT, "as_of": _REQUIRED_NAME},
    {"quote": _LONG, "note": _LONG},
    ("quote", "note"),
)
_ROLE = _record(
    {"role": {"enum": list(ROLES)}},
    {**_DATES, "note": _LONG, "confirmed": _list(_CONFIRMED)},
    ("note",),
)
_FACTS = _list(_FACT)


def pack_schema(*, ranges: bool = True) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) every data pack must meet.

    Without ``ranges`` it leaves out the value range each figure's quantity asks for
    (``VALUE_BY_QUANTITY``), which ``figures_in_range`` checks faster in Python.
    """
    records: dict[str, Any] = {
        "source": _record(
            {
                "id": _IDENT,
                "label": _REQUIRED_NAME,
                "title": _REQUIRED_NAME,
                "kind": _REQUIRED_WORD,
            },
            {
                **dict.fromkeys(("author", "publisher", "edition"), _NAME),
                "date": _MAYBE_DATE,
                "url": _URL,
                "covers": _LONG,
                "note": _LONG,
                "series": _OPTIONAL_IDENT,
                "discontinued": _MAYBE_DATE,
            },
            ("label", "title", "author", "publisher", "edition", "covers", "note"),
        ),
        "country": _record(
            {"id": _IDENT, "name": _REQUIRED_NAME},
            {"kind": {"enum": ["country", "body"]}, "description": _LONG},
            ("name", "description"),
        ),
        "figure": _figure(_NUMBER, free_quantity=OVERVIEW_QUANTITY, ranges=ranges),
        "fact": _FACT,
        "total": _figure(_LENGTH),
        "segment": _record(
            {"id": _IDENT, "neighbour": _IDENT},
            {
                "description": _LONG,
                "topics": _STRINGS,
                "events": _STRINGS,
                "length": _list(_figure(_LENGTH)),
                "fact": _FACTS,
            },
            ("description",),
        ),
        "organisation": _record(
            {"id": _IDENT, "abbreviation": _REQUIRED_WORD, "name": _REQUIRED_NAME},
            {
                "description": _LONG,
                "predecessor": _OPTIONAL_IDENT,
                "successor": _OPTIONAL_IDENT,
                "fact": _FACTS,
                "figure": _list(_figure(_NUMBER, free_quantity=QUANTITY, ranges=ranges)),
                **_DATES,
            },
            ("abbreviation", "name", "description"),
        ),
        "membership": _record(
            {"member": _IDENT, "organisation": _IDENT, "role": {**_list(_ROLE), "minItems": 1}},
            {"note": _LONG},
            ("note",),
        ),
        "change": _record(
            {"edition": _REQUIRED_WORD, "text": _REQUIRED_LONG, "sources": _SOURCES},
            {},
            ("text",),
        ),
        "place": _record(
            {"id": _IDENT, "name": _REQUIRED_NAME, "country": _IDENT},
            {"kind": _WORD, "fact": _FACTS},
            ("name",),
        ),
        "person": _record(
            {"id": _IDENT, "name": _REQUIRED_NAME},
            {
                "aliases": _STRINGS,
                "role": _NAME,
                "description": _LONG,
                "fact": _FACTS,
            },
            ("name", "role", "description"),
        ),
        "quote": _record(
            {"id": _IDENT, "text": _REQUIRED_LONG, "source": _IDENT},
            {
                "speaker": _OPTIONAL_IDENT,
                "concerns": _REFS,
                **dict.fromkeys(("speaker_name", "speaker_role", "attribution", "status"), _NAME),
                "note": _LONG,
            },
            ("speaker_name", "speaker_role", "text", "attribution", "note"),
        ),
        "event": _record(
            {"id": _IDENT, "title": _REQUIRED_NAME, "date": {"type": "string", "pattern": PERIOD}},
            {"description": _LONG, "concerns": _REFS, "fact": _FACTS},
            ("title", "description"),
        ),
        "topic": _record(
            {"id": _IDENT, "name": _REQUIRED_NAME},
            {"description": _LONG, "concerns": _REFS, "fact": _FACTS},
            ("name", "description"),
        ),
    }
    top: dict[str, Any] = {
        "format": {"const": FORMAT},
        "format_version": {"const": FORMAT_VERSION},
        "edition": _record({"version": _REQUIRED_WORD, "date": _DATE}, {}),
        "defaults": {
            "type": "object",
            "required": ["length_km"],
            "propertyNames": {"pattern": QUANTITY},
            "additionalProperties": _IDENT,
        },
        "overview": _record(
            {"title": _REQUIRED_NAME},
            {"description": _LONG, "landlocked_note": _LONG},
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
