"""The bundled content in Kazakh and Russian: complete, with the names the bodies use themselves."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest

from borderdesk.core.language import Language, Wording
from borderdesk.data.build import build_database
from borderdesk.data.check import check
from borderdesk.data.store import bundled_path, connect_read_only, open_store
from borderdesk.data.store_service import StoreService
from borderdesk.data.translated_text import read_text, text_coverage
from borderdesk.data.translation_report import database_translations
from tests.data.helpers import edit
from tests.data.test_records import every_answer

REPO = Path(__file__).resolve().parents[2]
KK, RU, EN = Language.KK, Language.RU, Language.EN


@pytest.fixture(scope="module")
def bundled() -> Iterator[StoreService]:
    """Return the service over the committed database."""
    service = open_store(bundled_path())
    yield service
    service.close()


def wordings(value: object) -> Iterator[tuple[object, Wording]]:
    """Yield every record with a wording inside a value, with its wording."""
    if isinstance(value, tuple):
        for item in value:
            yield from wordings(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            inner = getattr(value, field.name)
            if isinstance(inner, Wording):
                yield value, inner
            else:
                yield from wordings(inner)


@pytest.mark.parametrize("language", [KK, RU])
def test_every_text_of_every_page_is_in_the_language_asked_for(
    bundled: StoreService, language: Language
) -> None:
    service = bundled.in_language(language)
    seen = 0
    for answer in every_answer(service):
        for record, wording in wordings(answer):
            assert wording.asked == language, record
            assert wording.complete, (type(record).__name__, wording.fallbacks)
            seen += 1
    assert seen > 2000
    border_map = service.border_map()
    # Every country the map draws has its name in the language, those drawn for context too.
    assert [record for record, w in wordings(border_map) if not w.complete] == []
    outlines = {outline.key: outline for outline in border_map.outlines}
    assert len(outlines) > 50
    assert outlines["MK"].role == "context"
    assert outlines["MK"].name == {KK: "Солтүстік Македония", RU: "Северная Македония"}[language]


@pytest.mark.parametrize(
    ("key", "kazakh", "russian"),
    [
        ("csto", ("ҰҚШҰ", "Ұжымдық қауіпсіздік туралы шарт ұйымы"),
         ("ОДКБ", "Организация Договора о коллективной безопасности")),
        ("sco", ("ШЫҰ", "Шанхай ынтымақтастық ұйымы"),
         ("ШОС", "Шанхайская организация сотрудничества")),
        ("cica", ("АӨСШК", "Азиядағы өзара іс-қимыл және сенім шаралары кеңесі"),
         ("СВМДА", "Совещание по взаимодействию и мерам доверия в Азии")),
        ("caricc", ("ЦАРИКЦ", None), ("ЦАРИКЦ", None)),
        ("eaeu", ("ЕАЭО", "Еуразиялық экономикалық одақ"),
         ("ЕАЭС", "Евразийский экономический союз")),
        ("cu", ("Кеден одағы", "Беларусь, Қазақстан және Ресей Кеден одағы"),
         ("ТС", "Таможенный союз Беларуси, Казахстана и России")),
    ],
)  # fmt: skip
def test_organisations_are_named_as_they_write_themselves(
    bundled: StoreService,
    key: str,
    kazakh: tuple[str, str | None],
    russian: tuple[str, str | None],
) -> None:
    for language, (abbreviation, name) in ((KK, kazakh), (RU, russian)):
        organisation = bundled.in_language(language).organisation(key)
        assert organisation.abbreviation == abbreviation
        assert name is None or organisation.name == name
        titles = {
            link.ref.key: link.title for link in bundled.in_language(language).organisations()
        }
        assert titles[key] == abbreviation
    assert bundled.organisation(key).abbreviation.isascii()  # English stays the default


def test_official_names_record_their_sources() -> None:
    with closing(connect_read_only(bundled_path())) as connection:
        rows = connection.execute(
            "SELECT t.language, t.text, i.key FROM translations t JOIN items i "
            "ON i.id = t.source_id WHERE t.table_name = 'organisations' "
            "AND t.column_name = 'abbreviation'"
        ).fetchall()
    cited = {(language, text): source for language, text, source in rows}
    assert cited[("kk", "ҰҚШҰ")] == "SPUTNIK-KZ2023-CSTO"
    assert cited[("ru", "ОДКБ")] == "ADILET-CSTO-RU"
    assert cited[("kk", "ШЫҰ")] == "ADILET-SCO-KK"
    assert cited[("ru", "СВМДА")] == "SCICA-2025-RU"
    assert cited[("kk", "ЕАЭО")] == "EHISTORY2020-EAEU"


def test_borders_neighbours_and_pages_read_in_kazakh_and_russian(bundled: StoreService) -> None:
    kazakh, russian = bundled.in_language(KK), bundled.in_language(RU)
    assert [b.neighbour for b in kazakh.borders()] == [
        "Ресей", "Өзбекстан", "Қытай", "Қырғызстан", "Түрікменстан",
    ]  # fmt: skip
    assert [b.neighbour for b in russian.borders()] == [
        "Россия", "Узбекистан", "Китай", "Кыргызстан", "Туркменистан",
    ]  # fmt: skip
    assert kazakh.border("kz-cn").description.startswith("Қытаймен шекара")
    assert russian.border("kz-cn").description.startswith("Граница с Китаем")
    assert kazakh.overview().title == "Қазақстан"
    assert russian.topic("drug-trafficking").name == "Незаконный оборот наркотиков"
    assert kazakh.event("osh-2010").title == "Ош пен Жалал-Абадтағы этносаралық қақтығыстар"
    assert russian.person("nazarbayev").name == "Нурсултан Назарбаев"
    assert kazakh.source("ART").source.ref.label == "Мақала (шамамен 2012 ж.)"
    cities = {p.key: p for p in kazakh.border_map().points if p.kind == "city"}
    assert (cities["astana"].name, cities["almaty"].note) == ("Астана", "ЦАРИКЦ штаб-пәтері")
    series = russian.segment_series()
    assert series.bars[0].label == "Россия"
    assert series.source.ref.label == "Статья (ок. 2012 г.)"


def test_quotes_stay_as_said_with_our_translation(bundled: StoreService) -> None:
    english = bundled.person("dzhaksybekov").quotes
    for language in (KK, RU):
        quotes = bundled.in_language(language).person("dzhaksybekov").quotes
        assert [q.text for q in quotes] == [q.text for q in english]  # the words as said
        assert all(q.translation and q.translation != q.text for q in quotes)
        assert all(q.wording.language_of("translation") == language for q in quotes)
    facts = bundled.in_language(RU).border("kz-ru").challenges
    quoted = next(f for f in facts if f.quote)
    assert quoted.quote.startswith("this effectively removed")
    assert quoted.quote_translation.startswith("это фактически сняло")


def test_the_check_passes_and_counts_every_text_translated() -> None:
    report = check(bundled_path())
    assert report.ok, report.text()
    text = report.text()
    assert "ok    translations (kk): " in text
    assert "ok    translations (ru): " in text
    assert "0 outdated, 0 missing" in text
    assert "  kk  all " in text


def test_the_database_counts_what_the_text_counts() -> None:
    with closing(connect_read_only(bundled_path())) as connection:
        built = database_translations(connection)
    assert built.coverages == text_coverage(read_text(REPO / "db"))
    assert (built.outdated, built.orphaned) == ((), ())
    for coverage in built.coverages:
        assert coverage.total.translated == coverage.total.total > 1000


def test_changing_an_english_text_makes_its_translations_outdated_and_the_tools_fail(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "db"
    shutil.copytree(REPO / "db", copy, ignore=shutil.ignore_patterns("__pycache__"))
    edit(copy / "organisations.toml", 'abbreviation = "CSTO"', 'abbreviation = "C.S.T.O."')
    text = read_text(copy)
    outdated = sorted((c.language.value, e.name) for c, e, _ in text.matched.outdated)
    assert outdated == [
        ("kk", "organisation.csto.abbreviation"),
        ("ru", "organisation.csto.abbreviation"),
    ]
    run = subprocess.run(
        [sys.executable, str(REPO / "db" / "translations.py"), "status", "--db", str(copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert "ru.toml: [organisation.csto.abbreviation] outdated: the English is now" in run.stdout
    built = tmp_path / "outdated.sqlite"
    build_database(copy, built)
    report = check(built)
    assert not report.ok
    assert "FAIL  translations (kk): " in report.text()
    service = open_store(built)
    try:
        csto = service.in_language(KK).organisation("csto")
        assert csto.abbreviation == "C.S.T.O."  # the outdated ҰҚШҰ is not shown
        assert csto.wording.fell_back("abbreviation") == EN
        assert csto.name == "Ұжымдық қауіпсіздік туралы шарт ұйымы"
    finally:
        service.close()
