"""Characters no text may hold: they can be neither drawn nor written to SVG, PDF or UTF-8."""

from __future__ import annotations

import re

# Noncharacters: U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF...).
_LAST_TWO = "".join(chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF))
# C0 controls but tab and line breaks, DEL and the C1 controls, lone surrogates (only a JSON
# escape such as "\ud800" makes one), and the noncharacters: XML 1.0 (SVG) forbids most of them,
# UTF-8 cannot encode a surrogate, and Qt draws them as boxes or not at all.
_UNUSABLE = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_LAST_TWO}]"
)
_BREAKS = re.compile("[\t\n\r\u2028\u2029]")


def character_problem(text: str, *, one_line: bool = False) -> str | None:
    """Return what is wrong with the first unusable character of ``text``, or None.

    With ``one_line`` tabs and line breaks are refused too.
    """
    found = [m for m in (_UNUSABLE.search(text), _BREAKS.search(text) if one_line else None) if m]
    if not found:
        return None
    char = min(found, key=lambda match: match.start()).group()
    code = f"U+{ord(char):04X}"
    if _BREAKS.fullmatch(char):
        return f"contains a tab or line break ({code}); this text must be one line"
    if "\ud800" <= char <= "\udfff":
        return f"contains {code}, half of a surrogate pair: not a character"
    if ord(char) < 0xA0:
        return f"contains the control character {code}, which cannot be shown or written"
    return f"contains {code}, which is not a character"
