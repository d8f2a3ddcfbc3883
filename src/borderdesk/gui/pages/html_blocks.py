"""Building blocks for the detail pages: escaped text, links, citations, lists and tables.

Pure Python (no Qt). Every data value goes through ``esc``; callers pass only HTML these
helpers produced.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from borderdesk.core.format import cite, format_km, format_number
from borderdesk.core.model import Fact, Figure, ItemKind, ItemRef, Link, Quote, SourceRef
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme

LINK_SCHEME = "borderdesk"

# Qt's rich text understands a subset of CSS 2.1: no font family here, so pages follow
# the application font; sizes are relative to it. Each page carries these rules; its
# colours come from the theme's ``style_sheet``, which the detail pane sets as the
# document's default, so a theme switch recolours the same HTML.
LAYOUT_STYLE = """
h1 { font-size: x-large; font-weight: 600; margin-bottom: 2px; }
h2 { font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: medium; font-weight: 600; margin-top: 12px; margin-bottom: 4px; }
p.kicker { margin-top: 0; }
.note { font-style: italic; }
.default { font-weight: 600; }
.warning { font-weight: 600; }
blockquote { margin-left: 18px; margin-right: 18px; font-style: italic; }
p.attribution { margin-left: 18px; margin-top: 2px; }
table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
th { text-align: left; font-weight: 600; padding: 4px 10px; }
td { padding: 4px 10px; }
td.num, th.num { text-align: right; }
.badge { font-weight: 600; }
.small { font-size: small; }
"""


LEADING = 145  # per cent: the body text's line height at the usual text size
LEAST_LEADING = 100  # at the largest text size: large type needs less room between lines


def leading_for(text_scale: float) -> int:
    """Return the line height (per cent) for a text size: 145% up to 100%, 100% at 250%."""
    share = (min(max(text_scale, 100.0), 250.0) - 100.0) / 150.0
    return round(LEADING - share * (LEADING - LEAST_LEADING))


def style_sheet(theme: Theme = DEFAULT_THEME, leading: int = LEADING) -> str:
    """Return the pages' whole style sheet: layout, line height and a theme's colours."""
    return LAYOUT_STYLE + (
        f"body, p, li {{ line-height: {leading}%; }}\n"
        f"body {{ color: {theme.text}; }}\n"
        f"a {{ color: {theme.link}; }}\n"
        f"p.kicker, .source, .note, p.attribution, .then {{ color: {theme.muted}; }}\n"
        f"blockquote {{ color: {theme.text}; }}\n"
        f".default {{ color: {theme.link}; }}\n"
        f".check {{ color: {theme.success}; }}\n"
        f".warning, .badge {{ color: {theme.warning}; }}\n"
        f"th {{ border-bottom: 1px solid {theme.muted}; }}\n"
        f"td {{ border-bottom: 1px solid {theme.rule}; }}\n"
    )


_QUANTITY_LABELS = {
    "length_km": "Length",
    "land_border_total_km": "Land border total",
    "member_count": "Member states",
    "observer_count": "Observer states",
    "population": "Population",
    "area_km2": "Area",
    "segments_total_km": "Total of the five segments",
    "headquarters": "Headquarters",
}


def esc(text: str) -> str:
    """Escape a data value for HTML text or attribute use."""
    return html.escape(text, quote=True)


def href(ref: ItemRef) -> str:
    """Return the internal link target for an item: ``borderdesk:border:kz-ru``."""
    return f"{LINK_SCHEME}:{ref.to_string()}"


def ref_link(ref: ItemRef, title: str) -> str:
    """Return an internal link to an item."""
    return f'<a href="{esc(href(ref))}">{esc(title)}</a>'


def item_link(link: Link) -> str:
    """Return an internal link for a ``Link`` record."""
    return ref_link(link.ref, link.title)


def source_link(source: SourceRef) -> str:
    """Return the short citation, linked to the source's own page."""
    return ref_link(ItemRef(ItemKind.SOURCE, source.id), cite(source))


def provenance(source: SourceRef, as_of: str = "") -> str:
    """Return ``— Source, as of date`` in the muted source style."""
    dated = f", as of {esc(as_of)}" if as_of else ""
    return f'<span class="source">\u2014 {source_link(source)}{dated}</span>'


def paragraph(text: str, css_class: str = "") -> str:
    """Return an escaped paragraph, or nothing for empty text."""
    if not text:
        return ""
    attr = f' class="{css_class}"' if css_class else ""
    return f"<p{attr}>{esc(text)}</p>"


def more_note(count: int, noun: str, where: str = "") -> str:
    """Return the line under a shortened list: how many more there are, and where to look."""
    if count <= 0:
        return ""
    hint = f" {where}" if where else ""
    return f'<p class="more">… and {count:,} more {esc(noun)}.{esc(hint)}</p>'


