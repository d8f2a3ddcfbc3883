"""Blocks for pages read as of a date: the date line, states in force, counts, hidden facts.

Pages import no Qt. Every sentence a reader sees goes through core's translation hook
(context ``DatedPages``). Every value is escaped and sourced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from borderdesk.core.as_of import format_day, format_when
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted, translate
from borderdesk.core.model import Fact, Figure
from borderdesk.core.on_date import StateOn
from borderdesk.core.validity import Confirmation, Held, Standing, Validity
from borderdesk.gui.pages.html_blocks import (
    esc,
    figure_value,
    provenance,
    quantity_label,
    quotation,
    source_link,
    table,
)

STATE_NAMES = {
    "headquarters": QT_TRANSLATE_NOOP("DatedPages", "Headquarters"),
    "chair": QT_TRANSLATE_NOOP("DatedPages", "Chair"),
    "status": QT_TRANSLATE_NOOP("DatedPages", "Legal status"),
}


def state_name(label: str) -> str:
    """Return a reader's name for a state's label: ``Headquarters``, ``Legal status``."""
    return translate("DatedPages", STATE_NAMES[label]) if label in STATE_NAMES else label


def as_of_line(on: date) -> str:
    """Return the line under a page's title: ``As of 1 January 2016``."""
    text = translate("DatedPages", "As of {day}: what held on that day, each with its sources.")
    return f'<p class="kicker">{esc(text.format(day=format_day(on)))}</p>'


def seen_note(standing: Standing, last: Confirmation | None) -> str:
    """Return ``last confirmed as of May 2022 (source)`` when a value is only presumed, else ""."""
    if standing is not Standing.LAST_CONFIRMED or last is None:
        return ""
    text = translate("DatedPages", "last confirmed as of {when}")
    text = text.format(when=format_when(last.as_of))
    return f'<span class="warning">{esc(text)}</span> ({source_link(last.source)})'


def interval(validity: Validity) -> str:
    """Return ``since 15 May 1992 (source)`` / ``until … (source)``, each end with its source."""
    parts = []
    if validity.since:
        since = translate("DatedPages", "since {when}").format(when=format_when(validity.since))
        cited = f" ({source_link(validity.since_source)})" if validity.since_source else ""
        parts.append(f"{esc(since)}{cited}")
    if validity.until:
        until = translate("DatedPages", "until {when}").format(when=format_when(validity.until))
        cited = f" ({source_link(validity.until_source)})" if validity.until_source else ""
        parts.append(f"{esc(until)}{cited}")
    return ", ".join(parts)


def confirmed_by(validity: Validity) -> str:
    """Return the confirming sources on one line (a date only where the label lacks it).

    Quotes of the article follow the line, so they never split it.
    """
    items = []
    quotes = []
    for c in validity.confirmations:
        when = format_when(c.as_of)
        dated = "" if when in c.source.label else f" ({esc(when)})"
        note = f' <span class="note">{esc(c.note)}</span>' if c.note else ""
        items.append(f"{source_link(c.source)}{dated}{note}")
        quotes.append(quotation(c.quote, c.quote_translation))
    if not items:
        return ""
    lead = esc(translate("DatedPages", "confirmed by"))
    return f"{lead} " + "; ".join(items) + "".join(quotes)


def state_lines(states: Sequence[StateOn]) -> str:
    """Return each state in force on the day: its value, dates, sources, and how sure."""
    items = []
    for state in states:
        cited = ", ".join(
            dict.fromkeys(source_link(f.source) for f in state.facts)
        )  # every record giving the value
        dates = ""
        if state.since:
            since = translate("DatedPages", "since {when}")
            dates = " " + esc(since.format(when=format_when(state.since)))
        sure = seen_note(state.standing, state.last_confirmed)
        items.append(
            f"<li><b>{esc(state.value)}</b>{dates} — {cited}"
            + (f" · {sure}" if sure else "")
            + "</li>"
        )
    return f"<ul>{''.join(items)}</ul>" if items else ""


def held_figures(held: Iterable[Held[Figure]]) -> str:
    """Return the figures of a quantity in force on the day, each sourced and dated."""
    items = []
    for h in held:
        f = h.record
        when = interval(f.validity)
        note = f' <span class="note">{esc(f.note)}</span>' if f.note else ""
        sure = seen_note(h.standing, h.last_confirmed)
        items.append(
            f"<li>{esc(quantity_label(f.quantity))}: <b>{esc(figure_value(f))}</b> "
            f"{provenance(f.source, f.as_of)}"
            + (f" {when}" if when else "")
            + (f" · {sure}" if sure else "")
            + f"{note}{quotation(f.quote, f.quote_translation)}</li>"
        )
    return f"<ul>{''.join(items)}</ul>" if items else ""


def hidden_note(hidden: int, on: date) -> str:
    """Return a note that later statements are not shown, or "" when none are hidden."""
    if not hidden:
        return ""
    text = Counted.tr("{count} later statement(s) dated after {day} are not shown.", "", hidden)
    return f'<p class="note">{esc(text.format(count=hidden, day=format_day(on)))}</p>'


def state_history(facts: Iterable[Fact]) -> str:
    """Return every state record in time order: value, dates and sources (the full record)."""
    rows = [
        (
            f"<b>{esc(f.value)}</b>",
            interval(f.validity) or esc(format_when(f.as_of)),
            f"{source_link(f.source)}{quotation(f.quote, f.quote_translation)}",
        )
        for f in sorted(
            (f for f in facts if f.is_state), key=lambda f: f.validity.start() or date.max
        )
    ]
    headings = (
        translate("DatedPages", "Value"),
        translate("DatedPages", "When"),
        translate("DatedPages", "Source"),
    )
    return table(headings, rows, set()) if rows else ""
