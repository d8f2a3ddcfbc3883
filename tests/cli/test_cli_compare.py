"""``borderdesk export-chart OUT --compare A,B,C`` as a user runs it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from borderdesk.cli import build_parser
from tests.cli.test_cli import run

SVG = "{http://www.w3.org/2000/svg}"


def test_compare_writes_grouped_bars_with_every_source(tmp_path: Path) -> None:
    out = tmp_path / "compared.svg"

    result = run(
        "export-chart", str(out), "--compare", "ART,CIA2008,CIA2015", "--highlight", "kz-kg"
    )

    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stdout
    root = ET.parse(out).getroot()  # noqa: S314 - our own file
    words = " ".join(t.get("aria-label", "") for t in root.iter(f"{SVG}path"))
    assert "Article (c. 2012): 12,012 km" in words
    assert "CIA World Factbook 2008–2014: 12,185 km" in words
    assert "CIA World Factbook 2015–2025: 13,364 km" in words
    description = root.findtext(f"{SVG}desc") or ""
    assert description.count("CIA World Factbook") == 2
    assert "BorderDesk dataset" in description


def test_an_unknown_source_to_compare_is_explained(tmp_path: Path) -> None:
    result = run("export-chart", str(tmp_path / "c.png"), "--compare", "ART,NOPE")

    assert result.returncode == 1
    assert "NOPE" in result.stderr
    assert "CIA2015" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "c.png").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("export-chart", "x.png", "--compare", ","),
        ("export-chart", "x.png", "--compare", "ART", "--source", "CIA2015"),
    ],
)
def test_bad_compare_arguments_give_usage(args: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(list(args))
    assert exit_info.value.code == 2


def test_the_help_shows_the_compare_example() -> None:
    assert "--compare ART,CIA2008,CIA2015" in build_parser().format_help()