def section(title: str, body: str) -> str:
    """Return a titled section, or nothing when the body is empty."""
    return f"<h2>{esc(title)}</h2>{body}" if body else ""


def quotation(text: str, translation: str = "") -> str:
    """Return a supporting quote, marked as a quotation, with our translation under it.

    Its source is the one cited beside it (the fact's, figure's or row's): naming it a second
    time under the quote only repeats it.
    """
    if not text:
        return ""
    return f"<blockquote>“{esc(text)}”</blockquote>{our_translation(translation)}"


def our_translation(text: str) -> str:
    """Return our translation of quoted words, shown under them and labelled as ours."""
    if not text:
        return ""
    label = '<span class="note">(translation: BorderDesk)</span>'
    return f'<p class="translation">{esc(text)} {label}</p>'


UNCONFIRMED = "provenance-unconfirmed"


def attribution_status(quote: Quote) -> str:
    """Return how far the attribution is confirmed, in words a reader can act on."""
    said = f"“{quote.attribution}”" if quote.attribution else "no verb"
    if quote.status == UNCONFIRMED:
        return f"Attribution: {said} — provenance unconfirmed (not presented as an interview)."
    return f"Attribution: {said} — as published."


def quote_block(quote: Quote) -> str:
    """Return a quoted remark: the words, ``— Name, role, attribution (source)``, its status."""
    speaker = item_link(quote.speaker) if quote.speaker else esc(quote.speaker_name)
    parts = [speaker] + [esc(p) for p in (quote.speaker_role, quote.attribution) if p]
    css = "warning" if quote.status == UNCONFIRMED else "source"
    said = esc(attribution_status(quote))
    status = f'<p class="attribution"><span class="{css}">{said}</span></p>'
    note = paragraph(quote.note, "note attribution")
    return (
        f'<div class="quote"><blockquote>“{esc(quote.text)}”</blockquote>'
        f"{our_translation(quote.translation)}"
        f'<p class="attribution">— {", ".join(parts)} ({source_link(quote.source)})</p>'
        f"{status}{note}</div>"
    )


def quote_list(quotes: Iterable[Quote]) -> str:
    """Return every quote in order."""
    return "".join(quote_block(q) for q in quotes)


def fact_list(facts: Iterable[Fact]) -> str:
    """Return a bulleted list of facts, each with its source, date and any quote."""
    items = [
        f"<li>{esc(f.text)} {provenance(f.source, f.as_of)}"
        f"{quotation(f.quote, f.quote_translation)}</li>"
        for f in facts
    ]
    return f"<ul>{''.join(items)}</ul>" if items else ""


def link_list(links: Iterable[Link]) -> str:
    """Return a bulleted list of internal links."""
    items = [f"<li>{item_link(link)}</li>" for link in links]
    return f"<ul>{''.join(items)}</ul>" if items else ""


def quantity_label(quantity: str) -> str:
    """Return a reader's name for a quantity key."""
    return _QUANTITY_LABELS.get(quantity, quantity.replace("_", " ").capitalize())


def figure_value(figure: Figure) -> str:
    """Return a figure's value with its unit, unescaped: ``6,846 km``, ``9 states``."""
    if figure.unit == "km":
        return format_km(figure.value)
    return f"{format_number(figure.value)} {figure.unit}".strip()


def figure_list(figures: Iterable[Figure]) -> str:
    """Return a list of figures: label, value, source and date, note and quote."""
    items = []
    for f in figures:
        note = f' <span class="note">{esc(f.note)}</span>' if f.note else ""
        items.append(
            f"<li>{esc(quantity_label(f.quantity))}: <b>{esc(figure_value(f))}</b> "
            f"{provenance(f.source, f.as_of)}{note}"
            f"{quotation(f.quote, f.quote_translation)}</li>"
        )
    return f"<ul>{''.join(items)}</ul>" if items else ""


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: set[int]) -> str:
    """Return a table; headers are escaped here, cells must already be HTML."""

    def cls(i: int) -> str:
        return ' class="num"' if i in numeric else ""

    head = "".join(f"<th{cls(i)}>{esc(h)}</th>" for i, h in enumerate(headers))
    head_row = f"<tr>{head}</tr>" if head else ""
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{c}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f'<table cellspacing="0" cellpadding="4">{head_row}{body}</table>'


def page(title: str, kicker: str, body: str) -> str:
    """Return a whole page: layout rules, escaped title and kicker line, and body HTML."""
    kicker_html = paragraph(kicker, "kicker")
    return (
        f"<html><head><style>{LAYOUT_STYLE}</style></head><body>"
        f"<h1>{esc(title)}</h1>{kicker_html}{body}</body></html>"
    )
