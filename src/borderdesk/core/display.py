"""Show file names and other text from outside in a one-line message: readable and bounded.

A file name is bytes on Linux and may not be UTF-8; Python keeps such bytes as lone
surrogates (``surrogateescape``), which a terminal cannot print and Qt cannot show. Here they
become ``\\xff``, control characters become escapes too, and anything longer than a line is
cut in the middle, so both the start (the folder) and the end (the name) stay readable.
"""

from __future__ import annotations

import os

MAX_SHOWN = 160  # characters of a name in a message; the file itself keeps its whole name
ELLIPSIS = "…"


def display_path(path: os.PathLike[str] | str) -> str:
    """Return a path as a message shows it: undecodable bytes as ``\\xNN``, at most one line."""
    return shorten(printable(os.fspath(path)))


def quoted(text: str | None, limit: int = 80) -> str:
    """Return text the user typed, quoted for a message (``'kz-xx'``) and cut to ``limit``."""
    return shorten(repr(text), limit)


def printable(text: str) -> str:
    """Return ``text`` with undecodable bytes and control characters written as escapes."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no byte stands for
        raw = text.encode("utf-8", "backslashreplace")
    decoded = raw.decode("utf-8", "backslashreplace")
    if decoded.isprintable():
        return decoded
    return "".join(char if char.isprintable() else _escape(char) for char in decoded)


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """Return ``text`` cut in the middle to at most ``limit`` characters, keeping both ends."""
    if len(text) <= limit:
        return text
    head = (limit - len(ELLIPSIS)) // 2
    tail = limit - len(ELLIPSIS) - head
    return f"{text[:head]}{ELLIPSIS}{text[len(text) - tail :]}"


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
