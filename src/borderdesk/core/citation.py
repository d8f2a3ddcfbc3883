"""A short citation: the one record every sourced value points at (imports only languages)."""

from __future__ import annotations

from dataclasses import field

from borderdesk.core.language import ENGLISH, Wording
from borderdesk.core.record import frozen


@frozen
class SourceRef:
    """A short citation: enough to name a source under a figure."""

    id: str
    label: str  # short, e.g. "Article (c. 2012)" or "CIA World Factbook 2015"
    title: str
    publisher: str
    edition: str  # edition or date as published, e.g. "2015 edition"
    # ISO date or year for ordering ("" if unknown); not part of equality, as listings omit it.
    date: str = field(default="", compare=False)
    # The publication it is an edition of ("cia-factbook"): the edition current on a date is
    # the one that holds then. "" for a one-off source.
    series: str = field(default="", compare=False)
    discontinued: str = field(default="", compare=False)  # the day its publication ended
    wording: Wording = field(default=ENGLISH, compare=False)  # which texts fell back, to what
