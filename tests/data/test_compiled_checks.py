"""The schemas' compiled checks ship with BorderDesk, each for the schema as it is now."""

from __future__ import annotations

import hashlib
import importlib

import pytest

from borderdesk.data.compiled_checks import BY_SCHEMA
from borderdesk.data.json_schema import quick_check, schema_key
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
