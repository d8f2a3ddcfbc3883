"""Turn ``map_features`` rows into the frozen BorderMap the map view draws."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from borderdesk.core.model import BorderMap, MapLength, MapMeasure
from borderdesk.data import convert
from borderdesk.data import model_rows as rows
from borderdesk.data import models as orm
from borderdesk.data.map_assembly import FeatureRow, MapNames, assemble_map
from borderdesk.data.map_rows import MapFeature, MapLengthRow
from borderdesk.data.model_rows import Meta


def border_map(session: Session) -> BorderMap:
    """Return the bundled map; an empty one (no lines, no source) when the database has none."""
    features = session.scalars(
        select(MapFeature).options(selectinload(MapFeature.source)).order_by(MapFeature.position)
    ).all()
    names = {c.key: convert.title(c)[0] for c in session.scalars(select(orm.Country))}
    facts = {p.key: convert.facts(p.facts) for p in session.scalars(select(rows.Place))}
    segment_names = {s.key: convert.title(s)[0] for s in session.scalars(select(orm.Segment))}
    stored = session.get(Meta, "map_levels")
    return assemble_map(
        [
            FeatureRow(
                f.id,
                f.kind,
                f.key,
                f.name,
                f.countries,
                f.role,
                f.coordinates,
                f.lod,
                f.label,
                f.note,
                f.scale,
                convert.source_ref(f.source),
            )
            for f in features
        ],
        MapNames(names, segment_names, facts),
        stored.value if stored else None,
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
