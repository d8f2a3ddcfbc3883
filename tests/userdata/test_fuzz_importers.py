"""Catalogue 21: generated input gives only the documented ImportFileError; round trips hold."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.core.characters import character_problem
from borderdesk.core.import_errors import ImportFileError
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.userdata import Bookmark, Note, UserData
from borderdesk.data.packs.importer import read_pack, validate_value
from borderdesk.data.userdb.transfer import parse_notes, read_notes_file, to_json

EXAMPLES = int(os.environ.get("BORDERDESK_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
PACK = Path("pack.json")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)


def mutate(base: dict[str, Any], data: st.DataObject) -> object:
    """Replace one value somewhere inside ``base`` with a generated one."""
    value: Any = json.loads(json.dumps(base))
    holder, key = None, None
    node = value
    for _ in range(data.draw(st.integers(0, 5))):
        if isinstance(node, dict) and node:
            holder, key = node, data.draw(st.sampled_from(sorted(node)))
        elif isinstance(node, list) and node:
            holder, key = node, data.draw(st.integers(0, len(node) - 1))
        else:
            break
        node = holder[key]
    if holder is None:
        return data.draw(json_values)
    holder[key] = data.draw(json_values)
    return value


@FUZZ
@given(st.binary(max_size=300))
def test_pack_bytes_give_only_the_documented_error(tmp_path_factory: Any, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("f") / "pack.json"
    path.write_bytes(raw)
    try:
        read_pack(path)
    except ImportFileError as error:
        caught: ImportFileError | None = error
    else:
        caught = None
    if caught is not None:
        error = caught
        assert error.problems
        assert str(path) in str(error)


@FUZZ
@given(json_values)
def test_any_json_value_gives_only_the_documented_error(value: object) -> None:
    try:
        validate_value(PACK, value)
    except ImportFileError as error:
        caught: ImportFileError | None = error
    else:
        caught = None
    if caught is not None:
        error = caught
        assert error.problems


@FUZZ
@given(st.data())
def test_mutated_packs_give_only_the_documented_error(
    mini_pack: dict[str, Any], data: st.DataObject
) -> None:
    try:
        validate_value(PACK, mutate(mini_pack, data))
    except ImportFileError as error:
        caught: ImportFileError | None = error
    else:
        caught = None
    if caught is not None:
        error = caught
        assert all(problem.message for problem in error.problems)


@FUZZ
@given(st.data())
def test_mutated_notes_files_give_only_the_documented_error(data: st.DataObject) -> None:
    base = to_json(
        UserData(
            (Note(ItemRef(ItemKind.BORDER, "kz-ru"), "n", datetime(2026, 1, 1, tzinfo=UTC)),),
            (Bookmark(ItemRef(ItemKind.TOPIC, "t"), "T", datetime(2026, 1, 1, tzinfo=UTC)),),
        ),
        datetime(2026, 1, 2, tzinfo=UTC),
    )
    try:
        parse_notes(PACK, mutate(base, data))
    except ImportFileError as error:
        caught: ImportFileError | None = error
    else:
        caught = None
    if caught is not None:
        error = caught
        assert error.problems


@FUZZ
@given(st.binary(max_size=300))
def test_notes_bytes_give_only_the_documented_error(tmp_path_factory: Any, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("n") / "notes.json"
    path.write_bytes(raw)
    try:
        read_notes_file(path)
    except ImportFileError as error:
        caught: ImportFileError | None = error
    else:
        caught = None
    if caught is not None:
        error = caught
        assert str(path) in str(error)


refs = st.builds(
    ItemRef,
    st.sampled_from(list(ItemKind)),
    st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,29}", fullmatch=True),
)
moments = st.datetimes(
    min_value=datetime(1970, 1, 2), max_value=datetime(9999, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))
# What a note and a bookmark may hold: no character that cannot be shown or written.
notes_text = st.text(min_size=1, max_size=200).filter(
    lambda text: text.strip() and character_problem(text) is None
)
titles = st.text(max_size=40).filter(lambda text: character_problem(text, one_line=True) is None)


@FUZZ
@given(
    st.dictionaries(refs, st.tuples(notes_text, moments), max_size=8),
    st.dictionaries(refs, st.tuples(titles, moments), max_size=8),
)
def test_notes_export_then_import_is_the_identity(
    notes: dict[ItemRef, tuple[str, datetime]], marks: dict[ItemRef, tuple[str, datetime]]
) -> None:
    data = UserData(
        tuple(Note(ref, text, when) for ref, (text, when) in notes.items()),
        tuple(Bookmark(ref, title or ref.key, when) for ref, (title, when) in marks.items()),
    )
    again = parse_notes(PACK, json.loads(json.dumps(to_json(data, datetime.now(UTC)))))
    assert again == data


def quick_answer_is_the_schemas(value: object) -> None:
    """Assert that the import's quick check and ``jsonschema`` give ``value`` the same answer."""
    from jsonschema import Draft202012Validator

    from borderdesk.data.json_schema import quick_valid
    from borderdesk.data.packs.ranges import figures_in_range
    from borderdesk.data.packs.schema import pack_schema

    schema = pack_schema()
    quick = quick_valid(schema, value, (pack_schema(ranges=False), figures_in_range))
    assert quick == Draft202012Validator(schema).is_valid(value)


