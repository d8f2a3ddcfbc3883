"""Number and citation formatting."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from borderdesk.core.dates import format_date
from borderdesk.core.format import (
    chart_caption,
    format_km,
    format_number,
    format_percent,
    format_signed_km,
    format_signed_percent,
    format_unit_value,
    plain_number,
)
from borderdesk.core.i18n import Counted, english_plural, set_interface_language, system_language
from borderdesk.core.language import Language
from borderdesk.core.sample import ART, EDITION


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (6846.0, "6,846"),
        (1782.75, "1,782.75"),
        (458.263, "458.263"),
        (12012, "12,012"),
        (85.8, "85.8"),
    ],
)
def test_format_number_keeps_published_decimals(value: float, text: str) -> None:
    assert format_number(value) == text


def test_format_km_and_percent() -> None:
    assert format_km(13364) == "13,364 km"
    assert format_percent(6846 / 12012) == "57%"


def test_caption_names_source_and_edition() -> None:
    caption = chart_caption(ART, EDITION)
    assert "Guarding the Border" in caption
    assert "EdgeKz magazine" in caption
    assert "dataset sample" in caption
    assert EDITION.short_checksum in caption


# -- in Kazakh and Russian ------------------------------------------------------------------

NBSP = "\xa0"  # CLDR's group separator for Kazakh and Russian: digits never break apart


@pytest.fixture
def speaking() -> Iterator[Callable[[Language], None]]:
    """Switch the interface language for a test, back to English after it."""
    yield set_interface_language
    set_interface_language(Language.EN)


@pytest.mark.parametrize("language", [Language.KK, Language.RU])
def test_kazakh_and_russian_group_digits_with_a_space_and_use_a_decimal_comma(
    speaking: Callable[[Language], None], language: Language
) -> None:
    speaking(language)

    assert format_number(6846) == f"6{NBSP}846"
    assert format_number(1782.75) == f"1{NBSP}782,75"
    assert format_km(6846) == f"6{NBSP}846 км"
    assert format_km(12012.5) == f"12{NBSP}012,5 км"
    assert format_unit_value(2724900, "km²") == f"2{NBSP}724{NBSP}900 км²"
    assert format_signed_km(-42.7) == "−42,7 км"
    assert plain_number(1782.75) == "1782.75"  # files for machines keep the point


def test_percentages_as_each_language_writes_them(speaking: Callable[[Language], None]) -> None:
    speaking(Language.RU)
    assert format_percent(0.57) == f"57{NBSP}%"
    assert format_signed_percent(0.117) == f"+11,7{NBSP}%"
    speaking(Language.KK)
    assert format_percent(0.57) == "57%"
    assert format_signed_percent(-0.003) == "−0,3%"


def test_dates_as_each_language_writes_them(speaking: Callable[[Language], None]) -> None:
    assert format_date("2022-12-22") == "22 December 2022"
    assert format_date("2024-07") == "July 2024"
    speaking(Language.KK)
    assert format_date("2022-12-22") == "22 желтоқсан 2022"
    assert format_date("c. 2012") == "c. 2012"  # untranslated here: core's words need the app
    speaking(Language.RU)
    assert format_date("2022-12-22") == "22 декабря 2022"
    assert format_date("2024-07").startswith("июль 2024")
    assert format_date("2012") == "2012"
    assert format_date("1992–2007") == "1992–2007"
    assert format_date("2022-13-40") == "2022-13-40"  # not a date: as given


def test_the_system_language_is_read_from_the_locale_variables() -> None:
    assert system_language({"LANG": "kk_KZ.UTF-8"}) is Language.KK
    assert system_language({"LC_ALL": "ru_RU.UTF-8", "LANG": "en_GB.UTF-8"}) is Language.RU
    assert system_language({"LANGUAGE": "de:ru", "LANG": "de_DE.UTF-8"}) is Language.RU
    assert system_language({"LC_ALL": "C.UTF-8", "LANG": "ru_RU.UTF-8"}) is Language.EN
    assert system_language({}) is Language.EN


def test_an_english_count_agrees_with_its_noun() -> None:
    assert english_plural("%n page(s)", 1) == "1 page"
    assert english_plural("%n page(s)", 3) == "3 pages"
    assert english_plural("%n page(s)", 4005) == "4,005 pages"  # grouped as the figures
    assert Counted.tr("%n question(s)", "", 0) == "0 questions"
    assert Counted.tr("%n question(s)", "", 1200) == "1,200 questions"


def test_a_value_written_once_is_written_again_in_the_language_of_the_moment(
    speaking: Callable[[Language], None],
) -> None:
    first = (format_km(7591.25), format_percent(0.5705))
    speaking(Language.RU)
    russian = (format_km(7591.25), format_percent(0.5705))
    speaking(Language.EN)

    assert first == ("7,591.25 km", "57%")
    assert russian == (f"7{NBSP}591,25 км", f"57{NBSP}%")
    assert (format_km(7591.25), format_percent(0.5705)) == first
