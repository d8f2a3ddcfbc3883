"""Check every cross reference in the dataset text; name the file and record of a bad one."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from pathlib import Path

from borderdesk.data.records import (
    KAZAKHSTAN,
    LAND_BORDER_TOTAL,
    LENGTH,
    NO_VALIDITY,
    SEGMENTS_TOTAL,
    Dataset,
    FactText,
    FigureText,
    Origin,
)
from borderdesk.data.text_fields import DatasetError

REFERABLE_KINDS = ("border", "organisation", "topic", "person", "event", "source")


def parse_ref(text: str, default_kind: str = "") -> tuple[str, str]:
    """Split ``kind:id`` (or a bare id when ``default_kind`` is given) into kind and id."""
    kind, sep, ident = text.partition(":")
    if not sep:
        kind, ident = default_kind, text
    if kind not in REFERABLE_KINDS or not ident:
        raise ValueError(f"{text!r} is not a reference like 'border:kz-ru'")
    if default_kind and kind != default_kind:
        raise ValueError(f"{text!r} is not a {default_kind}")
    return kind, ident


def item_ids(dataset: Dataset) -> dict[str, set[str]]:
    """Return the ids of every referable kind."""
    return {
        "border": {s.id for s in dataset.segments},
        "organisation": {o.id for o in dataset.organisations},
        "topic": {t.id for t in dataset.topics},
        "person": {p.id for p in dataset.people},
        "event": {e.id for e in dataset.events},
        "source": {s.id for s in dataset.sources},
    }


def _sourced(dataset: Dataset) -> Iterator[tuple[Origin, str]]:
    """Yield (origin, source id) for every record that rests on a source."""
    # Most records hold at all times: their validity names no source, and is not looked into.
    records: Iterator[FigureText | FactText] = chain(dataset.all_figures(), dataset.all_facts())
    for record in records:
        yield record.origin, record.source
        if record.validity is not NO_VALIDITY:
            for source in record.validity.sources:
                yield record.origin, source
    for organisation in dataset.organisations:
        yield from ((organisation.origin, s) for s in organisation.validity.sources)
    for change in dataset.changes:
        yield from ((change.origin, source) for source in change.sources)
    for _membership, role in dataset.roles():
        if role.validity is not NO_VALIDITY:
            for source in role.validity.sources:
                yield role.origin, source
        for c in role.confirmed:
            yield c.origin, c.source
    yield from ((q.origin, q.source) for q in dataset.quotes)
    yield from ((d.origin, d.source) for d in dataset.defaults)


def check_references(dataset: Dataset, directory: Path) -> None:
    """Raise DatasetError on the first reference that names nothing."""
    ids = item_ids(dataset)
    countries = {c.id for c in dataset.countries}
    for origin, source in _sourced(dataset):
        if source not in ids["source"]:
            raise DatasetError.at(origin, f"no source {source!r} in the sources")
    if KAZAKHSTAN not in countries:
        raise DatasetError(directory, "", f"no country {KAZAKHSTAN!r} (Kazakhstan)")
    neighbours: dict[str, str] = {}
    for segment in dataset.segments:
        if segment.neighbour not in countries or segment.neighbour == KAZAKHSTAN:
            raise DatasetError.at(segment.origin, f"no neighbour country {segment.neighbour!r}")
        if segment.neighbour in neighbours:
            other = neighbours[segment.neighbour]
            problem = f"neighbour {segment.neighbour!r} also has segment {other!r}"
            raise DatasetError.at(segment.origin, problem)
        neighbours[segment.neighbour] = segment.id
        _check_refs(segment.origin, segment.topics, ids, "topic")
        _check_refs(segment.origin, segment.events, ids, "event")
    for organisation in dataset.organisations:
        for other in (organisation.predecessor, organisation.successor):
            if other and (other not in ids["organisation"] or other == organisation.id):
                raise DatasetError.at(organisation.origin, f"no other organisation {other!r}")
    for membership in dataset.memberships:
        if membership.member not in countries:
            raise DatasetError.at(membership.origin, f"no country or body {membership.member!r}")
        if membership.organisation not in ids["organisation"]:
            problem = f"no organisation {membership.organisation!r}"
            raise DatasetError.at(membership.origin, problem)
    for place in dataset.places:
        if place.country not in countries:
            raise DatasetError.at(place.origin, f"no country {place.country!r}")
    for quote in dataset.quotes:
        if quote.speaker and quote.speaker not in ids["person"]:
            raise DatasetError.at(quote.origin, f"no person {quote.speaker!r} (speaker)")
        if not quote.speaker and not quote.speaker_name:
            raise DatasetError.at(quote.origin, "needs a 'speaker' or a 'speaker_name'")
    for _kind, _ident, origin, refs in dataset.concerns():
        _check_refs(origin, refs, ids)
    _check_defaults(dataset)


def _check_refs(
    origin: Origin, refs: tuple[str, ...], ids: dict[str, set[str]], default_kind: str = ""
) -> None:
    for text in refs:
        try:
            kind, ident = parse_ref(text, default_kind)
        except ValueError as error:
            raise DatasetError.at(origin, str(error)) from None
        if ident not in ids[kind]:
            raise DatasetError.at(origin, f"{text!r} names no {kind}")


def _check_defaults(dataset: Dataset) -> None:
    """Every segment has one default length; the default source states a total."""
    lengths = next(d for d in dataset.defaults if d.quantity == LENGTH)
    for segment in dataset.segments:
        count = sum(1 for length in segment.lengths if length.source == lengths.source)
        if count != 1:
            problem = f"needs exactly one length from the default source {lengths.source!r}"
            raise DatasetError.at(segment.origin, f"{problem}, has {count}")
    if not dataset.segments:
        return
    # The overview's stated total: the default land_border_total_km, else the default [[total]].
    stated = (
        f
        for f in (*dataset.overview.figures, *dataset.totals)
        if f.source == dataset.default_source(f.quantity)
        and f.quantity in (LAND_BORDER_TOTAL, SEGMENTS_TOTAL)
    )
    if next(stated, None) is None:
        source = dataset.default_source(LAND_BORDER_TOTAL)
        problem = f"the default source {source!r} states no total ({LAND_BORDER_TOTAL})"
        raise DatasetError.at(dataset.overview.origin, problem)
    sources = [total.source for total in dataset.totals]
    for total in dataset.totals:
        if sources.count(total.source) > 1:
            raise DatasetError.at(total.origin, f"source {total.source!r} has two totals")
