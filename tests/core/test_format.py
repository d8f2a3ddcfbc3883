"""Number and citation formatting."""

from __future__ import annotations

import pytest

from borderdesk.core.format import chart_caption, format_km, format_number, format_percent
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
