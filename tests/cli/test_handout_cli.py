"""``borderdesk handout`` as a user runs it: pages written, exit codes and messages."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from borderdesk.core.handout import handout_refs
from borderdesk.data.store import open_store

# No locale of the test machine decides the paper unless a test says so.
BASE_ENV = {
    key: value
    for key, value in os.environ.items()
    if key not in {"LC_ALL", "LC_PAPER", "LANG", "LANGUAGE"}
}


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m borderdesk`` with arguments, as a user would, with no display."""
    return subprocess.run(
        [sys.executable, "-m", "borderdesk", *args],
        capture_output=True,
        text=True,
        env={**BASE_ENV, "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=120,
        check=False,
    )


def pdfinfo(path: Path) -> dict[str, str]:
    """Return pdfinfo's fields for a file."""
    output = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    fields = (line.split(":", 1) for line in output.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in fields}


def test_one_border_is_one_a4_page(tmp_path: Path) -> None:
    out = tmp_path / "kz-ru.pdf"
    result = run("handout", str(out), "--item", "border:kz-ru", "--paper", "a4")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} (1 page, A4)"
    info = pdfinfo(out)
    assert info["Pages"] == "1"
    assert info["Page size"].startswith("595 x 842")
    assert info["Title"].startswith("BorderDesk handout: Kazakhstan – Russia, as of ")


def test_several_items_on_letter_one_page_each(tmp_path: Path) -> None:
    out = tmp_path / "two.pdf"
    result = run(
        "handout", str(out), "--item", "border:kz-tm", "--item", "org:csto", "--paper", "LETTER"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} (2 pages, US Letter)"
    info = pdfinfo(out)
    assert info["Pages"] == "2"
    assert info["Page size"].startswith("612 x 792")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Kazakhstan – Turkmenistan" in text
    assert "Collective Security Treaty Organization" in text


def test_all_gives_every_border_and_organisation(tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    count = len(handout_refs(open_store(None)))
    result = run("handout", str(out), "--all")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} ({count} pages, A4)"
    assert result.stderr == ""  # no progress but on a terminal
    assert pdfinfo(out)["Pages"] == str(count)


def on_a_terminal(*args: str, stop_at: str | None = None) -> tuple[int, str, str]:
    """Run ``python -m borderdesk`` with its stderr on a terminal; return code, stdout, stderr.

    With ``stop_at`` it is interrupted (Ctrl+C) as soon as the terminal shows that text.
    """
    control, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "borderdesk", *args],
        stdout=subprocess.PIPE,
        stderr=terminal,
        env={**BASE_ENV, "QT_QPA_PLATFORM": "offscreen"},
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(control, 4096)
        except OSError:  # the other end closed: the process is done
            break
        if not chunk:
            break
        shown += chunk
        if stop_at is not None and stop_at.encode() in shown:
            process.send_signal(signal.SIGINT)
            stop_at = None
    os.close(control)
    stdout, _ = process.communicate(timeout=120)
    return process.returncode, stdout.decode(), shown.decode()


def test_a_terminal_sees_each_page_counted_then_the_line_wiped(tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    count = len(handout_refs(open_store(None)))
    code, stdout, shown = on_a_terminal("handout", str(out), "--all")
    assert code == 0, shown
    assert stdout.strip() == f"wrote {out} ({count} pages, A4)"  # stdout as before
    pages = [part.strip() for part in shown.split("\r") if part.strip()]
    assert pages == [f"Page {n} of {count}" for n in range(1, count + 1)]
    assert shown.endswith("\r")  # wiped: nothing left on the line
    assert "\n" not in shown


def test_ctrl_c_while_pages_are_drawn_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "all.pdf"
    code, stdout, shown = on_a_terminal("handout", str(out), "--all", stop_at="Page 2 of")
    assert code != 0
    assert stdout == ""
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # nothing half-written beside it either
    assert shown.endswith("\r")  # the progress line wiped


@pytest.mark.parametrize(
    ("locale", "paper", "size"),
    [("en_US.UTF-8", "US Letter", "612 x 792"), ("de_DE.UTF-8", "A4", "595 x 842")],
)
def test_the_paper_defaults_to_the_locales(
    tmp_path: Path, locale: str, paper: str, size: str
) -> None:
    out = tmp_path / "h.pdf"
    result = run("handout", str(out), "--item", "organisation:sco", LANG=locale)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(f"(1 page, {paper})")
    assert pdfinfo(out)["Page size"].startswith(size)


@pytest.mark.parametrize("item", ["border:kz-xx", "topic:smuggling", "csto"])
def test_an_unknown_item_is_named_with_some_known_ones(tmp_path: Path, item: str) -> None:
    out = tmp_path / "h.pdf"
    result = run("handout", str(out), "--item", "border:kz-ru", "--item", item)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"borderdesk: no handout for {item!r}")
    assert "border:kz-ru" in lines[0]
    assert "organisation:csto" in lines[0]
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "h.pdf"
    result = run("handout", str(out), "--all")
    assert result.returncode == 1
    assert result.stderr.strip() == f"borderdesk: cannot write {out}: folder does not exist"


