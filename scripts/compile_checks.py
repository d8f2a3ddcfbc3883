"""Write the compiled JSON Schema checks BorderDesk ships, so no run compiles them itself.

    python scripts/compile_checks.py   # after changing a pack's or a notes file's schema

A data pack's quick check is a validator that ``fastjsonschema`` writes as Python code: 4,000
lines, about half a second to generate and compile, at every import. The code is written
here once into ``src/borderdesk/data/compiled_checks/``, one module per schema, with the
SHA-256 of the schema it checks; ``data.json_schema.quick_check`` takes a shipped module
whose schema matches and compiles only a schema it has no module for. A test fails when a
schema has changed and its module was not written again.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import fastjsonschema  # noqa: E402
from fastjsonschema.draft2019 import CodeGeneratorDraft2019  # noqa: E402
from fastjsonschema.ref_resolver import RefResolver  # noqa: E402

from borderdesk.data.json_schema import quick_schema, schema_key  # noqa: E402
from borderdesk.data.packs.schema import pack_schema  # noqa: E402
from borderdesk.data.userdb.transfer import SCHEMA as NOTES_SCHEMA  # noqa: E402

FOLDER = ROOT / "src" / "borderdesk" / "data" / "compiled_checks"
HEADER = """\
# Written by scripts/compile_checks.py (fastjsonschema {version}) from the {name} schema:
# do not edit; run the script again when the schema changes.
# ruff: noqa
# mypy: ignore-errors
# fmt: off
SCHEMA_SHA256 = "{key}"
"""


class _Generator(CodeGeneratorDraft2019):
    """fastjsonschema's generator (the one ``compile_to_code`` uses), with one change.

    For ``patternProperties`` it tests every pattern against every key of the object: a
    pack's 120,000 records, each with a few keys and up to eight translation patterns, made
    a million and a half regex searches. Where none of an object's named ``properties``
    matches any of its patterns, a key its properties took can match none either; the
    patterns are then tried on the keys left over only (usually none). Otherwise the
    stock code is written.
    """

    def generate_pattern_properties(self) -> None:
        patterns = self._definition["patternProperties"]
        named = self._definition.get("properties", {})
        if not patterns or any(re.search(p, name) for p in patterns for name in named):
            super().generate_pattern_properties()
            return
        self.create_variable_is_dict()
        with self.l("if {variable}_is_dict:"):
            self.create_variable_keys()
            for pattern in patterns:
                self._compile_regexps[pattern] = re.compile(pattern)
            left = "[(key, {variable}[key]) for key in {variable}_keys]"
            with self.l("for {variable}_key, {variable}_val in " + left + ":"):
                for pattern, definition in patterns.items():
                    with self.l("if REGEX_PATTERNS[{}].search({variable}_key):", repr(pattern)):
                        with self.l("if {variable}_key in {variable}_keys:"):
                            self.l("{variable}_keys.remove({variable}_key)")
                        self.generate_func_code_block(
                            definition,
                            f"{self._variable}_val",
                            "{}.{{{}_key}}".format(self._variable_name, self._variable),
                            clear_variables=True,
                        )


# JSON Schema's patterns (ECMA-262) have no "any character" but ``[\s\S]``; ``[\s\S]*`` made
# Python's re test every character of a text against the class (two thirds of a microsecond
# for a text of a hundred characters, on half a million texts of a large pack). ``.*`` with
# ``re.S`` matches the same, and re jumps over it to the text's end.
_ANY_RUN = "[\\s\\S]*"


def faster(regex: re.Pattern[str]) -> re.Pattern[str]:
    """Return a regex matching what ``regex`` does, without ``[\\s\\S]*`` (see ``_ANY_RUN``).

    Only a pattern with no ``.`` of its own outside a class is written again: ``re.S``
    changes nothing else in it.
    """
    pattern = regex.pattern
    if _ANY_RUN not in pattern or re.search(r"(?<![\\\[])\.(?![^\[]*\])", pattern):
        return regex
    return re.compile(pattern.replace("[\\s\\S]", "."), regex.flags | re.S)


def compile_to_code(schema_text: str) -> str:
    """Return the validator's code for a schema, as ``fastjsonschema.compile_to_code`` would,
    with each pattern's regex written faster where it can be (``faster``)."""
    definition = quick_schema(schema_text)
    generator = _Generator(definition, resolver=RefResolver.from_schema(definition, store={}))
    code = generator.func_code
    regexes = generator._compile_regexps  # the generator keeps them only there
    for pattern, regex in regexes.items():
        regexes[pattern] = faster(regex)
    return f'VERSION = "{fastjsonschema.VERSION}"\n{generator.global_state_code}\n{code}'


def schemas() -> dict[str, str]:
    """Return each shipped check's name and the schema text it checks."""
    return {"pack": schema_key(pack_schema(ranges=False)), "notes": schema_key(NOTES_SCHEMA)}


def main() -> None:
    """Write one module per schema, and the index of them by the schema's SHA-256."""
    index = {}
    for name, text in schemas().items():
        key = hashlib.sha256(text.encode()).hexdigest()
        code = compile_to_code(text)
        header = HEADER.format(version=fastjsonschema.VERSION, name=name, key=key)
        (FOLDER / f"{name}.py").write_text(header + code, encoding="utf-8")
        index[key] = name
        print(f"wrote {FOLDER / f'{name}.py'} ({len(code.splitlines())} lines)")
    lines = "".join(f'    "{key}": "{name}",\n' for key, name in sorted(index.items()))
    (FOLDER / "__init__.py").write_text(
        '"""JSON Schema checks compiled to Python once, by scripts/compile_checks.py."""\n\n'
        "# The SHA-256 of each schema's text (``json_schema.schema_key``): its module here.\n"
        f"BY_SCHEMA = {{\n{lines}}}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
