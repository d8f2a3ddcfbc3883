"""The map read with plain SQL is exactly the ORM's, in every language, texts and levels too."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from borderdesk.core.language import Language
from borderdesk.core.model import BorderMap
from borderdesk.data.repository import Repository
from borderdesk.data.store import bundled_path
from borderdesk.data.store_service import StoreService
from tests.data.test_listings import both


def spelled_out(value: object) -> object:
    """Return a value with every field (also those equality skips) and every level decoded."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__name__,
            tuple((f.name, spelled_out(getattr(value, f.name))) for f in dataclasses.fields(value)),
        )
    if isinstance(value, Sequence) and not isinstance(value, str):
        return tuple(spelled_out(item) for item in value)
    return repr(value)


@pytest.fixture(params=[(d, lang) for d in ("fixture", "bundled") for lang in Language])
def readers(
    request: pytest.FixtureRequest, fixture_db: Path
) -> Iterator[tuple[StoreService, Repository, str]]:
    """Return both readers over the fixture database (no map), then the bundled one."""
    where, language = request.param
    quick, orm = both(fixture_db if where == "fixture" else bundled_path())
    yield quick.in_language(language), orm.in_language(language), where
    quick.close()
    orm.close()


def test_the_map_is_the_orms(readers: tuple[StoreService, Repository, str]) -> None:
    quick, orm, where = readers
    answer = quick.border_map()
    assert spelled_out(answer) == spelled_out(orm.border_map())
    if where == "bundled":  # something to compare: every kind of feature, cities' facts too
        for features in (answer.segments, answer.shore, answer.outlines, answer.waters):
            assert features
        assert answer.disputed
        assert answer.source is not None
        assert len(answer.levels) > 1
        assert any(point.names for point in answer.points)
        assert any(point.roles for point in answer.points)
    else:  # the fixture dataset has no map: both give the empty one
        assert answer == BorderMap((), (), (), (), None, "")


def test_the_map_reads_no_orm() -> None:
    quick, _orm = both(bundled_path())
    assert quick.border_map().segments
    assert quick._shared.orm is None  # what the export relies on
