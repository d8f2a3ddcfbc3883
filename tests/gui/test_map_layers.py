"""The map's layers: land tinted for members, segments with the selection on top, points, marker."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

from borderdesk.core.model import BorderMap
from borderdesk.core.sample import SampleService
from borderdesk.gui.style.theme import DARK, DEFAULT_THEME
from borderdesk.gui.views.map_labels import label_area
from borderdesk.gui.views.map_layers import (
    midpoint,
    paint_land,
    paint_marker,
    paint_points,
    paint_segments,
    paint_shore,
)
from borderdesk.gui.views.map_projection import MapFrame, Projected, project
from borderdesk.gui.views.map_style import MapLook
from tests.gui.map_canvas import GROUND, colour_at, colours, painted

VIEW = QRectF(0, 0, 640, 400)


@pytest.fixture(scope="module")
def sample_map() -> BorderMap:
    return SampleService().border_map()


@pytest.fixture
def projected(qapp: QApplication, sample_map: BorderMap) -> Projected:
    return project(sample_map)


def _at(projected: Projected, km: QPointF) -> QPointF:
    return MapFrame().to_pixels(projected, VIEW, km)


def test_midpoint_is_halfway_along_the_line_not_the_middle_point() -> None:
    line = [QPointF(0, 0), QPointF(10, 0), QPointF(10, 30)]  # 40 long: halfway is at (10, 10)
    assert midpoint(line) == QPointF(10, 10)
    assert midpoint([QPointF(5, 5), QPointF(5, 5)]) == QPointF(5, 5)  # no length at all


def test_land_is_filled_and_members_tinted_and_hatched(projected: Projected) -> None:
    inside = _at(projected, projected.labels["KZ"][1])

    def land(members: frozenset[str]) -> set[str]:
        image = painted(
            640,
            400,
            lambda p: paint_land(p, VIEW, projected, MapFrame(), members, DEFAULT_THEME, 1.0),
        )
        box = [(inside.x() + dx, inside.y() + dy) for dx in range(-12, 13) for dy in range(-12, 13)]
        return {colour_at(image, x, y) for x, y in box}

    plain, member = land(frozenset()), land(frozenset({"KZ"}))
    assert plain == {DEFAULT_THEME.kazakhstan_fill.upper()}
    assert DEFAULT_THEME.member_fill.upper() in member
    assert len(member) > 2  # the hatching's lines run across the tint
    assert DEFAULT_THEME.kazakhstan_fill.upper() not in member


def test_the_selected_segment_is_drawn_on_top_in_the_highlight(projected: Projected) -> None:
    image = painted(
        640,
        400,
        lambda p: paint_segments(p, VIEW, projected, MapFrame(), "kz-cn", DEFAULT_THEME, 1.0),
    )
    # Where Kazakhstan–China meets Kazakhstan–Russia (their shared end), the selected one wins.
    corner = _at(projected, projected.segments["kz-cn"][0])
    china = _at(projected, midpoint(projected.segments["kz-cn"]))
    russia = _at(projected, midpoint(projected.segments["kz-ru"]))
    assert colour_at(image, corner.x(), corner.y()) == DEFAULT_THEME.highlight_fill.upper()
    assert colour_at(image, china.x(), china.y()) == DEFAULT_THEME.highlight_fill.upper()
    assert colour_at(image, russia.x(), russia.y()) == DEFAULT_THEME.bar_fill.upper()


def test_the_shore_is_drawn_in_the_seas_colour(projected: Projected) -> None:
    # Pure red for the sea's name, so its antialiased glyphs are told from the blue shore.
    theme = dataclasses.replace(DARK, sea_label="#FF0000")
    image = painted(640, 400, lambda p: paint_shore(p, VIEW, projected, MapFrame(), theme, 1.0))
    middle = _at(projected, midpoint(projected.shore[0]))
    assert DARK.sea.upper() in {
        colour_at(image, middle.x() + dx, middle.y()) for dx in range(-3, 4)
    }
    reddish = [
        (x, y)
        for y in range(400)
        for x in range(640)
        if (c := image.pixelColor(x, y)).red() - c.green() > 100 and c.red() - c.blue() > 100
    ]
    assert len(reddish) > 20  # the sea's name ...
    assert all(x < middle.x() and abs(y - middle.y()) < 20 for x, y in reddish)  # ... left of it


def test_tripoints_are_white_diamonds_and_cities_dots(projected: Projected) -> None:
    inner = label_area(VIEW, 1.0)
    taken: list[QRectF] = []
    image = painted(
        640,
        400,
        lambda p: paint_points(p, VIEW, projected, MapFrame(), DEFAULT_THEME, 1.0, inner, taken),
    )
    for key, name, kind, where in projected.points:
        at = _at(projected, where)
        expected = DEFAULT_THEME.text if kind == "city" else "#FFFFFF"
        assert colour_at(image, at.x(), at.y()) == expected.upper(), name
        if kind != "city":
            edge = [QColor(colour_at(image, at.x() + dx, at.y() + 3)) for dx in range(-3, 4)]
            assert min(c.lightness() for c in edge) < 100, key  # the diamond's black edge
    assert len(taken) == 1  # Astana's name, right of its dot
    astana = _at(projected, next(w for k, _n, _k, w in projected.points if k == "astana"))
    assert taken[0].left() > astana.x()


def test_the_marker_is_only_drawn_for_a_segment_on_the_map(projected: Projected) -> None:
    def marked(highlight: str | None) -> set[str]:
        look = MapLook(highlight=highlight)

        def draw(painter: QPainter) -> None:
            paint_marker(painter, VIEW, projected, MapFrame(), look, DEFAULT_THEME, 1.0, VIEW)

        return colours(painted(640, 400, draw))

    assert marked(None) == {GROUND}
    assert marked("kz-nowhere") == {GROUND}
    ringed = marked("kz-uz")
    assert DEFAULT_THEME.highlight_fill.upper() in ringed
    assert DEFAULT_THEME.highlight_edge.upper() in ringed  # the ring and the box's frame
    assert len(ringed) > 10  # and the name's antialiased text
