"""Export presets and the lines that credit an exported figure."""

from __future__ import annotations

import pytest

from borderdesk.core.export_options import (
    PRESETS,
    credit_line,
    dots_per_metre,
    map_text,
    preset_named,
)
from borderdesk.core.sample import SampleService


def test_the_presets_and_their_pixels() -> None:
    assert [(p.key, p.size) for p in PRESETS] == [
        ("slide", (1920, 1080)),
        ("4k", (3840, 2160)),
        ("a4-portrait", (2480, 3508)),
        ("a4-landscape", (3508, 2480)),
    ]
    assert preset_named(" A4-Portrait ").paper is not None
    assert preset_named("slide").paper is None


def test_an_unknown_preset_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="slide, 4k, a4-portrait, a4-landscape"):
        preset_named("a5")


def test_300_dpi_is_11811_dots_per_metre() -> None:
    assert dots_per_metre(300) == 11811
    assert dots_per_metre(96) == 3780


def test_a_credit_names_each_source_and_the_dataset() -> None:
    edition = SampleService().edition()
    assert credit_line(["Article (c. 2012)"], edition) == (
        "Source: Article (c. 2012) · BorderDesk dataset sample"
    )
    assert credit_line(["A", "B"], edition) == "Sources: A; B · BorderDesk dataset sample"


def test_the_map_text_adds_the_edition_to_the_caption() -> None:
    service = SampleService()
    border_map = service.border_map()
    text = map_text(border_map, service.edition(), "Map")
    assert text.caption.startswith(border_map.caption)
    assert text.caption.endswith("BorderDesk dataset sample (28 November 2026, 000000000000).")
    assert text.credit == "Map data: Article (c. 2012) · BorderDesk dataset sample"
    assert text.drawn(caption=False) == text.credit
    assert text.drawn(caption=True) == text.caption
    assert map_text(border_map, None, "Map").caption == border_map.caption
