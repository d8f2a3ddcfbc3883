"""Loading the dataset text: records, translations, checksum, and errors naming file and record."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.data.dataset_text import dataset_checksum, load_dataset, read_files
from borderdesk.data.records import SEGMENTS_TOTAL, Translation
from borderdesk.data.text_fields import DatasetError
from tests.data.helpers import FIXTURE, edit


def test_fixture_loads_with_every_kind_of_record() -> None:
    dataset = load_dataset(FIXTURE)
    assert dataset.edition.version == "test.1"
    assert dataset.edition.date == "2026-01-02"
    assert [s.id for s in dataset.segments] == ["kz-cn", "kz-ru", "kz-tm", "kz-uz", "kz-kg"]
    assert dataset.default_source("length_km") == "ART"
    assert [(t.source, t.value, t.quantity) for t in dataset.totals] == [
        ("ART", 12012.0, SEGMENTS_TOTAL),
        ("CIA2015", 13364.0, SEGMENTS_TOTAL),
    ]
    russia = next(s for s in dataset.segments if s.id == "kz-ru")
    assert russia.topics == ("smuggling", "topic:terrorism")
    assert [length.source for length in russia.lengths][:2] == ["CIA2015", "OFFICIAL2015"]
    assert len(dataset.memberships) == 15  # one per member and organisation
    uzbekistan = next(
        m for m in dataset.memberships if (m.member, m.organisation) == ("UZ", "csto")
    )
    assert [(r.role, r.validity.since, r.validity.until) for r in uzbekistan.roles] == [
        ("member", "2006", "2012")
    ]
    assert dataset.people[0].aliases == ("Adilbek Zhaksybekov",)


def test_language_siblings_become_translations() -> None:
    dataset = load_dataset(FIXTURE)
    russia = next(c for c in dataset.countries if c.id == "RU")
    assert russia.translations == (Translation("name", "ru", "Россия", english="Russia"),)
    segment = next(s for s in dataset.segments if s.id == "kz-ru")
    assert segment.translations == (
        Translation("description", "ru", "Самая длинная граница.", english="The longest border."),
    )


def test_checksum_covers_names_and_bytes(dataset_copy: Path) -> None:
    original = load_dataset(FIXTURE).edition.checksum
    assert original == dataset_checksum(read_files(FIXTURE))
    assert len(original) == 64
    assert load_dataset(dataset_copy).edition.checksum == original

    edit(dataset_copy / "topics.toml", 'name = "Terrorism"', 'name = "Terror"')
    changed = load_dataset(dataset_copy).edition.checksum
    assert changed != original

    (dataset_copy / "topics.toml").rename(dataset_copy / "zz-topics.toml")
    assert load_dataset(dataset_copy).edition.checksum not in (original, changed)


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "segments.toml",
            'value = 7591\n  source = "TREATY2005"',
            'value = 7591\n  source = "NOPE"',
            ["segments.toml", "segment 'kz-ru', length 4", "no source 'NOPE'"],
        ),
        (
            "segments.toml",
            'value = 1212\n  source = "CIA2015"',
            'value = "1212"\n  source = "CIA2015"',
            ["segments.toml", "segment 'kz-kg', length 2", "'value' must be a number"],
        ),
        (
            "countries.toml",
            'name = "Mongolia"',
            'nmae = "Mongolia"',
            ["countries.toml", "country 'MN'", "missing 'name'"],
        ),
        (
            "countries.toml",
            'id = "MN"\nname = "Mongolia"',
            'id = "MN"\nname = "Mongolia"\ncapital = "Ulaanbaatar"',
            ["countries.toml", "country 'MN'", "unknown key 'capital'"],
        ),
        (
            "quotes.toml",
            '"border:kz-cn"',
            '"border:kz-xx"',
            ["quotes.toml", "quote 'anonymous-officer'", "'border:kz-xx' names no border"],
        ),
        (
            "quotes.toml",
            '"border:kz-cn"',
            '"kz-cn"',
            ["quotes.toml", "quote 'anonymous-officer'", "is not a reference"],
        ),
        (
            "memberships.toml",
            'member = "MN"\norganisation = "sco"',
            'member = "MN"\norganisation = "nato"',
            ["memberships.toml", "membership 14", "no organisation 'nato'"],
        ),
        (
            "topics.toml",
            'id = "terrorism"',
            'id = "smuggling"',
            ["topics.toml", "topic 'smuggling'", "id given twice"],
        ),
        (
            "segments.toml",
            'value = 379\n  source = "ART"',
            'value = 379\n  source = "CIA2008"',
            ["segments.toml", "segment 'kz-tm'", "exactly one length from the default source"],
        ),
        (
            "organisations.toml",
            'successor = "csto"',
            'successor = "cstoo"',
            ["organisations.toml", "organisation 'cst'", "no other organisation 'cstoo'"],
        ),
        (
            "segments.toml",
            'neighbour = "TM"',
            'neighbour = "RU"',
            ["segments.toml", "segment 'kz-tm'", "neighbour 'RU' also has segment 'kz-ru'"],
        ),
        (
            "overview.toml",
            'title = "Kazakhstan"',
            'title = "Kazakhstan',
            ["overview.toml", "not valid TOML", "line 2"],
        ),
        (
            "people.toml",
            'text = "Became Defence Minister in 2009."',
            'text = "Became Defence Minister in 2009. "',
            ["people.toml", "person 'dzhaksybekov', fact 1", "leading or trailing spaces"],
        ),
        (
            "dataset.toml",
            'length_km = "ART"',
            'length_km = "CIA9999"',
            ["dataset.toml", "[defaults]", "no source 'CIA9999'"],
        ),
        (
            "countries.toml",
            'name = "Mongolia"',
            'name = "Mon\\u0007golia"',
            ["countries.toml", "country 'MN'", "'name' contains the control character U+0007"],
        ),
        (
            "topics.toml",
            'name = "Terrorism"',
            'name = "Terror\\nism"',
            ["topics.toml", "topic 'terrorism'", "'name' contains a tab or line break (U+000A)"],
        ),
    ],
)
def test_a_wrong_record_is_named_with_its_file(
    dataset_copy: Path, file: str, old: str, new: str, expected: list[str]
) -> None:
    edit(dataset_copy / file, old, new)
    with pytest.raises(DatasetError) as caught:
        load_dataset(dataset_copy)
    message = str(caught.value)
    for part in expected:
        assert part in message
    assert caught.value.file.name == file


def test_an_unknown_top_level_key_is_refused(dataset_copy: Path) -> None:
    (dataset_copy / "extra.toml").write_text('[[sauce]]\nid = "x"\n', encoding="utf-8")
    with pytest.raises(DatasetError, match=r"extra\.toml: unknown top-level key 'sauce'"):
        load_dataset(dataset_copy)


def test_the_default_source_must_state_a_total(dataset_copy: Path) -> None:
    edit(
        dataset_copy / "overview.toml",
        'source = "ART"\nas_of = "c. 2012"\n\n[[fact]]',
        'source = "CIA2008"\nas_of = "c. 2012"\n\n[[fact]]',
    )
    edit(
        dataset_copy / "segments.toml",
        'source = "ART"\nvalue = 12012',
        'source = "CIA2008"\nvalue = 12012',
    )
    with pytest.raises(DatasetError, match="the default source 'ART' states no total"):
        load_dataset(dataset_copy)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="not a folder holding the dataset text"):
        load_dataset(tmp_path / "nowhere")
