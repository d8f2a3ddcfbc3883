"""Ranked search over many entries' names: exact, prefix, word, part, then a near spelling.

Every entry has names folded once (``search_fold.fold``); a query is folded the same way and
looked for in one string per entry, so a keystroke costs a few substring tests per entry in C.
A word of five letters or more that is not the start of any word the entries hold is also
looked for with one typo (five to seven letters) or two (eight or more), as the start of a
word: only among the words that begin with the same letter and are long enough, and, as the
reader types on, only among the words the shorter query was near.

A query typed on (the previous one plus letters) is looked for only among the entries the
previous one found, and a letter deleted shows what that shorter query found before: a large
pack's keystroke tests the few thousand entries still in play, not every entry.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from borderdesk.core.search_fold import fold

EXACT, PREFIX, WORD, PART, TYPO = range(5)
"""Ranks, best first: the whole name, its start, a word's start, inside a word, a near word."""

MIN_TYPO_LENGTH = 5
"""A query word shorter than this is never matched with a typo (``ru`` is not ``kg``)."""

_START, _END = "\x01", "\x02"  # around each name in an entry's one string


def typos_allowed(word: str) -> int:
    """Return how many typos a query word may have: none below 5 letters, 1 to 7, then 2."""
    if len(word) < MIN_TYPO_LENGTH:
        return 0
    return 1 if len(word) < 8 else 2


@dataclass
class Found:
    """What a query found: each entry's rank, and for a near match the words it was near."""

    ranks: dict[int, int] = field(default_factory=dict)
    near: dict[int, tuple[str, ...]] = field(default_factory=dict)


class _Typed(NamedTuple):
    """What one query found, kept for the next letter: the entries holding it (found without
    a typo, in entry order), those with a name or another word starting with it, and all."""

    needle: str
    kept: list[int]
    starts: list[int]
    inside: list[int]
    found: Found


