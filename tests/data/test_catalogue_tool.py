"""db/translations.py: what is left to translate, merging it in, reusing and pruning entries."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from borderdesk.core.language import Language
from borderdesk.data.catalogue_text import render, sync, todo
from borderdesk.data.catalogues import Catalogue, Entry, read_additions, read_catalogue
from borderdesk.data.translated_text import read_text

TOOL = Path(__file__).resolve().parents[2] / "db" / "translations.py"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the tool and return what it printed and its exit code."""
    command = [sys.executable, str(TOOL), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_todo_merge_fill_and_prune_keep_a_catalogue_in_step(dataset_copy: Path) -> None:
    left = run("todo", "kk", "--kind", "organisation", "--db", str(dataset_copy)).stdout
    assert '[organisation.sco.abbreviation]\nen = "SCO"\ntext = ""' in left
    batch = dataset_copy.parent / "batch.toml"
    batch.write_text(
        '"organisation.sco.abbreviation" = { text = "ШЫҰ", source = "ART" }\n'
        '[organisation.sco.name]\nen = "Shanghai Cooperation Organisation"\n'
        'text = "Шанхай ынтымақтастық ұйымы"\n'
        '[organisation.csto.name]\nen = "An older English name"\ntext = "Ескі"\n',
        encoding="utf-8",
    )
    merged = run("merge", "kk", str(batch), "--db", str(dataset_copy))
    assert merged.returncode == 1  # one entry was made from an English text it no longer has
    assert "not merged: [organisation.csto.name]" in merged.stdout
    catalogue = dataset_copy / "i18n" / "kk.toml"
    written = tomllib.loads(catalogue.read_text(encoding="utf-8"))
    assert written["organisation"]["sco"]["abbreviation"] == {
        "en": "SCO",
        "text": "ШЫҰ",
        "source": "ART",
    }
    assert "csto" not in written["organisation"]
    left = run("todo", "kk", "--kind", "organisation", "--db", str(dataset_copy)).stdout
    assert "[organisation.sco.abbreviation]" not in left


def test_fill_reuses_the_translation_of_the_same_english(dataset_copy: Path) -> None:
    text = read_text(dataset_copy)
    units = [u for u in text.units if u.english == "Russia"]
    assert len(units) >= 1
    first = Entry(units[0].key, "Russia", "Ресей")
    catalogue = Catalogue(Language.KK, dataset_copy / "i18n" / "kk.toml", (first,))
    extra = Entry(("country", "XX", "name"), "Gone", "Жоқ")
    done = sync(
        Catalogue(catalogue.language, catalogue.path, (*catalogue.entries, extra)),
        list(text.units),
        fill=True,
        prune=True,
    )
    assert done.pruned == 1
    assert extra not in done.entries
    assert done.filled == len(units) - 1
    assert {e.text for e in done.entries if e.english == "Russia"} == {"Ресей"}


def test_a_rendered_catalogue_reads_back_the_same(tmp_path: Path) -> None:
    entries = (
        Entry(("country", "RU", "name"), "Russia", "Ресей"),
        Entry(("source", "A.B", "label"), 'Say "x"\nand y', "«x» деп\nжәне y", "ART"),
    )
    path = tmp_path / "kk.toml"
    path.write_text(render(Language.KK, entries), encoding="utf-8")
    assert read_catalogue(path, path.read_bytes()).entries == entries
    assert read_additions(path, path.read_bytes()) == entries


def test_todo_shows_an_outdated_entry_with_its_old_english_and_translation(
    dataset_copy: Path,
) -> None:
    text = read_text(dataset_copy)
    unit = next(u for u in text.units if u.english == "Russia")
    stale = Entry(unit.key, "Old Russia", "Ескі Ресей")
    listing = todo(Catalogue(Language.KK, Path("kk.toml"), (stale,)), list(text.units))
    assert (
        f'[{".".join(unit.key)}]\n# was: "Old Russia"\n# old: "Ескі Ресей"\nen = "Russia"'
        in listing
    )
