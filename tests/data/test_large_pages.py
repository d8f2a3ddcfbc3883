"""A pack with long lists: every page lists at most LIST_LIMIT rows and says how many more."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.model import LIST_LIMIT, ItemKind, ItemRef, more_rows
from borderdesk.core.pages import TIMELINE_REF
from borderdesk.core.service import load_detail
from borderdesk.data.build import build_database
from borderdesk.data.packs.exporter import export_pack
from borderdesk.data.packs.importer import import_pack
from borderdesk.data.store import open_store
from borderdesk.data.store_service import StoreService
from borderdesk.gui.pages.detail_html import render_detail
from tests.data.helpers import FIXTURE

MANY = LIST_LIMIT * 3 + 7  # rows in each long list


def grow(pack: dict[str, Any]) -> dict[str, Any]:
    """Add long lists to a pack: facts, borders, members, events, figures of one source."""
    pack["fact"] += [
        {"label": "note", "text": f"Overview fact {n:03d}.", "source": "ART"} for n in range(MANY)
    ]
    for n in range(MANY):
        country = f"X{n:03d}"
        pack["country"].append({"id": country, "name": f"Country {n:03d}", "kind": "country"})
        pack["segment"].append(
            {
                "id": f"kz-x{n:03d}",
                "neighbour": country,
                "length": [{"value": 10 + n, "source": "ART"}],  # the article: MANY figures
            }
        )
        pack["membership"].append(
            {
                "member": country,
                "organisation": "sco",
                # The article lists it as a member: confirmed as of its date.
                "role": [{"role": "member", "confirmed": [{"source": "ART", "as_of": "2012"}]}],
            }
        )
        pack["event"].append({"id": f"ev{n:03d}", "title": f"Event {n:03d}", "date": "2030-01"})
    return pack


def large_pack(folder: Path, grown: Callable[[dict[str, Any]], dict[str, Any]] = grow) -> Path:
    """Return the database of the fixture's pack, ``grown`` long, imported as packs are."""
    build_database(FIXTURE, folder / "mini.sqlite")
    pack = grown(export_pack(folder / "mini.sqlite", folder / "mini.json"))
    (folder / "large.json").write_text(json.dumps(pack), encoding="utf-8")
    return import_pack(folder / "large.json", folder / "packs").path


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> StoreService:
    return open_store(large_pack(tmp_path_factory.mktemp("large")))


def test_the_overview_lists_the_longest_borders_and_says_how_many_more(
    large: StoreService,
) -> None:
    overview = large.overview()
    borders = large.borders()

    assert len(borders) == MANY + 5
    assert overview.segments == borders[:LIST_LIMIT]  # the longest, in order
    assert more_rows(overview.more, "segments") == MANY + 5 - LIST_LIMIT
    assert overview.computed_total_km == pytest.approx(sum(b.length.value for b in borders))
    assert len(overview.facts) == LIST_LIMIT
    ours = [f.text for f in overview.facts if f.text.startswith("Overview fact")]
    assert ours[:2] == ["Overview fact 000.", "Overview fact 001."]  # in the order written
    others = len(overview.facts) - len(ours)  # the dataset's own facts come first
    assert more_rows(overview.more, "facts") == MANY + others - LIST_LIMIT
    html = render_detail(overview)
    assert f"… and {MANY + 5 - LIST_LIMIT:,} more borders." in html
    assert f"… and {MANY + others - LIST_LIMIT:,} more facts." in html
    assert f"Total of the {MANY + 5:,} segments" in html
    assert html.count("<tr>") <= LIST_LIMIT * 2 + 20  # the borders and totals, not thousands


def test_an_organisation_lists_its_first_members_and_counts_the_rest(
    large: StoreService,
) -> None:
    sco = large.organisation("sco")

    assert len(sco.memberships) == LIST_LIMIT
    extra = more_rows(sco.more, "memberships")
    assert extra > MANY - LIST_LIMIT
    html = render_detail(sco, date(2026, 12, 1))
    assert f"… and {extra:,} more memberships." in html
    assert html.count("<tr>") <= LIST_LIMIT + 20  # the members listed, not hundreds


def test_a_source_lists_its_first_figures_and_users(large: StoreService) -> None:
    article = large.source("ART")

    assert article.figure_count > MANY
    assert len(article.figures) == LIST_LIMIT
    assert more_rows(article.more, "figures") == article.figure_count - LIST_LIMIT
    assert len(article.used_by) == LIST_LIMIT
    assert more_rows(article.more, "used_by") > MANY - LIST_LIMIT
    html = render_detail(article)
    assert f"{article.figure_count:,} figures rest on this source." in html
    assert f"… and {more_rows(article.more, 'used_by'):,} more items." in html


def test_the_timeline_lists_the_first_events_by_date(large: StoreService) -> None:
    timeline = load_detail(large, TIMELINE_REF)

    assert len(timeline.entries) == LIST_LIMIT
    assert timeline.more == MANY + 3 - LIST_LIMIT
    dates = [entry.date for entry in timeline.entries]
    assert dates == sorted(dates)
    assert f"… and {timeline.more:,} more later events." in render_detail(timeline)


def test_a_border_of_a_large_pack_keeps_its_rank_and_share(large: StoreService) -> None:
    borders = large.borders()
    last = borders[-1]

    border = large.border(last.key)

    assert border.rank == len(borders)
    total = sum(b.length.value for b in borders)
    assert border.share_of_total == pytest.approx(last.length.value / total)
    assert load_detail(large, ItemRef(ItemKind.BORDER, borders[0].key)).rank == 1


def test_nothing_is_shortened_on_the_bundled_pages(tmp_path: Path) -> None:
    store = open_store(None)
    pages = [store.overview(), *(store.border(b.key) for b in store.borders())]
    pages += [store.organisation(link.ref.key) for link in store.organisations()]
    pages += [store.source(link.ref.key) for link in store.sources()]
    assert [page.more for page in pages if page.more] == []
    assert load_detail(store, TIMELINE_REF).more == 0
