"""Map labels: names on halos kept wholly inside the view, never over one another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication

from borderdesk.data.store import open_store
from borderdesk.gui.style.theme import DEFAULT_THEME
from borderdesk.gui.views.map_labels import (
    boxed_text,
    city_label_places,
    halo_label,
    label_area,
    paint_country_names,
    place_label,
)
from borderdesk.gui.views.map_projection import MapFrame, project
from borderdesk.gui.views.map_style import map_font
from tests.gui.map_canvas import GROUND, colour_at, painted

INNER = QRectF(4, 4, 292, 172)


@pytest.fixture
def font(qapp: QApplication) -> QFont:
    return map_font(14)


def test_labels_keep_off_the_margin_and_the_caption_band() -> None:
    view = QRectF(0, 0, 1280, 720)
    assert label_area(view, 1.0) == QRectF(4, 4, 1272, 692)
    assert label_area(view, 2.0, lift=30) == QRectF(8, 8, 1264, 634)


def test_a_label_near_an_edge_moves_in_whole(font: QFont) -> None:
    taken: list[QRectF] = []
    image = painted(
        300,
        180,
        lambda p: halo_label(
            p, QPointF(295, 8), "Ust-Kamenogorsk", font, "#000000", INNER, DEFAULT_THEME, taken
        ),
    )
    assert len(taken) == 1
    box = taken[0]
    assert INNER.contains(box)
    assert box.right() == pytest.approx(INNER.right())
    assert box.top() == pytest.approx(INNER.top())
    assert box.width() == pytest.approx(QFontMetricsF(font).horizontalAdvance("Ust-Kamenogorsk"))
    assert any(colour_at(image, x, box.center().y()) == "#000000" for x in range(300))


def test_a_label_off_the_view_is_left_out(font: QFont) -> None:
    taken: list[QRectF] = []
    drawn: list[bool] = []
    image = painted(
        300,
        180,
        lambda p: drawn.append(
            halo_label(p, QPointF(900, 90), "Moscow", font, "#000000", INNER, DEFAULT_THEME, taken)
        ),
    )
    assert drawn == [False]
    assert taken == []
    assert colour_at(image, 290, 90) == GROUND


def test_a_label_takes_the_first_free_place_or_gives_way(font: QFont) -> None:
    first = QPointF(150, 60)
    taken: list[QRectF] = []

    def draw(painter: QPainter) -> None:
        assert halo_label(painter, first, "Astana", font, "#000000", INNER, DEFAULT_THEME, taken)
        places = [first, QPointF(150, 120)]
        place_label(painter, places, "Almaty", font, "#000000", INNER, DEFAULT_THEME, taken)
        place_label(painter, [first], "Taraz", font, "#000000", INNER, DEFAULT_THEME, taken)

    painted(300, 180, draw)
    assert len(taken) == 2  # Taraz had nowhere to go
    assert taken[1].center().x() == pytest.approx(150)
    assert not taken[0].intersects(taken[1])


def test_a_name_that_must_be_shown_is_drawn_even_over_another(font: QFont) -> None:
    at = QPointF(150, 60)
    taken: list[QRectF] = []

    def draw(painter: QPainter) -> None:
        halo_label(painter, at, "Kazakhstan", font, "#000000", INNER, DEFAULT_THEME, taken)
        place_label(
            painter,
            [at],
            "Russia",
            font,
            "#000000",
            INNER,
            DEFAULT_THEME,
            taken,
            always=True,
        )

    painted(300, 180, draw)
    assert len(taken) == 2
    assert taken[0].intersects(taken[1])


def test_a_city_name_goes_right_of_its_dot_first(font: QFont) -> None:
    dot = QPointF(100, 100)
    places = city_label_places(dot, "Almaty", font, 1.0)
    width = QFontMetricsF(font).horizontalAdvance("Almaty")
    right, left, above, below = places
    assert right.x() - width / 2 == pytest.approx(dot.x() + 6)  # starts 6 px right of the dot
    assert left.x() + width / 2 == pytest.approx(dot.x() - 6)
    assert above.x() == below.x() == dot.x()
    assert above.y() < dot.y() < below.y()


def test_every_country_name_drawn_lies_inside_the_view(qapp: QApplication) -> None:
    service = open_store()
    try:
        projected = project(service.border_map())
    finally:
        service.close()
    view = QRectF(0, 0, 640, 400)
    inner = label_area(view, 1.0)
    china = projected.labels["CN"][1]
    for frame in (MapFrame(), MapFrame(zoom=4.0), MapFrame(zoom=2.5, centre=china)):
        taken: list[QRectF] = []
        painted(
            640,
            400,
            lambda p, frame=frame, taken=taken: paint_country_names(
                p, view, projected, frame, DEFAULT_THEME, 1.0, inner, taken
            ),
        )
        assert taken, frame
        for box in taken:
            assert inner.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(box), (frame, box)
    # At the fit, Kazakhstan is named first, in capitals, at its place.
    taken = []
    painted(
        640,
        400,
        lambda p: paint_country_names(
            p, view, projected, MapFrame(), DEFAULT_THEME, 1.0, inner, taken
        ),
    )
    capitals = QFontMetricsF(map_font(13, bold=True)).horizontalAdvance("KAZAKHSTAN")
    assert taken[0].width() == pytest.approx(capitals)


def test_the_marker_label_flips_to_stay_in_view(qapp: QApplication) -> None:
    within = QRectF(0, 0, 400, 300)
    boxes: list[QRectF] = []
    painted(
        400,
        300,
        lambda p: boxes.extend(
            [
                boxed_text(
                    p, QPointF(50, 50), "Kazakhstan–China: map line 1,234 km", 13, 1, within
                ),
                boxed_text(p, QPointF(380, 280), "Kazakhstan–China", 13, 1, within),
            ]
        ),
    )
    roomy, cornered = boxes
    assert roomy.topLeft() == QPointF(50, 50)
    assert within.contains(cornered)
    assert cornered.right() == pytest.approx(380 - 24)  # flipped left of the marker
    assert cornered.bottom() == pytest.approx(280 - 24)  # and above it
