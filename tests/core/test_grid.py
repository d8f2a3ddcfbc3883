"""Borders x organisations from membership records and their dates, without Qt."""

from __future__ import annotations

from datetime import date

from borderdesk.core.grid import GridOrganisation, build_grid, columns
from borderdesk.core.model import ItemKind, ItemRef, Link, Membership, Role, SourceRef
from borderdesk.core.pages import OrganisationGrid, Standing
from borderdesk.core.validity import Confirmation, Validity

ART = SourceRef("ART", "Article", "t", "p", "c. 2012", "2012")
LATER = SourceRef("LATER", "Later", "t", "p", "2022", "2022")
OLD = SourceRef("OLD", "Old list", "t", "p", "2006", "2006")
TODAY = date(2026, 11, 28)


def member(
    who: str,
    org: str,
    role: str = "member",
    since: str = "",
    until: str = "",
    source: SourceRef = OLD,
    note: str = "",
) -> Membership:
    """Return a membership: dated by since/until, else confirmed by its source's date."""
    confirmed = () if since or until else (Confirmation(source, source.edition),)
    validity = Validity(
        since, source if since else None, until, source if until else None, confirmed
    )
    return Membership(who, who, org, (Role(role, validity, note),), organisation_key=org.lower())


def org(key: str, successor: str = "") -> GridOrganisation:
    """Return an organisation for the grid (abbreviation = upper-case key)."""
    return GridOrganisation(Link(ItemRef(ItemKind.ORGANISATION, key), key.upper()), successor)


BORDERS = [(Link(ItemRef(ItemKind.BORDER, f"kz-{n.lower()}"), n), n) for n in ("RU", "CN", "KG")]


def test_a_predecessor_chain_makes_one_column() -> None:
    grouped = columns([org("csto"), org("cu", "eaeu"), org("ses", "eaeu"), org("eaeu")])

    assert [title for title, _ in grouped] == ["CSTO", "CU, SES → EAEU"]
    assert [link.title for link in grouped[1][1]] == ["CU", "SES", "EAEU"]


def grid_of(*records: Membership) -> OrganisationGrid:
    """Return the grid of three borders and two columns over these records."""
    organisations = [org("csto"), org("cu", "eaeu"), org("eaeu")]
    return build_grid(BORDERS, organisations, records, home="KZ", on=TODAY)


def test_shared_then_and_now_cites_the_neighbours_records() -> None:
    grid = grid_of(
        member("KZ", "CSTO", since="1992-05-15"),
        member("RU", "CSTO", source=ART),
        member("RU", "CSTO", since="1992-05-15", source=OLD),
    )

    cell = grid.cell("kz-ru", "CSTO")
    assert (cell.then.standing, cell.now.standing) == (Standing.SHARED, Standing.SHARED)
    assert [s.id for s in cell.sources] == ["ART", "OLD"]


def test_joining_a_successor_later_is_not_shared_then_but_now() -> None:
    grid = grid_of(
        member("KZ", "CU", since="2010-01-01", until="2015-01-01"),
        member("KZ", "EAEU", since="2015-01-01"),
        member("KG", "EAEU", since="2015-08-12", source=LATER),
    )

    cell = grid.cell("kz-kg", "CU → EAEU")
    assert cell.then.standing is Standing.NOT_MEMBER
    assert cell.now.standing is Standing.SHARED
    assert (cell.now.organisations, cell.now.since) == (("EAEU",), "2015-08-12")


def test_an_explicit_non_member_keeps_its_note_and_source() -> None:
    grid = grid_of(
        member("KZ", "CU", since="2010-01-01", until="2015-01-01"),
        member("CN", "CU", "non-member", source=ART, note="Tempts smugglers."),
    )

    cell = grid.cell("kz-cn", "CU → EAEU")
    assert cell.then.standing is Standing.NOT_MEMBER
    assert cell.notes == ("Tempts smugglers.",)
    assert "ART" in [s.id for s in cell.sources]


def test_a_member_who_left_is_former_now() -> None:
    grid = grid_of(
        member("KZ", "CSTO", since="1992-05-15"),
        member("RU", "CSTO", "member", "2006-08-16", "2012-12-19", LATER, "Suspended."),
    )

    cell = grid.cell("kz-ru", "CSTO")
    assert cell.then.standing is Standing.SHARED
    assert (cell.now.standing, cell.now.since) == (Standing.FORMER, "2012-12-19")
    assert cell.notes == ("Suspended.",)


def test_without_a_record_the_member_list_is_the_evidence() -> None:
    grid = grid_of(member("KZ", "CSTO", since="1992"), member("RU", "CSTO", since="1992"))

    cell = grid.cell("kz-cn", "CSTO")
    assert (cell.then.standing, cell.now.standing) == (Standing.NOT_MEMBER, Standing.NOT_MEMBER)
    assert [s.id for s in cell.sources] == ["OLD"]
    assert cell.notes == ()


def test_a_frozen_participation_is_shared_but_marked_suspended() -> None:
    armenia = Membership(
        "AM",
        "RU",
        "CSTO",
        (
            Role("founding member", Validity("1992-05-15", OLD, "2024-02-22", LATER)),
            Role("participation frozen", Validity("2024-02-22", LATER)),
        ),
    )
    grid = grid_of(member("KZ", "CSTO", since="1992-05-15"), armenia)

    cell = grid.cell("kz-ru", "CSTO")
    assert (cell.then.standing, cell.now.standing) == (Standing.SHARED, Standing.SUSPENDED)


def test_the_articles_membership_says_nothing_of_today() -> None:
    grid = grid_of(member("KZ", "CSTO", since="1992-05-15"), member("RU", "CSTO", source=ART))

    cell = grid.cell("kz-ru", "CSTO")
    assert cell.then.standing is Standing.SHARED
    assert cell.then.confirmed
    assert cell.now.standing is Standing.SHARED  # last confirmed, not silently current
    assert not cell.now.confirmed
    assert cell.now.last_confirmed == "c. 2012"
