"""Which edition of a publication is current on a date, and which sources exist by then.

An edition (the CIA World Factbook's 2008–2014 figures) holds from its date until a later
edition of the same series begins: the validity rule decides, as for every time-bound record.
A source dated after the day viewed had not been published yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from borderdesk.core.as_of import format_day
from borderdesk.core.citation import SourceRef
from borderdesk.core.i18n import translate
from borderdesk.core.model import ChartSource
from borderdesk.core.validity import Validity, first_day, holding


def published_by(source: SourceRef, on: date) -> bool:
    """Tell whether a source had appeared by the day (an undated one is taken to have)."""
    first = first_day(source.date)
    return first is None or first <= on


def _edition(source: SourceRef) -> Validity:
    return Validity(since=source.date, since_source=source)


def current_editions(sources: Iterable[SourceRef], on: date) -> dict[str, SourceRef]:
    """Return, per series, the edition among ``sources`` current on the day."""
    by_series: dict[str, list[SourceRef]] = {}
    for source in dict.fromkeys(sources):
        if source.series:
            by_series.setdefault(source.series, []).append(source)
    current: dict[str, SourceRef] = {}
    for series, editions in by_series.items():
        held = holding(editions, on, _edition)
        if held:
            current[series] = held[-1].record  # editions never overlap: one is left
    return current


def is_current(source: SourceRef, among: Iterable[SourceRef], on: date) -> bool:
    """Tell whether a source is usable on the day: published, and its series' current edition."""
    if not published_by(source, on):
        return False
    return not source.series or current_editions(among, on).get(source.series) == source


def chart_options_on(options: Sequence[ChartSource], on: date) -> tuple[ChartSource, ...]:
    """Return the chart sources published by the day (superseded editions included)."""
    return tuple(o for o in options if published_by(o.ref, on))


def chart_source_on(options: Sequence[ChartSource], chosen: str | None, on: date) -> str:
    """Return the chart source to show on a day: the choice if usable, else its stand-in.

    A chosen edition of a series gives way to the series' edition current on the day; a
    source not yet published gives way to the dataset's default, else to a current edition.
    """
    refs = [o.ref for o in options]
    by_id = {o.ref.id: o for o in options}
    current = current_editions(refs, on)
    wanted = by_id.get(chosen or "")
    if wanted is None:
        wanted = next((o for o in options if o.is_default), None)
    if wanted is not None and is_current(wanted.ref, refs, on):
        return wanted.ref.id
    if wanted is not None and wanted.ref.series in current:
        return current[wanted.ref.series].id
    default = next((o for o in options if o.is_default and published_by(o.ref, on)), None)
    if default is not None:
        return default.ref.id
    if current:
        return next(iter(current.values())).id
    published = chart_options_on(options, on)
    return (published or tuple(options))[0].ref.id


def discontinued_note(source: SourceRef, on: date) -> str:
    """Return ``discontinued 4 February 2026: figures frozen`` once it had ended, else ""."""
    ended = first_day(source.discontinued)
    if ended is None or on < ended:
        return ""
    return translate("Format", "discontinued {day}: figures frozen").format(day=format_day(ended))
