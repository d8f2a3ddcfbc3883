"""The chart's figures as a table and as CSV: columns, numeric sort values, the source line."""

from __future__ import annotations

import csv
import io

import pytest

from borderdesk.core.chart_table import chart_csv, figure_table, table_csv
from borderdesk.core.compare import source_comparison
from borderdesk.core.model import Bar, SegmentSeries
from borderdesk.core.sample import EDITION, SampleService


@pytest.fixture
def service() -> SampleService:
    return SampleService()


def test_one_source_gives_border_length_share_and_source(service: SampleService) -> None:
    table = figure_table(service.segment_series())

    assert table.headers == ("Border", "Length (km)", "Share of total", "Source")
    assert table.numeric == (False, True, True, False)
    assert [row.key for row in table.rows] == ["kz-ru", "kz-uz", "kz-cn", "kz-kg", "kz-tm"]
    russia = table.rows[0].cells
    assert [cell.text for cell in russia] == ["Russia", "6,846", "57%", "Article (c. 2012)"]
    assert russia[1].value == 6846.0
    assert russia[2].value == pytest.approx(6846 / 12012)
    assert table.row_of("kz-cn") == 2
    assert table.row_of("csto") == -1


def test_lengths_sort_as_numbers_not_as_text(service: SampleService) -> None:
    table = figure_table(service.segment_series())
    by_text = sorted(table.rows, key=lambda row: row.cells[1].text)
    by_value = sorted(table.rows, key=lambda row: row.cells[1].value)

    assert [row.cells[1].text for row in by_text][:2] == ["1,051", "1,533"]
    assert [row.cells[1].text for row in by_value] == ["379", "1,051", "1,533", "2,203", "6,846"]


def test_csv_has_a_header_a_row_per_border_and_the_source_line(service: SampleService) -> None:
    text = chart_csv(service.segment_series())
    rows = list(csv.reader(io.StringIO(text)))

    assert rows[0] == ["Border", "Length (km)", "Share of total", "Source"]
    assert rows[1] == ["Russia", "6846", "57%", "Article (c. 2012)"]
    assert rows[6] == ["Total", "12012", "100%", "Article (c. 2012)"]
    assert len(rows) == 8
    assert rows[-1] == [
        "Source: Guarding the Border of the World's Largest Landlocked Country — "
        f"EdgeKz magazine, c. 2012. BorderDesk dataset {EDITION.version} "
        f"(28 November 2026, {EDITION.short_checksum})."
    ]
    assert text.endswith("\n")


def test_published_decimals_are_kept_without_thousands_separators(
    service: SampleService,
) -> None:
    series = service.segment_series()
    odd = SegmentSeries(series.source, (Bar("kz-uz", "Uzbekistan", 2203.25),), series.edition)

    rows = list(csv.reader(io.StringIO(table_csv(figure_table(odd)))))

    assert rows[1][:2] == ["Uzbekistan", "2203.25"]
    assert figure_table(odd).rows[0].cells[1].text == "2,203.25"


def test_a_comparison_gives_one_length_column_per_source(service: SampleService) -> None:
    comparison = source_comparison(service, ["CIA2015", "ART"])
    table = figure_table(comparison)

    assert table.headers == (
        "Border",
        "CIA World Factbook 2015-2025 (km)",
        "Article (c. 2012) (km)",
    )
    assert table.numeric == (False, True, True)
    rows = list(csv.reader(io.StringIO(table_csv(table))))
    assert rows[1] == ["Russia", "7644", "6846"]
    assert rows[5] == ["Turkmenistan", "413", "379"]
    assert rows[6] == ["Total", "13364", "12012"]
    assert rows[-1][0].startswith("Sources: CIA World Factbook 2015-2025 (The World Factbook")
    assert f"BorderDesk dataset {EDITION.version}" in rows[-1][0]


def test_a_name_a_spreadsheet_would_run_is_written_as_text(service: SampleService) -> None:
    series = service.segment_series()
    names = ['=HYPERLINK("http://example.org","x")', "+1+1", "-2", "@SUM(A1)", "Kazakh-Russian"]
    bars = tuple(Bar(b.key, name, b.value) for b, name in zip(series.bars, names, strict=True))
    text = table_csv(figure_table(SegmentSeries(series.source, bars, series.edition)))

    rows = list(csv.reader(io.StringIO(text)))
    assert [row[0] for row in rows[1:6]] == [
        '\'=HYPERLINK("http://example.org","x")',
        "'+1+1",
        "'-2",
        "'@SUM(A1)",
        "Kazakh-Russian",
    ]
    assert [row[1] for row in rows[1:6]] == ["6846", "2203", "1533", "1051", "379"]


def test_the_total_row_sums_the_borders_and_is_no_border(service: SampleService) -> None:
    series = service.segment_series("CIA2015")
    table = figure_table(series)

    assert table.total is not None
    assert table.total.key == ""
    assert [cell.text for cell in table.total.cells] == [
        "Total",
        "13,364",
        "100%",
        "CIA World Factbook 2015-2025",
    ]
    assert table.total.cells[1].value == sum(bar.value for bar in series.bars)
    assert table.row_of("") == -1  # never a border's row
