"""Place names over time (db/places.toml), in Kazakh and Russian: sourced, dated and in order."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.language import Language
from borderdesk.core.on_date import map_on
from borderdesk.data.dataset_text import load_dataset
from borderdesk.data.store import open_store

DB = Path(__file__).resolve().parents[2] / "db"
PLACES = DB / "places.toml"
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_CYRILLIC = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі -]+")


@pytest.fixture(scope="module")
def places() -> list[dict[str, Any]]:
    """Return the place records as written."""
    document = tomllib.loads(PLACES.read_text(encoding="utf-8"))
    assert set(document) == {"place"}
    return list(document["place"])


@pytest.fixture(scope="module")
def catalogues() -> dict[str, dict[str, Any]]:
    """Return the Kazakh and Russian catalogues as written."""
    return {
        code: tomllib.loads((DB / "i18n" / f"{code}.toml").read_text(encoding="utf-8"))
        for code in ("kk", "ru")
    }


def names(place: dict[str, Any]) -> list[dict[str, Any]]:
    """Return a place's name facts."""
    return [fact for fact in place["fact"] if fact["label"] == "name"]


def form(catalogue: dict[str, Any], place: str, fact: str) -> str:
    """Return the catalogue's form of a name (``place.<id>.fact.<fact>.value``)."""
    return str(catalogue["place"][place]["fact"][fact]["value"]["text"])


def test_every_name_has_its_kazakh_and_russian_form_dates_and_sources(
    places: list[dict[str, Any]], catalogues: dict[str, dict[str, Any]]
) -> None:
    dataset = load_dataset(DB)
    sources = {source.id for source in dataset.sources}
    countries = {country.id for country in dataset.countries}
    for place in places:
        assert place["country"] in countries
        assert place["kind"] in ("city", "river")
        ids = [fact["id"] for fact in place["fact"]]
        assert len(ids) == len(set(ids)), place["id"]
        for fact in names(place):
            where = f"{place['id']}.{fact['id']}"
            assert fact["value"], where
            assert fact["text"], where
            assert "value_kk" not in fact, where  # the catalogues' job
            assert "value_ru" not in fact, where
            for catalogue in catalogues.values():
                assert _CYRILLIC.fullmatch(form(catalogue, place["id"], fact["id"])), where
            assert fact["source"] in sources, where
            assert fact.get("until_source", fact["source"]) in sources, where
            assert fact.get("from") or fact.get("until") or fact.get("as_of"), where
            for key in ("from", "until"):
                assert key not in fact or _DATE.fullmatch(fact[key]), where


def test_a_place_has_one_name_at_a_time_in_order(places: list[dict[str, Any]]) -> None:
    for place in places:
        dated = names(place)
        if not dated:  # a city the content names only for its roles (Moscow, Beijing)
            continue
        for earlier, later in pairwise(dated):
            assert earlier["until"] == later["from"], (place["id"], later["id"])
        assert "until" not in dated[-1], place["id"]  # the last name holds today
        assert dated[-1]["value"] == place["name"]


@pytest.mark.parametrize(
    ("place", "english", "kazakh", "russian"),
    [
        ("astana", ["Akmolinsk", "Tselinograd", "Akmola", "Astana", "Nur-Sultan", "Astana"],
         "Нұр-Сұлтан", "Нур-Султан"),
        ("almaty", ["Verny", "Alma-Ata", "Almaty"], "Алматы", "Алма-Ата"),
        ("shymkent", ["Chimkent", "Shymkent"], "Шымкент", "Чимкент"),
        ("irtysh", ["Irtysh"], "Ертіс", "Иртыш"),
        ("ural", ["Yaik", "Ural"], "Жайық", "Урал"),
        ("syrdarya", ["Syr Darya"], "Сырдария", "Сырдарья"),
        ("ili", ["Ili"], "Іле", "Или"),
    ],
)  # fmt: skip
def test_the_variants_a_reader_may_know(
    places: list[dict[str, Any]],
    catalogues: dict[str, dict[str, Any]],
    place: str,
    english: list[str],
    kazakh: str,
    russian: str,
) -> None:
    record = next(p for p in places if p["id"] == place)
    assert [fact["value"] for fact in names(record)] == english
    assert kazakh in {form(catalogues["kk"], place, fact["id"]) for fact in names(record)}
    assert russian in {form(catalogues["ru"], place, fact["id"]) for fact in names(record)}


def test_astana_is_renamed_back_when_the_decree_took_effect(places: list[dict[str, Any]]) -> None:
    """Signed on 17 September 2022, in force on its publication on 19 September."""
    astana = next(p for p in places if p["id"] == "astana")
    by_id = {fact["id"]: fact for fact in astana["fact"]}
    assert by_id["name-nur-sultan"]["until"] == "2022-09-19"
    assert by_id["name-astana-2022"]["from"] == "2022-09-19"
    assert by_id["name-astana-2022"]["source"] == "TASS2022-ASTANA"
    assert "17 September 2022" in by_id["name-astana-2022"]["text"]


@pytest.mark.parametrize(
    ("on", "language", "name"),
    [
        (date(2012, 6, 1), Language.EN, "Astana"),
        (date(2020, 1, 1), Language.EN, "Nur-Sultan"),
        (date(2020, 1, 1), Language.KK, "Нұр-Сұлтан"),
        (date(2020, 1, 1), Language.RU, "Нур-Султан"),
        (date(2022, 9, 18), Language.RU, "Нур-Султан"),
        (date(2022, 9, 19), Language.RU, "Астана"),
        (date(1995, 1, 1), Language.KK, "Ақмола"),
    ],
)
def test_the_map_names_the_capital_as_it_was_called_in_each_language(
    on: date, language: Language, name: str
) -> None:
    store = open_store()
    try:
        border_map = map_on(store.in_language(language).border_map(), on)
    finally:
        store.close()
    (astana,) = [point for point in border_map.points if point.key == "astana"]
    assert astana.name == name
