"""Opening a database: every bad file gives one clear StoreError; nothing is ever written."""

from __future__ import annotations

import random
import shutil
import sqlite3
from contextlib import closing
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from borderdesk.core.errors import StoreError
from borderdesk.core.navigation import build_navigation
from borderdesk.core.service import load_detail
from borderdesk.data.model_rows import SCHEMA_VERSION
from borderdesk.data.repository import Repository
from borderdesk.data.store import (
    CHECKSUM_MISMATCH,
    MISSING,
    bundled_path,
    checksum_path,
    connect_read_only,
    open_store,
)

ODD_NAME = "my data #1 ?v=2 %41 50% .sqlite"


def listing(folder: Path) -> list[str]:
    """Return the names in a folder, sorted."""
    return sorted(p.name for p in folder.iterdir())


def copy_of(database: Path, folder: Path, name: str = "copy.sqlite") -> Path:
    """Copy a database into ``folder`` and return the copy."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(database, folder / name))


def change(path: Path, *statements: str) -> None:
    """Change a copy of a database with ordinary (writable) SQL."""
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def store_error(path: Path) -> StoreError:
    """Return the StoreError that opening ``path`` raises."""
    with pytest.raises(StoreError) as caught:
        open_store(path)
    error = caught.value
    assert error.path == path
    assert str(error).startswith(f"{path}: ")
    assert "\n" not in str(error)
    return error


def test_a_missing_file_says_reinstall_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / ODD_NAME
    error = store_error(path)
    assert error.problem == MISSING
    assert "file not found — reinstall BorderDesk or pass --db" in str(error)
    assert listing(tmp_path) == []


def test_a_missing_folder_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "borderdesk.sqlite"
    assert store_error(path).problem == MISSING
    assert listing(tmp_path) == []


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "borderdesk.sqlite"
    folder.mkdir()
    assert "is a folder" in store_error(folder).problem


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / ODD_NAME
    path.touch()
    assert store_error(path).problem.startswith("empty file (0 bytes)")
    assert listing(tmp_path) == [ODD_NAME]
    assert path.stat().st_size == 0


@pytest.mark.parametrize(
    "content",
    [b"<html><body>not a database</body></html>" * 40, bytes(range(256)) * 16, b"SQLite"],
)
def test_other_files_are_not_sqlite(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "borderdesk.sqlite"
    path.write_bytes(content)
    assert store_error(path).problem == "not a SQLite database"
    assert path.read_bytes() == content


def test_a_truncated_database_is_damaged(tmp_path: Path, fixture_db: Path) -> None:
    path = tmp_path / "truncated.sqlite"
    data = fixture_db.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    assert store_error(path).problem.startswith("damaged: ")
    assert listing(tmp_path) == ["truncated.sqlite"]


def test_a_damaged_page_is_found(tmp_path: Path, fixture_db: Path) -> None:
    path = copy_of(fixture_db, tmp_path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in (3, 4, 5):  # overwrite b-tree page headers and cell pointers
        start = (page - 1) * page_size
        data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    assert store_error(path).problem.startswith("damaged: ")


def test_another_sqlite_database_is_not_borderdesk(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    change(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    assert store_error(path).problem == "not a BorderDesk database (it has no meta table)"


def test_a_newer_schema_is_refused_showing_both_versions(tmp_path: Path, fixture_db: Path) -> None:
    path = copy_of(fixture_db, tmp_path)
    change(path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    error = store_error(path)
    assert error.problem == f"schema version 99, this BorderDesk reads version {SCHEMA_VERSION}"


def test_a_schema_5_database_from_before_dated_memberships_is_refused(
    tmp_path: Path, fixture_db: Path
) -> None:
    # Schema 6 gave memberships their dated roles: a version 5 file has none to read.
    path = copy_of(fixture_db, tmp_path)
    change(path, "UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    change(path, "PRAGMA user_version = 5")
    error = store_error(path)
    assert SCHEMA_VERSION == 6
    assert error.problem == "schema version 5, this BorderDesk reads version 6"


def test_a_meta_table_without_a_version_is_refused(tmp_path: Path, fixture_db: Path) -> None:
    path = copy_of(fixture_db, tmp_path)
    change(path, "DELETE FROM meta")
    assert "records no schema version" in store_error(path).problem


def test_disagreeing_versions_are_damage(tmp_path: Path, fixture_db: Path) -> None:
    path = copy_of(fixture_db, tmp_path)
    change(path, "PRAGMA user_version = 7")
    assert store_error(path).problem.startswith("damaged: PRAGMA user_version 7")


def test_a_missing_table_is_found_on_opening(tmp_path: Path, fixture_db: Path) -> None:
    path = copy_of(fixture_db, tmp_path)
    change(path, "DROP TABLE figures")
    assert store_error(path).problem == "damaged: no such table: figures"


def test_a_changed_value_is_found_by_the_content_checksum(tmp_path: Path, fixture_db: Path) -> None:
    path = copy_of(fixture_db, tmp_path)
    data = path.read_bytes()
    assert data.count(b"Turkmenistan") == 1
    path.write_bytes(data.replace(b"Turkmenistan", b"Turkmenistun"))
    assert store_error(path).problem == "damaged: its contents do not match their checksum"


def test_a_query_failing_later_is_a_store_error_not_a_traceback(
    tmp_path: Path, fixture_db: Path
) -> None:
    path = copy_of(fixture_db, tmp_path)
    change(path, "DROP TABLE figures")
    engine = create_engine("sqlite://", creator=partial(connect_read_only, path))
    repository = Repository(engine, path)  # as if the file changed after opening
    try:
        with pytest.raises(StoreError, match="damaged: no such table: figures") as caught:
            repository.borders()
        assert caught.value.path == path
    finally:
        repository.close()


def test_random_damage_is_refused_or_harmless(tmp_path: Path, fixture_db: Path) -> None:
    intact = open_store(fixture_db)
    try:
        expected = answers(intact)
    finally:
        intact.close()
    data = fixture_db.read_bytes()
    rng = random.Random(20261128)  # noqa: S311 - reproducible damage, not cryptography
    outcomes = {"refused": 0, "harmless": 0}
    for trial in range(30):
        damaged = bytearray(data)
        for _ in range(rng.choice((1, 3, 16))):
            damaged[rng.randrange(100, len(damaged))] ^= 1 << rng.randrange(8)
        path = tmp_path / f"damaged-{trial}.sqlite"
        path.write_bytes(bytes(damaged))
        repository = try_open(path)
        if isinstance(repository, StoreError):
            assert repository.problem.startswith("damaged: ")
            outcomes["refused"] += 1
            continue
        try:  # the damage was in unused space: every answer is unchanged
            assert answers(repository) == expected
            outcomes["harmless"] += 1
        finally:
            repository.close()
    # The rest landed where nothing reads it (free space, the empty map tables of a dataset
    # without a map): every answer was checked unchanged above.
    assert outcomes["refused"] > 6


def try_open(path: Path) -> Repository | StoreError:
    """Return the opened repository, or the StoreError opening it raised."""
    try:
        return open_store(path)
    except StoreError as error:
        return error


def answers(repository: Repository) -> list[object]:
    """Return every answer the repository gives about the fixture dataset."""
    results: list[object] = [
        repository.edition(),
        repository.overview(),
        repository.chart_sources(),
        repository.segment_series(),
    ]
    for ref in (node.ref for node in build_navigation(repository).walk() if node.ref):
        results.append(load_detail(repository, ref))
    return results


def test_odd_characters_in_the_path_open_and_write_nothing(
    tmp_path: Path, fixture_db: Path
) -> None:
    folder = tmp_path / "install #2 ?x=1 %20 dir"
    path = copy_of(fixture_db, folder, ODD_NAME)
    before = path.read_bytes()
    repository = open_store(path)
    try:
        assert repository.borders()[0].key == "kz-ru"
        assert repository.edition().version == "test.1"
    finally:
        repository.close()
    assert listing(folder) == [ODD_NAME]
    assert listing(tmp_path) == [folder.name]
    assert path.read_bytes() == before


def test_a_stray_wal_file_is_ignored_and_left_alone(tmp_path: Path, fixture_db: Path) -> None:
    path = copy_of(fixture_db, tmp_path, "borderdesk.sqlite")
    wal = tmp_path / "borderdesk.sqlite-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 60 + b"garbage" * 100)
    repository = open_store(path)
    try:
        assert len(repository.borders()) == 5
    finally:
        repository.close()
    assert listing(tmp_path) == ["borderdesk.sqlite", "borderdesk.sqlite-wal"]
    assert wal.read_bytes().endswith(b"garbage")


def test_a_relative_path_opens(
    tmp_path: Path, fixture_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_of(fixture_db, tmp_path, "rel.sqlite")
    monkeypatch.chdir(tmp_path)
    repository = open_store(Path("rel.sqlite"))
    try:
        assert repository.edition().version == "test.1"
    finally:
        repository.close()


def test_the_bundled_database_is_found_in_the_assets_package() -> None:
    path = bundled_path()
    assert path.name == "borderdesk.sqlite"
    assert path.parent.name == "assets"
    assert (path.parent / "__init__.py").is_file()


# Bundled-style files: the build's checksum file beside the database ---------------------


def with_checksum(database: Path, folder: Path, name: str = "borderdesk.sqlite") -> Path:
    """Copy a database and the checksum file its build wrote beside it into ``folder``."""
    copy = copy_of(database, folder, name)
    shutil.copyfile(checksum_path(database), checksum_path(copy))
    return copy


def test_a_copy_with_its_checksum_file_opens(tmp_path: Path, fixture_db: Path) -> None:
    path = with_checksum(fixture_db, tmp_path / "install #3 ?x=1 %20 dir", ODD_NAME)
    repository = open_store(path)
    try:
        assert [b.key for b in repository.borders()][:2] == ["kz-ru", "kz-uz"]
        assert repository.border("kz-ru").neighbour == "Russia"
    finally:
        repository.close()


def test_a_flipped_bit_in_a_file_with_its_checksum_is_refused(
    tmp_path: Path, fixture_db: Path
) -> None:
    path = with_checksum(fixture_db, tmp_path)
    intact = path.read_bytes()
    rng = random.Random(20261129)  # noqa: S311 - reproducible damage, not cryptography
    # anywhere past the magic string: the header, values, unused space, the last byte
    where = [16, 17, 99, *(rng.randrange(100, len(intact)) for _ in range(12)), len(intact) - 1]
    for offset in where:
        damaged = bytearray(intact)
        damaged[offset] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(damaged))
        assert store_error(path).problem == CHECKSUM_MISMATCH, f"byte {offset}"
    path.write_bytes(intact)
    open_store(path).close()


def test_a_value_changed_by_sql_beside_its_checksum_is_refused(
    tmp_path: Path, fixture_db: Path
) -> None:
    path = with_checksum(fixture_db, tmp_path)
    change(path, "UPDATE countries SET name = 'Turkmenistun' WHERE name = 'Turkmenistan'")
    assert store_error(path).problem == CHECKSUM_MISMATCH


@pytest.mark.parametrize("recorded", ["", "not a checksum\n", "0" * 64 + "  borderdesk.sqlite\n"])
def test_a_wrong_or_garbled_checksum_file_is_refused(
    tmp_path: Path, fixture_db: Path, recorded: str
) -> None:
    path = with_checksum(fixture_db, tmp_path)
    checksum_path(path).write_text(recorded, encoding="ascii")
    assert store_error(path).problem == CHECKSUM_MISMATCH


def test_without_its_checksum_file_a_copy_gets_the_full_checks(
    tmp_path: Path, fixture_db: Path
) -> None:
    path = with_checksum(fixture_db, tmp_path)
    path.write_bytes(path.read_bytes().replace(b"Turkmenistan", b"Turkmenistun"))
    assert store_error(path).problem == CHECKSUM_MISMATCH
    checksum_path(path).unlink()
    assert store_error(path).problem == "damaged: its contents do not match their checksum"
