"""The bundled dataset read on three dates: the article's (c. 2012), 1 January 2016 and today.

For the CSTO, SCO, CICA, EAEU and the Customs Union: the members, the observers or
partners, the headquarters and the member counts true on each date, each with its source;
and the text checks (``db/check_text.py``) pass on the dataset itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from borderdesk.core.as_of import ARTICLE_DATE
from borderdesk.core.handout import build_handout_set
from borderdesk.core.members import roster
from borderdesk.core.model import ItemKind, ItemRef, OrganisationDetail
from borderdesk.core.on_date import figures_on, states_on
from borderdesk.core.roles import Group
from borderdesk.core.service import ReferenceService
from borderdesk.core.slides import Slide, organisation_slide
from borderdesk.core.validity import Standing
from borderdesk.data.store import open_store

REPO = Path(__file__).parents[2]
NEW_YEAR_2016 = date(2016, 1, 1)
TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def service() -> Iterator[ReferenceService]:
    """Return the bundled dataset."""
    store = open_store()
    yield store
    store.close()


def group(organisation: OrganisationDetail, on: date, which: Group) -> list[str]:
    """Return the member keys of one group on a day, in data order."""
    return [s.membership.member_key for s in roster(organisation, on).group(which)]


def headquarters(organisation: OrganisationDetail, on: date) -> list[str]:
    """Return the seats in force on a day."""
    return [state.value for state in states_on(organisation.headquarters, on, "headquarters")]


def counts(organisation: OrganisationDetail, on: date, quantity: str = "member_count") -> set[int]:
    """Return the counts of a quantity in force on a day (every source that holds)."""
    return {int(h.record.value) for h in figures_on(organisation.figures, on, quantity)}


CSTO_2016 = ["KZ", "RU", "KG", "TJ", "AM", "BY"]


def test_csto_on_three_dates(service: ReferenceService) -> None:
    csto = service.organisation("csto")
    # 2012: seven members, Uzbekistan among them until its suspension in December.
    assert group(csto, ARTICLE_DATE, Group.MEMBERS) == [*CSTO_2016, "UZ"]
    assert counts(csto, ARTICLE_DATE) == {7}
    assert group(csto, NEW_YEAR_2016, Group.MEMBERS) == CSTO_2016
    assert group(csto, NEW_YEAR_2016, Group.FORMER) == ["UZ", "AZ", "GE"]
    assert counts(csto, NEW_YEAR_2016) == {6}
    # Today: Armenia's participation is frozen; it still counts among the six.
    assert group(csto, TODAY, Group.MEMBERS) == ["KZ", "RU", "KG", "TJ", "BY"]
    assert group(csto, TODAY, Group.SUSPENDED) == ["AM"]
    assert roster(csto, TODAY).hatched() == ("KZ", "RU", "KG", "TJ", "BY")
    assert counts(csto, TODAY) == {6}
    assert group(csto, TODAY, Group.OBSERVERS) == []  # no state is an observer of the CSTO
    assert group(csto, TODAY, Group.NOT_MEMBERS) == ["TM", "CN"]
    assert headquarters(csto, TODAY) == ["Moscow"]
    # Every membership appears once, the article's row a confirmation of it.
    keys = [m.member_key for m in csto.memberships]
    assert len(keys) == len(set(keys))
    kazakhstan = next(m for m in csto.memberships if m.member_key == "KZ")
    assert {c.source.id for c in kazakhstan.roles[0].validity.confirmations} >= {"ART"}


def test_sco_on_three_dates(service: ReferenceService) -> None:
    sco = service.organisation("sco")
    founders = ["KZ", "RU", "CN", "KG", "TJ", "UZ"]
    assert group(sco, ARTICLE_DATE, Group.MEMBERS) == founders
    assert counts(sco, ARTICLE_DATE) == {6}
    assert group(sco, ARTICLE_DATE, Group.OBSERVERS) == ["IN", "PK", "IR", "MN", "AF"]
    assert group(sco, NEW_YEAR_2016, Group.OBSERVERS) == ["IN", "PK", "IR", "BY", "MN", "AF"]
    assert counts(sco, NEW_YEAR_2016) == {6}
    # Today: ten members (Belarus since 4 July 2024); observers and dialogue partners
    # became one category, SCO partners, at Tianjin on 1 September 2025.
    assert group(sco, TODAY, Group.MEMBERS) == [*founders, "IN", "PK", "IR", "BY"]
    assert group(sco, TODAY, Group.OBSERVERS) == []
    partners = group(sco, TODAY, Group.PARTNERS)
    assert partners[:2] == ["MN", "AF"]
    assert len(partners) == 17
    assert counts(sco, TODAY) == {10}
    assert counts(sco, TODAY, "partner_count") == {17}
    assert headquarters(sco, TODAY) == [
        "Beijing (secretariat)",
        "Tashkent (RATS)",
    ]
    slide = said(organisation_slide(sco, TODAY))
    assert "founded 15 June 2001" in slide  # the SCO's own founding, not the Shanghai Five's


def test_cica_on_three_dates(service: ReferenceService) -> None:
    cica = service.organisation("cica")
    assert len(group(cica, ARTICLE_DATE, Group.MEMBERS)) == 24
    assert counts(cica, ARTICLE_DATE) == {24}
    assert headquarters(cica, ARTICLE_DATE) == ["Almaty"]
    assert len(group(cica, NEW_YEAR_2016, Group.MEMBERS)) == 26
    assert counts(cica, NEW_YEAR_2016) == {26}
    assert headquarters(cica, NEW_YEAR_2016) == ["Astana"]
    assert len(group(cica, TODAY, Group.MEMBERS)) == 28
    assert counts(cica, TODAY) == {28}
    assert headquarters(cica, TODAY) == ["Astana"]
    chairs = {
        on: [s.value for s in states_on(cica.chairs, on, "chair")]
        for on in (ARTICLE_DATE, NEW_YEAR_2016, date(2019, 6, 15), TODAY)
    }
    assert chairs == {
        ARTICLE_DATE: ["Türkiye"],
        NEW_YEAR_2016: ["China"],
        date(2019, 6, 15): ["Tajikistan"],
        TODAY: ["Azerbaijan"],
    }


def test_eaeu_on_three_dates(service: ReferenceService) -> None:
    eaeu = service.organisation("eaeu")
    assert roster(eaeu, ARTICLE_DATE).standings == ()
    assert "not yet founded (from 1 January 2015)" in said(organisation_slide(eaeu, ARTICLE_DATE))
    assert group(eaeu, NEW_YEAR_2016, Group.MEMBERS) == ["BY", "KZ", "RU", "AM", "KG"]
    assert counts(eaeu, NEW_YEAR_2016) == {5}
    assert counts(eaeu, date(2015, 3, 1)) == {4}
    assert group(eaeu, TODAY, Group.OBSERVERS) == ["MD", "UZ", "CU", "IR"]
    assert headquarters(eaeu, TODAY) == ["Moscow (Eurasian Economic Commission)"]


def test_the_customs_union_on_three_dates(service: ReferenceService) -> None:
    union = service.organisation("cu")
    assert group(union, ARTICLE_DATE, Group.MEMBERS) == ["RU", "KZ", "BY"]
    assert counts(union, ARTICLE_DATE) == {3}
    for later in (NEW_YEAR_2016, TODAY):
        # Folded into the EAEU on 1 January 2015: nobody is hatched as a member any more.
        assert roster(union, later).hatched() == ()
        assert group(union, later, Group.FORMER) == ["RU", "KZ", "BY"]
        assert counts(union, later) == set()
        assert "ended 1 January 2015" in said(organisation_slide(union, later))


def test_an_open_membership_is_last_confirmed_not_silently_current(
    service: ReferenceService,
) -> None:
    csto = service.organisation("csto")
    armenia = next(s for s in roster(csto, TODAY).standings if s.membership.member_key == "AM")
    assert armenia.standing is Standing.LAST_CONFIRMED
    last = armenia.role.validity.last_confirmed()
    assert last is not None
    assert (last.source.id, last.as_of) == ("QAZINFORM2025-CSTO", "2025-11-27")
    # On the day of that report the membership was confirmed.
    on_day = next(
        s for s in roster(csto, date(2025, 11, 27)).standings if s.membership.member_key == "AM"
    )
    assert on_day.standing is Standing.HOLDS


def test_astana_is_named_as_it_was_on_the_date(service: ReferenceService) -> None:
    from borderdesk.core.on_date import map_on

    border_map = service.border_map()

    def name(on: date) -> str:
        return next(p.name for p in map_on(border_map, on).points if p.key == "astana")

    assert name(date(1995, 1, 1)) == "Akmola"
    assert name(ARTICLE_DATE) == "Astana"
    assert name(date(2020, 6, 1)) == "Nur-Sultan"
    assert name(TODAY) == "Astana"
    almaty = next(p for p in map_on(border_map, ARTICLE_DATE).points if p.key == "almaty")
    assert "CICA secretariat" in almaty.note
    assert (
        "CICA secretariat"
        not in next(p for p in map_on(border_map, TODAY).points if p.key == "almaty").note
    )


def test_the_dataset_text_passes_its_checks() -> None:
    article = os.environ.get("BORDERDESK_ARTICLE")
    if not article:  # as tests/data/test_bundled.py: the article is not ours to redistribute
        pytest.skip(
            "not run: the article the dataset quotes is not in the repository; set "
            "BORDERDESK_ARTICLE to its text file to check the dataset's text against it"
        )
    result = subprocess.run(
        [sys.executable, str(REPO / "db" / "check_text.py"), article],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("dataset text OK")


# The CICA members the 1:10m map shows (its Asian members further east are off the map).
CICA_ON_MAP_2012 = (
    "KZ",
    "AZ",
    "TJ",
    "AF",
    "CN",
    "EG",
    "IN",
    "IR",
    "IL",
    "KG",
    "MN",
    "PK",
    "PS",
    "RU",
    "TR",
    "UZ",
    "JO",
    "AE",
    "IQ",
    "BH",
)

SLIDES = {
    ("csto", ARTICLE_DATE): (
        ["founded 7 October 2002", "7 states"],
        ("KZ", "RU", "KG", "TJ", "AM", "BY", "UZ"),
        "members of the CSTO as of 1 June 2012",
    ),
    ("csto", NEW_YEAR_2016): (
        ["6 states"],
        ("KZ", "RU", "KG", "TJ", "AM", "BY"),
        "members of the CSTO as of 1 January 2016",
    ),
    ("csto", TODAY): (
        [
            "headquarters Moscow (last confirmed 23 February 2024)",
            "6 states (last confirmed 27 November 2025)",
            "Armenia, participation frozen since 22 February 2024",
        ],
        ("KZ", "RU", "KG", "TJ", "BY"),
        "members of the CSTO as of 3 December 2026 "
        "(not hatched, participation suspended or frozen: Armenia)",
    ),
    ("sco", ARTICLE_DATE): (
        ["founded 15 June 2001", "6 states"],
        ("KZ", "RU", "CN", "KG", "TJ", "UZ"),
        "members of the SCO as of 1 June 2012",
    ),
    ("sco", NEW_YEAR_2016): (
        ["6 states"],
        ("KZ", "RU", "CN", "KG", "TJ", "UZ"),
        "members of the SCO as of 1 January 2016",
    ),
    ("sco", TODAY): (
        [
            "10 states (last confirmed 1 September 2025)",
            "17 partner states (last confirmed 1 September 2025)",
        ],
        ("KZ", "RU", "CN", "KG", "TJ", "UZ", "IN", "PK", "IR", "BY"),  # on the 1:10m map
        "members of the SCO as of 3 December 2026",
    ),
    ("cica", ARTICLE_DATE): (
        ["headquarters Almaty", "24 states"],
        CICA_ON_MAP_2012,
        "members of the CICA as of 1 June 2012",
    ),
    ("cica", NEW_YEAR_2016): (
        ["headquarters Astana (last confirmed September 2014)", "26 states"],
        (*CICA_ON_MAP_2012, "BD", "QA"),  # Bangladesh and Qatar joined in 2014
        "members of the CICA as of 1 January 2016",
    ),
    ("cica", TODAY): (
        ["28 states (last confirmed 5 February 2025)"],
        (*CICA_ON_MAP_2012, "BD", "QA", "KW"),
        "members of the CICA as of 3 December 2026",
    ),
    ("eaeu", ARTICLE_DATE): (
        ["not yet founded (from 1 January 2015)"],
        (),
        "none — the EAEU began on 1 January 2015 (as of 1 June 2012)",
    ),
    ("eaeu", NEW_YEAR_2016): (
        ["founded 1 January 2015", "5 states (last confirmed 12 August 2015)"],
        ("BY", "KZ", "RU", "AM", "KG"),
        "members of the EAEU as of 1 January 2016",
    ),
    ("eaeu", TODAY): (
        ["5 states (last confirmed 17 December 2024)"],
        ("BY", "KZ", "RU", "AM", "KG"),
        "members of the EAEU as of 3 December 2026",
    ),
    ("cu", ARTICLE_DATE): (
        ["founded 1 January 2010", "3 states"],
        ("RU", "KZ", "BY"),
        "members of the CU as of 1 June 2012",
    ),
    ("cu", NEW_YEAR_2016): (
        ["ended 1 January 2015"],
        (),
        "none — the CU ended on 1 January 2015 (as of 1 January 2016)",
    ),
    ("cu", TODAY): (
        ["ended 1 January 2015"],
        (),
        "none — the CU ended on 1 January 2015 (as of 3 December 2026)",
    ),
}


def said(slide: Slide) -> list[str]:
    """Return what each figure says after its source, checking the source leads ("X: …")."""
    assert all(text.startswith(f"{source}: ") for text, source in slide.figures), slide.figures
    return [text.removeprefix(f"{source}: ") for text, source in slide.figures]


@pytest.mark.parametrize(("key", "on"), list(SLIDES))
def test_slides_and_handouts_show_what_held_on_the_date(
    service: ReferenceService, key: str, on: date
) -> None:
    lines, hatched, label = SLIDES[key, on]
    slide = organisation_slide(service.organisation(key), on)
    shown = [text for text, _source in slide.figures]
    for line in lines:
        assert line in said(slide), shown
    assert all(source for _text, source in slide.figures)  # every figure names its source
    assert slide.members_label.startswith(label)
    if hatched:  # the slide's map names what its hatching rests on
        assert " — per " in slide.members_label
    ref = ItemRef(ItemKind.ORGANISATION, key)
    (handout,) = build_handout_set(service, [ref], version="t", printed=on, on=on).handouts
    assert [figure.text for figure in handout.figures] == shown
    assert handout.members == hatched
    assert handout.members_label == label
    assert bool(handout.member_sources) == bool(hatched)
