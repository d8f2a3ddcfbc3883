"""Assemble the frozen BorderMap from a database's map features, however they were read.

The ORM reader (``map_records``) and the plain-SQL one (``map_listing``) each read the rows,
then hand them here, so both give the same map.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from borderdesk.core.language import Language
from borderdesk.core.model import (
    BorderMap,
    Fact,
    MapArea,
    MapLine,
    MapOutline,
    MapPoint,
    SourceRef,
)
from borderdesk.core.record import frozen
from borderdesk.data import map_decode as decode
from borderdesk.data.localise import Wordings
from borderdesk.data.vocabulary import KAZAKHSTAN

TABLE = "map_features"  # where a feature's translations are kept


@frozen
class FeatureRow:
    """One row of ``map_features``, its source already a citation."""

    id: int
    kind: str
    key: str
    name: str
    countries: str
    role: str
    coordinates: str
    lod: str
    label: str
    note: str
    scale: str
    source: SourceRef


@frozen
class MapNames:
    """What the features name: countries and borders (in the language read), cities' facts."""

    countries: Mapping[str, str]  # country key: its name
    segments: Mapping[str, str]  # border key: the neighbour's name
    place_facts: Mapping[str, tuple[Fact, ...]]  # city key: its facts in order


def _at(row: FeatureRow, column: str) -> tuple[str, int, str]:
    return TABLE, row.id, column


def assemble_map(
    features: Sequence[FeatureRow], found: MapNames, stored_levels: str | None
) -> BorderMap:
    """Return the map from its features in order; an empty one (no lines, no source) if none.

    ``stored_levels`` is the ``map_levels`` entry of ``meta`` (None when there is none).
    """
    names, segment_names = found.countries, found.segments
    kazakhstan = names.get(KAZAKHSTAN, "Kazakhstan")
    segments: list[MapLine] = []
    shore: list[MapLine] = []
    outlines: list[MapOutline] = []
    areas: list[MapArea] = []
    points: list[MapPoint] = []
    levels = tuple(float(v) for v in json.loads(stored_levels)) if stored_levels else (0.0,)
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
                    decode.line(json.loads(coordinates)),
                    countries,
                    lod=decode.levels(coordinates, lod, coarser, rings=False),
                )
            )
        elif f.kind == "shore":
            w = Wordings()
            name = w.text("name", *_at(f, "name"), f.name)
            shore.append(
                MapLine(
                    f.key,
                    name,
                    decode.line(json.loads(coordinates)),
                    countries,
                    wording=w.done(),
                    lod=decode.levels(coordinates, lod, coarser, rings=False),
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
                    decode.lazy(coordinates),
                    wording=w.done(),
                    lod=decode.levels(coordinates, lod, coarser, rings=True),
                    label=decode.point(json.loads(f.label)) if f.label else None,
                )
            )
        elif f.kind in ("sea", "lake", "disputed"):
            w = Wordings()
            areas.append(
                MapArea(
                    f.key,
                    w.text("name", *_at(f, "name"), f.name),
                    f.kind,
                    decode.lazy(coordinates),
                    decode.levels(coordinates, lod, coarser, rings=True),
                    countries,
                    w.text("note", *_at(f, "note"), f.note),
                    f.source,
                    wording=w.done(),
                )
            )
        else:
            w = Wordings()
            name = w.text("name", *_at(f, "name"), f.name)
            name = name or "–".join(names.get(c, c) for c in countries)
            if f.kind == "shore-end":
                name = f.name or f"{name}–Caspian shore"
            role = w.text("note", *_at(f, "role"), f.role) if f.kind == "city" else f.role
            facts = found.place_facts.get(f.key, ()) if f.kind == "city" else ()
            points.append(
                MapPoint(
                    f.key,
                    name,
                    f.kind,
                    decode.point(json.loads(coordinates)),
                    countries,
                    role,
                    f.source,
                    wording=w.done(),
                    names=tuple(x for x in facts if x.label == "name"),
                    roles=tuple(x for x in facts if x.label == "role"),
                )
            )
    line_sources = [f.source for f in features if f.kind in ("segment", "shore", "outline")]
    source = line_sources[0] if line_sources else None
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
