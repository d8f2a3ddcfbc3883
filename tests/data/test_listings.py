"""The quick listings (plain SQL) answer exactly what the ORM repository answers."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from borderdesk.core.errors import BorderDeskError, StoreError
from borderdesk.core.language import Language
from borderdesk.data import listings
from borderdesk.data.repository import Repository
from borderdesk.data.store import bundled_path, connect_read_only
from borderdesk.data.store_service import StoreService

LISTINGS = ("edition", "borders", "organisations", "topics", "people", "events", "sources")


def both(path: Path) -> tuple[StoreService, Repository]:
    """Return the quick service and the ORM repository over one file, unchecked."""
    orm = create_engine("sqlite://", creator=partial(connect_read_only, path), poolclass=NullPool)
    return StoreService(path, partial(connect_read_only, path)), Repository(orm, path)


@pytest.fixture(params=[(d, lang) for d in ("fixture", "bundled") for lang in Language])
def readers(
    request: pytest.FixtureRequest, fixture_db: Path
) -> Iterator[tuple[StoreService, Repository]]:
    """Return both readers over the fixture database, then the bundled one, in each language."""
    where, language = request.param
    quick, orm = both(fixture_db if where == "fixture" else bundled_path())
    yield quick.in_language(language), orm.in_language(language)
    quick.close()
    orm.close()


def outcome(call: Callable[[], object]) -> str:
    """Return a call's answer in full, or the kind and message of the error it raised.

    ``repr`` shows every field, also those equality skips (search words, source dates).
    """
    try:
        return repr(call())
    except BorderDeskError as error:
        return repr((type(error).__name__, str(error)))


@pytest.mark.parametrize("method", LISTINGS)
def test_every_listing_is_the_orms(method: str, readers: tuple[StoreService, Repository]) -> None:
    quick, orm = readers
    answer = getattr(quick, method)()
    assert repr(answer) == repr(getattr(orm, method)())
    assert answer  # something to compare: a listing is never empty in these datasets


def test_chart_sources_and_every_series_are_the_orms(
    readers: tuple[StoreService, Repository],
) -> None:
    quick, orm = readers
    options = quick.chart_sources()
    assert repr(options) == repr(orm.chart_sources())
    assert len(options) >= 2
    choices = [None, *(option.ref.id for option in options)]
    for source_id in choices:
        assert repr(quick.segment_series(source_id)) == repr(orm.segment_series(source_id))
    # a source that gives only some lengths, one that gives none, one that does not exist
    partial_source = {f.source.id for b in orm.borders() for f in orm.border(b.key).lengths}
    for source_id in [*sorted(partial_source - set(choices)), "ART-not", "kz-ru"]:
        assert outcome(partial(quick.segment_series, source_id)) == outcome(
            partial(orm.segment_series, source_id)
        )


def test_a_series_is_read_once_per_language_and_source(
    fixture_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = StoreService(fixture_db, partial(connect_read_only, fixture_db))
    fresh = {
        (language, source): repr(service.in_language(language).segment_series(source))
        for language in Language
        for source in (None, "ART")
    }
    reads: list[str | None] = []
    original = listings.segment_series

    def counted(connection: sqlite3.Connection, source_id: str | None, *rest: object) -> object:
        reads.append(source_id)
        return original(connection, source_id, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(listings, "segment_series", counted)
    for (language, source), expected in fresh.items():  # the same answers, none read again
        assert repr(service.in_language(language).segment_series(source)) == expected
    assert reads == []
    other = StoreService(fixture_db, partial(connect_read_only, fixture_db))
    russian = other.in_language(Language.RU)
    assert repr(russian.segment_series("ART")) == fresh[Language.RU, "ART"]
    assert repr(russian.segment_series("ART")) == fresh[Language.RU, "ART"]
    assert reads == ["ART"]  # another file's service reads its own, once
    with pytest.raises(BorderDeskError):  # a refusal is not kept: asked again, refused again
        russian.segment_series("no-such-source")
    with pytest.raises(BorderDeskError):
        russian.segment_series("no-such-source")
    assert reads == ["ART", "no-such-source", "no-such-source"]


def changed(database: Path, folder: Path, *statements: str) -> Path:
    """Return a copy of the database changed with ordinary SQL (no checksum file)."""
    path = Path(shutil.copyfile(database, folder / "changed.sqlite"))
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    return path


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE figures SET is_default = 0 WHERE quantity = 'length_km' AND item_id = "
        "(SELECT id FROM items WHERE item_kind = 'border' AND key = 'kz-cn')",
        "UPDATE items SET key = 'XX' WHERE item_kind = 'country' AND key = 'KZ'",
        "DELETE FROM dataset_edition",
        "DROP TABLE person_aliases",
        "UPDATE items SET position = 100 - position",
        "UPDATE sources SET date = '' WHERE label LIKE 'CIA%'",
    ],
)
def test_damage_and_changes_give_the_same_answers(
    tmp_path: Path, fixture_db: Path, statement: str
) -> None:
    quick, orm = both(changed(fixture_db, tmp_path, statement))
    try:
        for method in (*LISTINGS, "chart_sources", "segment_series"):
            try:
                expected = outcome(getattr(orm, method))
            except Exception:  # SQLAlchemy's own (NoResultFound): the quick path names the damage
                with pytest.raises(StoreError, match=r"^.*changed\.sqlite: damaged: "):
                    getattr(quick, method)()
                continue
            assert outcome(getattr(quick, method)) == expected, method
    finally:
        quick.close()
        orm.close()


def test_opening_and_listing_import_no_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "from borderdesk.core.navigation import build_navigation\n"
        "from borderdesk.data.store import open_store\n"
        "service = open_store()\n"
        "build_navigation(service); service.edition()\n"
        "service.segment_series(); service.chart_sources()\n"
        "assert service.overview().stated_total.value == 12012\n"  # a first start's page
        "heavy = [m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'\n"
        "         or m in ('borderdesk.data.models', 'borderdesk.data.model_rows',\n"
        "                  'borderdesk.data.repository')]\n"
        "assert not heavy, heavy\n"
        "assert service.changes()\n"
        "assert 'borderdesk.data.models' in sys.modules\n"
        "service.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_the_default_series_read_for_the_chart_is_not_read_again_by_its_source(
    fixture_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = StoreService(fixture_db, partial(connect_read_only, fixture_db))
    default = service.segment_series()
    ids = [option.ref.id for option in service.chart_sources()]
    assert ids[0] == default.source.ref.id
    asked: list[list[str | None]] = []
    original = listings.segment_series_of

    def counted(
        connection: sqlite3.Connection, source_ids: list[str | None], *rest: object
    ) -> object:
        asked.append(list(source_ids))
        return original(connection, source_ids, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(listings, "segment_series_of", counted)
    together = service.segment_series_of(ids)
    assert together[0] is default
    assert asked == [ids[1:]]  # only the others, in one go
    assert service.segment_series(ids[0]) is default
