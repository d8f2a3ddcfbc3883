"""Helpers shared by the data-layer tests."""

from __future__ import annotations

from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "mini"


def edit(path: Path, old: str, new: str) -> None:
    """Replace one exact piece of a dataset file (failing if it is not there once)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not exactly once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
