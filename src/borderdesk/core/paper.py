"""Paper sizes for printed pages (handouts, quizzes) and the one a locale uses."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from borderdesk.core.i18n import translate

LETTER_TERRITORIES = frozenset({"US", "CA"})  # where paper is US Letter; A4 everywhere else


class PaperSize(StrEnum):
    """The paper sizes a handout is laid out for."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def label(self) -> str:
        """Return the name a reader knows: ``A4`` or ``US Letter``."""
        if self is PaperSize.A4:
            return translate("Handout", "A4")
        return translate("Handout", "US Letter")

    @property
    def size_pt(self) -> tuple[float, float]:
        """Return width and height in points (1/72 inch), portrait."""
        return (595.2756, 841.8898) if self is PaperSize.A4 else (612.0, 792.0)


def paper_for_territory(code: str) -> PaperSize:
    """Return the usual paper of a territory by ISO 3166 code: Letter in the US and Canada."""
    return PaperSize.LETTER if code.upper() in LETTER_TERRITORIES else PaperSize.A4


def paper_for_locale(environ: Mapping[str, str]) -> PaperSize:
    """Return the paper of the locale the environment names (LC_ALL, LC_PAPER, then LANG).

    ``en_US.UTF-8`` and ``fr_CA`` give US Letter; anything else, and no locale, A4.
    """
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = environ.get(name, "")
        if value:
            language = value.split(".")[0].split("@")[0]
            _lang, _sep, territory = language.partition("_")
            return paper_for_territory(territory)
    return PaperSize.A4
