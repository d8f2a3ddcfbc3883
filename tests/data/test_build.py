"""Building the database: contents, determinism, atomic replacement, the command line."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from borderdesk.data.build import build_database, dump_database, main
from borderdesk.data.model_rows import SCHEMA_VERSION, SET_USER_VERSION
from tests.data.helpers import FIXTURE, edit


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Run one read-only query on a database file."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return connection.execute(sql).fetchall()


def test_build_writes_every_table(fixture_db: Path) -> None:
    tables = {row[0] for row in query(fixture_db, "SELECT name FROM sqlite_master")}
    assert {
        "items", "countries", "segments", "organisations", "memberships", "sources", "figures",
        "facts", "people", "person_aliases", "quotes", "events", "topics", "item_links",
        "translations", "dataset_edition", "meta", "overview", "membership_roles",
        "role_confirmations", "places",
    } <= tables  # fmt: skip
    assert query(fixture_db, "SELECT count(*) FROM segments") == [(5,)]
    # One membership per member and organisation, each with its dated roles.
    assert query(fixture_db, "SELECT count(*) FROM memberships") == [(15,)]
    assert query(fixture_db, "SELECT count(*) FROM membership_roles") == [(15,)]
    assert query(fixture_db, "SELECT count(*) FROM role_confirmations") == [(4,)]
    assert query(fixture_db, "SELECT value FROM meta WHERE key = 'schema_version'") == [
        (str(SCHEMA_VERSION),)
    ]
    assert query(fixture_db, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert SET_USER_VERSION.endswith(f"= {SCHEMA_VERSION}")
    assert query(fixture_db, "PRAGMA journal_mode") == [("delete",)]
    assert query(fixture_db, "SELECT version, date FROM dataset_edition") == [
        ("test.1", "2026-01-02")
    ]


def test_defaults_are_marked_per_quantity(fixture_db: Path) -> None:
    rows = query(
        fixture_db,
        "SELECT i.key, f.quantity, f.value FROM figures f JOIN items i ON i.id = f.source_id "
        "WHERE f.is_default ORDER BY f.id",
    )
    assert ("ART", "land_border_total_km", 12012.0) in rows
    assert ("ART", "segments_total_km", 12012.0) in rows
    assert [row for row in rows if row[1] == "length_km"] == [
        ("ART", "length_km", value) for value in (1533.0, 6846.0, 379.0, 2203.0, 1051.0)
    ]
    assert all(row[0] == "ART" for row in rows)


def test_translations_are_stored_beside_english(fixture_db: Path) -> None:
    rows = query(
        fixture_db,
        "SELECT t.table_name, i.key, t.column_name, t.language, t.text FROM translations t "
        "JOIN items i ON i.id = t.row_id ORDER BY t.table_name",
    )
    assert rows == [
        ("countries", "RU", "name", "ru", "Россия"),
        ("segments", "kz-ru", "description", "ru", "Самая длинная граница."),
        ("sources", "OFFICIAL2015", "label", "ru", "Пограничная служба (2015)"),
    ]
    assert query(fixture_db, "SELECT name FROM countries c JOIN items i USING (id) "
                 "WHERE i.key = 'RU'") == [("Russia",)]  # fmt: skip


def test_segments_name_both_countries(fixture_db: Path) -> None:
    rows = query(
        fixture_db,
        "SELECT s.key, a.key, b.key FROM segments g JOIN items s ON s.id = g.id "
        "JOIN items a ON a.id = g.country_a_id JOIN items b ON b.id = g.country_b_id "
        "ORDER BY s.position",
    )
    assert rows == [
        ("kz-cn", "KZ", "CN"),
        ("kz-ru", "KZ", "RU"),
        ("kz-tm", "KZ", "TM"),
        ("kz-uz", "KZ", "UZ"),
        ("kz-kg", "KZ", "KG"),
    ]


def test_building_twice_gives_the_same_bytes(tmp_path: Path, fixture_db: Path) -> None:
    again = tmp_path / "again.sqlite"
    build_database(FIXTURE, again)
    assert dump_database(again) == dump_database(fixture_db)
    assert again.read_bytes() == fixture_db.read_bytes()


def test_a_fresh_process_with_another_hash_seed_gives_the_same_bytes(
    tmp_path: Path, fixture_db: Path
) -> None:
    out = tmp_path / "other.sqlite"
    env = dict(os.environ, PYTHONHASHSEED="12345")
    command = [sys.executable, "-m", "borderdesk.data.build", "--source", str(FIXTURE)]
    result = subprocess.run(
        [*command, "--out", str(out)], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == fixture_db.read_bytes()


def test_dump_is_a_readable_logical_dump(fixture_db: Path) -> None:
    dump = dump_database(fixture_db)
    assert dump[0] == f"PRAGMA user_version = {SCHEMA_VERSION};"
    assert any(line.startswith("CREATE TABLE figures (") for line in dump)
    assert any("Россия" in line for line in dump)


def test_command_prints_one_summary_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "built.sqlite"
    assert main(["--source", str(FIXTURE), "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"built {out}: 5 borders, 3 organisations, 15 memberships")
    checksum = query(out, "SELECT checksum FROM dataset_edition")[0][0]
    assert str(checksum) in lines[0]


def test_a_failed_build_keeps_the_old_file_and_leaves_nothing(
    tmp_path: Path, dataset_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "borderdesk.sqlite"
    out.write_bytes(b"previous build")
    edit(dataset_copy / "events.toml", 'source = "CIA2015"', 'source = "CIA2099"')
    assert main(["--source", str(dataset_copy), "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert "events.toml: event 'osh-2010', fact 1: no source 'CIA2099'" in error
    assert "Traceback" not in error
    assert out.read_bytes() == b"previous build"
    assert [p.name for p in out_dir.iterdir()] == ["borderdesk.sqlite"]


def test_a_successful_build_replaces_the_file_and_leaves_no_temp(tmp_path: Path) -> None:
    out = tmp_path / "borderdesk.sqlite"
    out.write_bytes(b"previous build")
    (tmp_path / "borderdesk.sqlite.sha256").write_text("0" * 64 + "  borderdesk.sqlite\n")
    build_database(FIXTURE, out)
    assert out.read_bytes().startswith(b"SQLite format 3\x00")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "borderdesk.sqlite",
        "borderdesk.sqlite.sha256",
    ]
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert (tmp_path / "borderdesk.sqlite.sha256").read_text() == f"{digest}  borderdesk.sqlite\n"


def test_an_output_folder_that_does_not_exist_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "borderdesk.sqlite"
    assert main(["--source", str(FIXTURE), "--out", str(out)]) == 1
    assert f"no folder {out.parent}" in capsys.readouterr().err
    assert not out.parent.exists()


def test_defaults_come_from_the_repository_around_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repository = tmp_path / "repo"
    (repository / "src" / "borderdesk" / "assets").mkdir(parents=True)
    (repository / "pyproject.toml").write_text("", encoding="utf-8")
    (repository / "db").symlink_to(FIXTURE)
    monkeypatch.chdir(repository / "src")
    assert main([]) == 0
    built = repository / "src" / "borderdesk" / "assets" / "borderdesk.sqlite"
    assert f"built {built}" in capsys.readouterr().out
    assert built.read_bytes()[:16] == b"SQLite format 3\x00"
