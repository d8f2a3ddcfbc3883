"""The real dataset: it builds, the committed database matches it, and its content holds up."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import String, create_engine, select
from sqlalchemy.pool import NullPool

from borderdesk.core.navigation import build_navigation
from borderdesk.core.service import load_detail
from borderdesk.data.build import build_database, dump_database
from borderdesk.data.models import Base
from borderdesk.data.repository import Repository
from borderdesk.data.store import (
    bundled_path,
    checksum_line,
    checksum_path,
    connect_read_only,
    open_store,
)

REPO = Path(__file__).parents[2]
DB_TEXT = REPO / "db"
# The article the dataset quotes is not ours to redistribute, so the repository does not carry
# it. CI names its text file in this variable (.ci/run) and fails without it; elsewhere the
# quote check is reported as not run, with the reason.
ARTICLE_VARIABLE = "BORDERDESK_ARTICLE"
# Editorial artifacts of the seed text, built from parts so this file does not contain them.
ARTIFACTS = (
    "046_049_" + "Edge_08",
    "WAS THERE AN " + "INTERVIEW",
    "There," + "a",
    "remittances." + "Both",
    "border" + "to",
    "it." + "With",
    "destruction " + "weapons",
    "\u00a0",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the real dataset text, freshly built into a temporary database."""
    out = tmp_path_factory.mktemp("real") / "borderdesk.sqlite"
    build_database(DB_TEXT, out)
    return out


@pytest.fixture(scope="module")
def real(built: Path) -> Iterator[Repository]:
    """Return a repository over the freshly built real dataset."""
    repository = open_store(built)
    yield repository
    repository.close()


def rows(path: Path, sql: str, *parameters: str) -> list[tuple[object, ...]]:
    """Run one query on a database, read-only."""
    with closing(connect_read_only(path)) as connection:
        return connection.execute(sql, parameters).fetchall()


