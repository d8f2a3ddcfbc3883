"""The overview, a border's and an organisation's page read with plain SQL are the ORM's.

The overview and every border and organisation of the fixture, the bundled and a large pack's
database, in every language: every field, also those equality skips (wordings, validity, map
lengths).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from functools import partial
from pathlib import Path

import pytest

from borderdesk.core.compare import lengths_page
from borderdesk.core.language import Language
from borderdesk.core.language_switch import SwitchingService
from borderdesk.core.model import LIST_LIMIT
from borderdesk.core.pages import LENGTHS_REF
from borderdesk.core.service import load_detail
from borderdesk.data.repository import Repository
from borderdesk.data.store import bundled_path, connect_read_only
from borderdesk.data.store_service import StoreService
from tests.data.test_large_pages import MANY, large_pack
from tests.data.test_listings import both, changed, outcome
from tests.data.test_map_listing import spelled_out


@pytest.fixture(scope="module")
def pack_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a pack's database with long lists: many borders, an organisation's many members."""
    return large_pack(tmp_path_factory.mktemp("pack"))


@pytest.fixture(params=[(d, lang) for d in ("fixture", "bundled", "pack") for lang in Language])
def readers(
    request: pytest.FixtureRequest, fixture_db: Path, pack_db: Path
) -> Iterator[tuple[StoreService, Repository, str]]:
    """Return both readers over one database in one language."""
    where, language = request.param
    path = {"fixture": fixture_db, "bundled": bundled_path(), "pack": pack_db}[where]
    quick, orm = both(path)
    yield quick.in_language(language), orm.in_language(language), where
    quick.close()
    orm.close()


def test_the_overview_is_the_orms(readers: tuple[StoreService, Repository, str]) -> None:
    quick, orm, where = readers
    answer = quick.overview()
    assert spelled_out(answer) == spelled_out(orm.overview(orm.borders()))
    assert spelled_out(answer) == spelled_out(orm.overview())  # ranked by the ORM itself
    # something to compare: every part of the page is read
    for part in ("segments", "facts", "figures", "totals"):
        assert getattr(answer, part), part
    assert answer.stated_total.value
    if where == "bundled":
        for part in ("caspian", "discrepancies"):
            assert getattr(answer, part), part
        if quick.language is not Language.EN:  # translated: not what English reads
            english = quick.in_language(Language.EN).overview()
            assert answer.title != english.title
            assert [f.text for f in answer.facts] != [f.text for f in english.facts]
    if where == "pack":  # more facts and borders than a page lists: both say how many more
        assert len(answer.facts) == LIST_LIMIT
        assert {name for name, _ in answer.more} >= {"segments", "facts"}
    assert quick._shared.orm is None  # the page was read without the ORM


def test_every_border_is_the_orms(readers: tuple[StoreService, Repository, str]) -> None:
    quick, orm, where = readers
    ranked = orm.borders()
    answers = [quick.border(summary.key) for summary in ranked]
    for summary, answer in zip(ranked, answers, strict=True):
        assert spelled_out(answer) == spelled_out(orm.border(summary.key, ranked)), summary.key
    assert len(answers) == {"fixture": 5, "bundled": 5, "pack": 5 + MANY}[where]
    # something to compare: every part of a page is read somewhere
    for part in ("lengths", "challenges", "relations", "history", "memberships", "quotes"):
        assert any(getattr(answer, part) for answer in answers), part
    assert any(
        role.validity.confirmations for a in answers for m in a.memberships for role in m.roles
    )
    if where == "bundled":
        for part in ("topics", "events", "discrepancies", "status", "map_measure"):
            assert any(getattr(answer, part) for answer in answers), part
        if quick.language is not Language.EN:  # translated: not what English reads
            english = [quick.in_language(Language.EN).border(s.key) for s in ranked]
            assert [a.neighbour for a in answers] != [a.neighbour for a in english]
    assert quick._shared.orm is None  # the pages were read without the ORM


def test_every_organisation_is_the_orms(readers: tuple[StoreService, Repository, str]) -> None:
    quick, orm, where = readers
    keys = [link.ref.key for link in orm.organisations()]
    answers = [quick.organisation(key) for key in keys]
    for key, answer in zip(keys, answers, strict=True):
        assert spelled_out(answer) == spelled_out(orm.organisation(key)), key
    assert answers
    for part in ("founded", "headquarters", "memberships", "mandate", "figures", "sources"):
        assert any(getattr(answer, part) for answer in answers), part
    if where == "bundled":
        for part in ("related", "quotes", "kazakhstan_role", "notes", "chairs"):
            assert any(getattr(answer, part) for answer in answers), part
        assert any(answer.validity.since_source for answer in answers)
    if where == "pack":  # more members than a page lists: both say how many more
        assert any(answer.more for answer in answers)
    assert quick._shared.orm is None


