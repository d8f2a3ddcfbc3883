"""Time-bound values then and now, and the corrections of the article, for any page."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from borderdesk.core.as_of import format_day, format_when
from borderdesk.core.compare import then_and_now
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.model import Fact, Figure
from borderdesk.core.pages import ThenNow
from borderdesk.core.validity import Held
from borderdesk.gui.pages.html_blocks import (
    esc,
    figure_value,
    provenance,
    quantity_label,
    section,
    table,
    worded,
)

NOTE_LABELS = ("correction", "note")
_BADGES = {
    "correction": QT_TRANSLATE_NOOP("NotesPage", "Correction of the article:"),
    "note": QT_TRANSLATE_NOOP("NotesPage", "Note:"),
}


def _value(held: Sequence[Held[Figure] | Held[Fact]]) -> str:
    """Return each value in force, with its source and date, ``last confirmed`` if only that."""
    lines = []
    for h in held:
        item = h.record
        if isinstance(item, Figure):
            text = esc(figure_value(item))
        else:
            text = worded(item, "value") if item.value else worded(item, "text")
        seen = ""
        if not h.is_confirmed and h.last_confirmed is not None:
            confirmed = translate("NotesPage", "(last confirmed {date})").format(
                date=format_when(h.last_confirmed.as_of)
            )
            seen = f' <span class="warning">{esc(confirmed)}</span>'
        lines.append(f"<b>{text}</b> {provenance(item.source, item.as_of)}{seen}")
    return "<br>".join(lines)


def then_now_rows(items: Sequence[ThenNow]) -> list[tuple[str, str, str]]:
    """Return the cells of the then-and-now table: what, at the article's date, on the day."""
    return [(esc(quantity_label(i.label)), _value(i.then), _value(i.now)) for i in items]


def then_now_section(
    figures: Iterable[Figure], facts: Iterable[Fact] = (), on: date | None = None
) -> str:
    """Return "Then and now": each time-bound value at the article's date and on the day."""
    on = on or date.today()
    rows = then_now_rows(then_and_now(figures, facts, on))
    if not rows:
        return ""
    headers = (
        "",
        translate("NotesPage", "At the article's date (c. 2012)"),
        translate("NotesPage", "On {date}").format(date=format_day(on)),
    )
    return section(translate("NotesPage", "Then and now"), table(headers, rows, set()))


def split_notes(facts: Iterable[Fact]) -> tuple[list[Fact], list[Fact]]:
    """Return (other facts, corrections and notes)."""
    facts = list(facts)
    return (
        [f for f in facts if f.label not in NOTE_LABELS],
        [f for f in facts if f.label in NOTE_LABELS],
    )


def corrections_section(notes: Iterable[Fact]) -> str:
    """Return "Corrections and notes": the article's slips first, each marked and sourced."""
    ordered = sorted(notes, key=lambda f: NOTE_LABELS.index(f.label) if f.label in _BADGES else 2)
    items = [
        f'<li><span class="badge">{esc(translate("NotesPage", _BADGES.get(f.label, "Note:")))}'
        f"</span> {worded(f, 'text')} {provenance(f.source, f.as_of)}</li>"
        for f in ordered
    ]
    if not items:
        return ""
    return section(translate("NotesPage", "Corrections and notes"), f"<ul>{''.join(items)}</ul>")
