"""The pages of a large pack read only what they show, and read the same as the long way.

The indexes pages read by (facts by item and label, the sources of dated rows) are in every
database built from now on; a pack imported before them must open and read the same pages.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from borderdesk.core.grid import GridOrganisation, build_grid
from borderdesk.core.language import DEFAULT_LANGUAGE, Language, wording
from borderdesk.core.model import LIST_LIMIT, ItemKind, ItemRef, Link, more_rows
from borderdesk.core.pages import TIMELINE_REF, OrganisationGrid, Page
from borderdesk.core.service import load_detail
from borderdesk.data import convert, queries
from borderdesk.data import membership_rows as members
from borderdesk.data import models as orm
from borderdesk.data.localise import TRANSLATIONS_SQL, Texts, current, reading_in
from borderdesk.data.store import bundled_path, connect_read_only, open_store
from borderdesk.data.store_service import StoreService
from tests.data.test_large_pages import MANY, grow, large_pack

FACTS_INDEX = "ix_facts_item_id_label"
# The indexes pages read by that a database built before them lacks.
NEW_INDEXES = (
    FACTS_INDEX,
    *(
        f"ix_{table}_{end}_source_id"
        for table in ("facts", "figures", "membership_roles")
        for end in ("since", "until")
    ),
)
LABELS = ("note", "caspian", "discrepancy", "history")


def grown(pack: dict[str, Any]) -> dict[str, Any]:
    """Return the large pack with the overview's labels interleaved: each list runs long."""
    pack = grow(pack)
    pack["fact"] += [
        {"label": LABELS[n % len(LABELS)], "text": f"Interleaved {n:03d}.", "source": "ART"}
        for n in range(MANY * 2)
    ]
    return pack


@pytest.fixture(scope="module")
def pack_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a large pack imported as packs are imported now."""
    return large_pack(tmp_path_factory.mktemp("pages"), grown)


def without_new_indexes(database: Path, folder: Path) -> Path:
    """Return a copy of ``database`` as it was built before the pages' indexes were added."""
    folder.mkdir(parents=True, exist_ok=True)
    old = Path(shutil.copyfile(database, folder / "before.sqlite"))
    with closing(sqlite3.connect(old)) as connection:
        for name in NEW_INDEXES:
            connection.execute(f"DROP INDEX {name}")
        connection.execute("VACUUM")
    return old


def indexes(database: Path) -> set[str]:
    """Return the names of a database's indexes."""
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        return {str(row[0]) for row in rows}


def every_page(store: StoreService) -> Iterator[tuple[ItemRef, Page]]:
    """Yield each page a reader can open (the grid apart: it has its own tests)."""
    refs = [ItemRef.from_string(text) for text in ("overview:kazakhstan", "comparison:lengths")]
    refs += [TIMELINE_REF, *(ItemRef.from_string(f"border:{b.key}") for b in store.borders())]
    for listing in (store.organisations, store.sources, store.people, store.events, store.topics):
        refs += [link.ref for link in listing()]
    for ref in refs:
        yield ref, load_detail(store, ref)


@pytest.mark.parametrize("which", ["bundled", "pack"])
def test_a_database_built_before_the_pages_indexes_reads_the_same_pages(
    which: str, pack_db: Path, tmp_path: Path
) -> None:
    database = bundled_path() if which == "bundled" else pack_db
    assert set(NEW_INDEXES) <= indexes(database)  # built now: the indexes are there
    old = without_new_indexes(database, tmp_path)
    assert not set(NEW_INDEXES) & indexes(old)

    new_pages = dict(every_page(open_store(database)))
    old_pages = dict(every_page(open_store(old)))

    assert list(new_pages) == list(old_pages)
    for ref, page in new_pages.items():
        assert old_pages[ref] == page, ref.to_string()


def _facts(database: Path) -> list[tuple[str, str]]:
    """Return the overview's facts (label, text) in id order, read the plain long way."""
    query = (
        "SELECT f.label, f.text FROM facts f JOIN overview o ON o.country_id = f.item_id "
        "ORDER BY f.id"
    )
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as connection:
        return [(str(row[0]), str(row[1])) for row in connection.execute(query)]


@pytest.mark.parametrize("indexed", [True, False])
def test_the_overview_lists_the_first_facts_of_each_label_and_counts_them_all(
    indexed: bool, pack_db: Path, tmp_path: Path
) -> None:
    database = pack_db if indexed else without_new_indexes(pack_db, tmp_path)
    overview = open_store(database).overview()

    every = _facts(database)
    caspian = [text for label, text in every if label == "caspian"]
    why = [text for label, text in every if label == "discrepancy"]
    facts = [text for label, text in every if label not in ("caspian", "discrepancy")]
    assert min(len(caspian), len(why), len(facts)) > LIST_LIMIT  # each list is shortened
    assert [f.text for f in overview.caspian] == caspian[:LIST_LIMIT]
    assert [f.text for f in overview.discrepancies] == why[:LIST_LIMIT]
    assert [f.text for f in overview.facts] == facts[:LIST_LIMIT]
    more = overview.more
    assert tuple(more_rows(more, name) for name in ("caspian", "discrepancies", "facts")) == (
        len(caspian) - LIST_LIMIT,
        len(why) - LIST_LIMIT,
        len(facts) - LIST_LIMIT,
    )


