"""Pick each text of a record in the language asked for, or the next one it falls back to.

The readers (the ORM repository and the plain-SQL listings) load a database's translations for
one fallback chain once (``Texts``) and, while they turn rows into records, make it the current
one (``reading_in``), so the conversions ask for a text by table, row and column without every
signature carrying the language. A translation counts only while the English it was made from
is still the column's text (its hash matches); an outdated one is passed over.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import field

from borderdesk.core.language import (
    DEFAULT_LANGUAGE,
    ENGLISH,
    Language,
    Wording,
    fallback_chain,
    wording,
)
from borderdesk.core.record import frozen
from borderdesk.data.translatable import text_hash

TRANSLATIONS_SQL = (
    "SELECT table_name, row_id, column_name, language, text, english_hash FROM translations"
)

Slot = tuple[str, int, str]  # table, row id, column


@frozen
class Texts:
    """One database's translations, for the languages of one chain."""

    language: Language = DEFAULT_LANGUAGE
    found: dict[Slot, dict[Language, tuple[str, str]]] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, language: Language, rows: Iterable[tuple[object, ...]]) -> Texts:
        """Return the texts from (table, row, column, language, text, hash) rows."""
        wanted = {code.value for code in fallback_chain(language)}
        found: dict[Slot, dict[Language, tuple[str, str]]] = {}
        for table, row_id, column, code, text, english_hash in rows:
            if code in wanted:
                slot = (str(table), int(str(row_id)), str(column))
                found.setdefault(slot, {})[Language(str(code))] = (str(text), str(english_hash))
        return cls(language, found)

    def text(self, table: str, row_id: int, column: str, english: str) -> tuple[str, Language]:
        """Return a column's text in the first language of the chain that has it."""
        if not english or self.language == DEFAULT_LANGUAGE:
            return english, DEFAULT_LANGUAGE
        found = self.translation(table, row_id, column, english)
        return found if found is not None else (english, DEFAULT_LANGUAGE)

    def translation(
        self, table: str, row_id: int, column: str, english: str
    ) -> tuple[str, Language] | None:
        """Return the first current translation along the chain (English not counted)."""
        by_language = self.found.get((table, row_id, column))
        if not by_language or not english:
            return None
        made_from = text_hash(english)
        for language in fallback_chain(self.language):
            text, english_hash = by_language.get(language, ("", ""))
            if text and english_hash == made_from:
                return text, language
        return None


_ENGLISH = Texts()
_CURRENT: ContextVar[Texts | None] = ContextVar("borderdesk_texts", default=None)


@contextmanager
def reading_in(texts: Texts) -> Iterator[None]:
    """Make ``texts`` the current translations while the block converts rows."""
    token = _CURRENT.set(texts)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current() -> Texts:
    """Return the translations the current read picks its texts from."""
    return _CURRENT.get() or _ENGLISH


def asked() -> Language:
    """Return the language the current read was asked in."""
    return current().language


class Wordings:
    """Collect the texts of one record as they are picked, then say which fell back."""

    def __init__(self) -> None:
        self._texts = current()
        self._languages: dict[str, Language] = {}

    def text(self, name: str, table: str, row_id: int, column: str, english: str) -> str:
        """Return the text for field ``name`` from a column, noting its language."""
        text, language = self._texts.text(table, row_id, column, english)
        if english:
            self._languages[name] = language
        return text

    def translation(self, name: str, table: str, row_id: int, column: str, english: str) -> str:
        """Return our translation of quoted words for field ``name`` ("" in English or if none)."""
        if self._texts.language == DEFAULT_LANGUAGE or not english:
            return ""
        found = self._texts.translation(table, row_id, column, english)
        if found is None:
            return ""
        self._languages[name] = found[1]
        return found[0]

    def keep(self, name: str, language: Language) -> None:
        """Note the language of a text picked elsewhere (a title from another row)."""
        self._languages[name] = language

    def done(self) -> Wording:
        """Return the record's wording."""
        if self._texts.language == DEFAULT_LANGUAGE:
            return ENGLISH
        return wording(self._texts.language, self._languages)
