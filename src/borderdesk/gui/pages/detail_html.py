"""Render every detail record as an HTML page for the detail pane (pure Python, no Qt).

Every data value is escaped; every figure carries its source; internal links are
``borderdesk:<kind>:<key>``.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from borderdesk.core.dates import format_date
from borderdesk.core.editions import discontinued_note, published_by
from borderdesk.core.format import cite, format_km, format_number, format_percent
from borderdesk.core.i18n import Counted, translate
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
from borderdesk.core.vocabulary import source_kind
from borderdesk.gui.pages.dated import (
    as_of_line,
    hidden_note,
    state_history,
    state_lines,
    state_name,
)
from borderdesk.gui.pages.grid import render_grid
from borderdesk.gui.pages.html_blocks import (
    esc,
    fact_list,
    fallback_mark,
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
    text_of,
    worded,
)
from borderdesk.gui.pages.lengths import (
    comparison_table,
    render_lengths_page,
    total_headers,
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
        ok = translate("Pages", "The segments add up to the stated total.")
        return f'<p class="check">✓ {esc(ok)}</p>'
    if difference > 0:
        template = translate(
            "Pages",
            "The segments add up to {sum}, {difference} more than the stated total of {total}.",
        )
    else:
        template = translate(
            "Pages",
            "The segments add up to {sum}, {difference} less than the stated total of {total}.",
        )
    text = template.format(
        sum=format_km(computed_km),
        difference=format_km(abs(difference)),
        total=format_km(stated.value),
    )
    return f'<p class="warning">⚠ {esc(text)}</p>'


def render_overview(overview: Overview, on: date) -> str:
    """Return the Kazakhstan overview as of a day: totals, segments, notes and dated facts."""
    segments = overview.segments
    computed = overview.computed_total_km
    cited = sorted({cite(s.length.source): s.length.source for s in segments}.items())
    segment_sources = ", ".join(source_link(src) for _, src in cited)
    more = overview.more
    segment_more = more_rows(more, "segments")
    segment_count = len(segments) + segment_more
    total_of = Counted.tr("Total of the %n segment(s):", "", segment_count)
    computed_from = translate("Pages", "(computed from {sources})").format(
        sources="\x00"  # the sources' links go in after escaping
    )
    computed_from = esc(computed_from).replace(
        "\x00", segment_sources or esc(translate("Pages", "no segments"))
    )
    stated = esc(translate("Pages", "Stated total:"))
    totals = (
        f"<p>{esc(total_of)} <b>{esc(format_km(computed))}</b> "
        f'<span class="source">{computed_from}</span></p>'
        f"<p>{stated} "
        f"<b>{esc(figure_value(overview.stated_total))}</b> "
        f"{provenance(overview.stated_total.source, overview.stated_total.as_of)}</p>"
        f"{total_check(computed, overview.stated_total)}"
    )
    rows = [
        (
            ref_link(ItemRef(ItemKind.BORDER, s.key), s.neighbour) + fallback_mark(s, "neighbour"),
            esc(format_km(s.length.value)),
            esc(format_percent(s.length.value / computed)) if computed else "—",
            provenance(s.length.source, s.length.as_of),
        )
        for s in segments
    ]
    headers = (
        translate("Pages", "Neighbour"),
        translate("Pages", "Length"),
        translate("Pages", "Share"),
        translate("Pages", "Source"),
    )
    longest = ""
    if segment_more:
        longest = translate("Pages", "The {shown} longest of {count} segments:").format(
            shown=format_number(len(segments)), count=format_number(segment_count)
        )
        longest = f"<p>{esc(longest)}</p>"
    every_border = translate("Pages", "Every border is listed under Borders in the list.")
    discrepancies, caspian, more_facts, more_figures = (
        more_rows(more, name) for name in ("discrepancies", "caspian", "facts", "figures")
    )
    totals_then = _published(overview.totals, on)
    facts = said_by(overview.facts, on)
    figures = figures_by(overview.figures, on)
    body = (
        as_of_line(on)
        + text_of(overview, "description")
        + section(
            translate("Pages", "Land border"),
            totals
            + longest
            + table(headers, rows, {1, 2})
            + more_note(
                segment_more,
                Counted.tr("… and {count} more border(s).", "", segment_more),
                every_border,
            ),
        )
        + section(
            translate("Pages", "Totals by source"),
            comparison_table(totals_then, total_headers()),
        )
        + _ended_notes(totals_then, on)
        + why_section(said_by(overview.discrepancies, on))
        + more_note(
            discrepancies,
            Counted.tr("… and {count} more note(s) on why they differ.", "", discrepancies),
        )
        + then_now_section(overview.figures, (), on)
        + section(translate("Pages", "Landlocked"), text_of(overview, "landlocked_note"))
        + section(
            translate("Pages", "The Caspian Sea"),
            fact_list(said_by(overview.caspian, on))
            + more_note(caspian, Counted.tr("… and {count} more fact(s).", "", caspian)),
        )
        + section(
            translate("Pages", "Facts"),
            fact_list(facts)
            + more_note(more_facts, Counted.tr("… and {count} more fact(s).", "", more_facts)),
        )
        + section(
            translate("Pages", "Figures"),
            figure_list(figures)
            + more_note(
                more_figures, Counted.tr("… and {count} more figure(s).", "", more_figures)
            ),
        )
        + hidden_note(len(overview.facts) - len(facts) + len(overview.figures) - len(figures), on)
    )
    return page(
        overview.title,
        translate("Pages", "Overview"),
        body,
        record=overview,
        title_field="title",
    )


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
        sentence = translate(
            "Pages", "{share} of Kazakhstan's land border, by the default source, {source}."
        ).format(share=format_percent(border.share_of_total), source="\x00")
        share = "<p>" + esc(sentence).replace("\x00", source_link(default.source)) + "</p>"
    lengths = _published(border.lengths, on)
    shared = shared_on(border.memberships, "KZ", border.neighbour_key, on)
    history = said_by(border.history, on)
    body = (
        as_of_line(on)
        + text_of(border, "description")
        + section(translate("Pages", "Length by source"), comparison_table(lengths) + share)
        + _ended_notes(lengths, on)
        + why_section(
            said_by(border.discrepancies, on), map_length_block(border.map_measure, lengths)
        )
        + section(state_name("status"), state_lines(states_on(border.status, on, "status")))
        + section(translate("Pages", "Challenges"), fact_list(said_by(border.challenges, on)))
        + section(translate("Pages", "Relations"), fact_list(said_by(border.relations, on)))
        + section(translate("Pages", "History"), fact_list(history))
        + section(translate("Pages", "Legal status over time"), state_history(border.status))
        + section(
            translate("Pages", "Organisations shared with {neighbour}").format(
                neighbour=border.neighbour
            ),
            link_list(shared),
        )
        + section(translate("Pages", "Quotes"), quote_list(border.quotes))
        + section(translate("Pages", "Topics"), link_list(border.topics))
        + section(translate("Pages", "Events"), link_list(border.events))
    )
    kicker = translate("Pages", "Kazakhstan's border with {neighbour} · {rank}").format(
        neighbour=border.neighbour, rank=_rank_phrase(border.rank)
    )
    return page(border.neighbour, kicker, body, record=border, title_field="neighbour")


def _rank_phrase(rank: int) -> str:
    """Return ``the longest segment``, ``2nd longest segment`` ..."""
    if rank == 1:
        return translate("Pages", "the longest segment")
    if rank == 2:
        return translate("Pages", "2nd longest segment")
    if rank == 3:
        return translate("Pages", "3rd longest segment")
    return translate("Pages", "{rank}th longest segment").format(rank=rank)


def render_topic(topic: TopicDetail, on: date) -> str:
    """Return a topic or threat and where the content mentions it (by the day)."""
    mentions = said_by(topic.mentions, on)
    body = (
        text_of(topic, "description")
        + section(translate("Pages", "Mentions"), fact_list(mentions))
        + hidden_note(len(topic.mentions) - len(mentions), on)
        + section(translate("Pages", "Related"), link_list(topic.related))
    )
    return page(topic.name, translate("Pages", "Topic"), body, record=topic, title_field="name")


def render_person(person: PersonDetail, on: date) -> str:
    """Return a person: role, aliases, facts known by the day and quotes."""
    also = translate("Pages", "Also known as {names}")
    aliases = paragraph(also.format(names=", ".join(person.aliases))) if person.aliases else ""
    known = said_by(person.facts, on)
    facts, notes = split_notes(known)
    body = (
        aliases
        + text_of(person, "description")
        + corrections_section(notes)
        + section(translate("Pages", "Facts"), fact_list(facts))
        + hidden_note(len(person.facts) - len(known), on)
        + section(translate("Pages", "Quotes"), quote_list(person.quotes))
        + section(translate("Pages", "Related"), link_list(person.related))
    )
    return page(person.name, person.role, body, record=person, title_field="name")


def render_event(event: EventDetail, on: date) -> str:
    """Return a dated event, with the facts known by the day."""
    facts = said_by(event.facts, on)
    body = (
        text_of(event, "description")
        + section(translate("Pages", "Facts"), fact_list(facts))
        + hidden_note(len(event.facts) - len(facts), on)
        + section(translate("Pages", "Related"), link_list(event.related))
    )
    when = " – ".join(format_date(part) for part in event.date.split("/"))
    return page(event.title, when, body, record=event, title_field="title")


def _external_link(url: str) -> str:
    """Link http(s) addresses (the pane asks before opening); show anything else as text."""
    if urlsplit(url).scheme.lower() in ("http", "https"):
        return f'<a href="{esc(url)}">{esc(url)}</a>'
    return esc(url)


def _self_cited(text: str, ref: SourceRef, css_class: str = "", *, mark: str = "") -> str:
    """Return a paragraph about what a source says, citing the source itself."""
    if not text:
        return ""
    attr = f' class="{css_class}"' if css_class else ""
    return f"<p{attr}>{esc(text)}{mark} {provenance(ref)}</p>"


def render_source(detail: SourceDetail) -> str:
    """Return a source: what it is, what it covers, and what rests on it."""
    src = detail.source
    ref = src.ref
    rows = [
        (esc(name), value)
        for name, value in (
            (translate("Pages", "Short name"), worded(ref, "label")),
            (translate("Pages", "Publisher"), esc(ref.publisher)),
            (translate("Pages", "Edition"), worded(ref, "edition")),
            (translate("Pages", "Author"), esc(src.author)),
            (translate("Pages", "Date"), esc(format_date(src.date))),
            (translate("Pages", "Kind"), esc(source_kind(src.kind))),
            (translate("Pages", "Address"), _external_link(src.url) if src.url else ""),
        )
        if value
    ]
    count = detail.figure_count
    more_figures, more_items = more_rows(detail.more, "figures"), more_rows(detail.more, "used_by")
    if count == 1:
        used = translate("Pages", "1 figure rests on this source.")
    else:
        used = Counted.tr("{count} figure(s) rest on this source.", "", count)
    used = f"<p>{esc(used.format(count=format_number(count)))}</p>"
    figures = [
        (
            item_link(use.item),
            esc(quantity_label(use.figure.quantity)),
            f"<b>{esc(figure_value(use.figure))}</b> {provenance(ref, use.figure.as_of)}",
        )
        for use in detail.figures
    ]
    headers = (
        translate("Pages", "Shown on"),
        translate("Pages", "Figure"),
        translate("Pages", "Value"),
    )
    body = (
        table((), rows, set())
        + section(
            translate("Pages", "What it covers"),
            _self_cited(src.covers, ref, mark=fallback_mark(src, "covers")),
        )
        + section(
            translate("Pages", "Note"),
            _self_cited(src.note, ref, "note", mark=fallback_mark(src, "note")),
        )
        + section(
            translate("Pages", "Figures resting on it"),
            table(headers, figures, set())
            + more_note(
                more_figures, Counted.tr("… and {count} more figure(s).", "", more_figures)
            ),
        )
        + section(
            translate("Pages", "Used by"),
            used
            + link_list(detail.used_by)
            + more_note(more_items, Counted.tr("… and {count} more item(s).", "", more_items)),
        )
    )
    return page(ref.title, translate("Pages", "Source"), body, record=detail)
