"""Read a JSON file to import, safely: bounded size and depth, exact places for every problem."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from borderdesk.core.atomic import reason
from borderdesk.core.characters import character_problem, first_unusable
from borderdesk.core.files import NotRegularFileError, read_regular
from borderdesk.core.import_errors import ImportFileError, Problem

MAX_DEPTH = 64
MAX_DIGITS = 15  # a whole number with more digits is not held exactly by a float
# A backslash escape of a C0 control in JSON (an escaped backslash before a letter also
# matches: then the walk looks, and finds nothing).
_CONTROL_ESCAPE = re.compile(r"\\(?:[bfnrt]|u00)")


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
            # Most values are texts, whole numbers, objects and lists as the parser made them:
            # told by their exact type first (an isinstance of a union is slower).
            kind = type(child)
            if kind is str or kind is int:
                continue
            if kind is _Object or kind is list or isinstance(child, dict | list):
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


def text_problems(
    value: object, *, one_line: bool = False, written: Sequence[str] = ()
) -> list[Problem]:
    """Return every text (value or key) holding a character that cannot be shown or written.

    With ``one_line`` tabs and line breaks are refused too. ``written`` is ``value`` already
    written as JSON without ``ensure_ascii`` (in parts that together hold all its texts and
    keys), to search instead of writing it again.
    """
    if _texts_fine(value, written):  # the usual case: no place needs its name
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
    return sorted(problems, key=lambda p: (place_order(p.where), p.message))


def _texts_fine(value: object, written: Sequence[str]) -> bool:
    """Tell, without building any place's name, that ``text_problems`` would find nothing.

    One pass in C over the value written as JSON: ``json.dumps`` without ``ensure_ascii``
    writes every C0 control as an escape (``\\n``, ``\\u001f``) and every other character
    as itself. With no such escape and no character refused on one line (as keys always
    are), no text holds a problem; anything else, rare, is left to the walk that names it.
    """
    if not written:
        try:
            written = (json.dumps(value, ensure_ascii=False, check_circular=False),)
        except (TypeError, ValueError, RecursionError):
            return False
    # A part Python prints whole holds no refused character (each is one it does not print),
    # told in C faster than the search.
    return not any(
        _CONTROL_ESCAPE.search(part)
        or (not part.isprintable() and first_unusable(part, one_line=True))
        for part in written
    )


def join(where: str, key: str) -> str:
    """Return the path of ``key`` inside ``where`` (``segment[3].length``)."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        # A key holding a control character or a surrogate is named by its escapes.
        key = json.dumps(key, ensure_ascii=character_problem(key, one_line=True) is not None)
    return f"{where}.{key}" if where else key


def place_order(where: str) -> list[object]:
    """Return a sort key that puts ``a[2]`` before ``a[10]``."""
    return [int(part) if part.isdigit() else part for part in re.split(r"\[(\d+)\]", where)]
