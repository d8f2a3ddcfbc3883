"""Projecting a level of the map: every line at once, each point where the projection puts it."""

from __future__ import annotations

from array import array

import pytest

from borderdesk.core.geo import CENTRAL_ASIA
from borderdesk.core.model import PackedLine
from borderdesk.data.store import open_store
from borderdesk.gui.views.map_projection import _polygons, project


def packed(points: list[tuple[float, float]]) -> PackedLine:
    return PackedLine(array("i", [round(v * PackedLine.SCALE) for p in points for v in p]))


def test_packed_lines_pairs_and_empty_lines_each_get_their_own_points_in_order() -> None:
    lines = [
        packed([(51.0, 46.5), (52.25, 47.0), (53.5, 46.0)]),
        [(80.0, 45.0), (81.5, 44.25)],  # given as pairs, between packed ones
        [],
        packed([(69.1, 41.3)]),
        packed([(87.0, 49.1), (86.0, 49.0), (85.5, 48.5), (85.0, 48.0)]),
        [(60.0, 55.0)],
    ]

    polygons = _polygons(lines, CENTRAL_ASIA)

    assert [p.count() for p in polygons] == [3, 2, 0, 1, 4, 1]
    for line, polygon in zip(lines, polygons, strict=True):
        for (lon, lat), point in zip(line, polygon, strict=True):
            x, y = CENTRAL_ASIA.forward(lon, lat)
            assert point.x() == pytest.approx(x, abs=1e-6)
            assert point.y() == pytest.approx(y, abs=1e-6)


def test_no_lines_or_only_empty_ones_give_empty_polygons() -> None:
    assert _polygons([], CENTRAL_ASIA) == []
    assert [p.count() for p in _polygons([[], packed([])], CENTRAL_ASIA)] == [0, 0]


def test_every_level_of_the_bundled_map_has_each_line_where_the_projection_puts_it() -> None:
    border_map = open_store().border_map()
    projected = project(border_map)
    for level in range(len(projected.levels)):
        layer = projected.layer(level)
        for outline, (key, _role, rings, bounds) in zip(
            border_map.outlines, layer.outlines, strict=True
        ):
            assert key == outline.key
            for ring, polygon in zip(outline.at_level(level), rings, strict=True):
                assert polygon.count() == len(ring)
                for index in (0, len(ring) // 2, len(ring) - 1):
                    x, y = CENTRAL_ASIA.forward(*ring[index])
                    assert polygon.at(index).x() == pytest.approx(x, abs=1e-6)
                    assert polygon.at(index).y() == pytest.approx(y, abs=1e-6)
                    assert bounds.contains(polygon.at(index))
        for segment in border_map.segments:
            line = segment.at_level(level)
            polygon = layer.segments[segment.key]
            assert polygon.count() == len(line)
            x, y = CENTRAL_ASIA.forward(*line[-1])
            assert polygon.at(len(line) - 1).x() == pytest.approx(x, abs=1e-6)
        assert [w.area.key for w in layer.waters] == [w.key for w in border_map.waters]
        assert [p.count() for p in layer.shore] == [
            len(s.at_level(level)) for s in border_map.shore
        ]
