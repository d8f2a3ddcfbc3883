"""The whole map drawn in a rectangle: sized by its width, kept inside it, in the theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

from borderdesk.core.sample import SampleService
from borderdesk.gui.style.theme import DARK, DEFAULT_THEME
from borderdesk.gui.views.map_paint import paint_map
from borderdesk.gui.views.map_projection import MapFrame, project
from borderdesk.gui.views.map_style import HALO_ALPHA, MapLook, backing, map_font, scale_for_width
from tests.gui.map_canvas import colour_at, painted


@pytest.mark.parametrize(
    ("width", "scale"), [(320, 0.75), (960, 0.75), (1280, 1.0), (2560, 2.0), (20000, 6.0)]
)
def test_type_and_pens_grow_with_the_width_within_bounds(width: float, scale: float) -> None:
    assert scale_for_width(QRectF(0, 0, width, 100)) == pytest.approx(scale)


def test_fonts_have_a_floor_and_backings_let_the_map_through(qapp: QApplication) -> None:
    assert map_font(2.2).pixelSize() == 6
    assert map_font(13.4, bold=True).pixelSize() == 13
    assert map_font(13.4, bold=True).bold()
    colour = backing(DARK, HALO_ALPHA)
    assert colour.alpha() == HALO_ALPHA
    assert colour.name() == QColor(DARK.panel).name()


def test_the_map_stays_inside_its_rectangle(qapp: QApplication) -> None:
    projected = project(SampleService().border_map())
    rect = QRectF(100, 80, 640, 360)
    outside = QColor("#FF00FF")
    look = MapLook(highlight="kz-cn", members=frozenset({"KZ"}), caption="Map data: sample")

    def draw(painter: QPainter) -> None:
        painter.fillRect(0, 0, 840, 520, outside)
        paint_map(painter, rect, projected, MapFrame(zoom=0.5), look, theme=DARK)

    image = painted(840, 520, draw)
    magenta = outside.name().upper()
    for x, y in [(99, 200), (741, 200), (400, 79), (400, 441), (5, 5), (835, 515)]:
        assert colour_at(image, x, y) == magenta, (x, y)
    assert colour_at(image, 101, 81) == DARK.water.upper()  # the sea, under the title's margin
    assert colour_at(image, 400, 81) == DARK.water.upper()


def test_a_style_scale_overrides_the_width(qapp: QApplication) -> None:
    projected = project(SampleService().border_map())
    rect = QRectF(0, 0, 640, 360)

    def draw(scale: float | None) -> set[tuple[int, int]]:
        image = painted(
            640,
            360,
            lambda p: paint_map(
                p, rect, projected, MapFrame(), MapLook(), theme=DEFAULT_THEME, style_scale=scale
            ),
        )
        return {
            (x, y)
            for y in range(0, 50)
            for x in range(0, 400)
            if image.pixelColor(x, y).lightness() < 128  # the title's dark ink
        }

    # The title in the top-left corner takes more room at twice the scale.
    assert len(draw(2.0)) > 2 * len(draw(None))
