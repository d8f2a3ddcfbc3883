"""Turn ``map_features`` rows into the frozen BorderMap the map view draws."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from borderdesk.core.geo import every_other, line_length_km
from borderdesk.core.model import (
    BorderMap,
    LonLat,
    MapLine,
    MapMeasure,
    MapOutline,
    MapPoint,
)
from borderdesk.data import convert
from borderdesk.data import model_rows as rows
from borderdesk.data import models as orm
from borderdesk.data.localise import Wordings
from borderdesk.data.map_rows import MapFeature
from borderdesk.data.vocabulary import KAZAKHSTAN


def _point(value: Any) -> LonLat:
    lon, lat = value
    return float(lon), float(lat)


def _line(value: Any) -> tuple[LonLat, ...]:
    return tuple(_point(p) for p in value)


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
    points: list[MapPoint] = []
    for f in features:
        coordinates = json.loads(f.coordinates)
        countries = tuple(f.countries.split())
        if f.kind == "segment":
            name = f"{kazakhstan}–{segment_names.get(f.key, f.key)}"
            segments.append(MapLine(f.key, f.name or name, _line(coordinates), countries))
        elif f.kind == "shore":
            w = Wordings()
            name = w.text("name", *convert.at(f, "name"), f.name)
            shore.append(MapLine(f.key, name, _line(coordinates), countries, wording=w.done()))
        elif f.kind == "outline":
            rings = tuple(_line(ring) for ring in coordinates)
            outlines.append(MapOutline(f.key, f.name or names.get(f.key, f.key), f.role, rings))
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
                    _point(coordinates),
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
    return BorderMap(tuple(segments), tuple(shore), tuple(outlines), tuple(points), source, scale)


def map_measure(session: Session, key: str) -> MapMeasure | None:
    """Return a border's length along the map line, or None when the map has no such line."""
    feature = session.scalars(
        select(MapFeature).where(MapFeature.kind == "segment", MapFeature.key == key)
    ).one_or_none()
    if feature is None:
        return None
    points = _line(json.loads(feature.coordinates))
    coarser = every_other(points)
    return MapMeasure(
        length_km=line_length_km(points),
        coarser_km=line_length_km(coarser),
        points=len(points),
        coarser_points=len(coarser),
        source=convert.source_ref(feature.source),
        scale=feature.scale,
    )
