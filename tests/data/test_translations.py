"""Translation catalogues: built into the database, read in a language with fallback and marks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from borderdesk.core.language import Language
from borderdesk.data.build import build_database
from borderdesk.data.check import check
from borderdesk.data.store import open_store
from borderdesk.data.store_service import StoreService
from borderdesk.data.text_fields import DatasetError
from borderdesk.data.translated_text import read_text, text_coverage
from borderdesk.data.translation_report import Coverage, database_translations
from tests.data.helpers import edit

KK, RU, EN = Language.KK, Language.RU, Language.EN

RU_CATALOGUE = """[catalogue]
language = "ru"

[country.CN.name]
en = "China"
text = "Китай"

[border.kz-cn.description]
en = "The eastern border."
text = "Восточная граница."

[organisation.sco.abbreviation]
en = "SCO"
text = "ШОС"

[organisation.sco.name]
en = "Shanghai Cooperation Organisation"
text = "Шанхайская организация сотрудничества"

[quote.dzhaksybekov-army.text]
en = "Two decades have passed."
text = "Прошло два десятилетия."

[topic.smuggling.name]
en = "Smuggling of goods"
text = "Контрабанда товаров"
"""

KK_CATALOGUE = """[catalogue]
language = "kk"

[country.CN.name]
en = "China"
text = "Қытай"

