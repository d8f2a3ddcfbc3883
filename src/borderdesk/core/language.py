"""The languages the content is read in, the order they fall back in, and how a record says so.

English is the dataset's own language and the default. A text not yet translated into the
language asked for falls back: Kazakh to Russian, then English; Russian to English. A record
says in its ``wording`` which of its texts fell back and to what, so a view can mark them.
"""

from __future__ import annotations

from enum import StrEnum

from borderdesk.core.record import frozen


class Language(StrEnum):
    """A language of the content, by its ISO 639-1 code."""

    EN = "en"
    RU = "ru"
    KK = "kk"


DEFAULT_LANGUAGE = Language.EN

# Kazakhstan's classrooms read Russian where Kazakh is missing; English is the last resort.
_FALLBACKS: dict[Language, tuple[Language, ...]] = {
    Language.KK: (Language.KK, Language.RU, Language.EN),
    Language.RU: (Language.RU, Language.EN),
    Language.EN: (Language.EN,),
}


def fallback_chain(language: Language) -> tuple[Language, ...]:
    """Return the languages to try, the one asked for first and English last."""
    return _FALLBACKS[language]


def parse_language(text: str) -> Language:
    """Return the language for a code (``kk``, ``RU``); raise ValueError for any other."""
    try:
        return Language(text.strip().lower())
    except ValueError:
        codes = ", ".join(language.value for language in Language)
        raise ValueError(f"not a language of the content: {text!r} (use one of {codes})") from None


@frozen
class Wording:
    """The language a record was asked in, and each of its texts that is in another one."""

    asked: Language = DEFAULT_LANGUAGE
    fallbacks: tuple[tuple[str, Language], ...] = ()  # (field name, the language it is in)

    def language_of(self, field: str) -> Language:
        """Return the language a field's text is in."""
        return dict(self.fallbacks).get(field, self.asked)

    def fell_back(self, field: str) -> Language | None:
        """Return the language a field fell back to, or None when it is in the one asked for."""
        return dict(self.fallbacks).get(field)

    @property
    def complete(self) -> bool:
        """Tell whether every text is in the language asked for."""
        return not self.fallbacks


ENGLISH = Wording()


def wording(asked: Language, languages: dict[str, Language]) -> Wording:
    """Return the wording of a record whose fields' texts are in ``languages``."""
    fallbacks = tuple((name, found) for name, found in languages.items() if found != asked)
    if asked == DEFAULT_LANGUAGE and not fallbacks:
        return ENGLISH
    return Wording(asked, fallbacks)
