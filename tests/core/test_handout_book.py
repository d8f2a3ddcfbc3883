"""Handouts made when asked for: a dialog over thousands of items makes only what it shows."""

from __future__ import annotations

from datetime import date

import pytest

from borderdesk.core.handout import (
    build_handout_set,
    handout_book,
    handout_choices,
    handout_refs,
)
from borderdesk.core.model import BorderDetail, ItemKind, OrganisationDetail
from borderdesk.core.sample import SampleService
from borderdesk.core.service import ReferenceService
from borderdesk.data.store import open_store

PRINTED = date(2026, 5, 4)


class CountingService(SampleService):
    """The sample data, counting the items whose pages are read."""

    def __init__(self) -> None:
        super().__init__()
        self.read: list[str] = []

    def border(self, key: str) -> BorderDetail:
        self.read.append(key)
        return super().border(key)

    def organisation(self, key: str) -> OrganisationDetail:
        self.read.append(key)
        return super().organisation(key)


def test_a_book_makes_each_page_when_first_asked_for_and_only_once() -> None:
    service = CountingService()
    refs = handout_refs(service)
    book = handout_book(service, refs, version="9.9", printed=PRINTED).handouts

    assert len(book) == len(refs)
    assert service.read == []
    assert book[2].ref == refs[2]
    assert book[-1].ref == refs[-1]
    assert book[2] is book[2]
    assert service.read == [refs[2].key, refs[-1].key]
    with pytest.raises(IndexError):
        book[len(refs)]


@pytest.mark.parametrize("source", ["sample", "bundled"])
def test_a_book_read_whole_is_the_set_made_at_once(source: str) -> None:
    service: ReferenceService = SampleService() if source == "sample" else open_store(None)
    refs = handout_refs(service)

    book = handout_book(service, refs, version="9.9", printed=PRINTED)
    whole = build_handout_set(service, refs, version="9.9", printed=PRINTED)

    assert list(book.handouts) == list(whole.handouts)
    assert book.handouts[1:3] == whole.handouts[1:3]
    assert book.title() == whole.title()


@pytest.mark.parametrize("source", ["sample", "bundled"])
def test_the_choices_name_each_item_as_its_handout_is_titled(source: str) -> None:
    service: ReferenceService = SampleService() if source == "sample" else open_store(None)
    made = build_handout_set(service, handout_refs(service), version="9.9", printed=PRINTED)

    choices = handout_choices(service)

    assert [choice.ref for choice in choices] == [handout.ref for handout in made.handouts]
    assert [choice.title for choice in choices] == [handout.title for handout in made.handouts]
    for choice, handout in zip(choices, made.handouts, strict=True):
        if choice.ref.kind is ItemKind.ORGANISATION:
            assert choice.full_name == handout.subtitle
