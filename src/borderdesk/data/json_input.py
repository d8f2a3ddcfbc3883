"""Read a JSON file to import, safely: bounded size and depth, exact places for every problem."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from borderdesk.core.import_errors import ImportFileError, Problem

MAX_DEPTH = 64
_TYPE_NAMES = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "array": "a list",
    "object": "an object",
    "boolean": "true or false",
    "null": "null",
}


def read_json(path: Path, max_bytes: int) -> object:
    """Return the parsed JSON of ``path``; raise ImportFileError naming the place of a problem."""
    try:
        if path.is_dir():
            raise ImportFileError.one(path, "", "is a folder, not a file")
        with path.open("rb") as file:
            data = file.read(max_bytes + 1)  # never more: a 1 GB file costs max_bytes of memory
    except FileNotFoundError:
        raise ImportFileError.one(path, "", "file not found") from None
    except OSError as error:
        raise ImportFileError.one(path, "", f"cannot be read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        limit = f"{max_bytes / 1_000_000:g} MB"
        raise ImportFileError.one(path, "", f"larger than {limit}, the most BorderDesk imports")
    text = decode(path, data)
    try:
        value = json.loads(text, parse_constant=_constant)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise ImportFileError.one(path, where, f"not valid JSON: {error.msg}") from None
    except RecursionError:
        raise ImportFileError.one(path, "", f"nested more than {MAX_DEPTH} levels deep") from None
    problems = list(_shape_problems(value))
    if problems:
        raise ImportFileError(path, problems)
    return value


def decode(path: Path, data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16/32 with a BOM; else name the bad byte."""
    if not data.strip():
        raise ImportFileError.one(path, "", "empty file, not JSON")
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else json.detect_encoding(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        problem = f"not {encoding.upper()} text: byte 0x{data[error.start]:02X} cannot be decoded"
        raise ImportFileError.one(path, f"byte {error.start}", problem) from None


def _constant(name: str) -> float:
    return float(name)  # NaN, Infinity: kept, then refused at their place by _shape_problems


def _shape_problems(value: object) -> Iterator[Problem]:
    """Yield non-finite numbers and too-deep nesting, walking without recursion."""
    stack: list[tuple[object, str, int]] = [(value, "", 0)]
    while stack:
        item, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            yield Problem(where, f"nested more than {MAX_DEPTH} levels deep")
            continue
        if isinstance(item, float) and not math.isfinite(item):
            yield Problem(where, f"must be a finite number, not {item}")
        elif isinstance(item, dict):
            stack.extend((v, join(where, k), depth + 1) for k, v in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend(
                (v, f"{where}[{n}]", depth + 1) for n, v in reversed(list(enumerate(item)))
            )


def join(where: str, key: str) -> str:
    """Return the path of ``key`` inside ``where`` (``segment[3].length``)."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        key = json.dumps(key, ensure_ascii=False)
    return f"{where}.{key}" if where else key


def path_text(parts: Iterator[str | int] | Any) -> str:
    """Return a JSON path from jsonschema's path parts."""
    where = ""
    for part in parts:
        where = f"{where}[{part}]" if isinstance(part, int) else join(where, str(part))
    return where


def schema_problems(
    schema: Mapping[str, Any], value: object, patterns: Mapping[str, str]
) -> list[Problem]:
    """Return every way ``value`` breaks ``schema``, in plain words; ``patterns`` names regexes."""
    validator = Draft202012Validator(schema)
    problems: set[Problem] = set()
    for error in validator.iter_errors(value):
        problems.update(_explain(error, patterns))
    return sorted(problems, key=lambda p: (_natural(p.where), p.message))


def _natural(where: str) -> list[object]:
    return [int(part) if part.isdigit() else part for part in re.split(r"\[(\d+)\]", where)]


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
    elif kind == "type":
        names = [expected] if isinstance(expected, str) else list(expected)
        wanted = " or ".join(_TYPE_NAMES.get(name, name) for name in names)
        yield Problem(where, f"must be {wanted}, not {_json_type(instance)}")
    elif kind == "exclusiveMinimum" and expected == 0:
        yield Problem(where, "must be a positive number")
    elif kind == "minimum":
        yield Problem(where, f"must be at least {expected}")
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
