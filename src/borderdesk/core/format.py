"""Number and citation formatting shared by every view and export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from borderdesk.core.as_of import as_of_sentence
from borderdesk.core.editions import discontinued_note
from borderdesk.core.model import DatasetEdition, Figure, SourceRef


def format_number(value: float) -> str:
    """Format with thousands separators, keeping published decimals (1,782.75)."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def format_km(value: float) -> str:
    """Format a length in kilometres: ``6,846 km``."""
    return f"{format_number(value)} km"


def format_percent(share: float) -> str:
    """Format a 0..1 share as a whole percentage: ``57%``."""
    return f"{share * 100:.0f}%"


def cite(source: SourceRef) -> str:
    """Return a short citation: ``Article (c. 2012)`` or ``CIA World Factbook, 2015 edition``."""
    return source.label


def cite_figure(figure: Figure) -> str:
    """Return a figure with its citation, e.g. ``6,846 km (Article, c. 2012)``."""
    value = format_km(figure.value) if figure.unit == "km" else format_number(figure.value)
    return f"{value} ({cite(figure.source)})"


def chart_caption(source: SourceRef, edition: DatasetEdition, on: date | None = None) -> str:
    """Return the caption every chart and export carries: source, date viewed, edition."""
    return (
        f"Source: {source.title} — {source.publisher}, {source.edition}"
        f"{_ended(source, on)}. {_as_of(on)}"
        f"BorderDesk dataset {edition.version} ({edition.date}, {edition.short_checksum})."
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
        return "±0 km"
    return ("+" if delta > 0 else "−") + format_km(abs(delta))


def format_signed_percent(share: float) -> str:
    """Format a 0..1 difference as a percentage to one decimal: ``+11.7%``, ``−0.3%``."""
    if abs(share) < 0.0005:
        return "±0%"
    return ("+" if share > 0 else "−") + f"{abs(share) * 100:.1f}%"


def comparison_caption(
    sources: Sequence[SourceRef], edition: DatasetEdition, on: date | None = None
) -> str:
    """Return the caption of a comparison: every source compared, the date, the edition.

    Under a window's page it has little room: a day other than today is named, and which
    sources had ended is left to the lengths page and each single source's caption.
    """
    named = "; ".join(f"{s.label} ({s.title} — {s.publisher}, {s.edition})" for s in sources)
    dated = _as_of(on) if on is not None and on != date.today() else ""
    return (
        f"Sources: {named}. {dated}"
        f"BorderDesk dataset {edition.version} ({edition.date}, {edition.short_checksum})."
    )


def short_caption(sources: Sequence[SourceRef], edition: DatasetEdition) -> str:
    """Return a caption short enough for a slide: ``Source: Article (c. 2012) · dataset …``."""
    lead = "Source" if len(sources) == 1 else "Sources"
    named = "; ".join(source.label for source in sources)
    return f"{lead}: {named} · BorderDesk dataset {edition.version}"
