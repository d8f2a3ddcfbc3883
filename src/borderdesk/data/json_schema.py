"""Explain how a JSON value breaks a JSON Schema, in plain words and with every place."""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

import fastjsonschema

from borderdesk.core.import_errors import Problem
from borderdesk.data.compiled_checks import BY_SCHEMA
from borderdesk.data.json_input import join, place_order

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

_TYPE_NAMES = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "array": "a list",
    "object": "an object",
    "boolean": "true or false",
    "null": "null",
}


def path_text(parts: Iterator[str | int] | Any) -> str:
    """Return a JSON path from jsonschema's path parts."""
    where = ""
    for part in parts:
        where = f"{where}[{part}]" if isinstance(part, int) else join(where, str(part))
    return where


def schema_problems(
    schema: Mapping[str, Any],
    value: object,
    patterns: Mapping[str, str],
    quick: tuple[Mapping[str, Any], Callable[[object], bool]] | None = None,
) -> list[Problem]:
    """Return every way ``value`` breaks ``schema``, in plain words; ``patterns`` names regexes.

    A valid file, the usual case, is confirmed by a validator compiled to Python code
    (about twenty times faster on a 15 MB pack); only a file with problems is walked again
    with ``jsonschema``, which lists every problem with its place. ``quick`` is a schema the
    compiled validator checks instead, with a function that checks in Python what it leaves
    out: both together must accept exactly what ``schema`` accepts.
    """
    if quick_valid(schema, value, quick):
        return []
    # Only a file with problems needs it: a tenth of a second to import, kept off the usual path.
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    problems: set[Problem] = set()
    for error in validator.iter_errors(value):
        problems.update(_explain(error, patterns))
    return sorted(problems, key=lambda p: (place_order(p.where), p.message))


def quick_valid(
    schema: Mapping[str, Any],
    value: object,
    quick: tuple[Mapping[str, Any], Callable[[object], bool]] | None = None,
) -> bool:
    """Tell, naming no problem, whether ``value`` meets ``schema`` (see ``schema_problems``)."""
    compiled, rest = quick or (schema, None)
    try:
        quick_check(schema_key(compiled))(value)
    except fastjsonschema.JsonSchemaException:
        return False
    return rest is None or rest(value)


def schema_key(schema: Mapping[str, Any]) -> str:
    """Return a schema as the text its compiled check is known by (keys sorted)."""
    return json.dumps(schema, sort_keys=True)


def quick_schema(schema_text: str) -> dict[str, Any]:
    """Return the schema the compiler is given: without ``$schema``.

    The keywords our schemas use mean the same in draft 7, the newest the compiler knows.
    """
    return {k: v for k, v in json.loads(schema_text).items() if k != "$schema"}


@cache
def quick_check(schema_text: str) -> Callable[[object], object]:
    """Return a compiled validator of a schema (given as JSON text, so it can be cached).

    It raises at the first problem, naming none well: ``schema_problems`` then asks
    ``jsonschema``. The checks of our own schemas are shipped compiled
    (``data/compiled_checks``, written by ``scripts/compile_checks.py``); any other schema
    is compiled here, once per process.
    """
    key = hashlib.sha256(schema_text.encode()).hexdigest()
    name = BY_SCHEMA.get(key)
    if name is not None:
        try:
            module = importlib.import_module(f"borderdesk.data.compiled_checks.{name}")
        except ImportError:  # an install that lost it: compiled here instead
            module = None
        if getattr(module, "SCHEMA_SHA256", None) == key:
            shipped: Callable[[object], object] = getattr(module, "validate")  # noqa: B009
            return shipped
    check: Callable[[object], object] = fastjsonschema.compile(quick_schema(schema_text))
    return check


def _explain(error: ValidationError, patterns: Mapping[str, str]) -> Iterator[Problem]:
    where = path_text(error.absolute_path)
    kind: Any = error.validator
    expected: Any = error.validator_value
    instance: Any = error.instance
    schema: Any = error.schema
    if kind == "required" and isinstance(instance, dict):
        for name in expected:
            if name not in instance:
                yield Problem(where, f"missing '{name}'")
    elif kind in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        known = schema.get("properties", {})
        pattern_list = list(schema.get("patternProperties", {}))
        for name in instance:
            if name not in known and not any(re.search(p, name) for p in pattern_list):
                yield Problem(join(where, name), "unknown key")
    elif kind == "type" and expected == "integer" and _json_type(instance) == "a number":
        yield Problem(where, f"must be a whole number, not {instance}")
    elif kind == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        wanted = " or ".join(_TYPE_NAMES.get(name, name) for name in names)
        yield Problem(where, f"must be {wanted}, not {_json_type(instance)}")
    elif _asks_positive(kind, expected) and instance <= 0:
        yield Problem(where, "must be a positive number")
    elif kind == "exclusiveMinimum":
        yield Problem(where, f"must be more than {_number(expected)}")
    elif kind == "minimum":
        yield Problem(where, f"must be at least {_number(expected)}")
    elif kind == "maximum":
        yield Problem(where, f"must be at most {_number(expected)}")
    elif kind == "exclusiveMaximum":
        yield Problem(where, f"must be less than {_number(expected)}")
    elif kind == "minLength":
        yield Problem(where, "must not be empty")
    elif kind == "maxLength":
        yield Problem(where, f"is longer than {expected} characters")
    elif kind == "pattern":
        yield Problem(where, patterns.get(str(expected), f"does not match {expected}"))
    elif kind in ("const", "enum"):
        options = [expected] if kind == "const" else list(expected)
        yield Problem(where, "must be " + " or ".join(json.dumps(o) for o in options))
    elif kind == "uniqueItems":
        yield Problem(where, "lists a value twice")
    elif kind == "maxItems":
        yield Problem(where, f"lists more than {expected} values")
    else:
        yield Problem(where, error.message)


def _asks_positive(kind: str, limit: float) -> bool:
    return (kind == "exclusiveMinimum" and limit == 0) or (kind == "minimum" and limit > 0)


def _number(value: float) -> str:
    """Return a limit as people write it: ``100,000``, ``0.001``, ``1e+15``."""
    if abs(value) >= 1e12:
        return f"{value:g}"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"
