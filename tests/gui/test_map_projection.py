"""The map's projection and frame: features in km once, pixels and back, the fit and zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from borderdesk.core.geo import CENTRAL_ASIA, line_length_km
from borderdesk.core.model import BorderMap, MapLine, MapOutline
from borderdesk.core.sample import SampleService
from borderdesk.gui.views.map_projection import FIT_MARGIN, LABEL_AT, MapFrame, project

VIEW = QRectF(10, 20, 900, 600)


@pytest.fixture(scope="module")
def sample_map() -> BorderMap:
    return SampleService().border_map()


@pytest.mark.parametrize(
    ("zoom", "centre"), [(1.0, None), (3.5, QPointF(250, -400)), (0.5, QPointF(-900, 700))]
)
def test_pixels_and_km_make_a_round_trip(
    sample_map: BorderMap, zoom: float, centre: QPointF | None
) -> None:
    projected = project(sample_map)
    frame = MapFrame(zoom=zoom, centre=centre)
    for km in (QPointF(0, 0), QPointF(812.5, -377.25), QPointF(-1500, 1200)):
        back = frame.to_km(projected, VIEW, frame.to_pixels(projected, VIEW, km))
        assert back.x() == pytest.approx(km.x(), abs=1e-6)
        assert back.y() == pytest.approx(km.y(), abs=1e-6)


def test_the_centre_sits_mid_view_and_north_is_up(sample_map: BorderMap) -> None:
    projected = project(sample_map)
    frame = MapFrame(centre=QPointF(100, 200))
    assert frame.to_pixels(projected, VIEW, QPointF(100, 200)) == VIEW.center()
    north = frame.to_pixels(projected, VIEW, QPointF(100, 300))
    east = frame.to_pixels(projected, VIEW, QPointF(200, 200))
    assert north.y() < VIEW.center().y()
    assert north.x() == pytest.approx(VIEW.center().x())
    assert east.x() > VIEW.center().x()


def test_kazakhstan_fills_the_view_less_its_margin(sample_map: BorderMap) -> None:
    projected = project(sample_map)
    frame = MapFrame()
    bounds = projected.bounds
    top_left = frame.to_pixels(projected, VIEW, QPointF(bounds.left(), bounds.bottom()))
    bottom_right = frame.to_pixels(projected, VIEW, QPointF(bounds.right(), bounds.top()))
    drawn = QRectF(top_left, bottom_right)
    assert VIEW.contains(drawn)
    # The tighter of the two axes meets the margin exactly; the other has room to spare.
    usable = 1 - 2 * FIT_MARGIN
    assert drawn.width() <= VIEW.width() * usable + 1e-6
    assert drawn.height() <= VIEW.height() * usable + 1e-6
    assert max(drawn.width() / VIEW.width(), drawn.height() / VIEW.height()) == pytest.approx(
        usable
    )
    assert drawn.center().x() == pytest.approx(VIEW.center().x())
    assert drawn.center().y() == pytest.approx(VIEW.center().y())


def test_zoom_multiplies_the_scale(sample_map: BorderMap) -> None:
    projected = project(sample_map)
    assert MapFrame(zoom=2.5).scale(projected, VIEW) == pytest.approx(
        2.5 * MapFrame().scale(projected, VIEW)
    )


def test_a_polygon_is_its_points_in_pixels(sample_map: BorderMap) -> None:
    projected = project(sample_map)
    frame = MapFrame(zoom=2.0)
    line = projected.segments["kz-cn"]
    polygon = frame.polygon(projected, VIEW, line)
    assert [polygon.at(i) for i in range(polygon.count())] == [
        frame.to_pixels(projected, VIEW, p) for p in line
    ]


def test_every_feature_is_projected_once_with_its_length(sample_map: BorderMap) -> None:
    projected = project(sample_map)
    china = sample_map.segment("kz-cn")
    assert china is not None
    first = QPointF(*CENTRAL_ASIA.forward(*china.points[0]))
    assert projected.segments["kz-cn"][0] == first
    assert len(projected.segments["kz-cn"]) == len(china.points)
    assert projected.segment_names["kz-cn"] == "Kazakhstan–China"
    assert projected.measured_km["kz-cn"] == pytest.approx(line_length_km(china.points))
    assert len(projected.shore) == len(sample_map.shore)
    assert {key for key, *_ in projected.points} == {p.key for p in sample_map.points}


def test_names_go_where_they_are_told_else_at_the_mean_in_view() -> None:
    ring = ((60.0, 45.0), (70.0, 45.0), (70.0, 50.0), (60.0, 50.0))
    far = ((10.0, 10.0), (12.0, 10.0), (12.0, 12.0))
    border_map = BorderMap(
        segments=(MapLine("kz-ru", "Kazakhstan–Russia", ((60.0, 50.0), (70.0, 50.0))),),
        shore=(),
        outlines=(
            MapOutline("KZ", "Kazakhstan", "kazakhstan", (ring,)),
            MapOutline("XX", "Elsewhere", "context", (ring,)),
            MapOutline("FAR", "Far away", "context", (far,)),
        ),
        points=(),
        source=None,
        scale="1:110m",
    )
    projected = project(border_map)
    assert projected.labels["KZ"] == ("Kazakhstan", QPointF(*CENTRAL_ASIA.forward(*LABEL_AT["KZ"])))
    assert projected.labels["XX"] == ("Elsewhere", QPointF(*CENTRAL_ASIA.forward(65.0, 47.5)))
    assert "FAR" not in projected.labels  # none of its points in the map's window
    west, east = CENTRAL_ASIA.forward(60.0, 45.0), CENTRAL_ASIA.forward(70.0, 45.0)
    assert projected.bounds.left() == pytest.approx(min(west[0], east[0]))


def test_without_kazakhstan_the_view_fits_the_segments() -> None:
    line = ((55.0, 42.0), (80.0, 50.0))
    border_map = BorderMap(
        segments=(MapLine("kz-cn", "Kazakhstan–China", line),),
        shore=(),
        outlines=(),
        points=(),
        source=None,
        scale="1:110m",
    )
    projected = project(border_map)
    a, b = (QPointF(*CENTRAL_ASIA.forward(*p)) for p in line)
    assert projected.bounds == QRectF(a, b).normalized()
