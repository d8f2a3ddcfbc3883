"""Great-circle lengths and the map's projection, against known values and other formulas."""

from __future__ import annotations

import itertools
import math

import pytest

from borderdesk.core.geo import (
    CENTRAL_ASIA,
    EARTH_RADIUS_KM,
    LambertConformalConic,
    every_other,
    haversine_km,
    line_length_km,
)

ASTANA = (71.43, 51.13)
ALMATY = (76.95, 43.24)
MOSCOW = (37.62, 55.76)
BEIJING = (116.40, 39.90)


def vector_distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """An independent formula: the angle between the two points' unit vectors (atan2 form)."""

    def unit(lon: float, lat: float) -> tuple[float, float, float]:
        lo, la = math.radians(lon), math.radians(lat)
        return (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la))

    u, v = unit(*a), unit(*b)
    cross = (
        u[1] * v[2] - u[2] * v[1],
        u[2] * v[0] - u[0] * v[2],
        u[0] * v[1] - u[1] * v[0],
    )
    dot = sum(x * y for x, y in zip(u, v, strict=True))
    return EARTH_RADIUS_KM * math.atan2(math.hypot(*cross), dot)


def test_astana_to_almaty_is_about_970_km() -> None:
    assert haversine_km(ASTANA, ALMATY) == pytest.approx(970, abs=5)


@pytest.mark.parametrize(
    ("a", "b"), [(ASTANA, ALMATY), (MOSCOW, BEIJING), (ASTANA, MOSCOW), ((0, 0), (0.0001, 0))]
)
def test_haversine_agrees_with_the_vector_formula(
    a: tuple[float, float], b: tuple[float, float]
) -> None:
    assert haversine_km(a, b) == pytest.approx(vector_distance_km(a, b), rel=1e-9)


def test_moscow_to_beijing_is_about_5800_km() -> None:
    assert haversine_km(MOSCOW, BEIJING) == pytest.approx(5800, rel=0.01)


def test_a_line_is_the_sum_of_its_steps_and_fewer_points_make_it_shorter() -> None:
    zigzag = [(60.0 + i * 0.5, 45.0 + (0.3 if i % 2 else 0.0)) for i in range(11)]
    total = sum(haversine_km(a, b) for a, b in itertools.pairwise(zigzag))
    assert line_length_km(zigzag) == pytest.approx(total)
    coarser = every_other(zigzag)
    assert coarser[0] == zigzag[0]
    assert coarser[-1] == zigzag[-1]
    assert line_length_km(coarser) < line_length_km(zigzag)
    assert line_length_km([]) == 0
    assert line_length_km([ASTANA]) == 0


def test_every_other_keeps_both_ends_of_an_even_length_line() -> None:
    assert every_other([(0, 0), (1, 0), (2, 0), (3, 0)]) == ((0, 0), (2, 0), (3, 0))


def test_the_centre_maps_to_the_origin() -> None:
    x, y = CENTRAL_ASIA.forward(68.0, 48.0)
    assert (x, y) == pytest.approx((0.0, 0.0), abs=1e-9)


@pytest.mark.parametrize("point", [ASTANA, ALMATY, MOSCOW, BEIJING, (50.0, 40.0), (90.0, 56.0)])
def test_known_coordinates_round_trip(point: tuple[float, float]) -> None:
    assert CENTRAL_ASIA.inverse(*CENTRAL_ASIA.forward(*point)) == pytest.approx(point, abs=1e-9)


def test_north_is_up_and_east_is_right_on_the_central_meridian() -> None:
    north = CENTRAL_ASIA.forward(68.0, 52.0)
    east = CENTRAL_ASIA.forward(70.0, 48.0)
    assert north[0] == pytest.approx(0.0, abs=1e-9)
    assert north[1] > 0
    assert east[0] > 0


@pytest.mark.parametrize("parallel", [44.0, 52.0])
def test_distances_are_true_along_the_standard_parallels(parallel: float) -> None:
    # A short step along a standard parallel has its true length on the map (scale factor 1).
    a, b = (67.95, parallel), (68.05, parallel)
    (x0, y0), (x1, y1) = CENTRAL_ASIA.forward(*a), CENTRAL_ASIA.forward(*b)
    along_parallel = EARTH_RADIUS_KM * math.cos(math.radians(parallel)) * math.radians(0.1)
    assert math.hypot(x1 - x0, y1 - y0) == pytest.approx(along_parallel, rel=1e-6)


def test_snyder_worked_example_on_the_sphere() -> None:
    # Snyder (1987), p. 295: sphere R = 1, parallels 33 and 45 N, origin 23 N 96 W;
    # 35 N 75 W maps to x = 0.2966785, y = 0.2462112.
    projection = LambertConformalConic(-96.0, 23.0, 33.0, 45.0, radius_km=1.0)
    assert projection.forward(-75.0, 35.0) == pytest.approx((0.2966785, 0.2462112), abs=1e-6)
