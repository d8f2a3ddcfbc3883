"""Building blocks for the detail pages: escaped text, links, citations, lists and tables.

Pure Python (no Qt). Every data value goes through ``esc``; callers pass only HTML these
helpers produced. A text of ours that is not yet translated into the language asked for (it
fell back to Russian or English) carries a visible mark: ``[in English]``.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import fields, is_dataclass

from borderdesk.core.dates import format_date
from borderdesk.core.format import cite, format_km, format_number
from borderdesk.core.i18n import translate
from borderdesk.core.language import Language, Wording
from borderdesk.core.model import Fact, Figure, ItemKind, ItemRef, Link, Quote, SourceRef
from borderdesk.core.vocabulary import counted
from borderdesk.core.vocabulary import quantity_label as vocabulary_quantity
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
.fallback { font-size: small; font-style: normal; }
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
        f".warning, .badge, .fallback {{ color: {theme.warning}; }}\n"
        f"th {{ border-bottom: 1px solid {theme.muted}; }}\n"
        f"td {{ border-bottom: 1px solid {theme.rule}; }}\n"
    )


def esc(text: str) -> str:
    """Escape a data value for HTML text or attribute use."""
    return html.escape(text, quote=True)


def language_name(language: Language) -> str:
    """Return a language's name as the mark of a text in it says: ``in English``."""
    if language is Language.RU:
        return translate("Pages", "in Russian")
    if language is Language.KK:
        return translate("Pages", "in Kazakh")
    return translate("Pages", "in English")


def fallback_mark(record: object, field: str) -> str:
    """Return the mark of a text that fell back to another language (``[in English]``), or ""."""
    wording = getattr(record, "wording", None)
    if not isinstance(wording, Wording) or not getattr(record, field, ""):
        return ""
    found = wording.fell_back(field)
    if found is None:
        return ""
    return f' <span class="fallback">[{esc(language_name(found))}]</span>'


def worded(record: object, field: str) -> str:
    """Return a record's text, escaped, with its fallback mark when it is in another language."""
    return esc(str(getattr(record, field))) + fallback_mark(record, field)


def fell_back(record: object) -> bool:
    """Tell whether any text of a record, or of a record in it, fell back to another language."""
    if isinstance(record, tuple):
        return any(fell_back(item) for item in record if type(item) not in _LEAVES)
    parts = _parts(type(record))
    if parts is None:  # a text, a number, a class, a lazily made sequence ...
        return False
    wording = getattr(record, "wording", None)
    if isinstance(wording, Wording) and not wording.complete:
        return True
    for name in parts:
        value = getattr(record, name)
        if type(value) not in _LEAVES and fell_back(value):
            return True
    return False


# Values that hold no record: not looked into (Lengths by source of a large pack holds 24,000
# bars, each a key, a name and a number).
_LEAVES = frozenset({str, int, float, bool, type(None)})
_PARTS: dict[type, tuple[str, ...] | None] = {}


def _parts(cls: type) -> tuple[str, ...] | None:
    """Return the fields of a record class other than its wording; None if not a record.

    Worked out once per class: a large pack's page holds 50,000 records (the grid's 4,000
    rows, Lengths by source's 24,000 bars), and ``fields`` is slow to ask of each.
    """
    try:
        return _PARTS[cls]
    except KeyError:
        parts = None
        if is_dataclass(cls) and not issubclass(cls, type):
            parts = tuple(f.name for f in fields(cls) if f.name != "wording")
        _PARTS[cls] = parts
        return parts


def as_of_phrase(as_of: str) -> str:
    """Return ``, as of 1 July 2024`` (the date as the language writes it), or ""."""
    if not as_of:
        return ""
    return translate("Pages", ", as of {date}").format(date=format_date(as_of))


def fallback_note(record: object) -> str:
    """Return the page's note on texts not yet translated, or "" when every text is."""
    if not fell_back(record):
        return ""
    note = translate(
        "Pages",
        "Some texts on this page are not translated yet: they are shown in another "
        "language and marked, e.g. [in English].",
    )
    return f'<p class="note">{esc(note)}</p>'


def href(ref: ItemRef) -> str:
    """Return the internal link target for an item: ``borderdesk:border:kz-ru``."""
    return f"{LINK_SCHEME}:{ref.to_string()}"


def ref_link(ref: ItemRef, title: str) -> str:
    """Return an internal link to an item."""
    return f'<a href="{esc(href(ref))}">{esc(title)}</a>'


def item_link(link: Link) -> str:
    """Return an internal link for a ``Link`` record (marked when its title fell back)."""
    return ref_link(link.ref, link.title) + fallback_mark(link, "title")


