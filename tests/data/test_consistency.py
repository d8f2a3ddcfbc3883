"""The time-bound checks: an undated record, a member listed twice, a count against its list.

The same checks run on the dataset text (``db/check_text.py``) and on a built database
(``borderdesk check``); each is tried on a copy of the fixture with one fault put in.
"""

from __future__ import annotations

import importlib.util
import shutil
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from borderdesk.core.consistency import count_problems, membership_problems
from borderdesk.core.model import Figure, Membership, OrganisationDetail, Role, SourceRef
from borderdesk.core.validity import Confirmation, Validity
from borderdesk.data.build import build_database
from borderdesk.data.check import check
from tests.data.helpers import FIXTURE, edit

REPO = Path(__file__).parents[2]
SRC = SourceRef("S", "Source", "t", "p", "2020", "2020")
UNTIL = date(2026, 1, 2)


def check_text_module() -> ModuleType:
    """Import db/check_text.py (a script, not a package module)."""
    spec = importlib.util.spec_from_file_location("check_text", REPO / "db" / "check_text.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def text(tmp_path: Path) -> Path:
    """Return a copy of the fixture's dataset text to put a fault in."""
    copy = tmp_path / "db"
    shutil.copytree(FIXTURE, copy)
    return copy


def verdict(text: Path, tmp_path: Path) -> tuple[bool, str]:
    """Build the text and return ``borderdesk check``'s verdict and its time-bound finding."""
    out = tmp_path / "built.sqlite"
    build_database(text, out)
    report = check(out)
    (finding,) = [f for f in report.findings if f[0] == "time-bound records"]
    return report.ok, finding[2]


def test_the_fixture_passes(text: Path, tmp_path: Path) -> None:
    ok, detail = verdict(text, tmp_path)
    assert ok, detail
    assert detail.startswith("every one is dated")
    module = check_text_module()
    data, problems = module.load(text)
    assert problems == []
    assert module.check_time_bound(text, data) == []


def test_an_undated_role_fails(text: Path, tmp_path: Path) -> None:
    edit(
        text / "memberships.toml",
        'role = "member"\n\n    [[membership.role.confirmed]]\n    source = "WP-CSTO"\n'
        '    as_of = "2006"\n\n[[membership]]\nmember = "UZ"',
        'role = "member"\n\n[[membership]]\nmember = "UZ"',
    )
    ok, detail = verdict(text, tmp_path)
    assert not ok
    assert "CSTO: Kyrgyzstan: undated role 'member'" in detail
    module = check_text_module()
    data, _ = module.load(text)
    assert "CSTO: Kyrgyzstan: undated role 'member'" in module.check_time_bound(text, data)


def test_a_member_listed_twice_fails(text: Path, tmp_path: Path) -> None:
    twice = (text / "memberships.toml").read_text(encoding="utf-8") + (
        '\n[[membership]]\nmember = "RU"\norganisation = "csto"\n\n  [[membership.role]]\n'
        '  role = "member"\n\n    [[membership.role.confirmed]]\n    source = "ART"\n'
        '    as_of = "c. 2012"\n'
    )
    (text / "memberships.toml").write_text(twice, encoding="utf-8")
    ok, detail = verdict(text, tmp_path)
    assert not ok
    assert "CSTO: Russia: listed twice (one membership, several sources)" in detail
    module = check_text_module()
    data, _ = module.load(text)
    (problem,) = module.check_duplicate_memberships(data)
    assert problem.startswith("memberships[15]: RU in csto is also memberships[1]")


def test_a_count_that_disagrees_with_its_list_fails(text: Path, tmp_path: Path) -> None:
    edit(text / "organisations.toml", "  value = 3\n", "  value = 7\n")
    ok, detail = verdict(text, tmp_path)
    assert not ok
    assert "CSTO: WP-CSTO counts 7 states (member_count) on 2012-01-01, the dataset lists 3" in (
        detail
    )


def test_an_undated_headquarters_fails(text: Path, tmp_path: Path) -> None:
    edit(text / "organisations.toml", 'from = "2002-10-07"\n', "")
    ok, detail = verdict(text, tmp_path)
    assert not ok
    assert "CSTO: undated headquarters 'Moscow' (WP-CSTO)" in detail


def member(key: str, kind: str, *roles: Role) -> Membership:
    """Return a membership of the organisation ``X``."""
    return Membership(key, key, "X", roles, organisation_key="x", member_kind=kind)


def role(name: str, since: str, until: str = "") -> Role:
    """Return a dated role."""
    return Role(name, Validity(since, SRC, until, SRC if until else None))


def organisation(figures: tuple[Figure, ...], *memberships: Membership) -> OrganisationDetail:
    """Return the organisation ``X`` with these counts and members."""
    return OrganisationDetail("x", "X", "X", "", (), (), memberships, (), (), figures, (), (), ())


MEMBERS = (
    member("A", "country", role("founding member", "2000")),
    member("B", "country", role("member", "2000", "2010"), role("former member", "2010")),
    member("C", "country", role("member", "2005"), role("participation frozen", "2020")),
    member("I", "body", role("member", "2000")),  # a body: not in a count of states
)


def count(value: int, since: str, until: str = "", unlisted: int = 0) -> Figure:
    """Return a member count of states holding from ``since`` (to ``until``)."""
    dates = Validity(since, SRC, until, SRC if until else None)
    return Figure("member_count", value, "states", SRC, dates=dates, unlisted=unlisted)


def test_a_count_is_compared_on_every_day_its_list_changes() -> None:
    right = (count(2, "2000", "2005"), count(3, "2005", "2010"), count(2, "2010"))
    assert count_problems(organisation(right, *MEMBERS), UNTIL) == []
    # Holding from 2005 with no end, "3" is wrong from 2010 on, when B left.
    wrong = (count(3, "2005"),)
    (problem,) = count_problems(organisation(wrong, *MEMBERS), UNTIL)
    assert problem == "X: S counts 3 states (member_count) on 2010-01-01, the dataset lists 2"


def test_a_suspended_member_counts_and_unlisted_members_make_up_the_rest() -> None:
    assert count_problems(organisation((count(2, "2021"),), *MEMBERS), UNTIL) == []
    partial = (count(5, "2021", unlisted=3),)
    assert count_problems(organisation(partial, *MEMBERS), UNTIL) == []
    (problem,) = count_problems(organisation((count(5, "2021", unlisted=2),), *MEMBERS), UNTIL)
    assert "the dataset lists 4 (with 2 unlisted)" in problem


def test_overlapping_roles_of_one_member_are_a_problem() -> None:
    overlapping = member("A", "country", role("member", "2000"), role("observer", "2005"))
    (problem,) = membership_problems([overlapping])
    assert problem == "X: A: roles 'member' and 'observer' overlap from 2005-01-01"
    confirmed_only = member("B", "country", Role("member", Validity()))
    assert membership_problems([confirmed_only]) == ["X: B: undated role 'member'"]
    dated = Role("member", Validity(confirmations=(Confirmation(SRC, "2020"),)))
    assert membership_problems([member("C", "country", dated)]) == []
