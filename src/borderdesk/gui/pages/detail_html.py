"""Render every detail record as an HTML page for the detail pane (pure Python, no Qt).

Every data value is escaped; every figure carries its source; internal links are
``borderdesk:<kind>:<key>``.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from borderdesk.core.editions import discontinued_note, published_by
from borderdesk.core.format import cite, format_km, format_percent
from borderdesk.core.members import shared_on
from borderdesk.core.model import (
    BorderDetail,
    EventDetail,
    Figure,
    ItemKind,
    ItemRef,
    OrganisationDetail,
    Overview,
    PersonDetail,
    SourceDetail,
    SourceRef,
    TopicDetail,
    more_rows,
)
from borderdesk.core.on_date import figures_by, said_by, states_on
from borderdesk.core.pages import LengthsPage, OrganisationGrid, Page, Timeline
from borderdesk.core.since_article import SinceArticle
from borderdesk.gui.pages.dated import as_of_line, hidden_note, state_history, state_lines, tr
from borderdesk.gui.pages.grid import render_grid
from borderdesk.gui.pages.html_blocks import (
    esc,
    fact_list,
    figure_list,
    figure_value,
    item_link,
    link_list,
    more_note,
    page,
    paragraph,
    provenance,
    quantity_label,
    quote_list,
    ref_link,
    section,
    source_link,
    table,
)
from borderdesk.gui.pages.lengths import (
    TOTAL_HEADERS,
    comparison_table,
    render_lengths_page,
    why_section,
)
from borderdesk.gui.pages.map_length import map_length_block
from borderdesk.gui.pages.notes import corrections_section, split_notes, then_now_section
from borderdesk.gui.pages.organisation import render_organisation
from borderdesk.gui.pages.since_article import render_since_article
from borderdesk.gui.pages.timeline import render_timeline

# Totals agree when they differ by less than this (published lengths carry 2 decimals at most).
TOTAL_TOLERANCE_KM = 0.01


def render_detail(detail: Page, on: date | None = None) -> str:
    """Return the HTML page for any page record, as of a day (today when None)."""
    on = on or date.today()
    match detail:
        case Overview():
            return render_overview(detail, on)
        case BorderDetail():
            return render_border(detail, on)
        case OrganisationDetail():
            return render_organisation(detail, on)
        case TopicDetail():
            return render_topic(detail, on)
        case PersonDetail():
            return render_person(detail, on)
        case EventDetail():
            return render_event(detail, on)
        case SourceDetail():
            return render_source(detail)
        case LengthsPage():
            return render_lengths_page(detail)
        case OrganisationGrid():
            return render_grid(detail)
        case Timeline():
            return render_timeline(detail)
        case SinceArticle():
            return render_since_article(detail)
    raise TypeError(f"no page for {type(detail).__name__}")  # pragma: no cover


def render_message(title: str, message: str) -> str:
    """Return a plain page with a title and a message (placeholders, not-found)."""
    return page(title, "", paragraph(message))


def total_check(computed_km: float, stated: Figure) -> str:
    """Return a check mark when the segments add up to the stated total, else a warning."""
    difference = computed_km - stated.value
    if abs(difference) < TOTAL_TOLERANCE_KM:
        return '<p class="check">✓ The segments add up to the stated total.</p>'
    direction = "more" if difference > 0 else "less"
    return (
        f'<p class="warning">⚠ The segments add up to {esc(format_km(computed_km))}, '
        f"{esc(format_km(abs(difference)))} {direction} than the stated total of "
        f"{esc(format_km(stated.value))}.</p>"
    )


def render_overview(overview: Overview, on: date) -> str:
    """Return the Kazakhstan overview as of a day: totals, segments, notes and dated facts."""
    segments = overview.segments
    computed = overview.computed_total_km
    cited = sorted({cite(s.length.source): s.length.source for s in segments}.items())
    segment_sources = ", ".join(source_link(src) for _, src in cited)
    segment_count = len(segments) + more_rows(overview.more, "segments")
    totals = (
        f"<p>Total of the {segment_count:,} segments: <b>{esc(format_km(computed))}</b> "
        f'<span class="source">(computed from {segment_sources or "no segments"})</span></p>'
        f"<p>Stated total: <b>{esc(figure_value(overview.stated_total))}</b> "
        f"{provenance(overview.stated_total.source, overview.stated_total.as_of)}</p>"
        f"{total_check(computed, overview.stated_total)}"
    )
    rows = [
        (
            ref_link(ItemRef(ItemKind.BORDER, s.key), s.neighbour),
            esc(format_km(s.length.value)),
            esc(format_percent(s.length.value / computed)) if computed else "—",
            provenance(s.length.source, s.length.as_of),
        )
        for s in segments
    ]
    totals_then = _published(overview.totals, on)
    facts = said_by(overview.facts, on)
    figures = figures_by(overview.figures, on)
    more = overview.more
    longest = (
        f"<p>The {len(segments):,} longest of {len(segments) + more_rows(more, 'segments'):,} "
        "segments:</p>"
        if more_rows(more, "segments")
        else ""
    )
    every_border = "Every border is listed under Borders in the list."
    body = (
        as_of_line(on)
        + paragraph(overview.description)
        + section(
            "Land border",
            totals
            + longest
            + table(("Neighbour", "Length", "Share", "Source"), rows, {1, 2})
            + more_note(more_rows(more, "segments"), "borders", every_border),
        )
        + section("Totals by source", comparison_table(totals_then, TOTAL_HEADERS))
        + _ended_notes(totals_then, on)
        + why_section(said_by(overview.discrepancies, on))
        + more_note(more_rows(more, "discrepancies"), "notes on why they differ")
        + then_now_section(overview.figures, (), on)
        + section("Landlocked", paragraph(overview.landlocked_note))
        + section(
            "The Caspian Sea",
            fact_list(said_by(overview.caspian, on))
            + more_note(more_rows(more, "caspian"), "facts"),
        )
        + section("Facts", fact_list(facts) + more_note(more_rows(more, "facts"), "facts"))
        + section(
            "Figures", figure_list(figures) + more_note(more_rows(more, "figures"), "figures")
        )
        + hidden_note(len(overview.facts) - len(facts) + len(overview.figures) - len(figures), on)
    )
    return page(overview.title, "Overview", body)


def _published(figures: tuple[Figure, ...], on: date) -> tuple[Figure, ...]:
    """Return the figures of sources published by the day; the reference is always kept."""
    return tuple(f for f in figures if f.is_default or published_by(f.source, on))


def _ended_notes(figures: tuple[Figure, ...], on: date) -> str:
    """Say under a table which of its sources have ended (the CIA Factbook, February 2026)."""
    notes = {
        f.source.label: discontinued_note(f.source, on)
        for f in figures
        if discontinued_note(f.source, on)
    }
    items = [f"<li>{esc(label)}: {esc(note)}.</li>" for label, note in notes.items()]
    return f'<ul class="note">{"".join(items)}</ul>' if items else ""


def render_border(border: BorderDetail, on: date) -> str:
    """Return a border as of a day: lengths by source, legal status, shared organisations."""
    default = next((f for f in border.lengths if f.is_default), None)
    share = ""
    if default is not None:
        share = (
            f"<p>{esc(format_percent(border.share_of_total))} of Kazakhstan's land border, "
            f"by the default source, {source_link(default.source)}.</p>"
        )
    lengths = _published(border.lengths, on)
    shared = shared_on(border.memberships, "KZ", border.neighbour_key, on)
    history = said_by(border.history, on)
    body = (
        as_of_line(on)
        + paragraph(border.description)
        + section("Length by source", comparison_table(lengths) + share)
        + _ended_notes(lengths, on)
        + why_section(
            said_by(border.discrepancies, on), map_length_block(border.map_measure, lengths)
        )
        + section(tr("Legal status"), state_lines(states_on(border.status, on, "status")))
        + section("Challenges", fact_list(said_by(border.challenges, on)))
        + section("Relations", fact_list(said_by(border.relations, on)))
        + section("History", fact_list(history))
        + section(tr("Legal status over time"), state_history(border.status))
        + section(f"Organisations shared with {border.neighbour}", link_list(shared))
        + section("Quotes", quote_list(border.quotes))
        + section("Topics", link_list(border.topics))
        + section("Events", link_list(border.events))
    )
    kicker = f"Kazakhstan's border with {border.neighbour} · {_rank_phrase(border.rank)}"
    return page(border.neighbour, kicker, body)


def _rank_phrase(rank: int) -> str:
    """Return ``the longest segment``, ``2nd longest segment`` ..."""
    if rank == 1:
        return "the longest segment"
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"{rank}{suffix} longest segment"


def render_topic(topic: TopicDetail, on: date) -> str:
    """Return a topic or threat and where the content mentions it (by the day)."""
    mentions = said_by(topic.mentions, on)
    body = (
        paragraph(topic.description)
        + section("Mentions", fact_list(mentions))
        + hidden_note(len(topic.mentions) - len(mentions), on)
        + section("Related", link_list(topic.related))
    )
    return page(topic.name, "Topic", body)


def render_person(person: PersonDetail, on: date) -> str:
    """Return a person: role, aliases, facts known by the day and quotes."""
    aliases = paragraph("Also known as " + ", ".join(person.aliases)) if person.aliases else ""
    known = said_by(person.facts, on)
    facts, notes = split_notes(known)
    body = (
        aliases
        + paragraph(person.description)
        + corrections_section(notes)
        + section("Facts", fact_list(facts))
        + hidden_note(len(person.facts) - len(known), on)
        + section("Quotes", quote_list(person.quotes))
        + section("Related", link_list(person.related))
    )
    return page(person.name, person.role, body)


def render_event(event: EventDetail, on: date) -> str:
    """Return a dated event, with the facts known by the day."""
    facts = said_by(event.facts, on)
    body = (
        paragraph(event.description)
        + section("Facts", fact_list(facts))
        + hidden_note(len(event.facts) - len(facts), on)
        + section("Related", link_list(event.related))
    )
    return page(event.title, event.date, body)


def _external_link(url: str) -> str:
    """Link http(s) addresses (the pane asks before opening); show anything else as text."""
    if urlsplit(url).scheme.lower() in ("http", "https"):
        return f'<a href="{esc(url)}">{esc(url)}</a>'
    return esc(url)


def _self_cited(text: str, ref: SourceRef, css_class: str = "") -> str:
    """Return a paragraph about what a source says, citing the source itself."""
    if not text:
        return ""
    attr = f' class="{css_class}"' if css_class else ""
    return f"<p{attr}>{esc(text)} {provenance(ref)}</p>"


def render_source(detail: SourceDetail) -> str:
    """Return a source: what it is, what it covers, and what rests on it."""
    src = detail.source
    ref = src.ref
    rows = [
        (name, value)
        for name, value in (
            ("Short name", esc(ref.label)),
            ("Publisher", esc(ref.publisher)),
            ("Edition", esc(ref.edition)),
            ("Author", esc(src.author)),
            ("Date", esc(src.date)),
            ("Kind", esc(src.kind)),
            ("Address", _external_link(src.url) if src.url else ""),
        )
        if value
    ]
    count = detail.figure_count
    used = f"<p>{count:,} {'figure rests' if count == 1 else 'figures rest'} on this source.</p>"
    figures = [
        (
            item_link(use.item),
            esc(quantity_label(use.figure.quantity)),
            f"<b>{esc(figure_value(use.figure))}</b> {provenance(ref, use.figure.as_of)}",
        )
        for use in detail.figures
    ]
    body = (
        table((), rows, set())
        + section("What it covers", _self_cited(src.covers, ref))
        + section("Note", _self_cited(src.note, ref, "note"))
        + section(
            "Figures resting on it",
            table(("Shown on", "Figure", "Value"), figures, set())
            + more_note(more_rows(detail.more, "figures"), "figures"),
        )
        + section(
            "Used by",
            used
            + link_list(detail.used_by)
            + more_note(more_rows(detail.more, "used_by"), "items"),
        )
    )
    return page(ref.title, "Source", body)
