"""Keep the interface's translations in step with the code: Qt Linguist's tools, our way.

    python scripts/translations.py update    # pyside6-lupdate: the code's texts into the .ts files
    python scripts/translations.py release   # pyside6-lrelease: the .ts files into the .qm files
    python scripts/translations.py status    # how many texts each language has, and lacks
    python scripts/translations.py pseudo DIR  # a test-only pseudo-locale, longer and marked

The ``.ts`` files in ``translations/`` are the sources translators edit (with Qt Linguist,
``pyside6-linguist translations/borderdesk_kk.ts``, or any text editor); the ``.qm`` files in
``src/borderdesk/assets/i18n/`` are what the application loads, committed so that a clone runs
as it is. A test fails when a ``.ts`` lacks a text of the code, keeps one the code no longer
has, holds an unfinished translation, or when a ``.qm`` is not the release of its ``.ts``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "borderdesk"
TS_FOLDER = ROOT / "translations"
QM_FOLDER = SOURCES / "assets" / "i18n"
LANGUAGES = ("kk", "ru")
PSEUDO = "pseudo"  # the pseudo-locale's name, for tests

# No line numbers: a change elsewhere in a file does not touch the translations.
LUPDATE_OPTIONS = ["-extensions", "py", "-no-obsolete", "-locations", "none"]


def tool(name: str) -> str:
    """Return the path of a Qt Linguist tool installed with PySide6 (beside this Python)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def ts_file(language: str) -> Path:
    """Return the translation source of a language."""
    return TS_FOLDER / f"borderdesk_{language}.ts"


def qm_file(language: str, folder: Path = QM_FOLDER) -> Path:
    """Return the compiled translation of a language."""
    return folder / f"borderdesk_{language}.qm"


def lupdate(target: Path, language: str) -> None:
    """Extract the code's texts into ``target`` (merged with what it holds already)."""
    command = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS]
    command += ["-source-language", "en", "-target-language", language]
    command += [str(SOURCES), "-ts", str(target)]
    subprocess.run(command, check=True, capture_output=True)


def lrelease(source: Path, target: Path) -> None:
    """Compile a .ts file into a .qm file."""
    command = [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)]
    subprocess.run(command, check=True)


def messages(ts: Path) -> list[ET.Element]:
    """Return every message of a .ts file."""
    return list(ET.parse(ts).getroot().iter("message"))


def status_line(language: str) -> str:
    """Return ``kk: 660 texts, 660 translated, 0 unfinished, 0 obsolete``."""
    found = messages(ts_file(language))
    kinds = [(m.find("translation").get("type") or "") for m in found]  # type: ignore[union-attr]
    done = kinds.count("")
    return (
        f"{language}: {len(found)} texts, {done} translated, "
        f"{kinds.count('unfinished')} unfinished, "
        f"{kinds.count('obsolete') + kinds.count('vanished')} obsolete"
    )


# -- the pseudo-locale ----------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "aceinorsuyzACEINORSUYZ", "äçëïñöŕšüÿžÄÇËÏÑÖŔŠÜŸŽ"
)  # still readable, and plainly not English
# What a translation must keep as it is: placeholders, plural counts, mnemonics, escapes.
_KEEP = re.compile(r"(\{[a-z_]*\}|%n|%L?\d|&&|&(?=\S)|\n|<[^>]*>)")
GROWTH = 0.4  # Kazakh and Russian run 20-40% longer than English


def pseudo_text(text: str) -> str:
    """Return ``text`` accented, ~40% longer and between markers: ``⟦Ëxpöŕţ çhäŕţ…·····⟧``."""
    parts = _KEEP.split(text)
    changed = "".join(
        part if _KEEP.fullmatch(part) else part.translate(_ACCENTED) for part in parts
    )
    visible = len(_KEEP.sub("", text))
    return f"⟦{changed}{'·' * max(1, round(visible * GROWTH))}⟧"


def pseudo_ts(source: Path, target: Path) -> None:
    """Write a .ts of the same texts with every translation a pseudo-text."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            for _ in range(2):  # English counts: one and many
                ET.SubElement(translation, "numerusform").text = pseudo_text(text)
            translation.text = None
        else:
            translation.text = pseudo_text(text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def make_pseudo(folder: Path) -> Path:
    """Write the pseudo-locale's .ts and .qm into ``folder``; return the .qm."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"borderdesk_{PSEUDO}.ts"
    pseudo_ts(ts_file("ru"), ts)
    qm = qm_file(PSEUDO, folder)
    lrelease(ts, qm)
    return qm


def main(argv: list[str]) -> int:
    """Run one command: update, release, status or pseudo DIR."""
    command = argv[0] if argv else "status"
    if command == "update":
        TS_FOLDER.mkdir(exist_ok=True)
        for language in LANGUAGES:
            lupdate(ts_file(language), language)
            print(status_line(language))
    elif command == "release":
        QM_FOLDER.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:
            lrelease(ts_file(language), qm_file(language))
            print(f"wrote {qm_file(language).relative_to(ROOT)}")
    elif command == "status":
        for language in LANGUAGES:
            print(status_line(language))
    elif command == "pseudo" and len(argv) == 2:
        print(f"wrote {make_pseudo(Path(argv[1]))}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
