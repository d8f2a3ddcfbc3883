"""Number, date and citation formatting shared by every view and export.

Numbers, units and dates are written as the interface language writes them (``core.i18n``),
through Babel's CLDR data: ``6,846 km`` in English, ``6 846 км`` in Kazakh and Russian (a
no-break space groups the digits, a comma marks the decimals), ``22 December 2022``,
``22 желтоқсан 2022``, ``22 декабря 2022``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from babel.numbers import format_decimal
from babel.numbers import format_percent as babel_percent
from babel.units import format_unit

from borderdesk.core.as_of import as_of_sentence
from borderdesk.core.dates import format_date, locale, locale_of
from borderdesk.core.editions import discontinued_note
from borderdesk.core.i18n import interface_language, translate
from borderdesk.core.model import DatasetEdition, Figure, SourceRef

NUMBER = "#,##0.###"  # group the thousands; keep up to three published decimals
_UNITS = {"km": "length-kilometer", "km2": "area-square-kilometer", "km²": "area-square-kilometer"}


def format_number(value: float) -> str:
    """Format with the language's grouping and decimal sign, keeping published decimals.

    ``1,782.75`` in English, ``1 782,75`` in Kazakh and Russian.
    """
    return _number(value, interface_language().value)


# A chart of two thousand borders writes each length several times (bar, table, summary):
# each value is written by Babel once per language (and a bounded number of them is kept).
@lru_cache(maxsize=65536)
def _number(value: float, code: str) -> str:
    return str(format_decimal(value, format=NUMBER, locale=locale_of(code)))


@lru_cache(maxsize=65536)
def _with_unit(value: float, measure: str, code: str) -> str:
    return str(format_unit(value, measure, length="short", format=NUMBER, locale=locale_of(code)))


def plain_number(value: float) -> str:
    """Return a number as a file for machines holds it, in any language: ``1782.75``."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.3f}".rstrip("0").rstrip(".")


def format_unit_value(value: float, unit: str) -> str:
    """Format a value with a unit the language abbreviates (km, km²); others as given."""
    measure = _UNITS.get(unit)
    if measure is None:
        return f"{format_number(value)} {unit}".strip()
    return _with_unit(value, measure, interface_language().value)


def format_km(value: float) -> str:
    """Format a length in kilometres: ``6,846 km``, ``6 846 км``."""
    return format_unit_value(value, "km")


def format_percent(share: float) -> str:
    """Format a 0..1 share as a whole percentage: ``57%``, ``57 %`` in Russian."""
    return _percent(share, interface_language().value)


@lru_cache(maxsize=65536)
def _percent(share: float, code: str) -> str:
    return str(babel_percent(share, locale=locale_of(code)))


def _one_decimal_percent(share: float) -> str:
    pattern = re.sub(r"0(\s*%)", r"0.0\1", locale().percent_formats[None].pattern, count=1)
    return babel_percent(share, format=pattern, locale=locale())


def cite(source: SourceRef) -> str:
    """Return a short citation: ``Article (c. 2012)`` or ``CIA World Factbook, 2015 edition``."""
    return source.label


def cite_figure(figure: Figure) -> str:
    """Return a figure with its citation, e.g. ``6,846 km (Article, c. 2012)``."""
    value = format_km(figure.value) if figure.unit == "km" else format_number(figure.value)
    return f"{value} ({cite(figure.source)})"


def dataset_line(edition: DatasetEdition) -> str:
    """Return ``BorderDesk dataset 2026.11.1 (1 November 2026, 3f2a…)``: the edition's credit."""
    return translate("Format", "BorderDesk dataset {version} ({date}, {checksum})").format(
        version=edition.version, date=format_date(edition.date), checksum=edition.short_checksum
    )


def chart_caption(source: SourceRef, edition: DatasetEdition, on: date | None = None) -> str:
    """Return the caption every chart and export carries: source, date viewed, edition."""
    text = translate("Format", "Source: {title} — {publisher}, {edition}{ended}. {as_of}{dataset}.")
    return text.format(
        title=source.title,
        publisher=source.publisher,
        edition=source.edition,
        ended=_ended(source, on),
        as_of=_as_of(on),
        dataset=dataset_line(edition),
    )


def _as_of(on: date | None) -> str:
    """Return ``As of 1 January 2013. `` for a dated chart, else ""."""
    return f"{as_of_sentence(on)}. " if on is not None else ""


def _ended(source: SourceRef, on: date | None) -> str:
    """Return `` (discontinued 4 February 2026: figures frozen)`` once a series had ended."""
    note = discontinued_note(source, on or date.today())
    return f" ({note})" if note else ""


def format_signed_km(delta: float) -> str:
    """Format a difference in kilometres with its sign: ``+798 km``, ``−42.7 km``, ``±0 km``."""
    if abs(delta) < 0.0005:
        return "±" + format_km(0)
    return ("+" if delta > 0 else "−") + format_km(abs(delta))


def format_signed_percent(share: float) -> str:
    """Format a 0..1 difference as a percentage to one decimal: ``+11.7%``, ``−0.3%``."""
    if abs(share) < 0.0005:
        return "±" + babel_percent(0, locale=locale())
    return ("+" if share > 0 else "−") + _one_decimal_percent(abs(share))


def comparison_caption(
    sources: Sequence[SourceRef], edition: DatasetEdition, on: date | None = None
) -> str:
    """Return the caption of a comparison: every source compared, the date, the edition.

    Under a window's page it has little room: a day other than today is named, and which
    sources had ended is left to the lengths page and each single source's caption.
    """
    named = "; ".join(f"{s.label} ({s.title} — {s.publisher}, {s.edition})" for s in sources)
    dated = _as_of(on) if on is not None and on != date.today() else ""
    return translate("Format", "Sources: {sources}. {as_of}{dataset}.").format(
        sources=named, as_of=dated, dataset=dataset_line(edition)
    )


def short_caption(sources: Sequence[SourceRef], edition: DatasetEdition) -> str:
    """Return a caption short enough for a slide: ``Source: Article (c. 2012) · dataset …``."""
    named = "; ".join(source.label for source in sources)
    if len(sources) == 1:
        text = translate("Format", "Source: {sources} · BorderDesk dataset {version}")
    else:
        text = translate("Format", "Sources: {sources} · BorderDesk dataset {version}")
    return text.format(sources=named, version=edition.version)
