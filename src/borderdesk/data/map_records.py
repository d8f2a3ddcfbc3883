"""Turn ``map_features`` rows into the frozen BorderMap the map view draws."""

from __future__ import annotations

import functools
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from borderdesk.core.language import Language
from borderdesk.core.model import (
    BorderMap,
    Decoded,
    LonLat,
    MapArea,
    MapLength,
    MapLine,
    MapMeasure,
    MapOutline,
    MapPoint,
)
from borderdesk.data import convert
from borderdesk.data import model_rows as rows
from borderdesk.data import models as orm
from borderdesk.data.localise import Wordings
from borderdesk.data.map_packing import unpack
from borderdesk.data.map_rows import MapFeature, MapLengthRow
from borderdesk.data.model_rows import Meta
from borderdesk.data.vocabulary import KAZAKHSTAN

Rings = tuple[tuple[LonLat, ...], ...]


def _point(value: Any) -> LonLat:
    lon, lat = value
    return float(lon), float(lat)


def _line(value: Any) -> tuple[LonLat, ...]:
    return tuple(_point(p) for p in value)


def _rings(value: Any) -> Rings:
    return tuple(_line(ring) for ring in value)


def _lazy(text: str) -> Decoded[Any]:
    """Return packed rings, unpacked the first time they are read."""
    return Decoded(lambda: unpack(text))


def _levels(finest: str, lod: str, count: int, *, rings: bool) -> tuple[Any, ...]:
    """Return each coarser level's coordinates, each decoded when first read.

    The stored text is a list of JSON texts, one per level, so only the level read is parsed;
    a null stands for the finer level's coordinates.
    """
    if lod in ("", "[]"):
        return ()
    cache: dict[str, list[Any]] = {}

    def level(n: int) -> Any:
        if "levels" not in cache:
            cache["levels"] = json.loads(lod)
        # A null stands for the finer level: the nearest stored level at or above n.
        stored = next((item for item in reversed(cache["levels"][: n + 1]) if item), None)
        if stored is not None:
            return unpack(stored)
        return unpack(finest) if rings else _line(json.loads(finest))

    return tuple(Decoded(functools.partial(level, n)) for n in range(count))


def border_map(session: Session) -> BorderMap:
    """Return the bundled map; an empty one (no lines, no source) when the database has none."""
    features = session.scalars(
        select(MapFeature).options(selectinload(MapFeature.source)).order_by(MapFeature.position)
    ).all()
    names = {c.key: convert.title(c)[0] for c in session.scalars(select(orm.Country))}
    places = {p.key: p for p in session.scalars(select(rows.Place))}
    segment_names = {s.key: convert.title(s)[0] for s in session.scalars(select(orm.Segment))}
    kazakhstan = names.get(KAZAKHSTAN, "Kazakhstan")
    segments: list[MapLine] = []
    shore: list[MapLine] = []
    outlines: list[MapOutline] = []
    areas: list[MapArea] = []
    points: list[MapPoint] = []
    stored = session.get(Meta, "map_levels")
    levels = tuple(float(v) for v in json.loads(stored.value)) if stored else (0.0,)
    coarser = len(levels) - 1
    for f in features:
        coordinates, lod = f.coordinates, f.lod or "[]"
        countries = tuple(f.countries.split())
        if f.kind == "segment":
            name = f"{kazakhstan}–{segment_names.get(f.key, f.key)}"
            segments.append(
                MapLine(
                    f.key,
                    f.name or name,
                    _line(json.loads(coordinates)),
                    countries,
                    lod=_levels(coordinates, lod, coarser, rings=False),
                )
            )
        elif f.kind == "shore":
            w = Wordings()
            name = w.text("name", *convert.at(f, "name"), f.name)
            shore.append(
                MapLine(
                    f.key,
                    name,
                    _line(json.loads(coordinates)),
                    countries,
                    wording=w.done(),
                    lod=_levels(coordinates, lod, coarser, rings=False),
                )
            )
        elif f.kind == "outline":
            w = Wordings()
            if f.key not in names:  # a country only the map draws: its name is the English
                w.keep("name", Language.EN)
            outlines.append(
                MapOutline(
                    f.key,
                    names.get(f.key) or f.name or f.key,
                    f.role,
                    _lazy(coordinates),
                    wording=w.done(),
                    lod=_levels(coordinates, lod, coarser, rings=True),
                    label=_point(json.loads(f.label)) if f.label else None,
                )
            )
        elif f.kind in ("sea", "lake", "disputed"):
            w = Wordings()
            areas.append(
                MapArea(
                    f.key,
                    w.text("name", *convert.at(f, "name"), f.name),
                    f.kind,
                    _lazy(coordinates),
                    _levels(coordinates, lod, coarser, rings=True),
                    countries,
                    w.text("note", *convert.at(f, "note"), f.note),
                    convert.source_ref(f.source),
                    wording=w.done(),
                )
            )
        else:
            w = Wordings()
            name = w.text("name", *convert.at(f, "name"), f.name)
            name = name or "–".join(names.get(c, c) for c in countries)
            if f.kind == "shore-end":
                name = f.name or f"{name}–Caspian shore"
            role = w.text("note", *convert.at(f, "role"), f.role) if f.kind == "city" else f.role
            place = places.get(f.key) if f.kind == "city" else None
            facts = place.facts if place is not None else []
            points.append(
                MapPoint(
                    f.key,
                    name,
                    f.kind,
                    _point(json.loads(coordinates)),
                    countries,
                    role,
                    convert.source_ref(f.source),
                    wording=w.done(),
                    names=convert.facts(x for x in facts if x.label == "name"),
                    roles=convert.facts(x for x in facts if x.label == "role"),
                )
            )
    line_sources = [f.source for f in features if f.kind in ("segment", "shore", "outline")]
    source = convert.source_ref(line_sources[0]) if line_sources else None
    scale = next((f.scale for f in features if f.scale), "")
    return BorderMap(
        tuple(segments),
        tuple(shore),
        tuple(outlines),
        tuple(points),
        source,
        scale,
        waters=tuple(a for a in areas if a.kind != "disputed"),
        disputed=tuple(a for a in areas if a.kind == "disputed"),
        levels=levels,
    )


def map_measure(session: Session, key: str) -> MapMeasure | None:
    """Return a border's lengths measured on the map lines, or None when there are none."""
    rows = session.scalars(
        select(MapLengthRow)
        .options(selectinload(MapLengthRow.source))
        .where(MapLengthRow.segment == key)
        .order_by(MapLengthRow.id)
    ).all()
    if not rows:
        return None
    lengths = [
        MapLength(r.scale, r.detail_km, r.points, r.length_km, convert.source_ref(r.source))
        for r in rows
    ]
    return MapMeasure(tuple(sorted(lengths, key=lambda m: (m.points, m.length_km))))
