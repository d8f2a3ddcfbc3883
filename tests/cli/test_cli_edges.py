"""The command line's edges: odd file names, impossible values, no display, errors from below.

Whatever goes wrong reaches the user as one short line and exit code 1 (2 for a usage
error), never as a traceback; a file name that is not UTF-8 is written under exactly its bytes.
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from borderdesk import cli
from borderdesk.core.screen import NO_DISPLAY, no_display_reason

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}


def run(*args: str | bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m borderdesk`` as a user would (a strict UTF-8 locale)."""
    return subprocess.run(
        [sys.executable, "-m", "borderdesk", *args],
        capture_output=True,
        text=True,
        env=ENV if env is None else env,
        timeout=120,
        check=False,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """Return the only line of stderr, checking there is no traceback."""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# Names that are not UTF-8 -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "suffix", "magic"),
    [
        ("export-chart", b".png", b"\x89PNG"),
        ("export-chart", b".svg", b"<?xml"),
        ("export-map", b".pdf", b"%PDF-"),
        ("handout", b".pdf", b"%PDF-"),
        ("quiz", b".pdf", b"%PDF-"),
    ],
)
def test_a_name_that_is_not_utf8_is_written_under_its_own_bytes(
    tmp_path: Path, command: str, suffix: bytes, magic: bytes
) -> None:
    folder = os.fsencode(tmp_path)
    target = folder + b"/bad\xff" + suffix
    extra = {"handout": ["--item", "border:kz-ru"], "quiz": ["--seed", "7"]}.get(command, [])
    result = run(command, target, *extra)
    assert result.returncode == 0, result.stderr
    assert os.listdir(folder) == [b"bad\xff" + suffix]  # no other name, no temporary file
    with open(target, "rb") as file:
        assert file.read(len(magic)) == magic
    shown = f"{tmp_path}/bad\\xff{suffix.decode()}"
    assert result.stdout.startswith(f"wrote {shown} (")


def test_a_folder_that_is_not_utf8_takes_a_data_pack(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path) + b"/d\xe9j\xe0"
    os.mkdir(folder)
    result = run("export-data", folder + b"/pack.json")
    assert result.returncode == 0, result.stderr
    assert os.listdir(folder) == [b"pack.json"]
    assert result.stdout.startswith(f"wrote {tmp_path}/d\\xe9j\\xe0/pack.json: dataset ")


# Names too long, and long names in messages ---------------------------------------------


def test_a_260_byte_name_is_one_clear_line(tmp_path: Path) -> None:
    target = tmp_path / ("n" * 256 + ".png")
    result = run("export-chart", str(target))
    assert result.returncode == 1
    line = one_line_error(result)
    assert line.endswith(": the file name is longer than 255 bytes")
    assert len(line) < 300
    assert os.listdir(tmp_path) == []


def test_a_path_longer_than_the_system_allows_is_one_clear_line(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(20):  # 20 x 250 bytes: over PATH_MAX (4096) on Linux
        deep = deep / ("d" * 250)
    result = run("export-chart", str(deep / "chart.png"))
    assert result.returncode == 1
    line = one_line_error(result)
    assert line.endswith(("the file name or path is too long", "folder does not exist"))
    assert len(line) < 300


def test_a_20000_character_name_is_cut_in_the_middle(tmp_path: Path) -> None:
    name = "start-" + "x" * 20_000 + "-end"
    result = run("check", "--db", str(tmp_path / name))
    assert result.returncode == 1
    assert len(result.stdout.encode()) < 1000
    assert "start-xxx" in result.stdout
    assert "xxx-end" in result.stdout
    assert "…" in result.stdout


def test_a_20000_character_highlight_is_cut_in_the_middle(tmp_path: Path) -> None:
    result = run("export-chart", str(tmp_path / "c.png"), "--highlight", "k" * 20_000)
    assert result.returncode == 1
    line = one_line_error(result)
    assert line.startswith("borderdesk: no border 'kkk")
    assert len(line) < 400


# Values no export can take are usage errors -----------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--width", "16"), "argument --width: the width must be 320 to 7680 pixels, not 16"),
        (("--width", "7681"), "the width must be 320 to 7680 pixels, not 7681"),
        (("--height", "199"), "argument --height: the height must be 200 to 4320 pixels, not 199"),
        (("--height", "100000"), "the height must be 200 to 4320 pixels, not 100000"),
        (("--width", "wide"), "argument --width: not a whole number: 'wide'"),
    ],
)
def test_a_size_out_of_range_is_a_usage_error(
    args: tuple[str, ...], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["export-chart", "x.png", *args])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: borderdesk export-chart")
    assert message in err


