"""How much of the content is translated: per language and kind, on the text or on a database.

A text is *translated* when its language has a translation made from the English it has now,
*outdated* when the translation was made from an English text since changed, and *missing*
when there is none. A translation of no text at all is *orphaned*. The checks fail on outdated
and orphaned translations; missing ones fall back (kk -> ru -> en) and are only counted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from borderdesk.core.language import Language
from borderdesk.core.record import frozen
from borderdesk.data.translatable import FIELDS, KIND_OF_TABLE, KINDS, MAP_KINDS, TRANSLATED
from borderdesk.data.translatable import text_hash as text_hash


@frozen
class Count:
    """The texts of one kind in one language: how many, and how they stand."""

    kind: str
    total: int
    translated: int
    outdated: int

    @property
    def missing(self) -> int:
        """Return how many have no translation at all."""
        return self.total - self.translated - self.outdated


@frozen
class Coverage:
    """One language's coverage, kind by kind."""

    language: Language
    counts: tuple[Count, ...]

    @property
    def total(self) -> Count:
        """Return the counts over every kind."""
        return Count(
            "all",
            sum(c.total for c in self.counts),
            sum(c.translated for c in self.counts),
            sum(c.outdated for c in self.counts),
        )

    def of(self, kind: str) -> Count:
        """Return the count of one kind (zeros when it has no texts)."""
        return next((c for c in self.counts if c.kind == kind), Count(kind, 0, 0, 0))


Status = tuple[str, str, Language, str]  # kind, slot (a key or table/row/column), language, state


def coverage(statuses: Iterable[Status], totals: dict[str, int]) -> tuple[Coverage, ...]:
    """Return each translated language's coverage from (kind, slot, language, state) rows."""
    counted: dict[tuple[Language, str, str], int] = {}
    for kind, _slot, language, state in statuses:
        counted[language, kind, state] = counted.get((language, kind, state), 0) + 1
    return tuple(
        Coverage(
            language,
            tuple(
                Count(
                    kind,
                    totals[kind],
                    counted.get((language, kind, "translated"), 0),
                    counted.get((language, kind, "outdated"), 0),
                )
                for kind in KINDS
                if totals.get(kind)
            ),
        )
        for language in TRANSLATED
    )


def coverage_lines(coverages: Iterable[Coverage]) -> list[str]:
    """Return the coverage as a table: one line per language and kind, then the language's total."""
    lines = [f"{'':4}{'kind':<14}{'texts':>7}{'translated':>12}{'outdated':>10}{'missing':>9}"]
    for found in coverages:
        for count in (*found.counts, found.total):
            share = 100 * count.translated / count.total if count.total else 100.0
            name = f"{found.language.value}  {count.kind}"
            lines.append(
                f"  {name:<16}{count.total:>7}{count.translated:>7} {share:>3.0f}%"
                f"{count.outdated:>10}{count.missing:>9}"
            )
    return lines


@frozen
class DatabaseTranslations:
    """A built database's translations set against its English texts."""

    coverages: tuple[Coverage, ...]
    outdated: tuple[tuple[str, int, str, str], ...]  # table, row, column, language
    orphaned: tuple[tuple[str, int, str, str], ...]


_HOLDER_KIND = {"country": "overview"}  # Kazakhstan's facts and figures are the overview's


def database_translations(connection: sqlite3.Connection) -> DatabaseTranslations:
    """Read every translatable text and its translations from a database (sqlite3)."""
    english: dict[tuple[str, int, str], tuple[str, str]] = {}  # slot -> (kind, hash of text)
    for table, columns in FIELDS.items():
        for column in columns:
            for row_id, text, kind in connection.execute(_texts_sql(table, column)):
                if text:
                    english[table, int(row_id), column] = (str(kind), text_hash(str(text)))
    totals: dict[str, int] = {}
    for kind, _hash in english.values():
        totals[kind] = totals.get(kind, 0) + 1
    statuses: list[Status] = []
    outdated: list[tuple[str, int, str, str]] = []
    orphaned: list[tuple[str, int, str, str]] = []
    query = "SELECT table_name, row_id, column_name, language, english_hash FROM translations"
    for table, row_id, column, code, made_from in connection.execute(query):
        slot = (str(table), int(row_id), str(column))
        found = english.get(slot)
        if found is None or code not in {language.value for language in TRANSLATED}:
            orphaned.append((*slot, str(code)))
            continue
        state = "translated" if made_from == found[1] else "outdated"
        if state == "outdated":
            outdated.append((*slot, str(code)))
        statuses.append((found[0], "/".join(map(str, slot)), Language(str(code)), state))
    return DatabaseTranslations(coverage(statuses, totals), tuple(outdated), tuple(orphaned))


def _texts_sql(table: str, column: str) -> str:
    """Return the query for (row id, English text, kind) of one translatable column.

    Table and column names come from the registry (``translatable.FIELDS``), never from input.
    """
    if table in ("facts", "figures"):
        kind = "CASE i.item_kind " + " ".join(
            f"WHEN '{k}' THEN '{v}'" for k, v in _HOLDER_KIND.items()
        )
        return (
            f"SELECT t.id, t.{column}, {kind} ELSE i.item_kind END FROM {table} t "  # noqa: S608
            "JOIN items i ON i.id = t.item_id"
        )
    where = (
        f" WHERE kind IN ({', '.join(repr(k) for k in MAP_KINDS)})"
        if table == "map_features"
        else ""
    )
    return f"SELECT id, {column}, '{KIND_OF_TABLE[table]}' FROM {table}{where}"  # noqa: S608
