"""Characters no text may hold: they can be neither drawn nor written to SVG, PDF or UTF-8."""

from __future__ import annotations

import re

# C0 controls but tab and line breaks, DEL and the C1 controls, lone surrogates (only a JSON
# escape such as "\ud800" makes one), and the noncharacters (U+FDD0..U+FDEF and the last two
# code points of every plane, U+FFFE, U+FFFF, U+1FFFE...): XML 1.0 (SVG) forbids most of them,
# UTF-8 cannot encode a surrogate, and Qt draws them as boxes or not at all.
_UNUSABLE = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
# Past the first plane a class of the 32 noncharacters one by one makes every search about
# three times slower; so a search stops at any such character and Python tells (rarely).
_PAST_FIRST_PLANE = "\U00010000-\U0010ffff"
_BREAKS = "\t\n\r\u2028\u2029"
_SUSPECT = re.compile(f"[{_UNUSABLE}{_PAST_FIRST_PLANE}]")
_SUSPECT_ONE_LINE = re.compile(f"[{_UNUSABLE}{_PAST_FIRST_PLANE}{_BREAKS}]")
# One call in C that finds nothing in a text fine on one line (the usual case); what it finds
# may still be fine (a character past the first plane): ``character_problem`` then tells.
maybe_unusable = _SUSPECT_ONE_LINE.search


def first_unusable(text: str, *, one_line: bool = False) -> str | None:
    """Return the first character of ``text`` that no text may hold, or None.

    With ``one_line`` tabs and line breaks are refused too.
    """
    pattern = _SUSPECT_ONE_LINE if one_line else _SUSPECT
    found = pattern.search(text)
    while found is not None:
        char = found.group()
        if char < "\U00010000" or ord(char) & 0xFFFE == 0xFFFE:
            return char
        found = pattern.search(text, found.end())  # a character of another plane: fine
    return None


def character_problem(text: str, *, one_line: bool = False) -> str | None:
    """Return what is wrong with the first unusable character of ``text``, or None.

    With ``one_line`` tabs and line breaks are refused too.
    """
    char = first_unusable(text, one_line=one_line)
    if char is None:
        return None
    code = f"U+{ord(char):04X}"
    if char in _BREAKS:
        return f"contains a tab or line break ({code}); this text must be one line"
    if "\ud800" <= char <= "\udfff":
        return f"contains {code}, half of a surrogate pair: not a character"
    if ord(char) < 0xA0:
        return f"contains the control character {code}, which cannot be shown or written"
    return f"contains {code}, which is not a character"
