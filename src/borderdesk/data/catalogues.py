"""Translation catalogues (db/i18n/<language>.toml): read, matched to the texts they translate.

A catalogue holds one entry per translated text, named by the text's key, with the English it
was made from (``en``), the translation (``text``) and, for an official name, the source that
gives it (``source``). An entry whose ``en`` is no longer the English text is *outdated*; one
whose key names no text is *orphaned*. See db/FORMAT.md, "Translations".
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path

from borderdesk.core.language import Language
from borderdesk.core.record import frozen
from borderdesk.data.catalogue_units import Key, TextUnit
from borderdesk.data.records import Translation
from borderdesk.data.text_fields import DatasetError
from borderdesk.data.translatable import TRANSLATED

FOLDER = "i18n"
HEADER = "catalogue"
_ENTRY_KEYS = frozenset({"en", "text", "source"})


@frozen
class Entry:
    """One translated text of a catalogue."""

    key: Key
    english: str  # the English the translation was made from
    text: str
    source: str = ""  # the source id that gives an official name so

    @property
    def name(self) -> str:
        """Return the key as written in the catalogue."""
        return ".".join(self.key)


@frozen
class Catalogue:
    """The entries of one language's catalogue, in the order of the file."""

    language: Language
    path: Path
    entries: tuple[Entry, ...]


def catalogue_paths(directory: Path) -> list[Path]:
    """Return the catalogue files of a dataset folder (``i18n/*.toml``), sorted."""
    folder = directory / FOLDER
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def _document(path: Path, data: bytes) -> dict[str, object]:
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise DatasetError(path, "", f"not UTF-8 text ({error.reason})") from None
    except tomllib.TOMLDecodeError as error:
        raise DatasetError(path, "", f"not valid TOML: {error}") from None


def read_additions(path: Path, data: bytes) -> tuple[Entry, ...]:
    """Parse entries to merge into a catalogue; skip those left empty.

    Entries are written as in a catalogue, or one a line with the whole key quoted:
    ``"organisation.csto.abbreviation" = "ОДКБ"`` (or ``= { text = "ОДКБ", source = "..." }``).
    An entry without ``en`` translates the English as it is now.
    """
    document = _document(path, data)
    document.pop(HEADER, None)
    entries = []
    for name in [name for name in document if "." in name]:
        value = document.pop(name)
        table = value if isinstance(value, dict) else {"text": value}
        key = tuple(name.split("."))
        if str(table.get("text", "")).strip():
            entries.append(_entry(path, key, {"en": NOW, **table}))
    for key, found in _tables(path, document, ()):
        if str(found.get("text", "")).strip():
            entries.append(_entry(path, key, {"en": NOW, **found}))
    return tuple(entries)


NOW = "\0now"  # an addition's English when it gives none: the text's English as it is now


def read_catalogue(path: Path, data: bytes) -> Catalogue:
    """Parse one catalogue; raise DatasetError naming the file and entry on any problem."""
    document = _document(path, data)
    header = document.pop(HEADER, None)
    if not isinstance(header, dict) or not isinstance(header.get("language"), str):
        raise DatasetError(path, f"[{HEADER}]", "missing, or without its 'language'")
    try:
        language = Language(header["language"])
    except ValueError:
        language = Language.EN
    if language not in TRANSLATED:
        codes = ", ".join(TRANSLATED)
        raise DatasetError(path, f"[{HEADER}]", f"'language' must be one of {codes}")
    if path.stem != language.value:
        raise DatasetError(
            path, f"[{HEADER}]", f"a {language.value} catalogue must be named {language.value}.toml"
        )
    entries = tuple(_entry(path, key, table) for key, table in _tables(path, document, ()))
    return Catalogue(language, path, entries)


def _tables(
    path: Path, node: Mapping[str, object], key: Key
) -> Iterator[tuple[Key, Mapping[str, object]]]:
    """Yield (key, table) for every entry: a table whose ``text`` is a string."""
    if isinstance(node.get("text"), str):
        yield key, node
        return
    for name, value in node.items():
        if not isinstance(value, dict):
            where = f"[{'.'.join(key)}]" if key else "top level"
            raise DatasetError(path, where, f"'{name}' is not an entry (a table with en and text)")
        yield from _tables(path, value, (*key, name))


def _entry(path: Path, key: Key, table: Mapping[str, object]) -> Entry:
    where = f"[{'.'.join(key)}]"
    unknown = sorted(set(table) - _ENTRY_KEYS)
    if unknown:
        raise DatasetError(
            path, where, f"unknown key '{unknown[0]}' (an entry has en, text, source)"
        )
    values = {name: table.get(name, "") for name in _ENTRY_KEYS}
    if not all(isinstance(value, str) for value in values.values()):
        raise DatasetError(path, where, "'en', 'text' and 'source' must be text")
    english, text, source = str(values["en"]), str(values["text"]), str(values["source"])
    if not english:
        raise DatasetError(path, where, "missing 'en' (the English the translation was made from)")
    if not text.strip():
        raise DatasetError(path, where, "'text' must not be empty (leave a text out instead)")
    if text != text.strip():
        raise DatasetError(path, where, "'text' has leading or trailing spaces")
    return Entry(key, english, text, source)


@frozen
class Matched:
    """A catalogue set against the texts: translations by record key, and what does not fit."""

    translations: dict[Key, tuple[Translation, ...]]
    outdated: tuple[tuple[Catalogue, Entry, TextUnit], ...]
    orphaned: tuple[tuple[Catalogue, Entry], ...]
    unsourced: tuple[tuple[Catalogue, Entry], ...]  # names a source id that does not exist


def match(catalogues: list[Catalogue], units: list[TextUnit], sources: set[str]) -> Matched:
    """Set every entry against the text it names: current, outdated or orphaned."""
    by_key = {unit.key: unit for unit in units}
    translations: dict[Key, list[Translation]] = {}
    outdated: list[tuple[Catalogue, Entry, TextUnit]] = []
    orphaned: list[tuple[Catalogue, Entry]] = []
    unsourced: list[tuple[Catalogue, Entry]] = []
    for catalogue in catalogues:
        for entry in catalogue.entries:
            unit = by_key.get(entry.key)
            if unit is None:
                orphaned.append((catalogue, entry))
                continue
            if entry.english != unit.english:
                outdated.append((catalogue, entry, unit))
            if entry.source and entry.source not in sources:
                unsourced.append((catalogue, entry))
            record, field = entry.key[:-1], entry.key[-1]
            translation = Translation(
                field, catalogue.language.value, entry.text, entry.english, entry.source
            )
            translations.setdefault(record, []).append(translation)
    return Matched(
        {key: tuple(found) for key, found in translations.items()},
        tuple(outdated),
        tuple(orphaned),
        tuple(unsourced),
    )