def test_unknown_and_damaged_give_the_same_answers(fixture_db: Path, tmp_path: Path) -> None:
    statements = (
        "UPDATE items SET key = 'XX' WHERE item_kind = 'country' AND key = 'KZ'",
        "UPDATE items SET position = 100 - position",
        "UPDATE sources SET date = '' WHERE label LIKE 'CIA%'",
        "UPDATE sources SET kind = 'news' WHERE kind = 'article'",
    )
    for number, statement in enumerate(("SELECT 1", *statements)):
        folder = tmp_path / str(number)
        folder.mkdir()
        quick, orm = both(changed(fixture_db, folder, statement))
        try:
            keys = [link.ref.key for link in quick.organisations()]
            for key in [*keys, "kz-ru", "nato"]:
                assert outcome(partial(quick.organisation, key)) == outcome(
                    partial(orm.organisation, key)
                ), (statement, key)
            for key in [*(summary.key for summary in quick.borders()), "csto", "kz-xx"]:
                expected = outcome(partial(orm.border, key, quick.borders()))
                assert outcome(partial(quick.border, key)) == expected, (statement, key)
        finally:
            quick.close()
            orm.close()


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT 1",
        "UPDATE items SET key = 'XX' WHERE item_kind = 'country' AND key = 'KZ'",
        "UPDATE figures SET is_default = 0 WHERE quantity = 'land_border_total_km'",
        "UPDATE figures SET is_default = 0 WHERE quantity LIKE '%total_km'",
        "UPDATE figures SET is_default = 1 WHERE quantity LIKE '%total_km'",
        "UPDATE figures SET position = 100 - position",
        "UPDATE items SET position = 100 - position",
        "UPDATE sources SET date = '' WHERE label LIKE 'CIA%'",
        "UPDATE sources SET date = ''",
        "UPDATE facts SET id = 100000 - id",
        "UPDATE facts SET label = 'caspian' WHERE label = 'history'",
        "UPDATE facts SET label = 'discrepancy'",
        "DELETE FROM overview",
        "INSERT INTO items (id, item_kind, key, position) SELECT id + 1000000, item_kind, "
        "'second', position FROM items WHERE item_kind = 'overview'; INSERT INTO overview "
        "SELECT id + 1000000, country_id, title, description, landlocked_note FROM overview",
        "UPDATE overview SET country_id = (SELECT c.id FROM countries c JOIN items i "
        "ON i.id = c.id WHERE i.key = 'CN')",
        "UPDATE translations SET text = CAST(X'FF' AS TEXT)",
        "DROP TABLE facts",
    ],
)
@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("where", ["fixture", "bundled"])
def test_a_changed_or_damaged_overview_gives_the_same_answer(
    fixture_db: Path, tmp_path: Path, statement: str, language: Language, where: str
) -> None:
    path = changed(fixture_db if where == "fixture" else bundled_path(), tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(statement)
    quick, orm = both(path)
    quick, orm = quick.in_language(language), orm.in_language(language)
    try:
        expected = outcome(orm.overview)
        assert outcome(quick.overview) == expected
        if statement == "SELECT 1":
            assert "Overview(" in expected
    finally:
        quick.close()
        orm.close()


def test_a_handout_imports_no_sqlalchemy(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from borderdesk.core.handout import build_handout_set, handout_refs\n"
        "from borderdesk.data.store import open_store\n"
        "service = open_store()\n"
        "book = build_handout_set(service, handout_refs(service), version='0', "
        "printed=date(2026, 1, 1))\n"
        "assert len(book.handouts) == 12, len(book.handouts)\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'\n"
        "         or m in ('borderdesk.data.models', 'borderdesk.data.model_rows')]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_lengths_by_source_reads_the_totals_and_series_as_the_long_way(
    readers: tuple[StoreService, Repository, str],
) -> None:
    """The totals alone and every series in one go: what the overview and each series give."""
    quick, orm, where = readers
    totals = quick.length_totals()
    overview = quick.overview()
    assert repr(totals.totals) == repr(overview.totals)
    assert repr(totals.discrepancies) == repr(overview.discrepancies)
    assert totals.totals  # something to compare
    if where == "bundled":
        assert totals.discrepancies
    ids = [option.ref.id for option in quick.chart_sources()]
    fresh = StoreService(quick.path, partial(connect_read_only, quick.path), quick.language)
    together = fresh.segment_series_of(ids)
    assert [repr(s) for s in together] == [repr(orm.segment_series(i)) for i in ids]
    assert [s.source.ref.id for s in together] == ids
    assert together[0].bars
    assert fresh.segment_series_of(ids[::-1]) == together[::-1]  # kept, in the order asked
    page = load_detail(quick, LENGTHS_REF)
    assert repr(page) == repr(lengths_page(orm))  # the ORM's: the overview and each series
    assert repr(load_detail(SwitchingService(quick), LENGTHS_REF)) == repr(page)