class SearchIndex:
    """The folded names of many entries, searched with ranks."""

    def __init__(self, keys: Sequence[Sequence[str]]) -> None:
        self._keys = [tuple(names) for names in keys]
        self._joined = ["".join(f"{_START}{k}{_END}" for k in names if k) for names in self._keys]
        # The first letters of each entry's names, and of the other words of its names: a
        # letter typed first starts a name (or a word) when it is among these few letters.
        self._initials = ["".join(k[0] for k in names if k) for names in self._keys]
        self._inner_initials = [
            "".join(w[:1] for k in names for w in k.split(" ")[1:]) for names in self._keys
        ]
        # A word -> the entries holding it. Tuples and ints, not lists and sets: a large pack's
        # index has tens of thousands of words, and the cycle collector walks every list and
        # set alive on each full collection, holding the window still meanwhile.
        self._words: dict[str, tuple[int, ...]] | None = None
        self._sorted: list[str] = []
        self._by_letter: dict[str, list[str]] = {}
        self._bits: dict[str, int] = {}  # a letter -> its bit in a word's mask
        self._letters: dict[str, int] = {}  # a word -> the letters it has, as a mask of bits
        self._near_cache: dict[tuple[str, int], list[str]] = {}
        # What the queries typed so far found, each one the previous plus letters.
        self._typed: list[_Typed] = []

    def __len__(self) -> int:
        return len(self._keys)

    def prepare(self) -> None:
        """Make what the typo search needs now, not on the first typo."""
        self._vocabulary()

    def keys(self, entry: int) -> tuple[str, ...]:
        """Return an entry's folded names."""
        return self._keys[entry]

    def find(self, query: str) -> Found:
        """Return the entries a query finds, each with its rank (all of them, EXACT, if empty).

        The answer is the same as a search of every entry: a query that is the last one plus
        letters is looked for among what the last one found without a typo (an entry holding
        the longer query holds the shorter one, and a name whose words start with the longer
        query's words start with the shorter's), and one met on the way to the last query (a
        letter deleted) is answered as it was then.
        """
        needle = fold(query)
        if not needle:
            found = Found()
            found.ranks = dict.fromkeys(range(len(self._keys)), EXACT)
            return found
        typed = self._typed
        while typed and not needle.startswith(typed[-1].needle):
            typed.pop()  # a letter deleted, or another query: back to what it extends
        if typed and typed[-1].needle == needle:
            return typed[-1].found
        typed.append(self._find(needle, typed[-1] if typed else None))
        return typed[-1].found

    def _find(self, needle: str, before: _Typed | None) -> _Typed:
        """Return what a folded, non-empty query finds: among every entry, or among what a
        query it extends found ``before``."""
        found = Found()
        exact, prefix, word = f"{_START}{needle}{_END}", f"{_START}{needle}", f" {needle}"
        ranks = found.ranks
        every = self._joined
        among = before.kept if before is not None else None
        if among is None:
            kept = [entry for entry, joined in enumerate(every) if needle in joined]
        else:
            kept = [entry for entry in among if needle in every[entry]]
        # Each entry's best rank, in entry order: one quick pass per test, not one each.
        first, initials, inner = needle[0], self._initials, self._inner_initials
        if before is not None:  # a name or word starting with it starts with the shorter one
            starts = [entry for entry in before.starts if prefix in every[entry]]
            inside = [entry for entry in before.inside if word in every[entry]]
        elif len(needle) == 1:  # a name or a word starts with the letter: its first letters say
            starts = [entry for entry in kept if first in initials[entry]]
            inside = [entry for entry in kept if first in inner[entry]]
        else:
            starts = [e for e in kept if first in initials[e] and prefix in every[e]]
            inside = [e for e in kept if first in inner[e] and word in every[e]]
        ranks.update(dict.fromkeys(kept, PART))
        ranks.update(dict.fromkeys(inside, WORD))
        ranks.update(dict.fromkeys(starts, PREFIX))
        ranks.update(dict.fromkeys([entry for entry in starts if exact in every[entry]], EXACT))
        words = needle.split()
        if len(words) > 1:  # words starting words of one name, in any order: "договор ... без"
            longest = max(words, key=len)
            entries = range(len(every)) if among is None else among
            holding = [e for e in entries if longest in every[e]]
            for entry in holding:
                joined = every[entry]
                if entry not in ranks and all(w in joined for w in words):
                    rank = _words_rank(self._keys[entry], words)
                    if rank is not None:
                        ranks[entry] = rank
                        kept.append(entry)
            kept.sort()
        self._find_near(needle, found)
        return _Typed(needle, kept, starts, inside, found)

    # Near spellings ----------------------------------------------------------------------

    def _find_near(self, needle: str, found: Found) -> None:
        """Add the entries whose words are a typo or two away from the query's unknown words."""
        words = needle.split()
        fuzzy = [w for w in words if typos_allowed(w) and not self._starts_a_word(w)]
        if not fuzzy:
            return
        candidates: dict[int, list[str]] | None = None
        for query_word in fuzzy:
            holders: dict[int, list[str]] = {}
            words_index = self._vocabulary()
            for near_word in self._near(query_word):
                for entry in words_index[near_word]:
                    holders.setdefault(entry, []).append(near_word)
            if candidates is None:
                candidates = holders
            else:
                candidates = {
                    e: [*candidates[e], *holders[e]] for e in candidates.keys() & holders.keys()
                }
        exact_words = [w for w in words if w not in fuzzy]
        for entry, near_words in (candidates or {}).items():
            if entry in found.ranks:
                continue
            joined = self._joined[entry]
            if all(w in joined for w in exact_words):
                found.ranks[entry] = TYPO
                found.near[entry] = tuple(dict.fromkeys(near_words))

    def _vocabulary(self) -> dict[str, tuple[int, ...]]:
        """Return every word of every name with its entries (made on the first near search)."""
        if self._words is None:
            words: dict[str, list[int]] = {}
            for entry, names in enumerate(self._keys):
                for name in names:
                    for word in name.split():  # an empty name has no words
                        holders = words.setdefault(word, [])
                        if not holders or holders[-1] != entry:
                            holders.append(entry)
            self._words = {word: tuple(holders) for word, holders in words.items()}
            self._sorted = sorted(words)
            for word in self._sorted:
                self._by_letter.setdefault(word[0], []).append(word)
                self._letters[word] = self._mask(word)
        return self._words

    def _mask(self, text: str) -> int:
        """Return the letters of ``text`` as bits (a letter not seen before gets a new bit)."""
        bits, mask = self._bits, 0
        for letter in text:
            bit = bits.get(letter)
            if bit is None:
                bit = bits[letter] = 1 << len(bits)
            mask |= bit
        return mask

    def _starts_a_word(self, start: str) -> bool:
        """Tell whether some word of some name begins with ``start``."""
        self._vocabulary()
        at = bisect_left(self._sorted, start)
        return at < len(self._sorted) and self._sorted[at].startswith(start)

    def _near(self, query_word: str) -> list[str]:
        """Return the words whose start is within the allowed typos of ``query_word``."""
        limit = typos_allowed(query_word)
        cached = self._near_cache.get((query_word, limit))
        if cached is not None:
            return cached
        shorter = self._near_cache.get((query_word[:-1], limit))
        if shorter is None:  # typing on only ever narrows: a longer query is never nearer
            pool = self._by_letter.get(query_word[0], [])
            shortest = len(query_word) - limit
            # Each letter of the query missing from the start of the word costs an edit.
            letters, has, reach = frozenset(query_word), self._letters, len(query_word) + limit
            known = self._bits
            # Bits of the query's letters; a letter no word has is missing from every word.
            wanted = sum(known[letter] for letter in letters if letter in known)
            unknown = sum(1 for letter in letters if letter not in known)
            shorter = [
                w
                for w in pool
                if len(w) >= shortest
                and unknown + (wanted & ~has[w]).bit_count() <= limit
                and len(letters.difference(w[:reach])) <= limit
            ]
        near = [w for w in shorter if prefix_distance(query_word, w, limit) <= limit]
        if len(self._near_cache) > 64:
            self._near_cache.clear()
        self._near_cache[query_word, limit] = near
        return near


def _words_rank(names: Sequence[str], words: Sequence[str]) -> int | None:
    """Return WORD when one name has every word at the start of one of its words, else None."""
    for name in names:
        spaced = f" {name}"
        if all(f" {w}" in spaced for w in words):
            return WORD
    return None


def prefix_distance(query: str, word: str, limit: int) -> int:
    """Return the fewest edits turning ``query`` into a start of ``word`` (``limit + 1`` if more).

    Edits are a letter changed, added, dropped, or two neighbours swapped.
    """
    n = len(query)
    word = word[: n + limit]
    m = len(word)
    before: list[int] = []
    previous = list(range(m + 1))
    for i in range(1, n + 1):
        letter = query[i - 1]
        current = [i] * (m + 1)
        lowest = i
        for j in range(1, m + 1):  # comparisons, not min(): this loop is the typo search's cost
            best = previous[j - 1] + (letter != word[j - 1])
            if previous[j] + 1 < best:
                best = previous[j] + 1
            if current[j - 1] + 1 < best:
                best = current[j - 1] + 1
            if (
                i > 1
                and j > 1
                and letter == word[j - 2]
                and query[i - 2] == word[j - 1]
                and before[j - 2] + 1 < best
            ):
                best = before[j - 2] + 1
            current[j] = best
            if best < lowest:
                lowest = best
        if lowest > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous)
