"""export-chart and export-map from the command line: presets, themes, caption, bad values."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from borderdesk.cli import build_parser

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
SVG = "{http://www.w3.org/2000/svg}"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m borderdesk`` with arguments, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "borderdesk", *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
        check=False,
    )


def png_header(path: Path) -> tuple[int, int, int | None]:
    """Return a PNG's width, height and dots per metre (None without a pHYs chunk)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    at = data.find(b"pHYs")
    dpm = int.from_bytes(data[at + 4 : at + 8], "big") if at >= 0 else None
    return width, height, dpm


def png_corner(path: Path) -> str:
    """Return the colour of a PNG's top-left pixel as #rrggbb."""
    from PySide6.QtGui import QColor, QImage

    return QColor(QImage(str(path)).pixel(1, 1)).name()


@pytest.mark.parametrize("command", ["export-chart", "export-map"])
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--theme", "sepia"), "argument --theme: invalid choice: 'sepia'"),
        (("--preset", "a5"), "argument --preset: invalid choice: 'a5'"),
        (("--preset", "slide", "--width", "800"), "give either --preset or --width/--height"),
        (("--height", "600", "--preset", "4k"), "give either --preset or --width/--height"),
    ],
)
def test_bad_look_options_exit_2_with_a_clear_message(
    command: str, args: tuple[str, ...], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args([command, "out.png", *args])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"usage: borderdesk {command}" in err
    assert message in err


def test_a_bad_theme_from_a_shell(tmp_path: Path) -> None:
    result = run("export-map", str(tmp_path / "m.png"), "--theme", "neon")
    assert result.returncode == 2
    assert "invalid choice: 'neon' (choose from 'light', 'dark', 'contrast')" in result.stderr
    assert not (tmp_path / "m.png").exists()


def test_the_defaults_are_a_light_slide_with_its_caption() -> None:
    args = build_parser().parse_args(["export-chart", "c.png"])
    assert (args.width, args.height, args.preset) == (None, None, None)
    assert args.theme == "light"
    assert args.caption is True
    assert build_parser().parse_args(["export-map", "m.png", "--no-caption"]).caption is False


@pytest.mark.parametrize("command", ["export-chart", "export-map"])
def test_an_unknown_highlight_exits_1_naming_it(command: str, tmp_path: Path) -> None:
    result = run(command, str(tmp_path / "x.png"), "--highlight", "kz-xx")
    assert result.returncode == 1
    assert "kz-xx" in result.stderr
    assert "kz-cn" in result.stderr  # and the keys there are
    assert not (tmp_path / "x.png").exists()


def test_an_a4_preset_png_is_300_dpi(tmp_path: Path) -> None:
    out = tmp_path / "a4.png"
    result = run("export-chart", str(out), "--preset", "a4-portrait")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} (2480x3508)"
    assert png_header(out) == (2480, 3508, 11811)


def test_an_a4_landscape_map_pdf_is_an_a4_page(tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    result = run("export-map", str(out), "--preset", "a4-landscape", "--highlight", "kz-ru")
    assert result.returncode == 0, result.stderr
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", out.read_bytes())
    assert box is not None
    assert (round(float(box[1])), round(float(box[2]))) == (842, 595)


def test_the_theme_colours_the_chart_background(tmp_path: Path) -> None:
    out = tmp_path / "dark.png"
    result = run("export-chart", str(out), "--preset", "slide", "--theme", "dark")
    assert result.returncode == 0, result.stderr
    assert png_header(out)[:2] == (1920, 1080)
    assert png_corner(out) == "#1c1e22"  # the dark theme's background


def test_the_theme_colours_the_map(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor

    corners = {}
    for theme in ("light", "dark"):
        out = tmp_path / f"{theme}.png"
        result = run("export-map", str(out), "--width", "800", "--height", "500", "--theme", theme)
        assert result.returncode == 0, result.stderr
        corners[theme] = QColor(png_corner(out)).lightness()
    assert corners["light"] > 200
    assert corners["dark"] < 80


def test_no_caption_keeps_a_credit_line(tmp_path: Path) -> None:
    out = tmp_path / "credit.svg"
    result = run("export-chart", str(out), "--no-caption", "--width", "1280", "--height", "720")
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()  # noqa: S314 - our own file
    drawn = re.sub(r"\s+", " ", " ".join(t.get("aria-label", "") for t in root.iter(f"{SVG}path")))
    assert "Source: Article (c. 2012) · BorderDesk dataset" in drawn
    assert "Guarding the Border" not in drawn  # the full title is in the metadata only
    assert "Guarding the Border" in (root.findtext(f"{SVG}desc") or "")


def test_help_shows_the_look_options_and_examples() -> None:
    result = run("export-map", "--help")
    assert result.returncode == 0
    for option in ("--preset", "--theme", "--no-caption", "a4-portrait", "contrast"):
        assert option in result.stdout
    main_help = run("--help").stdout
    assert "--preset a4-landscape --no-caption" in main_help
    assert "--theme contrast" in main_help