def text_values(path: Path) -> Iterator[tuple[str, str]]:
    """Yield (table.column, value) for every text value in every table of the schema."""
    engine = create_engine("sqlite://", creator=lambda: connect_read_only(path), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                for column in table.columns:
                    if isinstance(column.type, String):
                        for (value,) in connection.execute(select(column)):
                            yield f"{table.name}.{column.name}", value
    finally:
        engine.dispose()


def test_the_committed_database_is_a_fresh_build_of_db(built: Path) -> None:
    committed = bundled_path()
    assert committed.is_file(), "run: python -m borderdesk.data.build"
    assert dump_database(committed) == dump_database(built), (
        "src/borderdesk/assets/borderdesk.sqlite is out of date with db/*.toml; "
        "rebuild it with: python -m borderdesk.data.build"
    )
    # Opening checks the bundled file against the checksum its build wrote beside it.
    for database in (committed, built):
        assert checksum_path(database).read_text(encoding="ascii") == checksum_line(
            database.read_bytes(), "borderdesk.sqlite"
        ), "rebuild with: python -m borderdesk.data.build (it writes borderdesk.sqlite.sha256)"


def test_the_bundled_database_opens_by_default() -> None:
    repository = open_store()
    try:
        assert repository.path == bundled_path()
        assert len(repository.borders()) == 5
    finally:
        repository.close()


def test_the_articles_lengths_add_up_to_its_stated_total(real: Repository) -> None:
    borders = real.borders()
    assert {b.length.source.id for b in borders} == {"ART"}
    assert [b.length.value for b in borders] == [6846, 2203, 1533, 1051, 379]
    overview = real.overview()
    assert overview.stated_total.source.id == "ART"
    assert overview.stated_total.value == 12012
    assert sum(b.length.value for b in borders) == 12012 == overview.computed_total_km
    article = real.segment_series("ART")
    assert article.stated_total == 12012 == article.total


def test_every_figure_fact_membership_and_quote_has_a_source(built: Path) -> None:
    for table in ("figures", "facts", "role_confirmations", "quotes"):
        unsourced = rows(
            built,
            "SELECT count(*) FROM pragma_table_info(?) WHERE name = 'source_id' AND \"notnull\"",
            table,
        )
        assert unsourced == [(1,)], f"{table}.source_id may be empty"
    orphans = rows(
        built,
        "SELECT (SELECT count(*) FROM figures WHERE source_id NOT IN (SELECT id FROM sources))"
        " + (SELECT count(*) FROM facts WHERE source_id NOT IN (SELECT id FROM sources))"
        " + (SELECT count(*) FROM role_confirmations"
        "    WHERE source_id NOT IN (SELECT id FROM sources))"
        " + (SELECT count(*) FROM membership_roles WHERE since_source_id IS NULL"
        "    AND until_source_id IS NULL"
        "    AND id NOT IN (SELECT role_id FROM role_confirmations))"
        " + (SELECT count(*) FROM quotes WHERE source_id NOT IN (SELECT id FROM sources))",
    )
    assert orphans == [(0,)]
    assert rows(built, "SELECT count(*) FROM figures")[0][0] > 50
    assert rows(built, "PRAGMA foreign_key_check") == []


def article_text() -> str:
    """Return the article's text from the file BORDERDESK_ARTICLE names; skip, saying why, if unset.

    Set but naming no file fails: CI must never skip this check by a typo.
    """
    named = os.environ.get(ARTICLE_VARIABLE, "")
    if not named:
        pytest.skip(
            f"not run: the article the dataset quotes is not in the repository (it is not ours "
            f"to redistribute); set {ARTICLE_VARIABLE} to its text file to check every quote"
        )
    path = Path(named)
    assert path.is_file(), f"{ARTICLE_VARIABLE} names {path}, which is not a file"
    return path.read_text(encoding="utf-8")


def test_every_quote_from_the_article_is_in_the_article(built: Path) -> None:
    seed = article_text()
    quotes = rows(
        built,
        """
        SELECT 'quote ' || i.key, q.text FROM quotes q
            JOIN items i ON i.id = q.id JOIN items s ON s.id = q.source_id WHERE s.key = 'ART'
        UNION ALL SELECT 'figure ' || f.id, f.quote FROM figures f
            JOIN items s ON s.id = f.source_id WHERE s.key = 'ART' AND f.quote != ''
        UNION ALL SELECT 'fact ' || f.id, f.quote FROM facts f
            JOIN items s ON s.id = f.source_id WHERE s.key = 'ART' AND f.quote != ''
        UNION ALL SELECT 'membership ' || c.id, c.quote FROM role_confirmations c
            JOIN items s ON s.id = c.source_id WHERE s.key = 'ART' AND c.quote != ''
        """,
    )
    assert len(quotes) > 20
    missing = [(where, text) for where, text in quotes if str(text) not in seed]
    assert missing == []


def test_no_artifact_of_the_seed_text_reaches_the_database(built: Path) -> None:
    values = list(text_values(built))
    assert len(values) > 1000
    found = [
        (where, artifact, value[:80])
        for where, value in values
        for artifact in ARTIFACTS
        if artifact in value
    ]
    assert found == []


def test_every_item_of_the_real_dataset_loads(real: Repository) -> None:
    refs = [node.ref for node in build_navigation(real).walk() if node.ref is not None]
    assert len(refs) > 100
    for ref in refs:
        assert load_detail(real, ref) is not None
    assert {option.ref.id for option in real.chart_sources()} >= {"ART", "CIA2015"}
    russia = real.segment_series("CIA2015").bars[0]
    assert (russia.key, russia.value) == ("kz-ru", 7644)


def test_listings_carry_search_words_for_full_names_and_aliases(real: Repository) -> None:
    organisations = {link.title: link.keywords for link in real.organisations()}
    assert organisations["CSTO"] == "Collective Security Treaty Organization"
    assert "Conference on Interaction" in organisations["CICA"]
    people = {link.title: link.keywords for link in real.people()}
    assert "Zhaksybekov" in people["Adilbek Dzhaksybekov"]
    sources = {link.ref.key: link.keywords for link in real.sources()}
    assert "US Central Intelligence Agency" in sources["CIA2015"]
