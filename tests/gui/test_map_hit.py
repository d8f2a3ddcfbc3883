"""Hit-testing the map: the segment nearest the pointer, within reach, and its hover text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from borderdesk.core.geo import CENTRAL_ASIA
from borderdesk.core.model import BorderMap, MapLine
from borderdesk.gui.views.map_hit import HIT_PX, distance_to_segment, hover_text, nearest_segment
from borderdesk.gui.views.map_projection import MapFrame, Projected, project

VIEW = QRectF(0, 0, 800, 600)


def _projected() -> Projected:
    """Return two parallel east-west lines 100 km apart and a short diagonal one."""
    segments = {
        "north": [QPointF(-500, 100), QPointF(0, 100), QPointF(500, 100)],
        "south": [QPointF(-500, 0), QPointF(500, 0)],
        "stub": [QPointF(-50, -300), QPointF(50, -200)],
    }
    names = {"north": "Kazakhstan–North", "south": "Kazakhstan–South", "stub": "Stub"}
    lines = tuple(
        MapLine(key, names[key], tuple(CENTRAL_ASIA.inverse(p.x(), p.y()) for p in points))
        for key, points in segments.items()
    )
    return project(BorderMap(lines, (), (), (), None, "test"))


def _pixel(projected: Projected, frame: MapFrame, x_km: float, y_km: float) -> QPointF:
    return frame.to_pixels(projected, VIEW, QPointF(x_km, y_km))


def test_the_nearest_line_is_picked() -> None:
    projected, frame = _projected(), MapFrame()
    between = _pixel(projected, frame, 100, 50)  # halfway: 100 km apart is many pixels
    per_km = frame.scale(projected, VIEW)
    near_north = QPointF(between.x(), _pixel(projected, frame, 0, 100).y() + 3)
    near_south = QPointF(between.x(), _pixel(projected, frame, 0, 0).y() - 5)
    assert 100 * per_km > 2 * HIT_PX
    assert nearest_segment(projected, frame, VIEW, near_north) == "north"
    assert nearest_segment(projected, frame, VIEW, near_south) == "south"
    assert nearest_segment(projected, frame, VIEW, between) is None  # out of reach of both


def test_reach_decides_and_the_closer_of_two_wins() -> None:
    projected, frame = _projected(), MapFrame(zoom=0.05)  # the lines a few pixels apart
    north = _pixel(projected, frame, 0, 100)
    south = _pixel(projected, frame, 0, 0)
    gap = south.y() - north.y()
    assert 0 < gap < HIT_PX
    just_below_north = QPointF(north.x(), north.y() + gap * 0.3)
    assert nearest_segment(projected, frame, VIEW, just_below_north) == "north"
    assert nearest_segment(projected, frame, VIEW, just_below_north, reach=0.1) is None


def test_a_point_past_the_end_of_a_line_is_measured_to_its_end() -> None:
    a, b = QPointF(0, 0), QPointF(10, 0)
    assert distance_to_segment(QPointF(5, 3), a, b) == pytest.approx(3)
    assert distance_to_segment(QPointF(13, 4), a, b) == pytest.approx(5)
    assert distance_to_segment(QPointF(-6, -8), a, b) == pytest.approx(10)
    assert distance_to_segment(QPointF(3, 4), a, a) == pytest.approx(5)  # a line of no length


def test_hover_names_the_published_length_never_the_map_line() -> None:
    projected = _projected()
    published = {"north": (1533.0, "Article (c. 2012)")}
    assert hover_text("north", projected, published) == (
        "Kazakhstan–North: 1,533 km (Article (c. 2012))"
    )
    assert hover_text("south", projected, published) == "Kazakhstan–South"
