"""The smallest parts of the dataset text's records: where each was read, translations, dates."""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.record import frozen


@frozen
class Origin:
    """Where a record was read: its file and how to name it (``segment 'kz-ru'``)."""

    file: Path
    record: str


NOWHERE = Origin(Path(), "")


@frozen
class Translation:
    """A translation of one English text field, from a catalogue or a ``name_ru`` sibling."""

    field: str
    language: str
    text: str
    english: str = ""  # the English it was made from; when not the field's now, it is outdated
    source: str = ""  # for an official name: the source id that gives it so


@frozen
class ValidityText:
    """When a time-bound record holds: ``from`` and ``until``, each with its source id.

    ``until`` is the first day it no longer holds. An end without a source of its own rests
    on the record's source (the parser fills it in).
    """

    since: str = ""
    since_source: str = ""
    until: str = ""
    until_source: str = ""

    @property
    def sources(self) -> tuple[str, ...]:
        """Return the source ids of the two ends that have one."""
        return tuple(s for s in (self.since_source, self.until_source) if s)


NO_VALIDITY = ValidityText()
