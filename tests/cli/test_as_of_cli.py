"""``--as-of DATE`` on the commands, as a user runs them: files, metadata, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m borderdesk`` with arguments, with no display."""
    return subprocess.run(
        [sys.executable, "-m", "borderdesk", *args],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
        timeout=120,
        check=False,
    )


def png_text(path: Path) -> dict[str, str]:
    """Return a PNG's text chunks (Title, Description ...)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return {key: image.text(key) for key in image.textKeys()}


def pdf_text(path: Path) -> str:
    """Return a PDF's text, spaces collapsed."""
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_a_map_hatches_an_organisations_members_on_the_day(tmp_path: Path) -> None:
    out = tmp_path / "csto-2016.png"
    result = run("export-map", str(out), "--organisation", "csto", "--as-of", "2016-01-01")
    assert result.returncode == 0, result.stderr
    text = png_text(out)
    assert text["Title"] == "Kazakhstan and its neighbours, as of 1 January 2016"
    assert "As of 1 January 2016." in text["Description"]
    assert "Members hatched per Kazinform, 16 May 2022" in text["Description"]


def test_a_map_before_an_organisation_began_hatches_nothing_and_says_why(tmp_path: Path) -> None:
    out = tmp_path / "eaeu-2012.png"
    result = run("export-map", str(out), "--organisation", "eaeu", "--as-of", "article")
    assert result.returncode == 0, result.stderr
    description = png_text(out)["Description"]
    assert "As of 1 June 2012." in description
    assert "Members hatched" not in description


def test_an_unknown_organisation_exits_1_naming_the_choices(tmp_path: Path) -> None:
    result = run("export-map", str(tmp_path / "x.png"), "--organisation", "nato")
    assert result.returncode == 1
    assert "no organisation 'nato'; choose one of: " in result.stderr
    assert "csto" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_chart_shows_the_cia_edition_current_on_the_day(tmp_path: Path) -> None:
    out = tmp_path / "chart-2012.png"
    result = run("export-chart", str(out), "--source", "CIA2015", "--as-of", "2012-06-01")
    assert result.returncode == 0, result.stderr
    assert "charting CIA2008, the edition current then" in result.stderr
    description = png_text(out)["Description"]
    assert "2008–2014 editions" in description
    assert "As of 1 June 2012." in description
    assert "discontinued" not in description  # the Factbook still ran in 2012


def test_a_chart_today_says_the_factbook_was_discontinued(tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    result = run("export-chart", str(out), "--source", "CIA2015", "--as-of", "2026-12-03")
    assert result.returncode == 0, result.stderr
    description = png_text(out)["Description"]
    assert "(discontinued 4 February 2026: figures frozen)" in description
    assert "As of 3 December 2026." in description


def test_a_source_not_yet_published_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "kg.png"
    result = run("export-chart", str(out), "--source", "KGMFA", "--as-of", "2012")
    assert result.returncode == 1
    assert "KGMFA" in result.stderr
    assert "was not yet published on 1 January 2012" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("command", ["export-chart", "export-map", "handout", "check"])
def test_a_bad_date_exits_2_with_the_accepted_forms(command: str, tmp_path: Path) -> None:
    args = [command] if command == "check" else [command, str(tmp_path / "x.pdf")]
    result = run(*args, "--as-of", "2016-13-01")
    assert result.returncode == 2
    assert "argument --as-of: no such date: '2016-13-01'" in result.stderr


def test_a_date_with_a_control_character_or_of_any_length_is_quoted_on_one_short_line(
    tmp_path: Path,
) -> None:
    for typed in ("20\x1b[31m16", "9" * 5000):
        result = run("export-map", str(tmp_path / "x.png"), "--as-of", typed)
        assert result.returncode == 2
        (line,) = [ln for ln in result.stderr.splitlines() if "--as-of" in ln and "error" in ln]
        assert "\x1b" not in line
        assert len(line) < 200
        assert "not a date: '" in line
    assert "'20\\x1b[31m16'" in run("check", "--as-of", "20\x1b[31m16").stderr


def test_a_handout_as_of_the_article_shows_what_held_then(tmp_path: Path) -> None:
    out = tmp_path / "then.pdf"
    result = run(
        "handout", str(out), "--item", "org:csto", "--item", "org:eaeu", "--as-of", "article"
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert ": 7 states" in flat  # Uzbekistan still a member in mid-2012
    assert ": not yet founded (from 1 January 2015)" in flat  # the EAEU
    assert "as of 1 June 2012" in text


def test_check_compares_the_counts_on_the_day() -> None:
    result = run("check", "--as-of", "2016-01-01")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "ok    counts as of 1 January 2016: every count in force matches the members listed"
        in result.stdout
    )
