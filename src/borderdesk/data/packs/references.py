"""Check a data pack's references before building: every dangling one, with its JSON path."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from borderdesk.core.import_errors import Problem
from borderdesk.data.vocabulary import KAZAKHSTAN, LENGTH

_KINDS = {  # pack key -> the kind references use
    "segment": "border",
    "organisation": "organisation",
    "topic": "topic",
    "person": "person",
    "event": "event",
    "source": "source",
}


def _items(pack: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = pack.get(key, [])
    return value if isinstance(value, list) else []


def _ids(pack: Mapping[str, Any], key: str) -> set[str]:
    return {item["id"] for item in _items(pack, key)}


def reference_problems(pack: Mapping[str, Any]) -> list[Problem]:
    """Return every duplicate id and every reference that names nothing (schema already met)."""
    return sorted(set(_duplicates(pack)) | set(_dangling(pack)))


def _duplicates(pack: Mapping[str, Any]) -> Iterator[Problem]:
    for key in (*_KINDS, "country", "quote", "place"):
        seen: dict[str, int] = {}
        for n, item in enumerate(_items(pack, key)):
            ident = item["id"]
            if ident in seen:
                yield Problem(f"{key}[{n}].id", f"{ident!r} is also the id of {key}[{seen[ident]}]")
            seen.setdefault(ident, n)


Place = tuple[str | int, ...]  # a JSON path in parts: ("segment", 3, "length", 0, "source")


def _path(place: Place) -> str:
    """Return a place as the JSON path problems name (``segment[3].length[0].source``)."""
    text = ""
    for part in place:
        text = f"{text}[{part}]" if isinstance(part, int) else f"{text}.{part}" if text else part
    return text


def _sourced(pack: Mapping[str, Any]) -> Iterator[tuple[Place, str]]:
    """Yield (place, source id) of everything that rests on a source.

    A place is kept in parts: only one that names no source is written out as a path.
    """
    for key in ("figure", "fact", "total", "quote"):
        for n, item in enumerate(_items(pack, key)):
            yield (key, n, "source"), item["source"]
            if "from_source" in item or "until_source" in item:
                yield from _ends((key, n), item)
    for key, children in (
        ("segment", ("length", "fact")),
        ("organisation", ("fact", "figure")),
        ("person", ("fact",)),
        ("event", ("fact",)),
        ("topic", ("fact",)),
        ("place", ("fact",)),
    ):
        for n, item in enumerate(_items(pack, key)):
            yield from _ends((key, n), item)
            for child in children:
                for c, value in enumerate(item.get(child, [])):
                    yield (key, n, child, c, "source"), value["source"]
                    if "from_source" in value or "until_source" in value:
                        yield from _ends((key, n, child, c), value)
    for n, change in enumerate(_items(pack, "change")):
        for c, source in enumerate(change["sources"]):
            yield ("change", n, "sources", c), source
    for n, membership in enumerate(_items(pack, "membership")):
        for r, role in enumerate(membership["role"]):
            where = ("membership", n, "role", r)
            if "from_source" in role or "until_source" in role:
                yield from _ends(where, role)
            for c, confirmed in enumerate(role.get("confirmed", [])):
                yield (*where, "confirmed", c, "source"), confirmed["source"]
    for quantity, source in pack["defaults"].items():
        yield ("defaults", quantity), source


def _ends(where: Place, item: Mapping[str, Any]) -> Iterator[tuple[Place, str]]:
    """Yield the sources of a record's start and end, where it names them."""
    for key in ("from_source", "until_source"):
        if item.get(key):
            yield (*where, key), item[key]


def _dangling(pack: Mapping[str, Any]) -> Iterator[Problem]:
    ids = {kind: _ids(pack, key) for key, kind in _KINDS.items()}
    countries = _ids(pack, "country")
    sources = ids["source"]
    for where, source in _sourced(pack):
        if source not in sources:
            yield Problem(_path(where), f"names no source {source!r}")
    if KAZAKHSTAN not in countries:
        yield Problem("country", f"has no country {KAZAKHSTAN!r} (Kazakhstan)")
    neighbours: dict[str, int] = {}
    default_length = pack["defaults"].get(LENGTH, "")
    for n, segment in enumerate(_items(pack, "segment")):
        neighbour = segment["neighbour"]
        if neighbour not in countries or neighbour == KAZAKHSTAN:
            yield Problem(f"segment[{n}].neighbour", f"names no neighbour country {neighbour!r}")
        elif neighbour in neighbours:
            yield Problem(
                f"segment[{n}].neighbour",
                f"{neighbour!r} is also the neighbour of segment[{neighbours[neighbour]}]",
            )
        neighbours.setdefault(neighbour, n)
        for key, kind in (("topics", "topic"), ("events", "event")):
            for r, ref in enumerate(segment.get(key, [])):
                yield from _check_ref(f"segment[{n}].{key}[{r}]", ref, ids, kind)
        lengths = [x for x in segment.get("length", []) if x["source"] == default_length]
        if len(lengths) != 1:
            yield Problem(
                f"segment[{n}].length",
                f"needs exactly one length from the default "
                f"source {default_length!r}, has {len(lengths)}",
            )
    for n, organisation in enumerate(_items(pack, "organisation")):
        for key in ("predecessor", "successor"):
            other = organisation.get(key, "")
            if other and (other not in ids["organisation"] or other == organisation["id"]):
                yield Problem(f"organisation[{n}].{key}", f"names no other organisation {other!r}")
    for n, membership in enumerate(_items(pack, "membership")):
        if membership["member"] not in countries:
            yield Problem(
                f"membership[{n}].member", f"names no country or body {membership['member']!r}"
            )
        if membership["organisation"] not in ids["organisation"]:
            yield Problem(
                f"membership[{n}].organisation",
                f"names no organisation {membership['organisation']!r}",
            )
    for n, place in enumerate(_items(pack, "place")):
        if place["country"] not in countries:
            yield Problem(f"place[{n}].country", f"names no country {place['country']!r}")
    for n, quote in enumerate(_items(pack, "quote")):
        speaker = quote.get("speaker", "")
        if speaker and speaker not in ids["person"]:
            yield Problem(f"quote[{n}].speaker", f"names no person {speaker!r}")
        if not speaker and not quote.get("speaker_name", ""):
            yield Problem(f"quote[{n}]", "needs a 'speaker' or a 'speaker_name'")
    for key in ("quote", "event", "topic"):
        for n, item in enumerate(_items(pack, key)):
            for r, ref in enumerate(item.get("concerns", [])):
                yield from _check_ref(f"{key}[{n}].concerns[{r}]", ref, ids)


def _check_ref(
    where: str, ref: str, ids: Mapping[str, set[str]], kind: str = ""
) -> Iterator[Problem]:
    ref_kind, sep, ident = ref.partition(":")
    if not sep:
        ref_kind, ident = kind, ref
    if kind and ref_kind != kind:
        yield Problem(where, f"{ref!r} is not a {kind}")
    elif ref_kind not in ids or not ident:
        yield Problem(where, f"{ref!r} is not a reference like 'border:kz-ru'")
    elif ident not in ids[ref_kind]:
        yield Problem(where, f"{ref!r} names no {ref_kind}")