def test_only_pdf_files_are_written(tmp_path: Path) -> None:
    result = run("handout", str(tmp_path / "h.png"), "--all")
    assert result.returncode == 1
    assert "a handout is a PDF file: name it h.pdf" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--item", "border:kz-ru", "--paper", "b5"), "invalid choice: 'b5'"),
        ((), "name at least one --item"),
        (("--item",), "expected one argument"),
    ],
)
def test_bad_arguments_give_usage_and_exit_2(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run("handout", str(tmp_path / "h.pdf"), *args)
    assert result.returncode == 2
    assert "usage: borderdesk handout" in result.stderr
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_help_lists_the_command_and_its_options() -> None:
    top = run("--help")
    assert "handout" in top.stdout
    assert "borderdesk handout kz-ru.pdf --item border:kz-ru" in top.stdout
    own = run("handout", "--help")
    assert own.returncode == 0
    for option in ("--item", "--all", "--paper", "--db", "organisation:csto"):
        assert option in own.stdout


def test_your_note_on_an_item_is_printed_as_the_teachers_note(tmp_path: Path) -> None:
    home = tmp_path / "user"
    note = "Ask the class why the CIA's figure grew in 2015."
    saved = run("import-notes", str(notes_file(tmp_path, note)), BORDERDESK_USER_DIR=str(home))
    assert saved.returncode == 0, saved.stderr
    out = tmp_path / "china.pdf"

    result = run("handout", str(out), "--item", "border:kz-cn", BORDERDESK_USER_DIR=str(home))

    assert result.returncode == 0, result.stderr
    text = pdftotext(out)
    assert "Teacher's note" in text
    assert note in text
    plain = tmp_path / "plain.pdf"
    left_out = run(
        "handout", str(plain), "--item", "border:kz-cn", "--no-notes", BORDERDESK_USER_DIR=str(home)
    )
    assert left_out.returncode == 0, left_out.stderr
    assert note not in pdftotext(plain)


def test_no_notes_file_is_made_to_print_a_handout(tmp_path: Path) -> None:
    home = tmp_path / "user"
    out = tmp_path / "china.pdf"

    result = run("handout", str(out), "--item", "border:kz-cn", BORDERDESK_USER_DIR=str(home))

    assert result.returncode == 0, result.stderr
    assert "Teacher's note" not in pdftotext(out)
    assert not (home / "data" / "userdata.sqlite").exists()


def notes_file(folder: Path, text: str) -> Path:
    """Write a notes export holding one note, on the China border."""
    path = folder / "notes.json"
    path.write_text(
        json.dumps(
            {
                "format": "borderdesk-notes",
                "format_version": 1,
                "notes": [
                    {"item": "border:kz-cn", "text": text, "updated": "2026-05-01T10:00:00Z"}
                ],
                "bookmarks": [],
            }
        ),
        encoding="utf-8",
    )
    return path


def pdftotext(path: Path) -> str:
    """Return a PDF's text as poppler reads it, spaces joined and ligatures undone."""
    output = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", output).split())
