"""The map's furniture: scale bar steps, the legend, the caption band and how it wraps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication

from borderdesk.core.geo import CENTRAL_ASIA
from borderdesk.core.sample import SampleService
from borderdesk.gui.style.theme import DEFAULT_THEME
from borderdesk.gui.views.map_furniture import (
    caption_font,
    caption_lift,
    legend_entries,
    nice_km,
    paint_furniture,
)
from borderdesk.gui.views.map_projection import MapFrame, project
from borderdesk.gui.views.map_style import MapLook
from tests.gui.map_canvas import colour_at, colours, painted

LONG = "Map data: " + "a source with a long name and an edition, " * 6


@pytest.mark.parametrize(
    ("target", "nice"),
    [(0.0, 0.0), (-3.0, 0.0), (0.3, 0.2), (7.0, 5.0), (10.0, 10.0), (250.0, 200.0), (999.0, 500.0)],
)
def test_the_scale_bar_takes_a_round_length(target: float, nice: float) -> None:
    assert nice_km(target) == pytest.approx(nice)


def test_the_legend_lists_only_what_is_drawn() -> None:
    projected = project(SampleService().border_map())
    plain = [text for *_, text in legend_entries(MapLook(), projected, DEFAULT_THEME)]
    marked = legend_entries(MapLook(highlight="kz-cn"), projected, DEFAULT_THEME)
    unknown = legend_entries(MapLook(highlight="kz-xx"), projected, DEFAULT_THEME)
    assert plain == ["Border segment (as in the chart)", "Caspian Sea shore"]
    assert [text for *_, text in marked][1] == "Selected segment"
    assert marked[1][0] == DEFAULT_THEME.highlight_fill
    assert len(unknown) == 2


def test_a_caption_wraps_by_whole_lines(qapp: QApplication) -> None:
    narrow = QRectF(0, 0, 400, 300)
    spacing = QFontMetricsF(caption_font(1.0)).lineSpacing()
    assert caption_lift(narrow, "", 1.0) == 0
    assert caption_lift(narrow, "Map data: Natural Earth", 1.0) == 0
    lift = caption_lift(narrow, LONG, 1.0)
    assert lift >= 2 * spacing
    assert lift / spacing == pytest.approx(round(lift / spacing))
    assert caption_lift(QRectF(0, 0, 4000, 300), LONG, 1.0) == 0


def test_the_caption_band_grows_upwards_with_the_lift(qapp: QApplication) -> None:
    projected = project(SampleService().border_map())
    view = QRectF(0, 0, 400, 300)
    ground = QColor("#FF00FF")  # a ground the band's backing visibly covers

    def band_rows(caption: str) -> int:
        lift = caption_lift(view, caption, 1.0)

        def draw(painter: QPainter) -> None:
            painter.fillRect(view, ground)
            paint_furniture(
                painter,
                view,
                projected,
                MapFrame(),
                MapLook(caption=caption),
                CENTRAL_ASIA,
                1.0,
                DEFAULT_THEME,
                lift,
            )

        image = painted(400, 300, draw)
        # At the right edge (no caption text there), count the rows the band covers.
        return sum(1 for y in range(300) if colour_at(image, 399, y) != ground.name().upper())

    one_line, wrapped = band_rows("Map data: Natural Earth"), band_rows(LONG)
    assert one_line == 20
    assert wrapped == pytest.approx(20 + caption_lift(view, LONG, 1.0), abs=1)


def test_the_furniture_is_drawn_in_the_themes_colours(qapp: QApplication) -> None:
    projected = project(SampleService().border_map())
    view = QRectF(0, 0, 640, 400)
    image = painted(
        640,
        400,
        lambda p: paint_furniture(
            p, view, projected, MapFrame(), MapLook(caption="x"), CENTRAL_ASIA, 1.0
        ),
    )
    found = colours(image)
    assert DEFAULT_THEME.text.upper() in found  # title, scale bar, north arrow
    assert DEFAULT_THEME.bar_fill.upper() in found  # the legend's line
