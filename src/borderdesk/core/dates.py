"""How a date is written in the interface language: ``22 December 2022``, ``22 желтоқсан 2022``.

Babel's calendar data, picked by the interface language (``core.i18n``), so a caption, a page
and a command's message write one day the same way. ``core.format`` (numbers, captions) and
``core.as_of`` (the date a reader views) both write their dates through here.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from babel import Locale
from babel.dates import format_date as babel_date
from babel.dates import format_skeleton

from borderdesk.core.i18n import interface_language, translate

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_CIRCA = re.compile(r"c\.\s*(\d{4})")


@cache
def locale_of(code: str) -> Locale:
    """Return the Babel locale of a language code (``kk``), parsed once."""
    return Locale.parse(code)


def locale() -> Locale:
    """Return the Babel locale of the interface language."""
    return locale_of(interface_language().value)


def format_day(day: date) -> str:
    """Write a day as a reader says it: ``1 January 2013``, ``1 қаңтар 2013``, ``1 января 2013``."""
    return babel_date(day, "d MMMM y", locale=locale())


def format_date(text: str) -> str:
    """Return an ISO date as the language writes it; ``c. 2012`` too; a year or range as given.

    ``2022-12-22`` is ``22 December 2022`` (``22 желтоқсан 2022``, ``22 декабря 2022``),
    ``2024-07`` is ``July 2024`` (``2024 ж. шілде``, ``июль 2024 г.``).
    """
    circa = _CIRCA.fullmatch(text.strip())
    if circa:
        return translate("Format", "c. {year}").format(year=circa.group(1))
    found = _ISO_DATE.fullmatch(text.strip())
    if not found:
        return text
    year, month, day = found.groups()
    try:
        when = date(int(year), int(month), int(day or 1))
    except ValueError:
        return text
    if day is None:
        return format_skeleton("yMMMM", when, locale=locale())
    return format_day(when)


def format_short_date(year: int, month: int, day: int | None = None) -> str:
    """Return a date with its month shortened: ``16 Dec 1991``, ``Jun 2010`` ("" if no date)."""
    try:
        when = date(year, month, day or 1)
    except ValueError:
        return ""
    return babel_date(when, "d MMM y" if day else "LLL y", locale=locale())