def grid_the_long_way(database: Path, language: Language, on: date) -> OrganisationGrid:
    """Return the grid from every membership record, read whole through the ORM and made by
    the core from the list of them all (as the grid was read before it read by column)."""
    engine = create_engine("sqlite://", creator=partial(connect_read_only, database))
    store = open_store(database).in_language(language)
    try:
        with Session(engine) as session:
            rows = session.connection().exec_driver_sql(TRANSLATIONS_SQL)
            texts = Texts.from_rows(language, rows) if language != DEFAULT_LANGUAGE else Texts()
            with reading_in(texts):
                records = [
                    convert.membership(m)
                    for m in session.scalars(
                        select(members.Membership)
                        .order_by(members.Membership.id)
                        .options(*queries._MEMBERSHIP_GRAPH)
                    )
                ]
                organisations = []
                for o in session.scalars(select(orm.Organisation).order_by(orm.Item.position)):
                    title, found = current().text("organisations", o.id, "abbreviation", o.title)
                    link = Link(
                        ItemRef(ItemKind.ORGANISATION, o.key),
                        title,
                        o.name,
                        wording=wording(language, {"title": found}),
                    )
                    after = o.successor.key if o.successor is not None else ""
                    organisations.append(GridOrganisation(link, after))
        quick = store.organisation_grid(on)
        borders = [(row.border, row.neighbour_key) for row in quick.rows]
        return build_grid(borders, organisations, records, home="KZ", on=on)
    finally:
        engine.dispose()
        store.close()


@pytest.mark.parametrize(
    ("which", "language"),
    [("bundled", Language.EN), ("bundled", Language.KK), ("pack", Language.EN)],
)
@pytest.mark.parametrize("on", [date(2012, 6, 1), date(2026, 12, 1)])
def test_the_grid_read_by_column_is_the_grid_of_every_record(
    which: str, language: Language, on: date, pack_db: Path
) -> None:
    database = bundled_path() if which == "bundled" else pack_db
    store = open_store(database).in_language(language)

    grid = store.organisation_grid(on)
    expected = grid_the_long_way(database, language, on)

    assert grid.columns == expected.columns
    assert [(r.border, r.neighbour_key) for r in grid.rows] == [
        (r.border, r.neighbour_key) for r in expected.rows
    ]
    assert len(grid.rows) > LIST_LIMIT or which == "bundled"
    for row, wanted in zip(grid.rows, expected.rows, strict=True):
        # Last column first: a column's records are read when it is first read.
        for column in reversed(range(len(grid.columns))):
            assert row.cells[column] == wanted.cells[column], (row.neighbour_key, column)
    assert any(cell.sources for row in grid.rows for cell in row.cells)


def _link(item: orm.Item) -> tuple[object, ...]:
    """Return an item's link with its search words and wording (which links compare without)."""
    found = convert.link(item)
    return (found, found.keywords, found.wording) if found is not None else (None,)


@pytest.mark.parametrize(
    ("which", "language"),
    [("bundled", Language.EN), ("bundled", Language.KK), ("pack", Language.EN)],
)
def test_items_read_whole_link_as_items_read_one_by_one(
    which: str, language: Language, pack_db: Path
) -> None:
    database = bundled_path() if which == "bundled" else pack_db
    engine = create_engine("sqlite://", creator=partial(connect_read_only, database))
    try:
        with Session(engine) as session:
            rows = session.connection().exec_driver_sql(TRANSLATIONS_SQL)
            texts = Texts.from_rows(language, rows) if language != DEFAULT_LANGUAGE else Texts()
            ids = list(session.scalars(select(orm.Item.id)))
        with Session(engine) as session, reading_in(texts):
            whole = queries.whole_items(session, ids)
            links = {item_id: _link(item) for item_id, item in whole.items()}
        with Session(engine) as session, reading_in(texts):  # the items as lazily loaded
            one_by_one = {i: _link(session.get_one(orm.Item, i)) for i in ids}
    finally:
        engine.dispose()

    assert links == one_by_one
    assert {type(whole[i]) for i in ids} >= {orm.Segment, orm.Person, orm.Source}


def test_a_grid_reads_its_columns_from_the_file_it_was_opened_on(
    pack_db: Path, tmp_path: Path
) -> None:
    on = date(2026, 12, 1)
    path = Path(shutil.copyfile(pack_db, tmp_path / "pack.sqlite"))
    expected = grid_the_long_way(path, Language.EN, on)
    store = open_store(path)
    grid = store.organisation_grid(on)
    # The pack imported again: another database takes the file's place (as a rename does).
    other = Path(shutil.copyfile(bundled_path(), tmp_path / "other.sqlite"))
    other.replace(path)
    store.close()

    for row, wanted in zip(grid.rows, expected.rows, strict=True):
        for column in reversed(range(len(grid.columns))):
            assert row.cells[column] == wanted.cells[column], (row.neighbour_key, column)
