"""Which characters no text may hold, for every code point, and which one a message names."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

from borderdesk.core.characters import character_problem, first_unusable


def refused(code: int, *, one_line: bool) -> bool:
    """Say from the definition, code point by code point, whether a text may not hold it."""
    if code in (0x09, 0x0A, 0x0D, 0x2028, 0x2029):
        return one_line
    return (
        code < 0x20
        or 0x7F <= code <= 0x9F
        or 0xD800 <= code <= 0xDFFF
        or 0xFDD0 <= code <= 0xFDEF
        or code & 0xFFFE == 0xFFFE  # the last two of every plane
    )


def test_every_code_point_is_refused_exactly_as_defined() -> None:
    wrong = [
        (code, one_line)
        for code in range(sys.maxunicode + 1)
        for one_line in (False, True)
        if (first_unusable(f"a{chr(code)}b", one_line=one_line) is not None)
        != refused(code, one_line=one_line)
    ]
    assert wrong == []


def test_every_refused_code_point_is_one_python_does_not_print() -> None:
    """So a text Python prints whole (``str.isprintable``) holds none: the records' reader
    looks no closer at such a text."""
    printed = [
        code
        for code in range(sys.maxunicode + 1)
        if refused(code, one_line=True) and chr(code).isprintable()
    ]
    assert printed == []


def test_the_last_two_code_points_of_each_plane_are_refused_and_their_neighbours_kept() -> None:
    assert first_unusable("ok \U0001f600 \U0010fffe") == "\U0010fffe"
    assert first_unusable("\U0001fffd\U00020000\U0010fffd") is None
    assert character_problem("\U0002ffff") == "contains U+2FFFF, which is not a character"


def test_the_message_names_the_first_refused_character() -> None:
    assert character_problem("a\u2028b\x01", one_line=True) == (
        "contains a tab or line break (U+2028); this text must be one line"
    )
    assert character_problem("a\u2028b\x01") == (
        "contains the control character U+0001, which cannot be shown or written"
    )
    surrogate = "contains U+D800, half of a surrogate pair: not a character"
    assert character_problem("x\ud800") == surrogate
    assert character_problem("\U0001f600 fine\ufdd0") == "contains U+FDD0, which is not a character"
    assert character_problem("Қазақстан\tшекара") is None


@given(st.text(), st.booleans())
def test_the_first_refused_character_is_the_first_the_definition_refuses(
    text: str, one_line: bool
) -> None:
    expected = next((c for c in text if refused(ord(c), one_line=one_line)), None)
    assert first_unusable(text, one_line=one_line) == expected
