"""The interface language: a hook that translates core's words, and the language of figures.

Core builds captions, credits, slide and handout texts and page headings. Each sentence goes
through ``translate(context, text)``, with the signature of Qt's
``QCoreApplication.translate`` (``translate(context, "%n question(s)", None, n)`` for plurals),
so Qt Linguist's ``lupdate`` extracts it. The application points the hook at Qt's translator
when it starts; without it (plain-core tests, scripts) the hook returns the English.

The same choice of language says how ``core.format`` writes numbers and dates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from borderdesk.core.language import DEFAULT_LANGUAGE, Language

Translator = Callable[[str, str, str | None, int], str]


def count_text(n: int) -> str:
    """Return a count as the interface language writes numbers: ``4,005``, ``4 005``.

    What a sentence's ``%n`` becomes, so that "Total of the 4,005 segments" agrees with the
    chart's "4,005" (Qt writes the bare digits).
    """
    from borderdesk.core.format import format_number  # it writes in this module's language

    return format_number(n)


def english_plural(text: str, n: int) -> str:
    """Return an English text with a count: ``%n`` the count, ``(s)`` gone for one, else ``s``."""
    if n < 0:
        return text
    return text.replace("%n", count_text(n)).replace("(s)", "" if n == 1 else "s")


def untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return the English text, a count written into it (the English plural Qt's would give)."""
    del context, disambiguation
    return english_plural(text, n)


_translator: Translator = untranslated
_language: Language = DEFAULT_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` (from ``context``) in the interface language; ``n`` picks a plural."""
    return _translator(context, text, disambiguation, n)


def set_translator(translator: Translator | None) -> None:
    """Translate core's words with ``translator`` (None: leave them in English)."""
    global _translator  # one interface language per process, like Qt's translators
    _translator = translator or untranslated


def interface_language() -> Language:
    """Return the language figures and dates are written for."""
    return _language


def system_language(environ: Mapping[str, str]) -> Language:
    """Return the language the environment's locale names (LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG), the first BorderDesk speaks; English when none is one of them."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if not value:
            continue
        for part in value.split(":"):
            code = part.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in {language.value for language in Language}:
                return Language(code)
        if name != "LANGUAGE":
            return DEFAULT_LANGUAGE  # the first locale set decides, as the C library does
    return DEFAULT_LANGUAGE


def set_interface_language(language: Language) -> None:
    """Write figures and dates as ``language`` does from now on."""
    global _language  # one interface language per process, like Qt's translators
    _language = language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context`` and return it as is: translate it later."""
    del context
    return text


class Counted:
    """The context of every sentence with a count: ``Counted.tr("%n page(s)", "", n)``.

    Written as a class's ``tr`` so that lupdate extracts the sentence as a plural (numerus)
    message in the ``Counted`` context, whatever the expression of the count; the
    translation gives one form per plural of the language (Russian three, Kazakh one).
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str = "", n: int = -1) -> str:
        """Return ``text`` with the count ``n`` in the interface language's plural form."""
        return translate(cls.__name__, text, disambiguation or None, n)
