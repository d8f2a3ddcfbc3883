"""Write translation catalogues: in the order of the English text, one table per entry.

Used by ``db/translations.py`` (the translators' tool): it lists what is left to translate,
merges finished translations in, fills texts whose English is already translated elsewhere, and
drops orphaned entries, always rewriting the catalogue in the same canonical form.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import replace

from borderdesk.core.language import Language
from borderdesk.core.record import frozen
from borderdesk.data.catalogue_units import Key, TextUnit
from borderdesk.data.catalogues import HEADER, NOW, Catalogue, Entry

_BARE = re.compile(r"[A-Za-z0-9_-]+")
_NAMES = {Language.RU: "Russian", Language.KK: "Kazakh (Cyrillic)"}


def toml_string(text: str) -> str:
    """Return a TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)


def toml_key(key: Key) -> str:
    """Return a dotted TOML key, quoting the parts that are not bare."""
    return ".".join(part if _BARE.fullmatch(part) else toml_string(part) for part in key)


def render(language: Language, entries: Iterable[Entry]) -> str:
    """Return a catalogue's text."""
    name = _NAMES.get(language, language.value)
    lines = [
        f"# {name} translations of the BorderDesk dataset: one entry per text, named by its key.",
        "# `en` is the English the translation was made from; when the English changes, the",
        "# entry is outdated until translated again. Format: db/FORMAT.md, Translations.",
        "",
        f"[{HEADER}]",
        f"language = {toml_string(language.value)}",
    ]
    for entry in entries:
        lines += ["", f"[{toml_key(entry.key)}]", f"en = {toml_string(entry.english)}"]
        lines.append(f"text = {toml_string(entry.text)}")
        if entry.source:
            lines.append(f"source = {toml_string(entry.source)}")
    return "\n".join(lines) + "\n"


@frozen
class Synced:
    """A catalogue's entries after a sync, and what the sync did."""

    entries: tuple[Entry, ...]
    merged: int = 0
    filled: int = 0
    pruned: int = 0
    stale: tuple[Entry, ...] = ()  # merged entries made from an English text that has changed


def sync(
    catalogue: Catalogue,
    units: list[TextUnit],
    additions: Iterable[Entry] = (),
    *,
    fill: bool = False,
    prune: bool = False,
) -> Synced:
    """Return the catalogue with ``additions`` merged, in the order of the English text.

    An addition replaces the entry of its key; one made from an English text that is no longer
    the text's own is refused (listed as stale). ``fill`` gives a missing or outdated text the
    translation any entry of the catalogue made from the same English (a current one first, then
    one whose key is gone or whose text changed since); ``prune`` drops orphaned entries (they
    are otherwise kept at the end, so that nothing is lost).
    """
    by_unit = {unit.key: unit for unit in units}
    entries = {entry.key: entry for entry in catalogue.entries}
    merged, stale = 0, []
    for addition in additions:
        unit = by_unit.get(addition.key)
        if unit is not None and addition.english == NOW:
            addition = replace(addition, english=unit.english)
        if unit is None or unit.english != addition.english:
            stale.append(addition)
            continue
        entries[addition.key] = addition
        merged += 1
    filled = 0
    if fill:
        # Every entry translates the English it records, wherever it stands now: an entry
        # whose text moved to a new key (orphaned) or changed (outdated) still lends its
        # translation to a text with that English. Current entries win over the others.
        memory = {e.english: e for e in entries.values()}
        memory |= {e.english: e for e in entries.values() if _current(e, by_unit)}
        for unit in units:
            known = memory.get(unit.english)
            entry = entries.get(unit.key)
            if known is not None and (entry is None or entry.english != unit.english):
                entries[unit.key] = Entry(unit.key, unit.english, known.text, known.source)
                filled += 1
    ordered = [entries[unit.key] for unit in units if unit.key in entries]
    orphans = [entry for key, entry in entries.items() if key not in by_unit]
    return Synced(
        tuple(ordered if prune else [*ordered, *orphans]),
        merged,
        filled,
        len(orphans) if prune else 0,
        tuple(stale),
    )


def _current(entry: Entry, units: dict[Key, TextUnit]) -> bool:
    unit = units.get(entry.key)
    return unit is not None and unit.english == entry.english


def todo(catalogue: Catalogue, units: list[TextUnit], kinds: set[str] | None = None) -> str:
    """Return the entries left to translate as TOML: missing ones and outdated ones.

    An outdated entry shows the English it was made from and its old translation in comments.
    """
    entries = {entry.key: entry for entry in catalogue.entries}
    lines: list[str] = []
    for unit in units:
        if kinds is not None and unit.kind not in kinds:
            continue
        entry = entries.get(unit.key)
        if entry is not None and entry.english == unit.english:
            continue
        lines += ["", f"[{toml_key(unit.key)}]"]
        if entry is not None:
            lines.append(f"# was: {toml_string(entry.english)}")
            lines.append(f"# old: {toml_string(entry.text)}")
        if unit.quoted:
            lines.append("# quoted words: translate them; the original stays shown above")
        lines += [f"en = {toml_string(unit.english)}", 'text = ""']
    return "\n".join(lines).lstrip("\n") + ("\n" if lines else "")
