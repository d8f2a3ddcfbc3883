"""What changed since the article, per border and organisation, from the bundled dataset."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from borderdesk.core.roles import Group
from borderdesk.core.service import ReferenceService
from borderdesk.core.since_article import Change, ItemSince, since_article
from borderdesk.data.store import open_store

TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def items() -> Iterator[dict[str, ItemSince]]:
    """Return the page's items as of today, by key."""
    service: ReferenceService = open_store()
    page = since_article(service, TODAY)
    yield {item.item.ref.key: item for item in page.items}
    service.close()  # type: ignore[attr-defined]


def changes(item: ItemSince) -> list[tuple[str, Change, str, str]]:
    return [(c.when, c.change, c.subject, c.value) for c in item.changes]


def test_every_border_then_every_organisation(items: dict[str, ItemSince]) -> None:
    assert list(items) == [
        "kz-ru", "kz-uz", "kz-cn", "kz-kg", "kz-tm",
        "csto", "sco", "cica", "caricc", "cu", "ses", "eaeu",
    ]  # fmt: skip


def test_an_organisation_that_ended_is_one_change_not_one_per_member(
    items: dict[str, ItemSince],
) -> None:
    union = items["cu"]
    assert changes(union) == [("2015-01-01", Change.DISSOLVED, "CU", "")]
    assert [a.member for a in union.article if a.member] == [
        "Russia",
        "Kazakhstan",
        "Belarus",
        "China",
    ]
    assert union.members is not None
    assert union.members.members == ()
    assert [s.membership.member for s in union.members.group(Group.FORMER)] == [
        "Russia", "Kazakhstan", "Belarus",
    ]  # fmt: skip


def test_the_csto_between_the_article_and_today(items: dict[str, ItemSince]) -> None:
    csto = items["csto"]
    assert changes(csto) == [
        ("2012-12-19", Change.ROLE_ENDED, "Uzbekistan", "member"),
        ("2012-12-19", Change.COUNT, "member_count", "6 states"),
        ("2024-02-22", Change.ROLE_BEGAN, "Armenia", "participation frozen"),
        ("2025-01-01", Change.STATE_BEGAN, "chair", "Kyrgyzstan"),
        ("2026-01-01", Change.STATE_BEGAN, "chair", "Russia"),
    ]
    assert all(c.sources for c in csto.changes)
    assert [c.sources[0].id for c in csto.changes][2] == "ASBAREZ2024"


def test_a_border_lists_the_neighbours_changes_with_their_organisation(
    items: dict[str, ItemSince],
) -> None:
    kyrgyz = items["kz-kg"]
    joined = next(c for c in kyrgyz.changes if c.change is Change.ROLE_BEGAN)
    assert (joined.when, joined.subject, joined.value, joined.organisation) == (
        "2015-08-12", "Kyrgyzstan", "member", "EAEU",
    )  # fmt: skip
    assert [link.title for link in kyrgyz.shared] == ["CSTO", "SCO", "CICA", "CARICC", "EAEU"]
    assert any(a.figure is not None and a.figure.value == 1051 for a in kyrgyz.article)


def test_nothing_after_the_day_viewed_is_listed() -> None:
    service: ReferenceService = open_store()
    try:
        page = since_article(service, date(2016, 1, 1))
    finally:
        service.close()  # type: ignore[attr-defined]
    for item in page.items:
        for change in item.changes:
            assert change.when <= "2016-01-01" or change.when.startswith("2016"), change
    sco = next(i for i in page.items if i.item.ref.key == "sco")
    assert ("2015", Change.ROLE_BEGAN, "Belarus", "observer") in changes(sco)
    assert not any(c.subject == "India" for c in sco.changes)  # a member from June 2017
