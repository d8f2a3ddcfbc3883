"""The command line as a user runs it: exit codes, messages, files written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from borderdesk import __version__
from borderdesk.cli import build_parser

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


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


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"BorderDesk {__version__}"


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("gui", "export-chart"):
        assert command in result.stdout
    assert "--db" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("export-chart",),
        ("export-chart", "x.png", "--width", "wide"),
        ("export-chart", "x.png", "--height", "0"),
        ("--nonsense",),
    ],
)
def test_bad_arguments_give_usage_and_exit_2(args: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(list(args))
    assert exit_info.value.code == 2


def test_bad_arguments_from_a_shell_print_usage(tmp_path: Path) -> None:
    result = run("export-chart", str(tmp_path / "x.png"), "--width", "wide")
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "not a whole number" in result.stderr


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (800, 600)])
def test_export_chart_png_has_the_requested_size(tmp_path: Path, width: int, height: int) -> None:
    out = tmp_path / "chart.png"
    result = run("export-chart", str(out), "--width", str(width), "--height", str(height))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == width
    assert int.from_bytes(data[20:24], "big") == height


def test_export_chart_svg_and_pdf(tmp_path: Path) -> None:
    svg, pdf = tmp_path / "chart.svg", tmp_path / "chart.pdf"
    assert run("export-chart", str(svg), "--source", "CIA2015").returncode == 0
    assert run("export-chart", str(pdf)).returncode == 0
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text
    assert "7,644" in text  # Russia by the CIA 2015-2025 editions
    assert pdf.read_bytes().startswith(b"%PDF")


def test_export_to_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "chart.png"
    result = run("export-chart", str(out))
    assert result.returncode == 1
    assert str(out) in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.parent.exists()


def test_unknown_source_is_explained(tmp_path: Path) -> None:
    result = run("export-chart", str(tmp_path / "c.png"), "--source", "NOPE")
    assert result.returncode == 1
    assert "NOPE" in result.stderr
    assert "ART" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "not found"),
        (b"", "empty"),
        (b"<html><body>not a database</body></html>" * 40, "not a SQLite database"),
    ],
)
def test_bad_database_gives_one_line_and_exit_1(
    tmp_path: Path, content: bytes | None, problem: str
) -> None:
    db = tmp_path / "my data #1.sqlite"
    if content is not None:
        db.write_bytes(content)
    result = run("export-chart", str(tmp_path / "c.png"), "--db", str(db))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(db) in lines[0]
    assert problem in lines[0]
    assert not (tmp_path / "c.png").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ([db.name] if content is not None else [])
