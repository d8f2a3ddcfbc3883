"""Place names over time in Kazakh and Russian (db/proposed/places.toml): sourced and in order."""

from __future__ import annotations

import re
import tomllib
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from borderdesk.data.dataset_text import load_dataset

DB = Path(__file__).resolve().parents[2] / "db"
PLACES = DB / "proposed" / "places.toml"
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_CYRILLIC = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі -]+")


@pytest.fixture(scope="module")
def places() -> list[dict[str, Any]]:
    """Return the proposed place records."""
    document = tomllib.loads(PLACES.read_text(encoding="utf-8"))
    assert set(document) == {"place"}
    return list(document["place"])


def names(place: dict[str, Any]) -> list[dict[str, Any]]:
    """Return a place's name facts."""
    return [fact for fact in place["fact"] if fact["label"] == "name"]


def test_every_name_has_its_kazakh_and_russian_form_dates_and_sources(
    places: list[dict[str, Any]],
) -> None:
    sources = {source.id for source in load_dataset(DB).sources}
    countries = {country.id for country in load_dataset(DB).countries}
    for place in places:
        assert place["country"] in countries
        assert place["kind"] in ("city", "river")
        ids = [fact["id"] for fact in place["fact"]]
        assert len(ids) == len(set(ids)), place["id"]
        for fact in names(place):
            where = f"{place['id']}.{fact['id']}"
            assert fact["value"], where
            assert fact["text"], where
            assert _CYRILLIC.fullmatch(fact["value_kk"]), where
            assert _CYRILLIC.fullmatch(fact["value_ru"]), where
            assert fact["source"] in sources, where
            assert fact.get("until_source", fact["source"]) in sources, where
            assert fact.get("from") or fact.get("until") or fact.get("as_of"), where
            for key in ("from", "until"):
                assert key not in fact or _DATE.fullmatch(fact[key]), where


def test_a_place_has_one_name_at_a_time_in_order(places: list[dict[str, Any]]) -> None:
    for place in places:
        dated = names(place)
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
    places: list[dict[str, Any]], place: str, english: list[str], kazakh: str, russian: str
) -> None:
    record = next(p for p in places if p["id"] == place)
    assert [fact["value"] for fact in names(record)] == english
    assert kazakh in {fact["value_kk"] for fact in names(record)}
    assert russian in {fact["value_ru"] for fact in names(record)}
