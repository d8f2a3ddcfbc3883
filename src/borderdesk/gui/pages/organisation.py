"""An organisation's page as of a date: members by role, seat, chair and counts then true."""

from __future__ import annotations

from datetime import date

from borderdesk.core.as_of import format_when
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted, translate
from borderdesk.core.members import Roster, roster
from borderdesk.core.model import OrganisationDetail, more_rows
from borderdesk.core.on_date import figures_by, figures_on, said_by, states_on
from borderdesk.core.roles import Group, MemberStanding
from borderdesk.core.validity import Standing
from borderdesk.core.vocabulary import role_name
from borderdesk.gui.pages.dated import (
    as_of_line,
    confirmed_by,
    held_figures,
    hidden_note,
    interval,
    seen_note,
    state_history,
    state_lines,
    state_name,
)
from borderdesk.gui.pages.html_blocks import (
    esc,
    fact_list,
    figure_list,
    link_list,
    more_note,
    page,
    paragraph,
    quote_list,
    section,
    source_link,
    table,
)
from borderdesk.gui.pages.notes import corrections_section, then_now_section

GROUP_TITLES = {
    Group.MEMBERS: QT_TRANSLATE_NOOP("OrganisationPage", "Members"),
    Group.SUSPENDED: QT_TRANSLATE_NOOP(
        "OrganisationPage", "Members whose participation is suspended or frozen"
    ),
    Group.OBSERVERS: QT_TRANSLATE_NOOP("OrganisationPage", "Observers"),
    Group.PARTNERS: QT_TRANSLATE_NOOP("OrganisationPage", "Partners"),
    Group.APPLICANTS: QT_TRANSLATE_NOOP("OrganisationPage", "Applicants"),
    Group.FORMER: QT_TRANSLATE_NOOP("OrganisationPage", "Former members"),
    Group.NOT_MEMBERS: QT_TRANSLATE_NOOP("OrganisationPage", "Not members (as sources say)"),
}


def _group_title(title: str) -> str:
    """Return a group's heading (marked in ``GROUP_TITLES``) in the interface language."""
    return translate("OrganisationPage", title)


def _standing_cell(s: MemberStanding) -> str:
    """Return the sources of one membership's role and how sure its standing is."""
    validity = s.role.validity
    if s.standing is Standing.ENDED:
        return interval(validity)
    parts = [interval(validity), confirmed_by(validity)]
    sure = seen_note(s.standing, validity.last_confirmed())
    if sure:
        parts.append(sure)
    return "<br>".join(p for p in parts if p)


def _member_rows(standings: tuple[MemberStanding, ...]) -> str:
    rows = []
    for s in standings:
        notes = [n for n in (s.role.note, s.membership.note) if n]
        note = "".join(paragraph(n, "note") for n in dict.fromkeys(notes))
        rows.append(
            (esc(s.membership.member), esc(role_name(s.role.role)), _standing_cell(s) + note)
        )
    if not rows:
        return ""
    headings = (
        translate("OrganisationPage", "Member"),
        translate("OrganisationPage", "Role"),
        translate("OrganisationPage", "Dates and sources"),
    )
    return table(headings, rows, set())


def _count_check(listed: Roster, on: date) -> str:
    """Warn when a count in force on the day disagrees with the members listed."""
    held = figures_on(listed.organisation.figures, on, "member_count")
    counted = len(listed.counted)
    wrong = [h for h in held if h.record.value != counted]
    if not wrong:
        return ""
    text = Counted.tr(
        "The list above has {listed} member(s); {source} counts {stated}.", "", counted
    ).format(listed=counted, source=wrong[0].record.source.label, stated=int(wrong[0].record.value))
    return f'<p class="warning">⚠ {esc(text)}</p>'


def _existence(org: OrganisationDetail, on: date) -> str:
    validity = org.validity
    begun, ended = validity.start(), validity.end()
    if begun is not None and on < begun and validity.since_source is not None:
        text = translate("OrganisationPage", "Not yet founded on this day: it began on {when}.")
        return (
            f'<p class="warning">{esc(text.format(when=format_when(validity.since)))} '
            f"({source_link(validity.since_source)})</p>"
        )
    if ended is not None and on >= ended and validity.until_source is not None:
        text = translate(
            "OrganisationPage", "No longer in existence on this day: it ended on {when}."
        )
        return (
            f'<p class="warning">{esc(text.format(when=format_when(validity.until)))} '
            f"({source_link(validity.until_source)})</p>"
        )
    return ""


def render_organisation(org: OrganisationDetail, on: date) -> str:
    """Return an organisation as of a day: who belonged in which role, seat, chair, counts."""
    listed = roster(org, on)
    more = more_rows(org.more, "memberships")  # a large pack's page lists the first ones
    groups = "".join(
        section(
            f"{_group_title(title)} ({len(listed.group(group))})",
            _member_rows(listed.group(group)),
        )
        for group, title in GROUP_TITLES.items()
    ) + more_note(
        more,
        Counted.tr("… and {count} more membership(s).", "", more),
        translate("OrganisationPage", "The groups above count the listed ones only."),
    )
    counts = "".join(
        held_figures(figures_on(org.figures, on, quantity))
        for quantity in ("member_count", "observer_count", "partner_count")
    )
    glance = (
        section(
            state_name("headquarters"),
            state_lines(states_on(org.headquarters, on, "headquarters")),
        )
        + section(state_name("chair"), state_lines(states_on(org.chairs, on, "chair")))
        + section(
            translate("OrganisationPage", "Member counts"),
            counts + ("" if more else _count_check(listed, on)),
        )
    )
    founded = said_by(org.founded, on)
    statements = said_by(org.headquarters, on)
    notes = said_by(org.notes, on)
    mandate = said_by(org.mandate, on)
    role = said_by(org.kazakhstan_role, on)
    hidden = sum(
        len(all_) - len(shown)
        for all_, shown in (
            ([f for f in org.founded if not f.is_state], founded),
            ([f for f in org.headquarters if not f.is_state], statements),
            (org.notes, notes),
            (org.mandate, mandate),
            (org.kazakhstan_role, role),
        )
    )
    sources = [
        f"<li>{source_link(s)}: {esc(s.title)}, {esc(s.publisher)}, {esc(s.edition)}</li>"
        for s in org.sources
    ]
    body = (
        as_of_line(on)
        + _existence(org, on)
        + paragraph(org.description)
        + glance
        + groups
        + then_now_section(org.figures, (*org.headquarters, *org.chairs), on)
        + corrections_section(notes)
        + section(translate("OrganisationPage", "Founded"), fact_list(founded))
        + section(
            translate("OrganisationPage", "Headquarters over time"),
            state_history(org.headquarters) + fact_list(statements),
        )
        + section(translate("OrganisationPage", "Chairs over time"), state_history(org.chairs))
        + section(translate("OrganisationPage", "Mandate"), fact_list(mandate))
        + section(translate("OrganisationPage", "Kazakhstan's role"), fact_list(role))
        + hidden_note(hidden, on)
        + section(
            translate("OrganisationPage", "Figures"), figure_list(figures_by(org.figures, on))
        )
        + section(translate("OrganisationPage", "Related organisations"), link_list(org.related))
        + section(translate("OrganisationPage", "Quotes"), quote_list(org.quotes))
        + section(
            translate("OrganisationPage", "Sources"),
            f"<ul>{''.join(sources)}</ul>" if sources else "",
        )
    )
    return page(org.name, org.abbreviation, body)
