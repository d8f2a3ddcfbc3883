"""The schemas' compiled checks ship with BorderDesk, each for the schema as it is now."""

from __future__ import annotations

import copy
import hashlib
import importlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import fastjsonschema
import pytest

from borderdesk.data.compiled_checks import BY_SCHEMA
from borderdesk.data.json_schema import quick_check, quick_schema, schema_key
from borderdesk.data.packs.exporter import export_pack
from borderdesk.data.packs.schema import pack_schema
from borderdesk.data.userdb.transfer import SCHEMA as NOTES_SCHEMA

SCHEMAS = {"pack": pack_schema(ranges=False), "notes": NOTES_SCHEMA}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_schema_has_its_check_compiled_for_it_as_it_is_now(name: str) -> None:
    text = schema_key(SCHEMAS[name])
    key = hashlib.sha256(text.encode()).hexdigest()

    assert BY_SCHEMA.get(key) == name, (
        f"the {name} schema changed: run python scripts/compile_checks.py"
    )
    module = importlib.import_module(f"borderdesk.data.compiled_checks.{name}")
    assert key == module.SCHEMA_SHA256
    assert quick_check(text) is module.validate  # shipped, not compiled at run time


def test_a_schema_without_a_shipped_check_is_compiled_and_checks() -> None:
    check = quick_check(schema_key({"type": "object", "required": ["a"]}))

    assert check({"a": 1}) == {"a": 1}
    with pytest.raises(Exception, match="must contain"):
        check({})


def _objects(value: object, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (path without list indexes, object) for every object inside a JSON value."""
    if isinstance(value, dict):
        yield path, value
        for key, child in value.items():
            yield from _objects(child, f"{path}.{key}")
    elif isinstance(value, list):
        for child in value:
            yield from _objects(child, path)


def _accepts(check: Callable[[object], object], value: object) -> bool:
    try:
        check(value)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def test_the_shipped_pack_check_accepts_exactly_what_the_stock_compiled_check_does(
    fixture_db: Path, tmp_path: Path
) -> None:
    """The shipped check tries translation patterns only on keys no property took: the same
    answer as fastjsonschema's own code for every key one could add to any kind of record."""
    pack = export_pack(fixture_db, tmp_path / "mini.json")
    text = schema_key(SCHEMAS["pack"])
    shipped = quick_check(text)
    stock = fastjsonschema.compile(quick_schema(text))
    assert shipped is not stock
    first: dict[str, dict[str, Any]] = {}  # the first record of each kind, changed in place
    for path, record in _objects(pack):
        first.setdefault(path, record)
    added: list[tuple[str, object]] = [("unknown", "x"), ("ru", "x"), ("name_", "x")]
    for key in {key for record in first.values() for key in record}:
        added += [
            (f"{key}_ru", "Текст"),
            (f"{key}_kk", ""),
            (f"{key}_ru", " padded "),
            (f"{key}_ru", 5),
            (f"{key}_ru", "x" * 20_001),
            (f"{key}_russian", "x"),
            (f"{key}_ru_source", "src-1"),
            (f"{key}_ru_source", "not an id"),
            (f"{key}_RU", "x"),
        ]
    seen = {True: 0, False: 0}
    for path, record in first.items():
        for key, extra in added:
            before = copy.copy(record)
            record[key] = extra
            answer = _accepts(stock, pack)
            assert _accepts(shipped, pack) == answer, (path, key, extra)
            seen[answer] += 1
            record.clear()
            record.update(before)
    assert _accepts(shipped, pack)
    assert _accepts(stock, pack)
    assert seen[True] > 50  # both answers were tried many times
    assert seen[False] > 500


TEXTS = [
    "",
    " ",
    "a",
    " a",
    "a ",
    "a b",
    "a\nb",
    "\na",
    "a\n",
    "\n",
    "a\r\n",
    "\u00a0a",
    "a\u00a0",
    "a\u2028",
    "a\u3000b",
    "a\x1c",
    "\x85a",
    "Қазақстан",
    "x" * 5_000,
    "x" * 5_000 + " ",
    " " + "x" * 5_000,
    "2026-01-01",
    "2026-13",
    "org-1.a_b",
    "border:kz-ru",
    "name_ru",
    "name_ru_source",
    "a.b",
]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_shipped_regex_answers_as_the_stock_one(name: str) -> None:
    """Where the shipped check has a faster regex for a pattern, it finds the same matches."""
    text = schema_key(SCHEMAS[name])
    shipped = importlib.import_module(f"borderdesk.data.compiled_checks.{name}").REGEX_PATTERNS
    stock = fastjsonschema.compile(quick_schema(text)).__globals__.get("REGEX_PATTERNS", {})
    assert shipped.keys() == stock.keys()
    for pattern, regex in shipped.items():
        for value in TEXTS:
            found = regex.search(value) is not None
            assert found == (stock[pattern].search(value) is not None), (pattern, value)
    if name == "pack":
        assert any(regex.pattern != stock[key].pattern for key, regex in shipped.items())
