"""Turn ``map_features`` rows into the frozen BorderMap the map view draws."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from borderdesk.core.model import (
    BorderMap,
    LonLat,
    MapArea,
    MapLength,
    MapLine,
    MapMeasure,
    MapOutline,
    MapPoint,
)
from borderdesk.data import convert
from borderdesk.data import models as orm
from borderdesk.data.localise import Wordings
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


def _levels(finest: Any, lod: Any, convert_one: Any) -> tuple[Any, ...]:
    """Return each coarser level's coordinates, a null standing for the finer level's."""
    levels = []
    previous = finest
    for level in lod:
        previous = previous if level is None else level
        levels.append(convert_one(previous))
    return tuple(levels)


def border_map(session: Session) -> BorderMap:
    """Return the bundled map; an empty one (no lines, no source) when the database has none."""
    features = session.scalars(
        select(MapFeature).options(selectinload(MapFeature.source)).order_by(MapFeature.position)
    ).all()
    names = {c.key: convert.title(c)[0] for c in session.scalars(select(orm.Country))}
    segment_names = {s.key: convert.title(s)[0] for s in session.scalars(select(orm.Segment))}
    kazakhstan = names.get(KAZAKHSTAN, "Kazakhstan")
    segments: list[MapLine] = []
    shore: list[MapLine] = []
    outlines: list[MapOutline] = []
    areas: list[MapArea] = []
    points: list[MapPoint] = []
    for f in features:
        coordinates = json.loads(f.coordinates)
        lod = json.loads(f.lod) if f.lod else []
        countries = tuple(f.countries.split())
        if f.kind == "segment":
            name = f"{kazakhstan}–{segment_names.get(f.key, f.key)}"
            segments.append(
                MapLine(
                    f.key,
                    f.name or name,
                    _line(coordinates),
                    countries,
                    lod=_levels(coordinates, lod, _line),
                )
            )
        elif f.kind == "shore":
            w = Wordings()
            name = w.text("name", *convert.at(f, "name"), f.name)
            shore.append(
                MapLine(
                    f.key,
                    name,
                    _line(coordinates),
                    countries,
                    wording=w.done(),
                    lod=_levels(coordinates, lod, _line),
                )
            )
        elif f.kind == "outline":
            outlines.append(
                MapOutline(
                    f.key,
                    names.get(f.key) or f.name or f.key,
                    f.role,
                    _rings(coordinates),
                    lod=_levels(coordinates, lod, _rings),
                    label=_point(json.loads(f.label)) if f.label else None,
                )
            )
        elif f.kind in ("sea", "lake", "disputed"):
            areas.append(
                MapArea(
                    f.key,
                    f.name,
                    f.kind,
                    _rings(coordinates),
                    _levels(coordinates, lod, _rings),
                    countries,
                    f.note,
                    convert.source_ref(f.source),
                )
            )
        else:
            w = Wordings()
            name = w.text("name", *convert.at(f, "name"), f.name)
            name = name or "–".join(names.get(c, c) for c in countries)
            if f.kind == "shore-end":
                name = f.name or f"{name}–Caspian shore"
            role = w.text("note", *convert.at(f, "role"), f.role) if f.kind == "city" else f.role
            points.append(
                MapPoint(
                    f.key,
                    name,
                    f.kind,
                    _point(coordinates),
                    countries,
                    role,
                    convert.source_ref(f.source),
                    wording=w.done(),
                )
            )
    line_sources = [f.source for f in features if f.kind in ("segment", "shore", "outline")]
    source = convert.source_ref(line_sources[0]) if line_sources else None
    scale = next((f.scale for f in features if f.scale), "")
    stored = session.get(Meta, "map_levels")
    levels = tuple(float(v) for v in json.loads(stored.value)) if stored else (0.0,)
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
