"""Every translatable text of the dataset, named by its stable key, and a dataset with more of them.

A key is the path a catalogue names a text by: the record's kind and id, then any child's kind
and id, then the field, e.g. ``organisation.csto.name``, ``border.kz-ru.fact.trade-route.text``,
``border.kz-ru.length.cia2015.reason``, ``map.city.astana.name``. A membership is named by its
member and organisation (one record per pair), its roles and their confirmations by their ids:
``membership.AM.csto.role.founding-member.note``,
``membership.KZ.csto.role.founding-member.confirmed.art.quote``; a change of the edition log
and a place by theirs: ``change.csto-armenia-frozen.text``, ``place.astana.fact.nur-sultan.value``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from typing import Any, TypeVar

from borderdesk.core.record import frozen
from borderdesk.data.map_rows import MapFeatureText, MapText
from borderdesk.data.records import (
    ChangeText,
    ConfirmationText,
    CountryText,
    Dataset,
    EventText,
    FactText,
    FigureText,
    MembershipText,
    OrganisationText,
    OverviewText,
    PersonText,
    PlaceText,
    QuoteText,
    RoleText,
    SegmentText,
    SourceText,
    TopicText,
    Translation,
)
from borderdesk.data.text_fields import DatasetError
from borderdesk.data.translatable import FIELDS, KIND_OF_TABLE, MAP_KINDS, QUOTED

Key = tuple[str, ...]
R = TypeVar("R")

# The table each kind of record is stored in, which names its translatable fields.
_TABLE: dict[type, str] = {
    OverviewText: "overview",
    SourceText: "sources",
    CountryText: "countries",
    SegmentText: "segments",
    OrganisationText: "organisations",
    MembershipText: "memberships",
    RoleText: "membership_roles",
    ConfirmationText: "role_confirmations",
    PlaceText: "places",
    ChangeText: "changes",
    PersonText: "people",
    QuoteText: "quotes",
    EventText: "events",
    TopicText: "topics",
    FactText: "facts",
    FigureText: "figures",
    MapFeatureText: "map_features",
}


@frozen
class TextUnit:
    """One translatable English text: its key, the kind it counts under, and the text."""

    key: Key
    kind: str  # overview, border, organisation ... (see ``translatable.KINDS``)
    english: str
    quoted: bool = False  # words as said: the translation goes under them, not in their place

    @property
    def name(self) -> str:
        """Return the key as written in a catalogue: ``organisation.csto.name``."""
        return ".".join(self.key)


# A visit gets the record's key, the kind it counts under and the record; returns the record.
Visit = Callable[[Key, str, Any], Any]
Unkeyed = Callable[[Any], None]


def text_units(dataset: Dataset, map_text: MapText | None = None) -> list[TextUnit]:
    """Return every non-empty translatable text, in the order of the dataset text."""
    units: list[TextUnit] = []

    def collect(key: Key, kind: str, record: object) -> object:
        table = _TABLE[type(record)]
        for field in FIELDS[table]:
            english = getattr(record, field)
            if english:
                units.append(TextUnit((*key, field), kind, english, (table, field) in QUOTED))
        return record

    walk(dataset, collect)
    for key, feature in map_features(map_text):
        collect(key, "map", feature)
    return units


def unkeyed(dataset: Dataset) -> list[object]:
    """Return the children without an ``id`` (facts, figures, roles ...): no entry can name them."""
    found: list[object] = []

    def note(record: object) -> None:
        found.append(record)

    walk(dataset, lambda _key, _kind, record: record, note)
    return found


def with_translations(dataset: Dataset, extra: Mapping[Key, tuple[Translation, ...]]) -> Dataset:
    """Return the dataset with each record's translations followed by ``extra[its key]``."""

    def add(key: Key, _kind: str, record: Any) -> Any:
        more = extra.get(key, ())
        beside = {(t.field, t.language) for t in record.translations}
        for translation in more:
            if (translation.field, translation.language) in beside:
                name = f"{translation.field}_{translation.language}"
                problem = f"'{name}' is translated here and in the catalogue; keep one"
                raise DatasetError.at(record.origin, problem)
        return replace(record, translations=(*record.translations, *more)) if more else record

    return walk(dataset, add)


def map_with_translations(
    map_text: MapText, extra: Mapping[Key, tuple[Translation, ...]]
) -> MapText:
    """Return the map with each city's and the shore's translations from ``extra``."""
    keys = dict(map_features(map_text))
    features = tuple(
        replace(f, translations=(*f.translations, *extra.get(key, ())))
        if (key := _map_key(f)) in keys
        else f
        for f in map_text.features
    )
    return replace(map_text, features=features)


def map_features(map_text: MapText | None) -> Iterator[tuple[Key, MapFeatureText]]:
    """Yield the map features that have texts of their own, with their keys."""
    for feature in () if map_text is None else map_text.features:
        if feature.kind in MAP_KINDS:
            yield _map_key(feature), feature


def _map_key(feature: MapFeatureText) -> Key:
    return ("map", feature.kind, feature.key)


def walk(dataset: Dataset, visit: Visit, unkeyed: Unkeyed | None = None) -> Dataset:
    """Visit every record with translatable texts; return the dataset of the visits' results."""

    def children(key: Key, kind: str, child: str, records: tuple[R, ...]) -> tuple[R, ...]:
        out = []
        for record in records:
            ident = getattr(record, "id", "")
            if not ident:
                if unkeyed is not None:
                    unkeyed(record)
                out.append(record)
                continue
            out.append(visit((*key, child, ident), kind, record))
        return tuple(out)

    def item(kind: str, record: Any, *nested: str) -> Any:
        key = (kind, record.id)
        record = visit(key, KIND_OF_TABLE[_TABLE[type(record)]], record)
        for field in nested:
            child = "length" if field == "lengths" else field.rstrip("s")
            values = getattr(record, field)
            record = replace(record, **{field: children(key, kind, child, values)})
        return record

    overview = visit(("overview",), "overview", dataset.overview)
    overview = replace(
        overview,
        figures=children(("overview",), "overview", "figure", overview.figures),
        facts=children(("overview",), "overview", "fact", overview.facts),
    )
    memberships = []
    for membership in dataset.memberships:
        key = ("membership", membership.member, membership.organisation)
        membership = visit(key, "membership", membership)
        roles = []
        for role in children(key, "membership", "role", membership.roles):
            if role.id:  # an unkeyed role's confirmations have no key either
                role_key = (*key, "role", role.id)
                confirmed = children(role_key, "membership", "confirmed", role.confirmed)
                role = replace(role, confirmed=confirmed)
            roles.append(role)
        memberships.append(replace(membership, roles=tuple(roles)))
    return replace(
        dataset,
        sources=tuple(item("source", s) for s in dataset.sources),
        countries=tuple(item("country", c) for c in dataset.countries),
        overview=overview,
        totals=children((), "overview", "total", dataset.totals),
        segments=tuple(item("border", s, "lengths", "facts") for s in dataset.segments),
        organisations=tuple(
            item("organisation", o, "facts", "figures") for o in dataset.organisations
        ),
        memberships=tuple(memberships),
        people=tuple(item("person", p, "facts") for p in dataset.people),
        quotes=tuple(item("quote", q) for q in dataset.quotes),
        events=tuple(item("event", e, "facts") for e in dataset.events),
        topics=tuple(item("topic", t, "facts") for t in dataset.topics),
        places=tuple(item("place", p, "facts") for p in dataset.places),
        changes=children((), "change", "change", dataset.changes),
    )
