"""The date a reader views the content as of: key dates, parsing and how a date is written."""

from __future__ import annotations

import re
from datetime import date

from borderdesk.core.dates import format_date
from borderdesk.core.dates import format_day as format_day
from borderdesk.core.display import quoted
from borderdesk.core.i18n import translate
from borderdesk.core.record import frozen
from borderdesk.core.validity import parse_when

# The article is undated; its internal evidence puts it in early-to-mid 2012 (the fact sheet's
# dating table), so "as of the article" is mid-2012.
ARTICLE_DATE = date(2012, 6, 1)
EARLIEST = date(1991, 12, 16)  # independence: nothing before it is about Kazakhstan's borders

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@frozen
class KeyDate:
    """A date marked on the time control: when it is and what happened."""

    day: date
    label: str
    short: str  # the mark's text on the control: "c. 2012", "2015", "Today"


def key_dates(today: date) -> tuple[KeyDate, ...]:
    """Return the marks of the time control, in order: the article, 2015, 2022, today."""
    marks = (
        KeyDate(
            ARTICLE_DATE,
            translate("AsOf", "The article (c. 2012)"),
            translate("Format", "c. {year}").format(year=2012),
        ),
        KeyDate(
            date(2015, 1, 1),
            translate("AsOf", "The Eurasian Economic Union ({day})").format(
                day=format_day(date(2015, 1, 1))
            ),
            "2015",
        ),
        KeyDate(date(2022, 12, 22), translate("AsOf", "The 2022 border treaties"), "2022"),
        KeyDate(today, translate("AsOf", "Today"), translate("AsOf", "Today")),
    )
    return tuple(mark for mark in marks if mark.day <= today)


def parse_day(text: str) -> date:
    """Return the day a command-line date names: ``2016-01-01``, ``2016-01``, ``2016``, ``today``.

    A month or a year means its first day; ``article`` means the article's date. Raise
    ValueError with a plain message for anything else.
    """
    cleaned = text.strip().lower()
    if cleaned == "today":
        return date.today()
    if cleaned == "article":
        return ARTICLE_DATE
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", cleaned):
        raise ValueError(
            translate(
                "AsOf", "not a date: {text} (use YYYY-MM-DD, YYYY-MM, YYYY, article or today)"
            ).format(text=quoted(text))
        )
    span = parse_when(cleaned)
    if span is None:
        raise ValueError(translate("AsOf", "no such date: {text}").format(text=quoted(text)))
    return span.first


def as_of_label(day: date) -> str:
    """Return the words every caption carries: ``as of 1 January 2013``."""
    return translate("AsOf", "as of {day}").format(day=format_day(day))


def as_of_sentence(day: date) -> str:
    """Return the date as a caption's sentence start: ``As of 1 January 2013``."""
    return translate("AsOf", "As of {day}").format(day=format_day(day))


def format_when(text: str) -> str:
    """Write a data date for a reader: ``22 February 2024``, ``July 2023``; others as written."""
    return format_date(text)
