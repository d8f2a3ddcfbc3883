"""The offline user guide: one HTML file per language in the package, English as the fallback.

``assets/guide/en.html`` is the English guide; a translation is a file of the same shape named
by its language code (``kk.html``, ``ru.html``, or ``pt_BR.html`` for a regional variant).
``load_guide("kk_KZ")`` looks for ``kk_KZ``, then ``kk``, then English.
"""

from __future__ import annotations

import re
from importlib.resources import files

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.i18n import translate
from borderdesk.core.record import frozen

ASSETS = "borderdesk.assets"
FOLDER = "guide"
FALLBACK = "en"
_CODE = re.compile(r"([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?")


class GuideMissingError(BorderDeskError):
    """The guide is not in the installed package (a damaged installation)."""


@frozen
class Guide:
    """The guide's HTML and the language it is written in."""

    language: str
    html: str


def candidates(code: str) -> list[str]:
    """Return the files to try for a language code, best first, English last.

    ``kk_KZ`` gives ``kk_KZ``, ``kk``, ``en``; anything that is not a language code (``C``,
    ``../x``, "") gives ``en`` alone, so a code never becomes a path.
    """
    found = _CODE.fullmatch(code.strip().split(".")[0])
    tried: list[str] = []
    if found:
        language, region = found.group(1), found.group(2)
        if region:
            tried.append(f"{language}_{region.upper()}")
        tried.append(language)
    tried.append(FALLBACK)
    return list(dict.fromkeys(tried))


def available_languages() -> tuple[str, ...]:
    """Return the language codes the guide is written in, English first."""
    folder = files(ASSETS) / FOLDER
    codes = sorted(
        entry.name.removesuffix(".html")
        for entry in folder.iterdir()
        if entry.name.endswith(".html")
    )
    return tuple(sorted(codes, key=lambda code: code != FALLBACK))


def load_guide(code: str) -> Guide:
    """Return the guide in the language code's language, or in English where there is none."""
    folder = files(ASSETS) / FOLDER
    for language in candidates(code):
        resource = folder / f"{language}.html"
        if resource.is_file():
            return Guide(language, resource.read_text(encoding="utf-8"))
    raise GuideMissingError(
        translate(
            "Guide",
            "the user guide is missing from this installation ({file}); "
            "please reinstall BorderDesk",
        ).format(file=f"{FOLDER}/{FALLBACK}.html")
    )
