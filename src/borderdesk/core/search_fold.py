"""Fold a name to the Latin skeleton search compares: case, accents, script and spelling folded.

Both the names and what a reader types go through the same fold, so ``Қазақстан``,
``Казахстан``, ``Qazaqstan``, ``Kazakstan`` and ``Kazakhstan`` meet on ``kazakstan``: Kazakh
letters fold to their Russian neighbours (``қ`` to ``к``, ``ұ`` to ``у``, ``ә`` to ``а`` ...),
Cyrillic is written in Latin letters, and the spellings transliterations disagree on are made
one (``kh``/``h``/``q`` to ``k``, ``zh``/``dzh``/``j`` to ``j``, ``sh`` to ``s``, ``y`` to
``i``). What is not a letter or a digit becomes a space, so ``Alma-Ata`` finds ``Alma Ata``.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k",
    "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "ı": "i", "ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l",
}  # fmt: skip
_LETTERS = str.maketrans(_CYRILLIC)
# Longest first: "shch" before "sh", "dzh" before "zh".
_SPELLINGS = (
    ("shch", "s"), ("dzh", "j"), ("zh", "j"), ("kh", "k"), ("sh", "s"), ("ch", "c"),
    ("q", "k"), ("w", "v"), ("y", "i"),
)  # fmt: skip
_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Return the skeleton of ``text``: lower-case Latin letters and digits, single spaces."""
    if text.isascii():  # most names: nothing to decompose or transliterate
        latin = _NOT_WORD.sub(" ", text.lower()).strip()
    else:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        latin = _NOT_WORD.sub(" ", bare.translate(_LETTERS)).strip()
    for spelling, skeleton in _SPELLINGS:
        latin = latin.replace(spelling, skeleton)
    return latin