def test_the_smallest_and_largest_sizes_pass_the_parser() -> None:
    args = cli.build_parser().parse_args(
        ["export-map", "m.png", "--width", "320", "--height", "4320"]
    )
    assert (args.width, args.height) == (320, 4320)


# Impossible dates and other values from files ---------------------------------------------


def test_an_impossible_date_in_a_notes_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text(
        json.dumps(
            {
                "format": "borderdesk-notes",
                "format_version": 1,
                "notes": [
                    {"item": "border:kz-ru", "text": "a", "updated": "9999-12-31T23:59:59-23:59"},
                    {"item": "border:kz-cn", "text": "b", "updated": "1970-01-01T00:00:00+23:59"},
                ],
            }
        ),
        encoding="utf-8",
    )
    env = {**ENV, "BORDERDESK_USER_DIR": str(tmp_path / "user")}
    result = run("import-notes", str(notes), env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"borderdesk: {notes}: 2 problems, nothing was imported:",
        "  notes[0].updated: is out of range (years 1970 to 9999)",
        "  notes[1].updated: is out of range (years 1970 to 9999)",
    ]


# Errors from below become one line ---------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            OSError(errno.EIO, "Input/output error", "/media/stick/chart.png"),
            "borderdesk: export-chart failed: /media/stick/chart.png: "
            "the disk reported an input/output error",
        ),
        (OSError(errno.ENOMEM, "Cannot allocate memory"), "export-chart failed: Cannot allocate"),
        (ValueError("x" * 5000), "borderdesk: export-chart failed: xxx"),
        (
            UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed"),
            "export-chart failed: 'utf-8' codec can't encode",
        ),
        (OverflowError("date value out of range"), "export-chart failed: date value out of range"),
    ],
)
def test_an_error_from_below_is_one_short_line(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    error: Exception,
    expected: str,
) -> None:
    def fail(*_args: object, **_kwargs: object) -> object:
        raise error

    monkeypatch.setattr("borderdesk.app.export_chart", fail)
    assert cli.main(["export-chart", "chart.png"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert expected in err
    assert err.count("\n") == 1
    assert len(err) < 500


# No display ------------------------------------------------------------------------------


def test_without_a_display_the_window_says_so_in_one_line(tmp_path: Path) -> None:
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["BORDERDESK_USER_DIR"] = str(tmp_path / "user")
    result = run(env=env)
    assert result.returncode == 1
    assert one_line_error(result) == f"borderdesk: {NO_DISPLAY}"
    assert "libxcb" not in result.stderr
    assert "export-chart, export-map, handout" in result.stderr


@pytest.mark.parametrize(
    ("environ", "platform", "blocked"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"DISPLAY": " "}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux", True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm", "DISPLAY": ":1"}, "linux", False),
        ({"QT_QPA_PLATFORM": "vnc"}, "freebsd14", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_what_counts_as_a_display(environ: dict[str, str], platform: str, blocked: bool) -> None:
    assert (no_display_reason(environ, platform) is not None) is blocked


def test_a_reader_that_goes_away_ends_the_command_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``borderdesk check | head -1``: the pipe closes; no message, no traceback, exit 1."""
    sink = (tmp_path / "stdout").open("w")

    class ClosedPipe(io.StringIO):
        def write(self, _text: str) -> int:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

        def fileno(self) -> int:
            return sink.fileno()

    with sink:
        monkeypatch.setattr(sys, "stdout", ClosedPipe())
        assert cli.main(["check"]) == 1
    assert capsys.readouterr().err == ""
