"""Catalogue C18 and more: a pack holding what cannot be drawn or written is refused at its place.

Each case passed the checks once and then failed later: a traceback, a crashed chart, an SVG no
viewer opens. Now the import refuses it, names the field, and writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.import_errors import ImportFileError
from borderdesk.data.packs.importer import import_pack

Pack = dict[str, Any]
DATE = "is not a date like 2026-11-28, 2026-11 or 2026 (years 1000 to 2999)"


def changed(pack: Pack, change: Callable[[Pack], object]) -> Pack:
    copy: Pack = json.loads(json.dumps(pack))
    change(copy)
    return copy


def put(path: tuple[str | int, ...], value: object) -> Callable[[Pack], None]:
    """Return a change that sets the value at ``path`` (``("segment", 0, "id")``)."""

    def change(pack: Pack) -> None:
        holder: Any = pack
        for part in path[:-1]:
            holder = holder[part]
        holder[path[-1]] = value

    return change


def refused(tmp_path: Path, text: str) -> list[str]:
    """Import a pack file's text; return the problems, after checking nothing was written."""
    source = tmp_path / "pack.json"
    source.write_text(text, encoding="utf-8")
    packs = tmp_path / "packs"
    with pytest.raises(ImportFileError) as caught:
        import_pack(source, packs)
    assert str(source) in str(caught.value)
    assert "nothing was imported" in str(caught.value)
    assert not packs.exists() or list(packs.iterdir()) == []
    return [problem.line() for problem in caught.value.problems]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            put(("segment", 0, "length", 0, "value"), 1e308),
            "segment[0].length[0].value: must be at most 100,000",
            id="a length of 1e308 km",
        ),
        pytest.param(
            put(("segment", 0, "length", 0, "value"), 5e-324),
            "segment[0].length[0].value: must be at least 0.001",
            id="a length of the smallest float",
        ),
        pytest.param(
            put(("total", 0, "value"), 1e20),
            "total[0].value: must be at most 100,000",
            id="a total of 1e20 km",
        ),
        pytest.param(
            put(("figure", 1, "value"), 40_075_000),
            "figure[1].value: must be at most 100,000",
            id="a land border longer than the equator",
        ),
        pytest.param(
            put(("figure", 0, "value"), 16.5),
            "figure[0].value: must be a whole number, not 16.5",
            id="half a person",
        ),
        pytest.param(
            put(("organisation", 2, "figure", 0, "value"), -7),
            "organisation[2].figure[0].value: must be at least 0",
            id="a negative member count",
        ),
        pytest.param(
            put(("figure", 0), {"quantity": "debt", "value": -1e300, "unit": "t", "source": "ART"}),
            "figure[0].value: must be at least -1e+15",
            id="any other figure beyond 1e15",
        ),
        pytest.param(
            put(("country", 1, "name"), "R" * 201),
            "country[1].name: is longer than 200 characters",
            id="a name no menu can hold",
        ),
        pytest.param(
            put(("country", 1, "name_ru"), "Р" * 201),
            "country[1].name_ru: is longer than 200 characters",
            id="a translation longer than what it translates may be",
        ),
        pytest.param(
            put(("edition", "version"), "v" * 41),
            "edition.version: is longer than 40 characters",
            id="a version no status bar can hold",
        ),
        pytest.param(
            put(("edition", "date"), "next spring"),
            f"edition.date: {DATE}",
            id="an edition date that is not a date",
        ),
        pytest.param(
            put(("event", 0, "date"), "99999-01-01"),
            f"event[0].date: {DATE}, or two of them joined by '/'",
            id="the year 99999",
        ),
        pytest.param(
            put(("source", 0, "date"), "2012-13"),
            f"source[0].date: {DATE}",
            id="month 13",
        ),
        pytest.param(
            put(("membership", 0, "role", 0, "from"), "0999"),
            f"membership[0].role[0].from: {DATE}",
            id="the year 999",
        ),
    ],
)
def test_a_value_nothing_can_draw_is_refused_at_its_place(
    mini_pack: Pack, tmp_path: Path, change: Callable[[Pack], None], expected: str
) -> None:
    assert refused(tmp_path, json.dumps(changed(mini_pack, change))) == [expected]


CHARACTER = "contains the control character {}, which cannot be shown or written"


@pytest.mark.parametrize(
    ("escape", "expected"),
    [
        (r"\u0000", CHARACTER.format("U+0000")),
        (r"\u0007", CHARACTER.format("U+0007")),
        (r"\u001b", CHARACTER.format("U+001B")),
        (r"\u007f", CHARACTER.format("U+007F")),
        (r"\u0085", CHARACTER.format("U+0085")),
        (r"\ud800", "contains U+D800, half of a surrogate pair: not a character"),
        (r"\udfff", "contains U+DFFF, half of a surrogate pair: not a character"),
        (r"\uffff", "contains U+FFFF, which is not a character"),
        (r"\n", "contains a tab or line break (U+000A); this text must be one line"),
        (r"\t", "contains a tab or line break (U+0009); this text must be one line"),
        (r"\u2028", "contains a tab or line break (U+2028); this text must be one line"),
    ],
)
def test_a_character_nothing_can_show_or_write_is_refused(
    mini_pack: Pack, tmp_path: Path, escape: str, expected: str
) -> None:
    text = json.dumps(mini_pack).replace('"Russia"', f'"Rus{escape}sia"', 1)
    problems = refused(tmp_path, text)
    assert problems == [f"country[1].name: {expected}"]


def test_a_control_character_in_a_key_is_named_by_its_escape(
    mini_pack: Pack, tmp_path: Path
) -> None:
    text = json.dumps(mini_pack).replace('"name": "Russia"', r'"na\u0000me": "Russia"', 1)
    assert refused(tmp_path, text) == [
        'country[1]."na\\u0000me": the key ' + CHARACTER.format("U+0000")
    ]


def test_an_integer_of_5000_digits_is_refused_not_a_traceback(
    mini_pack: Pack, tmp_path: Path
) -> None:
    text = json.dumps(mini_pack).replace('"value": 1533', '"value": ' + "9" * 5000, 1)
    assert refused(tmp_path, text) == [
        "segment[0].length[0].value: is a whole number of 5,000 digits; at most 15 are used"
    ]


def test_duplicate_keys_are_problems_with_their_place(mini_pack: Pack, tmp_path: Path) -> None:
    text = json.dumps(mini_pack)
    text = text.replace('"version": "test.1"', '"version": "test.1", "version": "test.2"', 1)
    text = text.replace('"id": "kz-cn"', '"id": "kz-cn", "neighbour": "CN", "id": "kz-cn"', 1)
    assert refused(tmp_path, text) == [
        "edition.version: is given more than once in the same object",
        "segment[0].id: is given more than once in the same object",
        "segment[0].neighbour: is given more than once in the same object",
    ]


def test_the_command_line_names_the_place_in_one_line_and_exits_1(
    mini_pack: Pack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from borderdesk.cli import main

    monkeypatch.setenv("BORDERDESK_USER_DIR", str(tmp_path / "user"))
    source = tmp_path / "pack.json"
    source.write_text(json.dumps(mini_pack).replace('"value": 1533', '"value": ' + "9" * 5000, 1))
    assert main(["import-pack", str(source)]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == (
        "",
        f"borderdesk: {source}: segment[0].length[0].value: is a whole number of 5,000 digits; "
        "at most 15 are used; nothing was imported\n",
    )