[organisation.sco.abbreviation]
en = "SCO"
text = "ШЫҰ"
"""


def write_catalogues(folder: Path, ru: str = RU_CATALOGUE, kk: str = KK_CATALOGUE) -> None:
    """Give a copy of the fixture dataset its two catalogues."""
    (folder / "i18n").mkdir(exist_ok=True)
    (folder / "i18n" / "ru.toml").write_text(ru, encoding="utf-8")
    (folder / "i18n" / "kk.toml").write_text(kk, encoding="utf-8")


@pytest.fixture
def translated(dataset_copy: Path, tmp_path: Path) -> Iterator[StoreService]:
    """Return the service over the fixture dataset built with the two catalogues."""
    write_catalogues(dataset_copy)
    out = tmp_path / "translated.sqlite"
    build_database(dataset_copy, out)
    service = open_store(out)
    yield service
    service.close()


def test_each_kind_reads_in_the_language_asked_for(translated: StoreService) -> None:
    russian = translated.in_language(RU)
    border = russian.border("kz-cn")
    assert (border.neighbour, border.description) == ("Китай", "Восточная граница.")
    assert border.wording.complete
    sco = russian.organisation("sco")
    assert (sco.abbreviation, sco.name) == ("ШОС", "Шанхайская организация сотрудничества")
    assert russian.organisations()[0].title == "ШОС"
    assert russian.topic("smuggling").name == "Контрабанда товаров"
    assert {b.key: b.neighbour for b in russian.borders()}["kz-cn"] == "Китай"
    kazakh = translated.in_language(KK)
    assert kazakh.border("kz-cn").neighbour == "Қытай"
    assert kazakh.organisation("sco").abbreviation == "ШЫҰ"
    assert kazakh.organisations()[0].title == "ШЫҰ"


def test_english_stays_the_default(translated: StoreService) -> None:
    assert translated.language == EN
    border = translated.border("kz-cn")
    assert (border.neighbour, border.description) == ("China", "The eastern border.")
    assert border.wording.complete
    assert translated.organisation("sco").abbreviation == "SCO"


def test_a_missing_text_falls_back_kk_ru_en_and_says_so(translated: StoreService) -> None:
    kazakh = translated.in_language(KK)
    border = kazakh.border("kz-cn")
    assert border.description == "Восточная граница."  # no Kazakh: the Russian
    assert border.wording.fell_back("description") == RU
    assert border.wording.fell_back("neighbour") is None  # Kazakh, as asked
    sco = kazakh.organisation("sco")
    assert sco.name == "Шанхайская организация сотрудничества"
    assert sco.wording.fell_back("name") == RU
    assert sco.description == "A regional security organisation."
    assert sco.wording.fell_back("description") == EN  # neither Kazakh nor Russian
    topics = {link.ref.key: link for link in kazakh.topics()}
    assert topics["smuggling"].title == "Контрабанда товаров"
    assert topics["smuggling"].wording.fell_back("title") == RU


def test_a_quote_stays_as_said_with_our_translation_under_it(translated: StoreService) -> None:
    quote = translated.in_language(KK).person("dzhaksybekov").quotes[0]
    assert quote.text == "Two decades have passed."
    assert quote.translation == "Прошло два десятилетия."
    assert quote.wording.fell_back("translation") == RU
    assert translated.person("dzhaksybekov").quotes[0].translation == ""


def test_an_outdated_translation_is_passed_over_and_fails_the_checks(
    dataset_copy: Path, tmp_path: Path
) -> None:
    write_catalogues(dataset_copy)
    edit(dataset_copy / "segments.toml", '"The eastern border."', '"The border in the east."')
    out = tmp_path / "outdated.sqlite"
    build_database(dataset_copy, out)
    service = open_store(out)
    try:
        border = service.in_language(RU).border("kz-cn")
        assert border.description == "The border in the east."
        assert border.wording.fell_back("description") == EN
    finally:
        service.close()
    report = check(out)
    assert not report.ok
    assert "FAIL  translations (ru): " in report.text()
    assert "outdated: segments" in report.text()
    text = read_text(dataset_copy)
    [(catalogue, entry, unit)] = text.matched.outdated
    assert (catalogue.language, entry.name) == (RU, "border.kz-cn.description")
    assert unit.english == "The border in the east."


def test_an_orphaned_entry_stops_the_build_naming_the_file_and_entry(
    dataset_copy: Path, tmp_path: Path
) -> None:
    orphan = RU_CATALOGUE + '\n[border.kz-xx.description]\nen = "Gone."\ntext = "Нет."\n'
    write_catalogues(dataset_copy, ru=orphan)
    with pytest.raises(DatasetError) as error:
        build_database(dataset_copy, tmp_path / "never.sqlite")
    assert "ru.toml: [border.kz-xx.description]: names no text of the dataset" in str(error.value)
    assert not (tmp_path / "never.sqlite").exists()


@pytest.mark.parametrize(
    ("catalogue", "problem"),
    [
        ('[catalogue]\nlanguage = "de"\n', "'language' must be one of ru, kk"),
        ("[catalogue]\n", "missing, or without its 'language'"),
        ('[catalogue]\nlanguage = "ru"\n[country.CN.name]\nen = "China"\ntext = ""\n', "empty"),
        ('[catalogue]\nlanguage = "ru"\n[country.CN.name]\ntext = "Китай"\n', "missing 'en'"),
        ('[catalogue]\nlanguage = "ru"\n[country.CN.name]\nen = "China"\ntext = "Китай"\nx = ""\n',
         "unknown key 'x'"),
        ('[catalogue]\nlanguage = "ru"\n[country.CN.name]\nen = "China"\ntext = "Китай"\n'
         'source = "NOWHERE"\n', "no source 'NOWHERE'"),
        ('[catalogue]\nlanguage = "ru"\n[country.CN.name\n', "not valid TOML"),
    ],
)  # fmt: skip
def test_a_bad_catalogue_is_refused_naming_what_is_wrong(
    dataset_copy: Path, tmp_path: Path, catalogue: str, problem: str
) -> None:
    write_catalogues(dataset_copy, ru=catalogue)
    with pytest.raises(DatasetError) as error:
        build_database(dataset_copy, tmp_path / "never.sqlite")
    assert "ru.toml" in str(error.value)
    assert problem in str(error.value)


def test_a_text_translated_beside_the_english_and_in_a_catalogue_is_refused(
    dataset_copy: Path, tmp_path: Path
) -> None:
    twice = RU_CATALOGUE + '\n[country.RU.name]\nen = "Russia"\ntext = "Россия"\n'
    write_catalogues(dataset_copy, ru=twice)
    with pytest.raises(DatasetError, match="'name_ru' is translated here and in the catalogue"):
        build_database(dataset_copy, tmp_path / "never.sqlite")


def test_coverage_counts_translated_outdated_and_missing_per_kind(
    dataset_copy: Path, tmp_path: Path
) -> None:
    write_catalogues(dataset_copy)
    edit(dataset_copy / "topics.toml", '"Smuggling of goods"', '"Smuggling"')
    text = read_text(dataset_copy)
    russian, kazakh = text_coverage(text)
    assert (russian.language, kazakh.language) == (RU, KK)
    border = russian.of("border")
    assert (border.translated, border.outdated) == (1, 0)
    assert border.missing == border.total - 1
    assert (russian.of("topic").translated, russian.of("topic").outdated) == (0, 1)
    assert (russian.of("quote").translated, kazakh.of("quote").translated) == (1, 0)
    assert russian.of("country").translated == 1  # name_ru beside the English is not counted
    total = sum(c.total for c in russian.counts)
    assert russian.total.total == total == len(text.units)
    out = tmp_path / "counted.sqlite"
    build_database(dataset_copy, out)
    with closing(sqlite3.connect(out)) as connection:
        built = database_translations(connection)
    # The database counts the sibling name_ru too, and otherwise exactly what the text does.
    assert built.coverages[0].of("country").translated == 2
    assert built.coverages[0].of("border").translated == 2  # and the description_ru

    def done(coverage: Coverage) -> dict[str, tuple[int, int]]:
        return {c.kind: (c.translated, c.outdated) for c in coverage.counts if c.translated}

    assert done(built.coverages[1]) == done(kazakh) == {"organisation": (1, 0), "country": (1, 0)}
    assert len(built.outdated) == 1
