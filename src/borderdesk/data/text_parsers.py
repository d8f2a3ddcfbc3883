"""Parse each kind of record of the dataset text into its plain record."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from borderdesk.data.records import (
    LENGTH,
    CountryText,
    DefaultText,
    EditionText,
    EventText,
    FactText,
    FigureText,
    OrganisationText,
    OverviewText,
    PersonText,
    QuoteText,
    SegmentText,
    SourceText,
    TopicText,
)
from borderdesk.data.text_fields import Fields

T = TypeVar("T")

_QUANTITY = re.compile(r"[a-z][a-z0-9_]*")


def parse_children(f: Fields, key: str, parse: Callable[[Fields], T]) -> tuple[T, ...]:
    """Parse the array of tables ``key`` inside a record, naming each by number."""
    items = f.tables(key)
    if not items:  # most records have none of a kind: no generator to set up for nothing
        return ()
    children = tuple(
        parse(Fields(item, f.file, f"{f.record}, {key} {n}")) for n, item in enumerate(items, 1)
    )
    unique_ids(f, key, children)
    return children


def unique_ids(f: Fields, key: str, children: tuple[object, ...]) -> None:
    """Refuse two children of one kind with the same ``id`` (those without one are exempt)."""
    seen: set[str] = set()
    for child in children:
        ident = str(getattr(child, "id", ""))
        if ident in seen:
            raise f.error(f"two {key} records with the id {ident!r}")
        if ident:
            seen.add(ident)


def parse_edition(path: Path, table: object, checksum: str) -> EditionText:
    """Parse ``[edition]``, adding the checksum of the text."""
    f = Fields(table, path, "[edition]")
    edition = EditionText(f.text("version", required=True), f.text("date", required=True), checksum)
    f.finish()
    return edition


def parse_defaults(path: Path, table: object) -> tuple[DefaultText, ...]:
    """Parse ``[defaults]``: the default source of each quantity."""
    f = Fields(table, path, "[defaults]")
    if not isinstance(table, dict) or LENGTH not in table:
        raise f.error(f"missing '{LENGTH}' (the default source of the segment lengths)")
    defaults = tuple(DefaultText(quantity, f.ident(quantity), f.origin) for quantity in table)
    f.finish()
    return defaults


def parse_figure(f: Fields, quantity: str = "", unit: str = "") -> FigureText:
    """Parse a figure; ``quantity`` and ``unit`` are fixed for segment lengths and totals."""
    if not quantity:
        quantity = f.text("quantity", required=True, translatable=False)
        if not _QUANTITY.fullmatch(quantity):
            raise f.error(f"'quantity' must be lower_case_with_underscores: {quantity!r}")
    source = f.ident("source")
    return FigureText(
        quantity=quantity,
        value=f.number("value"),
        unit=unit or f.text("unit", required=True),
        source=source,
        as_of=f.text("as_of", translatable=False),
        note=f.text("note"),
        quote=f.text("quote"),
        reason=f.text("reason"),
        id=f.optional_ident("id"),
        validity=f.validity(source),
        unlisted=f.count("unlisted"),
        translations=f.finish(),
        origin=f.origin,
    )


def parse_fact(f: Fields) -> FactText:
    """Parse a fact; one with a ``value`` is a time-bound state."""
    source = f.ident("source")
    return FactText(
        label=f.text("label", translatable=False),
        text=f.text("text", required=True),
        source=source,
        as_of=f.text("as_of", translatable=False),
        quote=f.text("quote"),
        id=f.optional_ident("id"),
        value=f.text("value"),
        validity=f.validity(source),
        translations=f.finish(),
        origin=f.origin,
    )


def parse_source(f: Fields) -> SourceText:
    """Parse a ``[[source]]``."""
    return SourceText(
        id=f.ident("id"),
        label=f.text("label", required=True),
        title=f.text("title", required=True),
        author=f.text("author"),
        publisher=f.text("publisher"),
        edition=f.text("edition"),
        date=f.text("date", translatable=False),
        url=f.text("url", translatable=False),
        kind=f.text("kind", required=True, translatable=False),
        covers=f.text("covers"),
        note=f.text("note"),
        series=f.optional_ident("series"),
        discontinued=f.text("discontinued", translatable=False),
        translations=f.finish(),
        origin=f.origin,
    )


def parse_country(f: Fields) -> CountryText:
    """Parse a ``[[country]]`` (a country or a body)."""
    country = CountryText(
        id=f.ident("id"),
        name=f.text("name", required=True),
        kind=f.text("kind", translatable=False) or "country",
        description=f.text("description"),
        translations=f.finish(),
        origin=f.origin,
    )
    if country.kind not in ("country", "body"):
        raise f.error(f"'kind' must be 'country' or 'body', not {country.kind!r}")
    return country


def parse_overview(
    path: Path, table: object, figures: list[tuple[Path, object]], facts: list[tuple[Path, object]]
) -> OverviewText:
    """Parse ``[overview]`` with the top-level ``[[figure]]`` and ``[[fact]]`` arrays."""
    f = Fields(table, path, "[overview]")
    overview = OverviewText(
        title=f.text("title", required=True),
        description=f.text("description"),
        landlocked_note=f.text("landlocked_note"),
        figures=tuple(
            parse_figure(Fields(item, p, f"figure {n}")) for n, (p, item) in enumerate(figures, 1)
        ),
        facts=tuple(
            parse_fact(Fields(item, p, f"fact {n}")) for n, (p, item) in enumerate(facts, 1)
        ),
        translations=f.finish(),
        origin=f.origin,
    )
    unique_ids(f, "figure", overview.figures)
    unique_ids(f, "fact", overview.facts)
    return overview


def parse_segment(f: Fields) -> SegmentText:
    """Parse a ``[[segment]]`` with its lengths and facts."""
    return SegmentText(
        id=f.ident("id"),
        neighbour=f.ident("neighbour"),
        description=f.text("description"),
        topics=f.strings("topics"),
        events=f.strings("events"),
        lengths=parse_children(f, "length", lambda c: parse_figure(c, LENGTH, "km")),
        facts=parse_children(f, "fact", parse_fact),
        translations=f.finish(),
        origin=f.origin,
    )


def parse_organisation(f: Fields) -> OrganisationText:
    """Parse an ``[[organisation]]`` with its facts and figures."""
    return OrganisationText(
        id=f.ident("id"),
        abbreviation=f.text("abbreviation", required=True),
        name=f.text("name", required=True),
        description=f.text("description"),
        predecessor=f.optional_ident("predecessor"),
        successor=f.optional_ident("successor"),
        facts=parse_children(f, "fact", parse_fact),
        figures=parse_children(f, "figure", parse_figure),
        validity=f.validity(),
        translations=f.finish(),
        origin=f.origin,
    )


def parse_person(f: Fields) -> PersonText:
    """Parse a ``[[person]]`` with its facts."""
    return PersonText(
        id=f.ident("id"),
        name=f.text("name", required=True),
        aliases=f.strings("aliases"),
        role=f.text("role"),
        description=f.text("description"),
        facts=parse_children(f, "fact", parse_fact),
        translations=f.finish(),
        origin=f.origin,
    )


def parse_quote(f: Fields) -> QuoteText:
    """Parse a ``[[quote]]``."""
    return QuoteText(
        id=f.ident("id"),
        speaker=f.optional_ident("speaker"),
        speaker_name=f.text("speaker_name"),
        speaker_role=f.text("speaker_role"),
        text=f.text("text", required=True),
        attribution=f.text("attribution"),
        status=f.text("status", translatable=False) or "attributed",
        source=f.ident("source"),
        note=f.text("note"),
        concerns=f.strings("concerns"),
        translations=f.finish(),
        origin=f.origin,
    )


def parse_event(f: Fields) -> EventText:
    """Parse an ``[[event]]`` with its facts."""
    return EventText(
        id=f.ident("id"),
        title=f.text("title", required=True),
        date=f.text("date", required=True, translatable=False),
        description=f.text("description"),
        concerns=f.strings("concerns"),
        facts=parse_children(f, "fact", parse_fact),
        translations=f.finish(),
        origin=f.origin,
    )


def parse_topic(f: Fields) -> TopicText:
    """Parse a ``[[topic]]`` with its facts."""
    return TopicText(
        id=f.ident("id"),
        name=f.text("name", required=True),
        description=f.text("description"),
        concerns=f.strings("concerns"),
        facts=parse_children(f, "fact", parse_fact),
        translations=f.finish(),
        origin=f.origin,
    )
