"""The translations as files: complete, in step with the code, and compiled from what we ship.

A Kazakh- or Russian-speaking user must never meet an English word of ours: every text the
code marks is in each .ts, translated, with the same placeholders; nothing in the .ts is
left over from texts the code dropped; the .qm files are the release of the .ts files; and
every text the code means to translate is written so that Qt's lupdate can find it.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py, the tool this tests)

LANGUAGES = translations.LANGUAGES
PLURAL_FORMS = {"kk": 2, "ru": 3}  # Qt's plural rules: Kazakh one/other, Russian three
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")

Message = tuple[str, str]  # (context, source)


def ts_messages(path: Path) -> dict[Message, ET.Element]:
    """Return a .ts file's messages by context and source text."""
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def forms(message: ET.Element) -> list[str]:
    """Return a message's translation, or each of its plural forms."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_and_none_is_left_over(language: str) -> None:
    messages = ts_messages(translations.ts_file(language))
    unfinished = [
        source
        for (_context, source), message in messages.items()
        if (message.find("translation").get("type") or "")  # type: ignore[union-attr]
        in ("unfinished", "obsolete", "vanished")
    ]
    assert len(messages) > 600
    assert unfinished == []
    for (context, source), message in messages.items():
        texts = forms(message)
        if message.get("numerus") == "yes":
            assert len(texts) == PLURAL_FORMS[language], (context, source)
        assert all(text.strip() for text in texts), (context, source)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_counts_and_mnemonics(language: str) -> None:
    for (context, source), message in ts_messages(translations.ts_file(language)).items():
        for text in forms(message):
            where = (language, context, source, text)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert text.count("%n") == source.count("%n"), where
            mnemonic = re.compile(r"&(?=[^&\s])")
            assert len(mnemonic.findall(text)) == len(mnemonic.findall(source)), where
            assert text.count("\n") == source.count("\n"), where
            assert "(s)" not in text, where  # English plural marks never reach a translation


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_in_cyrillic(language: str) -> None:
    """A translation copied from the English would still read as English: none is."""
    latin_only = [
        source
        for (_context, source), message in ts_messages(translations.ts_file(language)).items()
        for text in forms(message)
        if re.search(r"[A-Za-z]{4,}", PLACEHOLDER.sub("", text))
        and not re.search(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]", text)
        and not re.fullmatch(r"[\s{}_a-z0-9×·./()%–\-:,]*|4K.*|US Letter|M: .*", text)
    ]
    assert latin_only == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_files_hold_exactly_the_texts_of_the_code(language: str, tmp_path: Path) -> None:
    shipped = translations.ts_file(language)
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)

    translations.lupdate(fresh, language)

    assert set(ts_messages(fresh)) == set(ts_messages(shipped)), (
        "the code's texts changed: run `python scripts/translations.py update`, translate, "
        "then `python scripts/translations.py release`"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_files_are_the_release_of_the_ts_files(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"borderdesk_{language}.qm"

    translations.lrelease(translations.ts_file(language), built)

    assert built.read_bytes() == translations.qm_file(language).read_bytes(), (
        "run `python scripts/translations.py release`"
    )


# -- texts lupdate can find ------------------------------------------------------------------

TRANSLATING = {"translate", "tr", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _calls(tree: ast.Module) -> Iterator[tuple[ast.Call, str, bool]]:
    """Yield every translating call with its enclosing class and whether it is in an f-string."""

    def visit(node: ast.AST, owner: str, in_fstring: bool) -> Iterator[tuple[ast.Call, str, bool]]:
        if isinstance(node, ast.ClassDef):
            owner = node.name
        if isinstance(node, ast.JoinedStr):
            in_fstring = True
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in TRANSLATING:
                yield node, owner, in_fstring
        for child in ast.iter_child_nodes(node):
            yield from visit(child, owner, in_fstring)

    yield from visit(tree, "", False)


def code_messages() -> tuple[set[Message], list[str]]:
    """Return the (context, text) of every translating call, and what lupdate would miss."""
    found: set[Message] = set()
    missed: list[str] = []
    for path in sorted(translations.SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call, owner, in_fstring in _calls(tree):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = call.args
            if call.keywords:
                missed.append(f"{where}: keyword arguments hide the text from lupdate")
                continue
            if name == "tr":
                receiver = func.value if isinstance(func, ast.Attribute) else None
                context = (
                    receiver.id
                    if isinstance(receiver, ast.Name) and receiver.id != "self"
                    else owner
                )
                if isinstance(receiver, ast.Attribute) or context == "":
                    continue  # not one of ours (a QObject's tr on something else)
                text = _literal(args[0]) if args else None
            else:
                context, text = _literal(args[0]) if args else None, None
                text = _literal(args[1]) if len(args) > 1 else None
                if context is None and text is not None:
                    missed.append(f"{where}: a context lupdate cannot read")
                    continue
                if name == "translate" and len(args) > 3 and text is not None:
                    missed.append(f"{where}: a count lupdate cannot read: use Counted.tr")
                    continue
            if text is None:
                continue  # a text marked elsewhere with QT_TRANSLATE_NOOP
            if in_fstring:
                missed.append(f"{where}: inside an f-string, where lupdate does not look")
                continue
            found.add((context or "", text))
    return found, missed


def test_lupdate_finds_every_text_the_code_translates() -> None:
    found, missed = code_messages()
    shipped = set(ts_messages(translations.ts_file("ru")))

    assert missed == []
    assert found - shipped == set()
    assert len(found) > 500


def test_the_pseudo_locale_is_longer_and_marked(tmp_path: Path) -> None:
    qm = translations.make_pseudo(tmp_path)

    assert qm.stat().st_size > 10_000
    assert translations.pseudo_text("&Export chart…").startswith("⟦&Ëxpöŕt çhäŕt…")
    assert translations.pseudo_text("Saved {file} in {folder}").count("{file}") == 1
    assert translations.pseudo_text("%n page(s)").count("%n") == 1
    grown = translations.pseudo_text("Zoom out")
    assert len(grown) >= len("Zoom out") * 1.4


def test_the_tools_are_qts_own() -> None:
    result = subprocess.run(
        [translations.tool("pyside6-lupdate"), "-version"], capture_output=True, text=True
    )
    assert "lupdate" in result.stdout