def source_link(source: SourceRef) -> str:
    """Return the short citation, linked to the source's own page."""
    return ref_link(ItemRef(ItemKind.SOURCE, source.id), cite(source))


def provenance(source: SourceRef, as_of: str = "", *, undated: bool = False) -> str:
    """Return ``— Source, as of date`` in the muted source style (``— Source, undated``)."""
    dated = as_of_phrase(as_of)
    if undated and not as_of:
        dated = translate("Pages", ", undated")
    return f'<span class="source">\u2014 {source_link(source)}{esc(dated)}</span>'


def paragraph(text: str, css_class: str = "", mark: str = "") -> str:
    """Return an escaped paragraph (ending in a fallback ``mark``), or nothing for empty text."""
    if not text:
        return ""
    attr = f' class="{css_class}"' if css_class else ""
    return f"<p{attr}>{esc(text)}{mark}</p>"


def text_of(record: object, field: str, css_class: str = "") -> str:
    """Return a paragraph of a record's text, marked when it fell back to another language."""
    return paragraph(str(getattr(record, field)), css_class, fallback_mark(record, field))


def more_note(count: int, sentence: str, where: str = "") -> str:
    """Return the line under a shortened list: how many more there are, and where to look.

    ``sentence`` is already in the interface language (a ``Counted.tr`` plural); its
    ``{count}`` is written here with the language's grouping.
    """
    if count <= 0:
        return ""
    text = sentence.format(count=format_number(count))
    hint = f" {where}" if where else ""
    return f'<p class="more">{esc(text)}{esc(hint)}</p>'


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
    label = esc(translate("Pages", "(translation: BorderDesk)"))
    return f'<p class="translation">{esc(text)} <span class="note">{label}</span></p>'


UNCONFIRMED = "provenance-unconfirmed"


def attribution_status(quote: Quote) -> str:
    """Return how far the attribution is confirmed, in words a reader can act on."""
    said = f"“{quote.attribution}”" if quote.attribution else translate("Pages", "no verb")
    if quote.status == UNCONFIRMED:
        return translate(
            "Pages",
            "Attribution: {said} — provenance unconfirmed (not presented as an interview).",
        ).format(said=said)
    return translate("Pages", "Attribution: {said} — as published.").format(said=said)


def quote_block(quote: Quote) -> str:
    """Return a quoted remark: the words, ``— Name, role, attribution (source)``, its status."""
    speaker = item_link(quote.speaker) if quote.speaker else esc(quote.speaker_name)
    parts = [speaker] + [
        worded(quote, name) for name in ("speaker_role", "attribution") if getattr(quote, name)
    ]
    css = "warning" if quote.status == UNCONFIRMED else "source"
    said = esc(attribution_status(quote))
    status = f'<p class="attribution"><span class="{css}">{said}</span></p>'
    note = paragraph(quote.note, "note attribution", fallback_mark(quote, "note"))
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
        f"<li>{worded(f, 'text')} {provenance(f.source, f.as_of)}"
        f"{quotation(f.quote, f.quote_translation)}</li>"
        for f in facts
    ]
    return f"<ul>{''.join(items)}</ul>" if items else ""


def link_list(links: Iterable[Link]) -> str:
    """Return a bulleted list of internal links."""
    items = [f"<li>{item_link(link)}</li>" for link in links]
    return f"<ul>{''.join(items)}</ul>" if items else ""


def quantity_label(quantity: str) -> str:
    """Return a reader's name for a quantity key, in the interface language."""
    return vocabulary_quantity(quantity)


def figure_value(figure: Figure) -> str:
    """Return a figure's value with its unit, unescaped: ``6,846 km``, ``9 states``."""
    if figure.unit == "km":
        return format_km(figure.value)
    return counted(figure.value, figure.unit)


def figure_list(figures: Iterable[Figure]) -> str:
    """Return a list of figures: label, value, source and date, note and quote."""
    items = []
    for f in figures:
        note = f' <span class="note">{worded(f, "note")}</span>' if f.note else ""
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


def page(
    title: str, kicker: str, body: str, *, record: object = None, title_field: str = ""
) -> str:
    """Return a whole page: layout rules, escaped title and kicker line, and body HTML.

    With the ``record`` shown, a title that fell back is marked, and a note under the kicker
    says that some texts are not translated yet.
    """
    kicker_html = paragraph(kicker, "kicker")
    mark = fallback_mark(record, title_field) if title_field else ""
    return (
        f"<html><head><style>{LAYOUT_STYLE}</style></head><body>"
        f"<h1>{esc(title)}{mark}</h1>{kicker_html}{fallback_note(record)}{body}</body></html>"
    )
