"""Hatching: 45-degree lines cut at the rings' edges and the view, drawn in the bars' ink."""

from __future__ import annotations

import itertools
import math

import pytest
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QApplication

from borderdesk.gui.style.theme import DEFAULT_THEME, THEMES, Theme
from borderdesk.gui.views.map_hatch import (
    HATCH_INK_ALPHA,
    HATCH_STEP,
    hatch_ink,
    hatch_polygons,
    hatch_segments,
)
from tests.gui.map_canvas import GROUND, colour_at, painted

TRIANGLE = QPolygonF([QPointF(0, 0), QPointF(120, 0), QPointF(0, 120)])
WIDE = QRectF(-50, -50, 400, 400)


def _distance_to_edge(point: QPointF, a: QPointF, b: QPointF) -> float:
    line = QLineF(a, b)
    cross = (b.x() - a.x()) * (point.y() - a.y()) - (b.y() - a.y()) * (point.x() - a.x())
    return abs(cross) / line.length()


def test_each_line_ends_on_the_rings_edge() -> None:
    lines = hatch_segments([TRIANGLE], WIDE, 10.0)
    assert len(lines) == 23  # x - y = c for c in -110 .. 110 in steps of 10
    corners = [TRIANGLE.at(i) for i in range(3)]
    edges = list(zip(corners, [*corners[1:], corners[0]], strict=True))
    for line in lines:
        for end in (line.p1(), line.p2()):
            assert min(_distance_to_edge(end, a, b) for a, b in edges) < 1e-6
        assert TRIANGLE.containsPoint(line.center(), Qt.FillRule.OddEvenFill)


def test_lines_are_a_step_apart_at_45_degrees() -> None:
    lines = hatch_segments([TRIANGLE], WIDE, 10.0)
    offsets = sorted(line.x1() - line.y1() for line in lines)
    gaps = {round(b - a, 6) for a, b in itertools.pairwise(offsets)}
    assert gaps == {10.0}
    assert all(math.isclose(line.dx(), line.dy(), abs_tol=1e-9) for line in lines)


def test_the_view_cuts_the_lines() -> None:
    view = QRectF(0, 0, 40, 40)
    lines = hatch_segments([TRIANGLE], view, 10.0)
    assert lines
    for line in lines:
        for end in (line.p1(), line.p2()):
            assert view.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(end)


@pytest.mark.parametrize(
    ("polygons", "step"), [([], 10.0), ([QPolygonF()], 10.0), ([TRIANGLE], 0.0)]
)
def test_nothing_to_hatch_gives_no_lines(polygons: list[QPolygonF], step: float) -> None:
    assert hatch_segments(polygons, WIDE, step) == []


def test_hatching_is_drawn_inside_the_ring_only(qapp: QApplication) -> None:
    square = QPolygonF([QPointF(40, 40), QPointF(160, 40), QPointF(160, 160), QPointF(40, 160)])
    view = QRectF(0, 0, 200, 200)
    image = painted(200, 200, lambda p: hatch_polygons(p, [square], view, DEFAULT_THEME, 1.0))
    inked = {(x, y) for y in range(200) for x in range(200) if colour_at(image, x, y) != GROUND}
    # Nothing outside the square and its edge (2.2 px wide at this size) ...
    assert all(37 <= x <= 163 and 37 <= y <= 163 for x, y in inked)
    assert (40, 100) in inked  # the edge, drawn thicker
    # ... and across the inside a hatching line every HATCH_STEP pixels.
    row = [(x, 100) in inked for x in range(45, 156)]
    runs = sum(1 for a, b in zip([False, *row], row, strict=False) if b and not a)
    assert runs == pytest.approx(110 / HATCH_STEP, abs=1.5)


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_the_hatching_looks_as_its_ink_let_through_onto_the_members_fill(
    qapp: QApplication, theme: Theme
) -> None:
    # The ink is mixed beforehand (opaque), so a PDF strokes each line as a line; on the
    # member's fill it must look as the edge colour at HATCH_INK_ALPHA did.
    assert QColor(hatch_ink(theme)).alpha() == 255
    see_through = QColor(theme.member_edge)
    see_through.setAlpha(HATCH_INK_ALPHA)
    line = [QLineF(10, 90, 90, 10)]

    def with_ink(ink: QColor | str) -> QImage:
        def draw(painter: QPainter) -> None:
            painter.fillRect(QRectF(0, 0, 100, 100), QColor(theme.member_fill))
            painter.setPen(QPen(QColor(ink), 3.0))
            painter.drawLines(line)

        return painted(100, 100, draw)

    mixed, let_through = with_ink(hatch_ink(theme)), with_ink(see_through)
    for x in range(0, 100, 3):
        for y in range(0, 100, 3):
            a, b = mixed.pixelColor(x, y), let_through.pixelColor(x, y)
            assert abs(a.red() - b.red()) <= 2, (x, y)
            assert abs(a.green() - b.green()) <= 2, (x, y)
            assert abs(a.blue() - b.blue()) <= 2, (x, y)
    assert mixed.pixelColor(50, 50) != QColor(theme.member_fill)  # on the line
