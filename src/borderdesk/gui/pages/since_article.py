"""The "What changed since the article" page: for each item, the article, the day, the events.

Every line names its sources; the words go through core's translation hook (context
``SinceArticlePage``) like the other dated pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from borderdesk.core.as_of import as_of_sentence, format_day, format_when
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.model import ItemKind
from borderdesk.core.roles import Group, MemberStanding
from borderdesk.core.since_article import (
    ArticleSaid,
    Change,
    DatedChange,
    ItemSince,
    SinceArticle,
)
from borderdesk.core.validity import Standing
from borderdesk.core.vocabulary import role_name
from borderdesk.gui.pages.dated import held_figures, state_lines, state_name
from borderdesk.gui.pages.html_blocks import (
    esc,
    figure_value,
    item_link,
    provenance,
    quantity_label,
    quotation,
    source_link,
    table,
)
from borderdesk.gui.pages.html_blocks import page as whole_page

ROSTER_GROUPS = (
    (Group.MEMBERS, QT_TRANSLATE_NOOP("SinceArticlePage", "Members")),
    (Group.SUSPENDED, QT_TRANSLATE_NOOP("SinceArticlePage", "Participation suspended or frozen")),
    (Group.OBSERVERS, QT_TRANSLATE_NOOP("SinceArticlePage", "Observers")),
    (Group.PARTNERS, QT_TRANSLATE_NOOP("SinceArticlePage", "Partners")),
    (Group.APPLICANTS, QT_TRANSLATE_NOOP("SinceArticlePage", "Applicants")),
)


def _said(said: Sequence[ArticleSaid]) -> str:
    items = []
    for s in said:
        if s.figure is not None:
            text = f"{quantity_label(s.figure.quantity)}: {figure_value(s.figure)}"
        elif s.member:
            text = f"{s.member}: {role_name(s.role)}"
        else:
            text = s.text
        quote = quotation(s.quote, s.quote_translation)
        items.append(f"<li>{esc(text)} {source_link(s.source)}{quote}</li>")
    if not items:
        silent = translate("SinceArticlePage", "The article says nothing of it.")
        return f'<p class="note">{esc(silent)}</p>'
    lead = translate("SinceArticlePage", "The article said ({source}):")
    return f"<p>{esc(lead).format(source=source_link(said[0].source))}</p><ul>{''.join(items)}</ul>"


def _roster(item: ItemSince) -> str:
    listed = item.members
    if listed is None:
        return ""
    lines = []
    for group, title in ROSTER_GROUPS:
        standings = listed.group(group)
        if not standings:
            continue
        names = ", ".join(esc(s.membership.member) for s in standings)
        sources = "; ".join(
            dict.fromkeys(
                source_link(source)
                for s in standings
                if (source := s.evidence(listed.on)) is not None
            )
        )
        seen = _last_confirmed(standings)
        heading = translate("SinceArticlePage", title)
        lines.append(
            f"<li>{esc(heading)} ({len(standings)}): {names} "
            f'<span class="source">— {sources}</span>{seen}</li>'
        )
    return f"<ul>{''.join(lines)}</ul>" if lines else ""


def _last_confirmed(standings: Sequence[MemberStanding]) -> str:
    """Return ``last confirmed as of c. 2012`` (or ``… 2019 to 2024``) for the unconfirmed."""
    found = [
        (s.role.validity.last_confirmed_day(), c.as_of)
        for s in standings
        if s.standing is Standing.LAST_CONFIRMED and (c := s.role.validity.last_confirmed())
    ]
    whens = [text for day, text in sorted(found, key=lambda pair: pair[0] or date.min)]
    if not whens:
        return ""
    span = format_when(whens[0])
    if whens[-1] != whens[0]:
        span = translate("SinceArticlePage", "{first} to {last}").format(
            first=span, last=format_when(whens[-1])
        )
    text = translate("DatedPages", "last confirmed as of {when}").format(when=span)
    return f' · <span class="warning">{esc(text)}</span>'


def _now(item: ItemSince, on_text: str) -> str:
    parts = [_roster(item)]
    for label in dict.fromkeys(s.label for s in item.states):
        states = [s for s in item.states if s.label == label]
        title = esc(state_name(label))
        parts.append(f"<p>{title}:</p>{state_lines(states)}")
    parts.append(held_figures(item.counts))
    if item.shared:
        names = ", ".join(item_link(link) for link in item.shared)
        shared = translate("SinceArticlePage", "Organisations both sides belong to")
        parts.append(f"<p>{esc(shared)}: {names}</p>")
    body = "".join(p for p in parts if p)
    if not body:
        none = translate("SinceArticlePage", "No time-bound record holds on this day.")
        body = f'<p class="note">{esc(none)}</p>'
    return f"<p><b>{esc(on_text)}</b></p>{body}"


def change_text(change: DatedChange) -> str:
    """Return a dated event in words: ``Armenia: participation frozen``, ``Chair: Russia``."""
    match change.change:
        case Change.FOUNDED:
            return translate("SinceArticlePage", "{name} founded").format(name=change.subject)
        case Change.DISSOLVED:
            ended = translate("SinceArticlePage", "{name} ended, taken over by its successor")
            return ended.format(name=change.subject)
        case Change.ROLE_BEGAN:
            return f"{change.subject}: {role_name(change.value)}"
        case Change.ROLE_ENDED:
            return translate("SinceArticlePage", "{member}: no longer {role}").format(
                member=change.subject, role=role_name(change.value)
            )
        case Change.STATE_BEGAN:
            return f"{state_name(change.subject)}: {change.value}"
        case Change.COUNT:
            return f"{quantity_label(change.subject)}: {change.value}"
    return change.value  # pragma: no cover - every kind is matched above


def _changes(changes: Sequence[DatedChange], named: bool) -> str:
    """Return the dated changes as a table (``named``: say each role's organisation)."""
    if not changes:
        none = translate("SinceArticlePage", "No dated change is recorded in between.")
        return f'<p class="note">{esc(none)}</p>'
    rows = [
        (
            esc(format_when(c.when)),
            esc(change_text(c) + (f" ({c.organisation})" if named and c.organisation else "")),
            "; ".join(source_link(s) for s in c.sources),
        )
        for c in changes
    ]
    headings = (
        translate("SinceArticlePage", "Date"),
        translate("SinceArticlePage", "What changed"),
        translate("SinceArticlePage", "Sources"),
    )
    return table(headings, rows, set())


def _item(item: ItemSince, on_text: str) -> str:
    corrections = "".join(
        f"<li>{esc(f.text)} {provenance(f.source, f.as_of)}</li>" for f in item.corrections
    )
    between = translate("SinceArticlePage", "In between")
    corrected = translate("SinceArticlePage", "Corrections of the article")
    return (
        f"<h2>{item_link(item.item)}</h2>"
        + _said(item.article)
        + _now(item, on_text)
        + f"<p><b>{esc(between)}</b></p>"
        + _changes(item.changes, named=item.item.ref.kind is ItemKind.BORDER)
        + (f"<p>{esc(corrected)}:</p><ul>{corrections}</ul>" if corrections else "")
    )


def render_since_article(since: SinceArticle) -> str:
    """Return the page: each border and organisation, then (the article), now, in between."""
    day = format_day(since.on)
    on_text = translate("SinceArticlePage", "On {day}").format(day=day)
    intro = translate(
        "SinceArticlePage",
        "For each border and organisation: what the article (c. 2012) said, what holds on "
        "{day}, and every dated change in between, each with its sources.",
    ).format(day=day)
    body = f"<p>{esc(intro)}</p>" + "".join(_item(item, on_text) for item in since.items)
    kicker = as_of_sentence(since.on)
    title = translate("SinceArticlePage", "What changed since the article")
    return whole_page(title, kicker, body)
