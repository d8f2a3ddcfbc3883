"""Who belongs to an organisation on a date: one rule for pages, map, slides and handouts."""

from __future__ import annotations

from datetime import date

from borderdesk.core.members import roster, shared_on
from borderdesk.core.model import Membership, OrganisationDetail, Role, SourceRef
from borderdesk.core.roles import Group, RoleName, is_role
from borderdesk.core.sample import SampleService
from borderdesk.core.validity import Confirmation, Standing, Validity

SRC = SourceRef("S", "Source", "t", "p", "2022", "2022-05-16")
ART = SourceRef("ART", "Article (c. 2012)", "t", "p", "c. 2012", "2012")


def role(name: str, since: str = "", until: str = "", *confirmed: str) -> Role:
    """Return a role with its dates and confirmations (all from one source)."""
    return Role(
        name,
        Validity(
            since,
            SRC if since else None,
            until,
            SRC if until else None,
            tuple(Confirmation(SRC, when) for when in confirmed),
        ),
    )


def organisation(*memberships: Membership) -> OrganisationDetail:
    """Return an organisation holding these memberships."""
    return OrganisationDetail(
        "csto", "CSTO", "Collective", "", (), (), memberships, (), (), (), (), (), ()
    )


ARMENIA = Membership(
    "Armenia",
    "AM",
    "CSTO",
    (
        role("founding member", "1992-05-15", "2024-02-22"),
        role("participation frozen", "2024-02-22"),
    ),
)
UZBEKISTAN = Membership(
    "Uzbekistan",
    "UZ",
    "CSTO",
    (role("member", "1992-05-15", "1999-04-20"), role("member", "2006-08-16", "2012-12-19")),
)
KAZAKHSTAN = Membership(
    "Kazakhstan",
    "KZ",
    "CSTO",
    (
        Role(
            "founding member",
            Validity(
                "1992-05-15",
                SRC,
                confirmations=(Confirmation(ART, "c. 2012", "Together with Russia"),),
            ),
        ),
    ),
)
CSTO = organisation(KAZAKHSTAN, ARMENIA, UZBEKISTAN)


def keys(standings: tuple[object, ...]) -> list[str]:
    """Return the member keys of standings."""
    return [s.membership.member_key for s in standings]  # type: ignore[attr-defined]


def test_a_frozen_member_is_counted_but_not_hatched() -> None:
    now = roster(CSTO, date(2026, 12, 3))
    assert keys(now.members) == ["KZ"]
    assert keys(now.group(Group.SUSPENDED)) == ["AM"]
    assert keys(now.counted) == ["KZ", "AM"]
    assert now.hatched() == ("KZ",)
    assert now.label() == (
        "members of the CSTO as of 3 December 2026 "
        "(not hatched, participation suspended or frozen: Armenia)"
    )


def test_a_member_who_left_twice_is_former_with_the_latest_end() -> None:
    standing = next(
        s for s in roster(CSTO, date(2016, 1, 1)).standings if s.membership is UZBEKISTAN
    )
    assert standing.group is Group.FORMER
    assert standing.role.validity.until == "2012-12-19"
    between = roster(CSTO, date(2003, 1, 1))
    assert keys(between.group(Group.FORMER)) == ["UZ"]
    assert keys(roster(CSTO, date(2010, 1, 1)).members) == ["KZ", "AM", "UZ"]


def test_one_membership_with_the_articles_row_as_a_confirmation() -> None:
    # Kazakhstan appears once, its role held from 1992 and confirmed by the article in 2012.
    standings = roster(CSTO, date(2012, 6, 1)).members
    assert keys(standings).count("KZ") == 1
    kazakhstan = standings[0]
    assert kazakhstan.standing is Standing.HOLDS
    assert roster(CSTO, date(2026, 1, 1)).members[0].standing is Standing.LAST_CONFIRMED
    # One source per member: the latest word on it (the article), not every source it has.
    assert {s.id for s in roster(CSTO, date(2026, 1, 1)).sources()} == {"ART"}
    # In 2000: the article (2012) says Kazakhstan still belonged; Armenia's start source.
    assert [s.id for s in roster(CSTO, date(2000, 1, 1)).sources()] == ["ART", "S"]


def test_only_mapped_countries_when_asked() -> None:
    sco = SampleService().organisation("sco")
    on = date(2026, 1, 1)
    assert roster(sco, on).hatched() == ("KZ", "RU", "CH")
    assert roster(sco, on).hatched({"KZ"}) == ("KZ",)


def test_shared_organisations_on_a_date() -> None:
    russia = Membership(
        "Russia", "RU", "CSTO", (role("member", "1992-05-15"),), organisation_key="csto"
    )
    home = Membership(
        "Kazakhstan", "KZ", "CSTO", (role("member", "1992-05-15"),), organisation_key="csto"
    )
    assert [link.title for link in shared_on((home, russia), "KZ", "RU", date(2000, 1, 1))] == [
        "CSTO"
    ]
    assert shared_on((home, russia), "KZ", "RU", date(1990, 1, 1)) == ()


def test_the_roles_are_a_closed_vocabulary() -> None:
    assert is_role("participation frozen")
    assert is_role("partner")
    assert not is_role("chair")
    assert not is_role("founder")
    assert {r.value for r in RoleName} >= {
        "member",
        "founding member",
        "observer",
        "partner",
        "suspended",
        "applicant",
        "former member",
    }
