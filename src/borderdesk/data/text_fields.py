"""Read one TOML record field by field, naming the file and the record on every problem."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path

from borderdesk.core.characters import character_problem, maybe_unusable
from borderdesk.core.errors import BorderDeskError
from borderdesk.core.validity import first_day as _first_day
from borderdesk.core.validity import is_date as _is_date
from borderdesk.data.records import NO_VALIDITY, Origin, Translation, ValidityText

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_VALIDITY = frozenset(("from", "until", "from_source", "until_source"))
# A large pack writes the same few thousand dates tens of thousands of times.
is_date = lru_cache(maxsize=4096)(_is_date)
first_day = lru_cache(maxsize=4096)(_first_day)


class DatasetError(BorderDeskError):
    """The dataset text is wrong: names the file, the record and the problem."""

    def __init__(self, file: Path | str, record: str, problem: str) -> None:
        self.file = Path(file)
        self.record = record
        self.problem = problem
        where = f"{self.file}: {record}" if record else str(self.file)
        super().__init__(f"{where}: {problem}")

    @classmethod
    def at(cls, origin: Origin, problem: str) -> DatasetError:
        """Return an error about the record read at ``origin``."""
        return cls(origin.file, origin.record, problem)


class Fields:
    """Take the fields of one record; ``finish`` rejects keys nobody asked for."""

    def __init__(self, table: object, file: Path, record: str) -> None:
        if not isinstance(table, dict) and not isinstance(table, Mapping):  # dict: no ABC check
            raise DatasetError(file, record, "must be a table")
        self.file = file
        self.record = record
        self._table: Mapping[str, object] = table
        self._taken: set[str] = set()
        self._translatable: set[str] = set()

    @property
    def origin(self) -> Origin:
        """Return where this record was read."""
        return Origin(self.file, self.record)

    def error(self, problem: str) -> DatasetError:
        """Return an error about this record."""
        return DatasetError(self.file, self.record, problem)

    def _take(self, name: str) -> object:
        self._taken.add(name)
        return self._table.get(name)

    def text(self, name: str, *, required: bool = False, translatable: bool = True) -> str:
        """Return a text field ("" when absent and not required)."""
        # Called a million times on a large pack: the usual case takes the fewest steps.
        self._taken.add(name)
        value = self._table.get(name)
        if translatable:
            self._translatable.add(name)
        if value is None:
            if required:
                raise self.error(f"missing '{name}'")
            return ""
        if not isinstance(value, str):
            raise self.error(f"'{name}' must be text, not {type(value).__name__}")
        trimmed = value.strip()
        if required and not trimmed:
            raise self.error(f"'{name}' must not be empty")
        if value != trimmed:
            raise self.error(f"'{name}' has leading or trailing spaces")
        # Every character no text may hold is one Python does not print: a text it prints
        # whole (the usual one, told in C faster than the search) needs no closer look.
        if not value.isprintable() and maybe_unusable(value):
            self._check_characters(name, value)
        return value

    def _check_characters(self, name: str, value: str) -> None:
        """Refuse what no screen or file can hold, as a data pack's import does."""
        problem = character_problem(value, one_line=True) if maybe_unusable(value) else None
        if problem:
            raise self.error(f"'{name}' {problem}")

    def ident(self, name: str) -> str:
        """Return a required id (letters, digits, '.', '_' and '-')."""
        value = self._table.get(name)
        if isinstance(value, str) and _ID.fullmatch(value):  # so not empty, trimmed, printable
            self._taken.add(name)
            return value
        value = self.text(name, required=True, translatable=False)  # to say what is wrong
        if not _ID.fullmatch(value):
            raise self.error(f"'{name}' is not a valid id: {value!r}")
        return value

    def optional_ident(self, name: str) -> str:
        """Return an optional id, "" when absent or empty."""
        value = self._table.get(name)
        if value is None or (isinstance(value, str) and (not value or _ID.fullmatch(value))):
            self._taken.add(name)
            return value or ""
        value = self.text(name, translatable=False)
        if value and not _ID.fullmatch(value):
            raise self.error(f"'{name}' is not a valid id: {value!r}")
        return value

    def number(self, name: str) -> float:
        """Return a required finite number."""
        value = self._take(name)
        if value is None:
            raise self.error(f"missing '{name}'")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(f"'{name}' must be a number, not {type(value).__name__}")
        if not math.isfinite(value):
            raise self.error(f"'{name}' must be a finite number, not {value}")
        return float(value)

    def count(self, name: str) -> int:
        """Return an optional whole number of zero or more (0 when absent)."""
        value = self._take(name)
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.error(f"'{name}' must be a whole number of zero or more")
        return value

    def strings(self, name: str) -> tuple[str, ...]:
        """Return a list of text values (empty when absent)."""
        value = self._take(name)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.error(f"'{name}' must be a list of non-empty text values")
        if len(set(value)) != len(value):
            raise self.error(f"'{name}' lists a value twice")
        for text in value:
            self._check_characters(name, text)
        return tuple(value)

    def tables(self, name: str) -> list[object]:
        """Return an array of tables (empty when absent)."""
        value = self._take(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(f"'{name}' must be an array of tables ([[...]])")
        return value

    def validity(self, source: str = "") -> ValidityText:
        """Parse ``from``/``until`` with their sources; an end without one rests on ``source``."""
        if _VALIDITY.isdisjoint(self._table):  # most records hold at all times
            self._taken.update(_VALIDITY)
            return NO_VALIDITY
        since = self.text("from", translatable=False)
        until = self.text("until", translatable=False)
        since_source = self.optional_ident("from_source")
        until_source = self.optional_ident("until_source")
        for name, value in (("from", since), ("until", until)):
            if value and not is_date(value):
                raise self.error(f"'{name}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        if since_source and not since:
            raise self.error("'from_source' without 'from'")
        if until_source and not until:
            raise self.error("'until_source' without 'until'")
        since_source = since_source or (source if since else "")
        until_source = until_source or (source if until else "")
        if since and not since_source:
            raise self.error("'from' needs a 'from_source'")
        if until and not until_source:
            raise self.error("'until' needs an 'until_source'")
        if since and until and (first_day(until) or date.max) <= (first_day(since) or date.min):
            raise self.error(f"'until' ({until}) is not after 'from' ({since})")
        if not (since or until):
            return NO_VALIDITY
        return ValidityText(since, since_source, until, until_source)

    def finish(self) -> tuple[Translation, ...]:
        """Reject unknown keys; return the ``name_ru``-style translations, in key order.

        A translation may name the source of an official name beside it: ``name_ru_source``.
        """
        if self._taken.issuperset(self._table):  # the usual record: every key was asked for
            return ()
        translations = []
        for key in sorted(self._table):
            if key in self._taken:
                continue
            base, _, language = key.rpartition("_")
            if base in self._translatable and _LANGUAGE.fullmatch(language):
                text = self._table[key]
                if not isinstance(text, str) or not text.strip():
                    raise self.error(f"translation '{key}' must be non-empty text")
                self._check_characters(key, text)
                english = self._table.get(base)
                made_from = english if isinstance(english, str) else ""
                source = self._table.get(f"{key}_source", "")
                if not isinstance(source, str) or (source and not _ID.fullmatch(source)):
                    raise self.error(f"'{key}_source' is not a valid id: {source!r}")
                translations.append(Translation(base, language, text, made_from, source))
                continue
            if key.endswith("_source") and key.removesuffix("_source") in self._table:
                continue  # read with its translation
            raise self.error(f"unknown key '{key}'")
        return tuple(translations)