@FUZZ
@given(st.data())
def test_the_quick_check_accepts_only_what_the_schema_accepts(
    mini_pack: dict[str, Any], data: st.DataObject
) -> None:
    """The compiled validator that passes a valid pack fast never passes one with problems."""
    quick_answer_is_the_schemas(mutate(mini_pack, data))


# Quantities with a range of their own (and near misses), values on both sides of each limit.
quantities = st.sampled_from(
    [
        "length_km", "area_km2", "km", "_km", "member_count", "count", "counts", "population",
        "populations", "city_population", "total_km_note", "gdp_usd", "segments_total_km",
    ]
) | st.from_regex(r"[a-z][a-z0-9_]{0,14}", fullmatch=True)  # fmt: skip
figure_values = (
    st.sampled_from(
        [0, -1, 0.0, -0.0, 0.5, 1, 2.0, 10_000, 10_001, 10_000.5, 100_000, 100_000.5, 1e9,
         1e9 + 1, 10_000_000_000, 10_000_000_001, 1e15, -1e15, 1e15 + 1, True, None, "1"]
    )
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False, min_value=-2e15, max_value=2e15)
)  # fmt: skip


@FUZZ
@given(st.data(), quantities, figure_values)
def test_the_quick_check_holds_each_quantity_to_its_range(
    mini_pack: dict[str, Any], data: st.DataObject, quantity: str, number: object
) -> None:
    """A figure's value out of its quantity's range fails the quick check as it fails the schema."""
    value: Any = json.loads(json.dumps(mini_pack))
    holders = [value["figure"], *(o["figure"] for o in value["organisation"] if "figure" in o)]
    figures = data.draw(st.sampled_from(holders))
    figure = figures[data.draw(st.integers(0, len(figures) - 1))]
    if data.draw(st.booleans()):
        figure["quantity"] = quantity
    figure["value"] = number
    quick_answer_is_the_schemas(value)


def test_the_ranges_checked_in_python_are_the_schemas_only_conditions() -> None:
    """Every if/then of the pack schema sits where ``figures_in_range`` looks, and only there."""
    from borderdesk.data.packs.schema import pack_schema

    def places(node: object, where: str) -> Iterator[str]:
        if isinstance(node, dict):
            if "if" in node or "then" in node:
                yield where
            for key, child in node.items():
                yield from places(child, f"{where}/{key}")
        elif isinstance(node, list):
            for n, child in enumerate(node):
                yield from places(child, f"{where}/{n}")

    conditions = {place.rsplit("/allOf", 1)[0] for place in places(pack_schema(), "")}
    assert conditions == {
        "/properties/figure/items",
        "/properties/organisation/items/properties/figure/items",
    }
    assert not list(places(pack_schema(ranges=False), ""))


def problems_by_walking(value: object, where: str, *, one_line: bool) -> list[tuple[str, str]]:
    """Name every text with a problem the slow, obvious way: each string and key in turn."""
    from borderdesk.data.json_input import join

    found = []
    if isinstance(value, str):
        problem = character_problem(value, one_line=one_line)
        found += [(where, problem)] if problem else []
    elif isinstance(value, dict):
        for key, child in value.items():
            problem = character_problem(key, one_line=True)
            found += [(join(where, key), f"the key {problem}")] if problem else []
            found += problems_by_walking(child, join(where, key), one_line=one_line)
    elif isinstance(value, list):
        for n, child in enumerate(value):
            found += problems_by_walking(child, f"{where}[{n}]", one_line=one_line)
    return found


# Text that is mostly fine, with now and then a character or an escape-like run that is not.
risky_text = st.text(
    st.sampled_from(["a", "Қ", "\\", "n", "u", "0", " ", "\U0001f600"])
    | st.characters(codec=None, exclude_categories=()),
    max_size=12,
)
texts = st.recursive(
    st.none() | st.integers() | st.floats() | risky_text,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(risky_text, children, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(texts, st.booleans())
def test_every_text_problem_is_found_however_the_check_is_quick(
    value: object, one_line: bool
) -> None:
    from borderdesk.data.json_input import text_problems

    found = {(p.where, p.message) for p in text_problems(value, one_line=one_line)}
    assert found == set(problems_by_walking(value, "", one_line=one_line))
