"""Catalogue C (import) for data packs, and export-then-import is the identity."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.import_errors import ImportFileError
from borderdesk.data.build import build_database, dump_database
from borderdesk.data.packs import importer
from borderdesk.data.packs.exporter import export_pack
from borderdesk.data.packs.importer import PackWriteError, import_pack, list_packs, read_pack
from borderdesk.data.store import bundled_path
from tests.data.helpers import FIXTURE


@pytest.fixture(scope="module")
def mini_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("mini") / "mini.sqlite"
    build_database(FIXTURE, out)
    return out


@pytest.fixture(scope="module")
def pack(mini_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return export_pack(mini_db, tmp_path_factory.mktemp("pack") / "mini.json")


def write(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def problems(error: pytest.ExceptionInfo[ImportFileError]) -> list[str]:
    return [problem.line() for problem in error.value.problems]


def test_bundled_export_then_import_gives_the_same_database(tmp_path: Path) -> None:
    exported = export_pack(bundled_path(), tmp_path / "bundled.json")
    info = import_pack(tmp_path / "bundled.json", tmp_path / "packs")
    again = export_pack(info.path, tmp_path / "again.json")

    assert again == exported
    assert (tmp_path / "again.json").read_bytes() == (tmp_path / "bundled.json").read_bytes()
    differ = set(dump_database(bundled_path())) ^ set(dump_database(info.path))
    # Only the edition checksum (of the text it came from) and the digest over it differ.
    assert {line.split("(")[0] for line in differ} == {
        'INSERT INTO "dataset_edition" VALUES',
        'INSERT INTO "meta" VALUES',
    }
    assert [p.path for p in list_packs(tmp_path / "packs")] == [info.path]


def test_c13_every_error_is_listed_with_its_path_and_nothing_is_written(
    pack: dict[str, Any], tmp_path: Path
) -> None:
    bad = json.loads(json.dumps(pack))
    bad["segment"][0]["length"][0]["value"] = -3
    bad["segment"][1]["length"][0]["value"] = "long"
    del bad["source"][0]["title"]
    bad["country"][0]["capital"] = "Astana"
    bad["segment"][0]["neighbour"] = "ATLANTIS"
    with pytest.raises(ImportFileError) as caught:
        import_pack(write(tmp_path / "bad.json", bad), tmp_path / "packs")
    assert problems(caught) == [
        "country[0].capital: unknown key",
        "segment[0].length[0].value: must be a positive number",
        "segment[1].length[0].value: must be a number, not text",
        "source[0]: missing 'title'",
    ]
    assert str(tmp_path / "bad.json") in str(caught.value)
    assert "nothing was imported" in str(caught.value)
    assert not (tmp_path / "packs").exists() or list((tmp_path / "packs").iterdir()) == []


def test_c13_dangling_references_are_all_listed(pack: dict[str, Any], tmp_path: Path) -> None:
    bad = json.loads(json.dumps(pack))
    bad["segment"][0]["neighbour"] = "ATLANTIS"
    bad["fact"][0]["source"] = "NOBODY"
    bad["topic"][0]["concerns"] = ["border:nowhere"]
    with pytest.raises(ImportFileError) as caught:
        read_pack(write(tmp_path / "bad.json", bad))
    assert problems(caught) == [
        "fact[0].source: names no source 'NOBODY'",
        "segment[0].neighbour: names no neighbour country 'ATLANTIS'",
        "topic[0].concerns[0]: 'border:nowhere' names no border",
    ]


def test_c12_malformed_json_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "borderdesk-data-pack",\n  "edition": {,}\n}')
    with pytest.raises(ImportFileError) as caught:
        read_pack(path)
    assert problems(caught) == [
        "line 3, column 15: not valid JSON: Expecting property name enclosed in double quotes"
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbf[]", "must be an object, not a list"),
        ("[]".encode("utf-16"), "must be an object, not a list"),
        (b'{"a": "caf\xe9"}', "byte 10: not UTF-8 text: byte 0xE9 cannot be decoded"),
        (b'{"a": 1}\x00', "not valid JSON"),
        (b"", "empty file, not JSON"),
    ],
)
def test_c15_encodings_are_decoded_or_the_byte_named(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    path = tmp_path / "pack.json"
    path.write_bytes(data)
    with pytest.raises(ImportFileError) as caught:
        read_pack(path)
    assert expected in str(caught.value)


def test_c16_huge_and_deep_files_are_refused_with_bounded_memory(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as file:
        file.truncate(1_000_000_000)  # sparse: 1 GB on paper, nothing read
    with pytest.raises(ImportFileError, match="larger than 50 MB"):
        read_pack(huge)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(ImportFileError, match="nested"):
        read_pack(deep)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e309"])
def test_c18_non_finite_numbers_are_rejected_per_field(
    pack: dict[str, Any], tmp_path: Path, literal: str
) -> None:
    text, count = re.subn(r'"value": [0-9.]+', f'"value": {literal}', json.dumps(pack), count=1)
    assert count == 1
    path = tmp_path / "nan.json"
    path.write_text(text)
    with pytest.raises(ImportFileError) as caught:
        read_pack(path)
    assert any(".value: must be a finite number" in line for line in problems(caught))


@pytest.mark.parametrize("name", ["../../x", "C:\\evil", "\\\\host\\share", "/etc/passwd", ".."])
def test_c19_names_are_never_used_as_paths(pack: dict[str, Any], tmp_path: Path, name: str) -> None:
    source = write(tmp_path / "pack.json", pack)
    packs = tmp_path / "deep" / "packs"
    info = import_pack(source, packs, name=name)
    assert info.path.parent == packs
    assert "/" not in info.path.name
    assert "\\" not in info.path.name
    assert sorted(os.listdir(tmp_path)) == ["deep", "pack.json"]


def test_c17_a_second_import_never_replaces_the_first(pack: dict[str, Any], tmp_path: Path) -> None:
    source = write(tmp_path / "pack.json", pack)
    first = import_pack(source, tmp_path / "packs")
    before = first.path.read_bytes()
    second = import_pack(source, tmp_path / "packs")
    assert second.path != first.path
    assert first.path.read_bytes() == before


def test_c17_two_imports_at_once_never_take_the_same_name(
    pack: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write(tmp_path / "pack.json", pack)
    folder = tmp_path / "packs"
    replace = os.replace
    others: list[Path] = []
    started: list[bool] = []

    def another_import_meanwhile(src: Any, dst: Any) -> None:
        if not started and Path(dst).parent == folder:  # just as the first moves its file in
            started.append(True)
            others.append(import_pack(source, folder).path)
        replace(src, dst)

    monkeypatch.setattr(importer.os, "replace", another_import_meanwhile)
    first = import_pack(source, folder)

    assert first.path != others[0]
    assert sorted(info.path.name for info in list_packs(folder)) == [
        "pack-2.sqlite",
        "pack.sqlite",
    ]


def test_c23_disk_full_leaves_no_partial_pack(pack: dict[str, Any], tiny_fs: Path) -> None:
    source = tiny_fs.parent / "pack.json"
    big = json.loads(json.dumps(pack))
    big["source"][0]["note"] = "n" * 19_000
    big["fact"] = [dict(big["fact"][0], text=f"fact {n} " + "t" * 10_000) for n in range(150)]
    write(source, big)
    with pytest.raises(PackWriteError, match=r"the disk is full") as caught:
        import_pack(source, tiny_fs / "packs")
    assert "nothing was imported" in str(caught.value)
    assert list((tiny_fs / "packs").iterdir()) == []


def test_an_import_reports_its_steps_in_order(pack: dict[str, Any], tmp_path: Path) -> None:
    source = write(tmp_path / "pack.json", pack)
    heard: list[tuple[str, float]] = []

    import_pack(source, tmp_path / "packs", progress=lambda step, done: heard.append((step, done)))

    steps = list(dict.fromkeys(step for step, _ in heard))
    assert steps == [
        "Reading the file",
        "Checking every record",
        "Building its database",
        "Checking the new database",
    ]
    shares = [done for _, done in heard]
    assert shares == sorted(shares)
    assert shares[0] == 0.0
    assert shares[-1] == 1.0


@pytest.mark.parametrize("stop_at", ["Checking every record", "Building its database"])
def test_a_cancelled_import_leaves_nothing_behind(
    pack: dict[str, Any], tmp_path: Path, stop_at: str
) -> None:
    from borderdesk.core.errors import CancelledError

    source = write(tmp_path / "pack.json", pack)
    packs = tmp_path / "packs"

    def progress(step: str, done: float) -> None:
        # While building: after some tables are written, so there is something to undo.
        if step == stop_at and (done > 0.5 or not step.startswith("Building")):
            raise CancelledError("cancelled")

    with pytest.raises(CancelledError):
        import_pack(source, packs, progress=progress)

    left = list(packs.iterdir()) if packs.exists() else []
    assert left == []  # no pack, no staging folder
    assert list_packs(packs) == ()


def test_the_cycle_collector_runs_again_after_an_import_good_or_bad(
    pack: dict[str, Any], tmp_path: Path
) -> None:
    import gc

    import_pack(write(tmp_path / "good.json", pack), tmp_path / "packs")
    assert gc.isenabled()
    with pytest.raises(ImportFileError):
        import_pack(write(tmp_path / "bad.json", {**pack, "format": "other"}), tmp_path / "packs")
    assert gc.isenabled()
    gc.disable()  # one who paused it before keeps it paused
    try:
        import_pack(write(tmp_path / "again.json", pack), tmp_path / "packs")
        assert not gc.isenabled()
    finally:
        gc.enable()
