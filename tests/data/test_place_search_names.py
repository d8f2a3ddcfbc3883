"""Places' former names read from a database with places, for search; none from one without."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from borderdesk.core.language import Language
from borderdesk.core.search_names import FORMER_NAME, PlaceNames, SearchName
from borderdesk.data.place_names import place_names

SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country_id INTEGER, kind TEXT);
CREATE TABLE facts (id INTEGER PRIMARY KEY, position INTEGER, item_id INTEGER, label TEXT,
    text TEXT, source_id INTEGER, as_of TEXT, quote TEXT, value TEXT);
CREATE TABLE translations (table_name TEXT, row_id INTEGER, column_name TEXT, language TEXT,
    text TEXT, english_hash TEXT);
"""


def test_a_place_gives_its_names_today_and_before_in_each_language(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "places.sqlite")
    connection.executescript(SCHEMA)
    connection.execute("INSERT INTO places VALUES (7, 'Almaty', 1, 'city')")
    connection.executemany(
        "INSERT INTO facts VALUES (?, ?, 7, ?, '', 1, '', '', ?)",
        [(1, 1, "name", "Verny"), (2, 2, "name", "Alma-Ata"), (3, 3, "name", "Almaty"),
         (4, 4, "role", "capital")],
    )  # fmt: skip
    connection.executemany(
        "INSERT INTO translations VALUES (?, ?, ?, ?, ?, '')",
        [("places", 7, "name", "kk", "Алматы"), ("places", 7, "name", "ru", "Алматы"),
         ("facts", 2, "value", "ru", "Алма-Ата"), ("facts", 3, "value", "kk", "Алматы"),
         ("facts", 4, "value", "ru", "столица")],
    )  # fmt: skip

    (almaty,) = place_names(connection)

    assert almaty == PlaceNames(
        (
            SearchName("Almaty", Language.EN),
            SearchName("Алматы", Language.KK),
            SearchName("Алматы", Language.RU),
        ),
        (
            SearchName("Verny", Language.EN, FORMER_NAME),
            SearchName("Alma-Ata", Language.EN, FORMER_NAME),
            SearchName("Алма-Ата", Language.RU, FORMER_NAME),
        ),
    )


def test_a_database_without_places_gives_none(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "no-places.sqlite")
    connection.executescript("CREATE TABLE facts (id INTEGER PRIMARY KEY, value TEXT);")

    assert place_names(connection) == ()


def test_an_old_facts_table_without_values_gives_none(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "old.sqlite")
    connection.executescript(
        "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT);"
        "CREATE TABLE facts (id INTEGER PRIMARY KEY, item_id INTEGER, label TEXT);"
    )
    connection.execute("INSERT INTO places VALUES (1, 'Astana')")

    assert place_names(connection) == ()
