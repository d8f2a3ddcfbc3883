"""Sources side by side, without Qt: lengths against the article's, then and now, the chart."""

from __future__ import annotations

from datetime import date

import pytest

from borderdesk.core.compare import (
    default_comparison_ids,
    length_rows,
    source_comparison,
    then_and_now,
)
from borderdesk.core.errors import ItemNotFoundError
from borderdesk.core.format import format_signed_km, format_signed_percent
from borderdesk.core.model import Fact, Figure, SourceRef
from borderdesk.core.sample import ART, CIA2015, SampleService
from borderdesk.core.validity import Standing, Validity


def source(ident: str, date: str) -> SourceRef:
    """Return a citation with a date."""
    return SourceRef(ident, ident, f"{ident} title", "publisher", "edition", date)


def km(value: float, ident: str, date: str, *, default: bool = False) -> Figure:
    """Return a length from a source of that date."""
    return Figure("length_km", value, "km", source(ident, date), is_default=default)


def test_the_article_comes_first_then_sources_by_date_undated_last() -> None:
    lengths = (
        km(7644, "CIA2015", "2015"),
        km(7512.8, "WP-RU", ""),
        km(6846, "ART", "2012", default=True),
        km(7591, "IWPR2005", "2005-01"),
        km(6846, "CIA1992", "1992"),
    )

    rows = length_rows(lengths)

    assert [r.figure.source.id for r in rows] == ["ART", "CIA1992", "IWPR2005", "CIA2015", "WP-RU"]
    assert rows[0].is_reference
    assert (rows[0].delta_km, rows[0].delta_share) == (None, None)


@pytest.mark.parametrize(
    ("value", "delta", "percent"),
    [(7644, "+798 km", "+11.7%"), (7591, "+745 km", "+10.9%"), (6846, "±0 km", "±0%")],
)
def test_differences_from_the_article_in_km_and_per_cent(
    value: float, delta: str, percent: str
) -> None:
    rows = length_rows((km(6846, "ART", "2012", default=True), km(value, "X", "2015")))

    other = rows[1]
    assert other.delta_km is not None
    assert other.delta_share is not None
    assert format_signed_km(other.delta_km) == delta
    assert format_signed_percent(other.delta_share) == percent


def test_a_negative_difference_has_a_minus_sign() -> None:
    assert format_signed_km(-42.7) == "−42.7 km"
    assert format_signed_percent(-0.0032) == "−0.3%"


def test_without_a_reference_there_are_no_differences() -> None:
    rows = length_rows((km(413, "CIA2015", "2015"), km(379, "CIA1992", "1992")))

    assert [r.figure.value for r in rows] == [379, 413]
    assert all(r.delta_km is None and not r.is_reference for r in rows)


TODAY = date(2026, 12, 3)


def test_then_is_what_held_at_the_articles_date_and_now_what_holds_on_the_day() -> None:
    # Dated counts: each holds from its date until a later one begins (the validity rule).
    figures = (
        Figure("member_count", 15, "states", source("CD", "2014"), "1999"),
        Figure("member_count", 24, "states", ART, "c. 2012"),
        Figure("member_count", 26, "states", source("KZ", "2015"), "2014"),
        Figure("member_count", 28, "states", source("KZ2", "2022"), "2022-10-13"),
        Figure("member_count", 27, "states", source("S", "2021"), "2021"),
    )

    (pair,) = then_and_now(figures, (), TODAY)

    assert pair.label == "member_count"
    assert [(h.record.value, h.record.as_of) for h in pair.then] == [(24, "c. 2012")]
    assert [(h.record.value, h.record.as_of) for h in pair.now] == [(28, "2022-10-13")]
    assert [h.standing for h in pair.now] == [Standing.LAST_CONFIRMED]
    (earlier,) = then_and_now(figures, (), date(2021, 6, 1))
    assert [h.record.value for h in earlier.now] == [27]


def test_a_count_with_an_end_stops_holding_on_that_day() -> None:
    ended = Figure(
        "member_count",
        7,
        "states",
        source("TASS", "2012"),
        "2012",
        dates=Validity(until="2012-12-19", until_source=source("TASS2", "2012-12-19")),
    )
    figures = (ended, Figure("member_count", 6, "states", source("KZ", "2022"), "2022"))

    (pair,) = then_and_now(figures, (), TODAY)

    assert ([h.record.value for h in pair.then], [h.record.value for h in pair.now]) == ([7], [6])
    assert then_and_now(figures, (), date(2013, 1, 1)) == ()  # nothing holds in 2013


def test_a_quantity_with_no_value_on_either_side_has_no_then_and_now() -> None:
    figures = (
        Figure("member_count", 3, "states", source("K", "2014"), "2014"),
        Figure("area_km2", 2724900, "km²", CIA2015, ""),
    )

    assert then_and_now(figures, (), TODAY) == ()


def test_headquarters_states_are_compared_then_and_now() -> None:
    def state(value: str, ident: str, since: str, until: str = "") -> Fact:
        ref = source(ident, since)
        dates = Validity(since, ref, until, ref if until else None)
        return Fact(f"In {value}.", ref, label="headquarters", value=value, dates=dates)

    facts = (
        state("Almaty", "E", "2006-06", "2014-09"),
        Fact("In Almaty.", ART, "c. 2012", label="headquarters", value="Almaty"),
        state("Astana", "Q", "2014-09"),
        Fact("Founded 1992.", ART, "1992", label="founded"),
    )

    (pair,) = then_and_now((), facts, TODAY)

    assert pair.label == "headquarters"
    assert {h.record.value for h in pair.then} == {"Almaty"}
    assert len(pair.then) == 2  # one place, two sources
    assert [h.record.value for h in pair.now] == ["Astana"]


def test_source_comparison_aligns_every_series_on_the_first_sources_order() -> None:
    comparison = source_comparison(SampleService(), ("CIA2015", "ART"))

    assert [s.id for s in comparison.sources] == ["CIA2015", "ART"]
    assert comparison.keys == ("kz-ru", "kz-uz", "kz-cn", "kz-kg", "kz-tm")
    assert comparison.value("ART", "kz-kg") == 1051
    assert comparison.value("CIA2015", "kz-kg") == 1212
    for series in comparison.series:
        assert tuple(bar.key for bar in series.bars) == comparison.keys


def test_source_comparison_names_the_sources_it_can_compare() -> None:
    with pytest.raises(ItemNotFoundError, match=r"cannot compare NOPE.*ART, CIA2015"):
        source_comparison(SampleService(), ("ART", "NOPE"))
    with pytest.raises(ItemNotFoundError, match="no sources"):
        source_comparison(SampleService(), ())


def test_the_default_comparison_is_the_article_and_the_two_later_cia_sets() -> None:
    available = ["ART", "CIA1992", "CIA2008", "CIA2015", "KGMFA"]
    assert default_comparison_ids(available) == ("ART", "CIA2008", "CIA2015")
    assert default_comparison_ids(["ART", "CIA2015"]) == ("ART", "CIA2015")
    assert default_comparison_ids(["X", "Y", "Z", "W"]) == ("X", "Y", "Z")
