"""Who belongs to an organisation today: one rule for the map pane, the slides and handouts."""

from __future__ import annotations

import pytest

from borderdesk.core.members import current_members, current_memberships, members_label
from borderdesk.core.sample import SampleService
from borderdesk.core.service import ReferenceService
from borderdesk.data.store import open_store


@pytest.fixture(scope="module")
def bundled() -> ReferenceService:
    """Return the bundled dataset."""
    return open_store(None)


def test_members_and_founders_without_an_end_date_once_each(bundled: ReferenceService) -> None:
    csto = bundled.organisation("csto")
    # Uzbekistan, Azerbaijan and Georgia left; Kazakhstan is both member and founder.
    assert current_members(csto) == ("KZ", "RU", "KG", "TJ", "AM", "BY")
    assert all(not m.until for m in current_memberships(csto))
    assert {m.role for m in current_memberships(csto)} == {"member", "founding member"}


def test_chairs_are_not_members_by_being_chairs(bundled: ReferenceService) -> None:
    cica = bundled.organisation("cica")
    chairs = {m.member_key for m in cica.members if m.role == "chair"}
    assert chairs
    assert all(m.role != "chair" for m in current_memberships(cica))


def test_only_mapped_countries_when_asked() -> None:
    sco = SampleService().organisation("sco")
    assert current_members(sco) == ("KZ", "RU", "CH")
    assert current_members(sco, {"KZ"}) == ("KZ",)
    assert [m.member_key for m in current_memberships(sco, {"KZ"})] == ["KZ"]


def test_the_label_names_the_organisation() -> None:
    assert members_label(SampleService().organisation("csto")) == "members of the CSTO today"
