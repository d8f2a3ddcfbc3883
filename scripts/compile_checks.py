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
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import fastjsonschema  # noqa: E402

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


def schemas() -> dict[str, str]:
    """Return each shipped check's name and the schema text it checks."""
    return {"pack": schema_key(pack_schema(ranges=False)), "notes": schema_key(NOTES_SCHEMA)}


def main() -> None:
    """Write one module per schema, and the index of them by the schema's SHA-256."""
    index = {}
    for name, text in schemas().items():
        key = hashlib.sha256(text.encode()).hexdigest()
        code = fastjsonschema.compile_to_code(quick_schema(text))
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
