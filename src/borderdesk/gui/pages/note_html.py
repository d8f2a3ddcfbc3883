"""Render a note's light Markdown safely: escape everything first, then a tiny subset.

Pure Python (no Qt). Supported: paragraphs, ``# headings``, ``- lists``, ``**bold**``,
``*italic*``, `` `code` `` and ``[text](https://…)`` links (http, https and mailto only; any
other target is shown as plain text). Raw HTML is shown as text, never interpreted.
"""

from __future__ import annotations

import html
import re

SAFE_LINK = re.compile(r"\[([^\]\n]{1,200})\]\(((?:https?://|mailto:)[^\s()<>\"']{1,500})\)")
_BOLD = re.compile(r"\*\*([^*\n]{1,2000})\*\*")
_ITALIC = re.compile(r"\*([^*\n]{1,2000})\*")
_CODE = re.compile(r"`([^`\n]{1,2000})`")
_HEADING = re.compile(r"(#{1,3}) +(.+)")


def _inline(escaped: str) -> str:
    """Apply the inline subset to already escaped text."""
    text = _CODE.sub(r"<code>\1</code>", escaped)
    text = SAFE_LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', text)
    text = _BOLD.sub(r"<b>\1</b>", text)
    return _ITALIC.sub(r"<i>\1</i>", text)


def note_to_html(text: str) -> str:
    """Return the HTML of a note: every character escaped before any markup is added."""
    blocks: list[str] = []
    items: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append("<p>" + "<br>".join(paragraph) + "</p>")
            paragraph.clear()
        if items:
            blocks.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items.clear()

    for raw in text.splitlines():
        # quote=True: a link target can never leave its attribute.
        line = _inline(html.escape(raw.rstrip(), quote=True))
        stripped = raw.strip()
        if not stripped:
            flush()
        elif heading := _HEADING.fullmatch(stripped):
            flush()
            level = len(heading.group(1)) + 2  # h3..h5: smaller than the page's own headings
            body = _inline(html.escape(heading.group(2), quote=True))
            blocks.append(f"<h{level}>{body}</h{level}>")
        elif stripped.startswith(("- ", "* ")):
            if paragraph:
                flush()
            items.append(_inline(html.escape(stripped[2:], quote=True)))
        else:
            if items:
                flush()
            paragraph.append(line)
    flush()
    return "\n".join(blocks)
