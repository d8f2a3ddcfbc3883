"""The GUI is only ever handed frozen core records and plain values, never ORM objects."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from borderdesk.core import language, model, pages
from borderdesk.core.grid import LazyCells
from borderdesk.core.language import Language
from borderdesk.core.navigation import build_navigation
from borderdesk.core.service import ReferenceService, load_detail
from borderdesk.data.repository import Repository
from borderdesk.data.store import open_store

PLAIN = (str, int, float, bool, type(None), model.ItemKind)


def every_answer(service: ReferenceService) -> Iterator[object]:
    """Yield every answer of every service method, for every item of the dataset."""
    yield service.edition()
    yield service.overview()
    yield service.borders()
    yield service.organisations()
    yield service.topics()
    yield service.people()
    yield service.events()
    yield service.sources()
    yield service.chart_sources()
    for option in service.chart_sources():
        yield service.segment_series(option.ref.id)
    yield service.segment_series()
    for node in build_navigation(service).walk():
        if node.ref is not None:
            yield load_detail(service, node.ref)


def parts(value: object) -> Iterator[object]:
    """Yield a value and everything inside it: dataclass fields and tuple items."""
    yield value
    if isinstance(value, (tuple, LazyCells)):  # a grid row's cells are read as they are shown
        for item in value:
            yield from parts(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from parts(getattr(value, field.name))


def test_the_repository_satisfies_the_service_protocol(repo: Repository) -> None:
    service: ReferenceService = repo
    assert service.edition().version == "test.1"
    for name in dir(ReferenceService):
        if not name.startswith("_") and name != "language":
            assert callable(getattr(repo, name)), name
    assert repo.language == Language.EN
    assert repo.in_language(Language.KK).language == Language.KK


def test_every_answer_is_frozen_core_records_and_plain_values(repo: Repository) -> None:
    seen: set[str] = set()
    count = 0
    for answer in every_answer(repo):
        for part in parts(answer):
            count += 1
            if isinstance(part, (*PLAIN, tuple, LazyCells)):
                continue
            kind = type(part)
            core = (model.__name__, pages.__name__, language.__name__)
            assert kind.__module__ in core, f"{kind!r} is not a core record"
            assert kind.__dataclass_params__.frozen, f"{kind.__name__} is not frozen"  # type: ignore[attr-defined]
            seen.add(kind.__name__)
    assert count > 1000
    assert {
        "BorderDetail", "BorderSummary", "ChartSource", "DatasetEdition", "EventDetail", "Fact",
        "Figure", "ItemRef", "Link", "Membership", "OrganisationDetail", "Overview",
        "PersonDetail", "Quote", "SegmentSeries", "Source", "SourceDetail", "SourceRef",
        "TopicDetail", "Bar",
    } <= seen  # fmt: skip


def test_answers_do_not_depend_on_an_open_session(fixture_db: Path) -> None:
    repository = open_store(fixture_db)
    border = repository.border("kz-ru")
    repository.close()  # connections closed: the records must hold their data themselves
    assert border.lengths[0].source.label == "Article (c. 2012)"
    assert border.shared_organisations[0].title == "SCO"
    with pytest.raises(dataclasses.FrozenInstanceError):
        border.rank = 2  # type: ignore[misc]
