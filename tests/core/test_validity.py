"""The one rule for what holds on a date: starts, ends, confirmations, last confirmed."""

from __future__ import annotations

from datetime import date

import pytest

from borderdesk.core.as_of import ARTICLE_DATE, format_when, key_dates, parse_day
from borderdesk.core.model import SourceRef
from borderdesk.core.validity import (
    Confirmation,
    Standing,
    Validity,
    holding,
    parse_when,
)

ART = SourceRef("ART", "Article (c. 2012)", "t", "p", "c. 2012", "2012")
OLD = SourceRef("OLD", "Old", "t", "p", "2006", "2006-05-28")
NEW = SourceRef("NEW", "New", "t", "p", "2022", "2022-05-16")


def test_a_date_text_covers_its_days() -> None:
    assert parse_when("2024-02-22") == parse_when("2024-02-22/2024-02-22")
    span = parse_when("2023-07")
    assert span is not None
    assert (span.first, span.last) == (date(2023, 7, 1), date(2023, 7, 31))
    span = parse_when("c. 2012")
    assert span is not None
    assert (span.first, span.last) == (date(2012, 1, 1), date(2012, 12, 31))
    span = parse_when("1992–2007")
    assert span is not None
    assert (span.first, span.last) == (date(1992, 1, 1), date(2007, 12, 31))
    assert parse_when("") is None
    assert parse_when("undated") is None
    assert parse_when("2023-02-30") is None


ARTICLE_ONLY = Validity(confirmations=(Confirmation(ART, "c. 2012", "a quote"),))
CLOSED = Validity("2006-08-16", OLD, "2012-12-19", NEW)
OPEN = Validity("1992-05-15", OLD, confirmations=(Confirmation(NEW, "2022-05-16"),))


@pytest.mark.parametrize(
    ("validity", "day", "expected"),
    [
        # An undated article statement holds for 2012 and says nothing of other years.
        (ARTICLE_ONLY, ARTICLE_DATE, Standing.HOLDS),
        (ARTICLE_ONLY, date(2011, 12, 31), Standing.NOT_YET),
        (ARTICLE_ONLY, date(2016, 1, 1), Standing.LAST_CONFIRMED),
        # Both ends known: held in between, ended from the day it ended.
        (CLOSED, date(2006, 8, 15), Standing.NOT_YET),
        (CLOSED, date(2006, 8, 16), Standing.HOLDS),
        (CLOSED, date(2012, 12, 18), Standing.HOLDS),
        (CLOSED, date(2012, 12, 19), Standing.ENDED),
        # Open: held up to the latest confirmation, only last confirmed after it.
        (OPEN, date(1992, 5, 14), Standing.NOT_YET),
        (OPEN, date(2016, 1, 1), Standing.HOLDS),
        (OPEN, date(2022, 5, 16), Standing.HOLDS),
        (OPEN, date(2026, 12, 3), Standing.LAST_CONFIRMED),
        (Validity(), date(2020, 1, 1), Standing.UNDATED),
    ],
)
def test_how_a_record_stands_on_a_day(validity: Validity, day: date, expected: Standing) -> None:
    assert validity.standing(day) is expected


def test_the_start_sources_date_confirms_an_open_record() -> None:
    # "member since 1992", written in 2006: it held in 2006.
    validity = Validity("1992-05-15", OLD)
    last = validity.last_confirmed()
    assert last is not None
    assert (last.source, last.as_of) == (OLD, "2006-05-28")
    assert validity.standing(date(2006, 5, 28)) is Standing.HOLDS
    assert validity.standing(date(2006, 5, 29)) is Standing.LAST_CONFIRMED


def test_a_later_record_replaces_one_only_last_confirmed() -> None:
    almaty_article = ("Almaty", ARTICLE_ONLY)
    almaty = ("Almaty", Validity("2006-06", OLD, "2014-09", NEW))
    astana = ("Astana", Validity("2014-09", NEW))
    records = [almaty_article, almaty, astana]

    def values(day: date) -> list[tuple[str, Standing]]:
        return [(h.record[0], h.standing) for h in holding(records, day, lambda r: r[1])]

    assert values(ARTICLE_DATE) == [("Almaty", Standing.HOLDS), ("Almaty", Standing.HOLDS)]
    assert values(date(2013, 6, 1)) == [
        ("Almaty", Standing.LAST_CONFIRMED),  # nothing began after the article yet
        ("Almaty", Standing.HOLDS),
    ]
    assert values(date(2016, 1, 1)) == [("Astana", Standing.HOLDS)]  # NEW (2022) says so


def test_a_later_confirmation_ends_an_old_count_but_not_a_second_seat() -> None:
    seat = ("Beijing", Validity(confirmations=(Confirmation(OLD, "2006"),)))
    second = ("Tashkent", Validity(confirmations=(Confirmation(OLD, "2006"),)))
    again = ("Beijing", Validity(confirmations=(Confirmation(NEW, "2022"),)))
    records = [seat, second, again]
    day = date(2023, 1, 1)

    def values(*, confirmation_begins: bool) -> list[str]:
        held = holding(records, day, lambda r: r[1], confirmation_begins=confirmation_begins)
        return [h.record[0] for h in held]

    # A count has one value at a time: the 2022 figure replaces both 2006 ones.
    assert values(confirmation_begins=True) == ["Beijing"]
    # Seats are states: a 2022 word on the first seat does not close the second.
    assert values(confirmation_begins=False) == ["Beijing", "Tashkent", "Beijing"]


def test_key_dates_and_command_line_dates() -> None:
    today = date(2026, 12, 3)
    assert [k.day for k in key_dates(today)] == [
        ARTICLE_DATE,
        date(2015, 1, 1),
        date(2022, 12, 22),
        today,
    ]
    assert parse_day("2016-01-01") == date(2016, 1, 1)
    assert parse_day("2016") == date(2016, 1, 1)
    assert parse_day("article") == ARTICLE_DATE
    with pytest.raises(ValueError, match="not a date"):
        parse_day("1 January 2016")
    with pytest.raises(ValueError, match="no such date"):
        parse_day("2016-02-30")
    assert format_when("2024-02-22") == "22 February 2024"
    assert format_when("2023-07") == "July 2023"
    assert format_when("c. 2012") == "c. 2012"
