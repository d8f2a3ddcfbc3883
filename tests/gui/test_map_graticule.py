"""The graticule: parallels and meridians every 5 degrees, labelled where they leave the view."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from borderdesk.core.geo import CENTRAL_ASIA
from borderdesk.core.sample import SampleService
from borderdesk.gui.style.theme import DEFAULT_THEME
from borderdesk.gui.views.map_graticule import (
    LONS,
    _meridian_line,
    edge_crossing,
    paint_graticule,
    paint_graticule_labels,
)
from borderdesk.gui.views.map_projection import MapFrame, Projected, project
from tests.gui.map_canvas import GROUND, colour_at, colours, painted

VIEW = QRectF(0, 0, 800, 500)


@pytest.fixture(scope="module")
def projected() -> Projected:
    return project(SampleService().border_map())


def test_a_parallel_is_found_where_it_meets_the_left_edge(projected: Projected) -> None:
    frame = MapFrame()
    at = edge_crossing(VIEW, projected, frame, CENTRAL_ASIA, lat=45)
    assert at is not None
    assert abs(at.x() - (VIEW.left() + 2)) < frame.scale(projected, VIEW) * 100  # within a degree
    # It is the 45th parallel: back in degrees, the latitude is 45.
    km = frame.to_km(projected, VIEW, at)
    assert CENTRAL_ASIA.inverse(km.x(), km.y())[1] == pytest.approx(45, abs=1e-6)


def test_a_meridian_is_found_where_it_meets_the_bottom_band(projected: Projected) -> None:
    frame = MapFrame()
    at = edge_crossing(VIEW, projected, frame, CENTRAL_ASIA, lon=70)
    lifted = edge_crossing(VIEW, projected, frame, CENTRAL_ASIA, lon=70, edge=VIEW.bottom() - 90)
    assert at is not None
    assert lifted is not None
    assert at.y() == pytest.approx(VIEW.bottom() - 30, abs=15)
    assert lifted.y() < at.y()  # the band moved up with the caption
    km = frame.to_km(projected, VIEW, at)
    assert CENTRAL_ASIA.inverse(km.x(), km.y())[0] == pytest.approx(70, abs=1e-6)


def test_a_line_out_of_view_has_no_crossing(projected: Projected) -> None:
    frame = MapFrame(zoom=8.0)  # Kazakhstan's middle only: the 25th parallel is far south
    assert edge_crossing(VIEW, projected, frame, CENTRAL_ASIA, lat=25) is None
    assert edge_crossing(VIEW, projected, frame, CENTRAL_ASIA, lon=20) is None


def test_the_lines_are_drawn_in_the_graticules_colour(
    qapp: QApplication, projected: Projected
) -> None:
    frame = MapFrame()
    image = painted(
        800,
        500,
        lambda p: paint_graticule(p, VIEW, projected, frame, CENTRAL_ASIA, 1.0, DEFAULT_THEME),
    )

    # Along the 70th meridian, dashes (a thin, antialiased pen: greyish, never the ground
    # throughout); halfway to the next meridian, away from the parallels, nothing.
    def pixels(lon: float) -> list[str]:
        lats = [lat / 4 for lat in range(160, 220) if abs(lat / 4 - 5 * round(lat / 20)) > 0.5]
        points = [QPointF(*CENTRAL_ASIA.forward(lon, lat)) for lat in lats]
        return [
            colour_at(image, at.x(), at.y())
            for at in (frame.to_pixels(projected, VIEW, p) for p in points)
        ]

    on_line = pixels(70)
    assert sum(colour != GROUND for colour in on_line) > len(on_line) / 3
    assert set(pixels(72.5)) == {GROUND}
    labels = painted(
        800,
        500,
        lambda p: paint_graticule_labels(p, VIEW, projected, frame, CENTRAL_ASIA, 1.0),
    )
    assert DEFAULT_THEME.graticule_label.upper() in colours(labels)  # the degrees' labels


@pytest.mark.parametrize("lon", list(LONS))
def test_a_meridian_drawn_from_end_to_end_runs_through_every_degree_of_it(lon: int) -> None:
    # Drawn as one step because the projection keeps meridians straight: every degree of the
    # meridian, 25 to 70 north, lies on that step (to a millionth of a km), in order.
    ends = _meridian_line(CENTRAL_ASIA, lon)
    assert ends.count() == 2
    a, b = ends.first(), ends.last()
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy)
    along = []
    for lat in range(25, 71):
        x, y = CENTRAL_ASIA.forward(lon, lat)
        assert abs((x - a.x()) * dy - (y - a.y()) * dx) / length < 1e-6
        along.append(((x - a.x()) * dx + (y - a.y()) * dy) / length)
    assert along[0] == pytest.approx(0, abs=1e-6)
    assert along[-1] == pytest.approx(length)
    assert along == sorted(along)
