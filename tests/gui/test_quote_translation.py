"""Quoted words stay as said on a page; our translation, when there is one, is shown under them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from borderdesk.core.language import Language
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.service import load_detail
from borderdesk.data.store import bundled_path, open_store
from borderdesk.data.store_service import StoreService
from borderdesk.gui.pages.detail_html import render_detail

LABEL = "(translation: BorderDesk)"


@pytest.fixture(scope="module")
def bundled() -> Iterator[StoreService]:
    """Return the service over the committed database."""
    service = open_store(bundled_path())
    yield service
    service.close()


def page(service: StoreService, kind: ItemKind, key: str) -> str:
    """Return the HTML of an item's page."""
    return render_detail(load_detail(service, ItemRef(kind, key)))


def test_a_russian_page_keeps_the_article_s_words_with_our_translation_under_them(
    bundled: StoreService,
) -> None:
    html = page(bundled.in_language(Language.RU), ItemKind.BORDER, "kz-ru")
    said = "“this effectively removed the challenge of preventing smuggling"
    ours = "это фактически сняло проблему предотвращения контрабанды"
    assert said in html
    assert ours in html
    assert html.index(said) < html.index(ours) < html.index(LABEL, html.index(ours))


def test_a_kazakh_person_page_translates_the_minister_s_remarks(bundled: StoreService) -> None:
    html = page(bundled.in_language(Language.KK), ItemKind.PERSON, "dzhaksybekov")
    assert "“Two decades have passed" in html
    assert "Кез келген жағдайда әскери қауіпсіздікті" in html
    assert html.count(LABEL) >= 3


def test_an_english_page_shows_no_translation(bundled: StoreService) -> None:
    for kind, key in ((ItemKind.BORDER, "kz-ru"), (ItemKind.PERSON, "dzhaksybekov")):
        assert LABEL not in page(bundled, kind, key)
