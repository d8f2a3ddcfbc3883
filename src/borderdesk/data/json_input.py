"""Read a JSON file to import, safely: bounded size and depth, exact places for every problem."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from borderdesk.core.atomic import reason
from borderdesk.core.characters import character_problem, first_unusable
from borderdesk.core.files import NotRegularFileError, read_regular
from borderdesk.core.import_errors import ImportFileError, Problem

MAX_DEPTH = 64
MAX_DIGITS = 15  # a whole number with more digits is not held exactly by a float
# A backslash escape of a C0 control in JSON (an escaped backslash before a letter also
# matches: then the walk looks, and finds nothing).
_CONTROL_ESCAPE = re.compile(r"\\(?:[bfnrt]|u00)")
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
        data = read_regular(path, max_bytes)  # never more: a 1 GB file costs max_bytes of memory
    except NotRegularFileError as error:  # a FIFO would block, a device never end
        raise ImportFileError.one(path, "", error.problem) from None
    except FileNotFoundError:
        raise ImportFileError.one(path, "", "file not found") from None
    except OSError as error:
        raise ImportFileError.one(path, "", f"cannot be read: {reason(error)}") from None
    if len(data) > max_bytes:
        limit = f"{max_bytes / 1_000_000:g} MB"
        raise ImportFileError.one(path, "", f"larger than {limit}, the most BorderDesk imports")
    text = decode(path, data)
    try:
        value = json.loads(
            text, parse_constant=_constant, parse_int=_integer, object_pairs_hook=_object
        )
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise ImportFileError.one(path, where, f"not valid JSON: {error.msg}") from None
    except RecursionError:
        raise ImportFileError.one(path, "", f"nested more than {MAX_DEPTH} levels deep") from None
    if not _well_shaped(value):
        problems = list(_shape_problems(value))
        if problems:
            raise ImportFileError(path, problems)
    return value


def _well_shaped(value: object) -> bool:
    """Tell, without building any place's name, that ``_shape_problems`` would find nothing:
    no nesting too deep, no number JSON cannot hold, no key given twice.

    The usual answer is yes: ``_shape_problems`` then need not name the place of each of a
    large pack's million values.
    """
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, _LongInteger):
        return False
    if not isinstance(value, dict | list):
        return True
    stack: list[tuple[dict[Any, Any] | list[Any], int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth >= MAX_DEPTH or (isinstance(node, _Object) and node.repeated):
            return False
        for child in node.values() if isinstance(node, dict) else node:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))
            elif isinstance(child, _LongInteger) or (
                isinstance(child, float) and not math.isfinite(child)
            ):
                return False
    return True


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


class _LongInteger:
    """A whole number too long to use; kept in place of its value, refused at its place."""

    def __init__(self, literal: str) -> None:
        self.digits = len(literal.lstrip("-"))


class _Object(dict[str, Any]):
    """A JSON object that remembers the keys it was given more than once."""

    repeated: tuple[str, ...] = ()


def _constant(name: str) -> float:
    return float(name)  # NaN, Infinity: kept, then refused at their place by _shape_problems


def _integer(literal: str) -> int | _LongInteger:
    # Never int() on a long literal: past 4,300 digits Python refuses, and the value is useless.
    return int(literal) if len(literal.lstrip("-")) <= MAX_DIGITS else _LongInteger(literal)


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    value = _Object(pairs)
    if len(value) < len(pairs):
        counts = Counter(key for key, _ in pairs)
        value.repeated = tuple(key for key, count in counts.items() if count > 1)
    return value


def _shape_problems(value: object) -> Iterator[Problem]:
    """Yield numbers JSON cannot hold, keys given twice and too-deep nesting, without recursion."""
    stack: list[tuple[object, str, int]] = [(value, "", 0)]
    while stack:
        item, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            yield Problem(where, f"nested more than {MAX_DEPTH} levels deep")
            continue
        if isinstance(item, float) and not math.isfinite(item):
            yield Problem(where, f"must be a finite number, not {item}")
        elif isinstance(item, _LongInteger):
            yield Problem(
                where, f"is a whole number of {item.digits:,} digits; at most {MAX_DIGITS} are used"
            )
        elif isinstance(item, dict):
            for key in getattr(item, "repeated", ()):
                yield Problem(join(where, key), "is given more than once in the same object")
            stack.extend((v, join(where, k), depth + 1) for k, v in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend(
                (v, f"{where}[{n}]", depth + 1) for n, v in reversed(list(enumerate(item)))
            )


def text_problems(value: object, *, one_line: bool = False) -> list[Problem]:
    """Return every text (value or key) holding a character that cannot be shown or written.

    With ``one_line`` tabs and line breaks are refused too.
    """
    if _texts_fine(value):  # the usual case: no place needs its name
        return []
    problems = []
    stack: list[tuple[object, str]] = [(value, "")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            problem = character_problem(item, one_line=one_line)
            if problem:
                problems.append(Problem(where, problem))
        elif isinstance(item, dict):
            for key, child in item.items():
                problem = character_problem(key, one_line=True)
                if problem:
                    problems.append(Problem(join(where, key), f"the key {problem}"))
                stack.append((child, join(where, key)))
        elif isinstance(item, list):
            stack.extend((child, f"{where}[{n}]") for n, child in enumerate(item))
    return sorted(problems, key=lambda p: (_natural(p.where), p.message))


def _texts_fine(value: object) -> bool:
    """Tell, without building any place's name, that ``text_problems`` would find nothing.

    One pass in C over the value written as JSON: ``json.dumps`` without ``ensure_ascii``
    writes every C0 control as an escape (``\\n``, ``\\u001f``) and every other character
    as itself. With no such escape and no character refused on one line (as keys always
    are), no text holds a problem; anything else, rare, is left to the walk that names it.
    """
    try:
        written = json.dumps(value, ensure_ascii=False, check_circular=False)
    except (TypeError, ValueError, RecursionError):
        return False
    return _CONTROL_ESCAPE.search(written) is None and not first_unusable(written, one_line=True)


def join(where: str, key: str) -> str:
    """Return the path of ``key`` inside ``where`` (``segment[3].length``)."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        # A key holding a control character or a surrogate is named by its escapes.
        key = json.dumps(key, ensure_ascii=character_problem(key, one_line=True) is not None)
    return f"{where}.{key}" if where else key


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
    validator = Draft202012Validator(schema)
    problems: set[Problem] = set()
    for error in validator.iter_errors(value):
        problems.update(_explain(error, patterns))
    return sorted(problems, key=lambda p: (_natural(p.where), p.message))


def quick_valid(
    schema: Mapping[str, Any],
    value: object,
    quick: tuple[Mapping[str, Any], Callable[[object], bool]] | None = None,
) -> bool:
    """Tell, naming no problem, whether ``value`` meets ``schema`` (see ``schema_problems``)."""
    compiled, rest = quick or (schema, None)
    try:
        quick_check(json.dumps(compiled, sort_keys=True))(value)
    except fastjsonschema.JsonSchemaException:
        return False
    return rest is None or rest(value)


@cache
def quick_check(schema_text: str) -> Callable[[object], object]:
    """Return a compiled validator of a schema (given as JSON text, so it can be cached).

    It raises at the first problem, naming none well: ``schema_problems`` then asks
    ``jsonschema``. The schema's ``$schema`` is left out: the keywords a pack schema uses
    mean the same in draft 7, the newest the compiler knows.
    """
    schema = {k: v for k, v in json.loads(schema_text).items() if k != "$schema"}
    check: Callable[[object], object] = fastjsonschema.compile(schema)
    return check


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
