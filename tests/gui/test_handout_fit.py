"""Fitting a handout to its page: placed top-down, inside the margins; the visual, then
points, then type give way; a page that cannot fit is refused."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

from borderdesk.core.handout import (
    Cited,
    Handout,
    HandoutError,
    HandoutSet,
    Visual,
    build_handout_set,
)
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.paper import PaperSize
from borderdesk.core.sample import SampleService
from borderdesk.gui.qtapp import load_bundled_font
from borderdesk.gui.render.handout_fit import (
    BESIDE_RATIO,
    MIN_VISUAL,
    NOTE_TITLE,
    VISUAL_RATIO,
    HandoutFitter,
)
from borderdesk.gui.render.handout_page import FRAME, Painter, content_rect, page_rect
from tests.gui.map_canvas import colour_at, painted

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CSTO = ItemRef(ItemKind.ORGANISATION, "csto")
STAND_IN = "#FF00FF"
LONG_POINT = "the border runs along rivers, steppe and mountain ridges, demarcated in stages. " * 3


@pytest.fixture(scope="module")
def family(qapp: QApplication) -> str:
    return load_bundled_font()


def book(*refs: ItemRef) -> HandoutSet:
    return build_handout_set(SampleService(), refs, version="0.1.0", printed=date(2026, 5, 4))


class StandIn:
    """Draw a flat rectangle where the chart or map goes, and record what was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[ItemRef, QRectF, Visual]] = []

    def __call__(self, handout: Handout, rect: QRectF, visual: Visual) -> Painter:
        self.asked.append((handout.ref, rect, visual))
        return lambda painter: painter.fillRect(rect, QColor(STAND_IN))


def crowded(handouts: HandoutSet, extra: int) -> HandoutSet:
    """Return the set with three long points and its first figure repeated ``extra`` more times."""
    (handout,) = handouts.handouts
    figures = handout.figures + handout.figures[:1] * extra
    points = tuple(Cited(f"Point {n}: " + LONG_POINT, handout.figures[0].source) for n in (1, 2, 3))
    crowd = dataclasses.replace(handout, figures=figures, points=points)
    return dataclasses.replace(handouts, handouts=(crowd,))


@pytest.mark.parametrize("paper", list(PaperSize))
def test_a_page_is_placed_top_down_inside_its_margins(family: str, paper: PaperSize) -> None:
    stand_in = StandIn()
    handouts = book(RUSSIA, CSTO)
    fitter = HandoutFitter(handouts, paper, family, stand_in)
    inside = content_rect(paper).adjusted(-0.5, -0.5, 0.5, 0.5)
    for index, handout in enumerate(handouts.handouts):
        page = fitter.layout(index)
        names = page.names()
        assert names[:3] == ["kicker", "title", "subtitle"] or names[:2] == ["kicker", "title"]
        assert names[-1] == "footer"
        assert page.rect_of("footer").bottom() == pytest.approx(content_rect(paper).bottom())
        for item in page.items:
            assert inside.contains(item.rect), (item.name, item.rect)
        drawn = [i for i in page.items if i.rect.height() > 0 and not i.name.startswith("bullet")]
        for a, b in itertools.combinations(drawn, 2):
            assert not a.rect.intersected(b.rect).height() > 0.01, (a.name, b.name)
        tops = [item.rect.top() for item in page.items if item.name != "footer"]
        assert tops == sorted(tops)  # top to bottom
        # Each visual is asked for once, for this handout, in the rectangle the page gives it.
        asked = [(ref, rect, seen) for ref, rect, seen in stand_in.asked if ref == handout.ref]
        assert asked[0] == (handout.ref, page.rect_of("visual"), handout.visual)
        if handout.map_beside:
            assert asked[1:] == [(handout.ref, page.rect_of("map"), Visual.MAP)]
    assert len(stand_in.asked) == 3  # Russia's chart and map, the CSTO's map


def test_the_visual_is_drawn_in_its_frame(family: str) -> None:
    fitter = HandoutFitter(book(CSTO), PaperSize.A4, family, StandIn())
    page = fitter.layout(0)
    visual = next(item for item in page.items if item.name == "visual")
    rect = visual.rect
    page_size = page_rect(PaperSize.A4)

    def draw(painter: QPainter) -> None:
        visual.paint(painter)

    image = painted(round(page_size.width()), round(page_size.height()), draw)
    assert colour_at(image, rect.center().x(), rect.center().y()) == STAND_IN
    frame = QColor(colour_at(image, rect.center().x(), rect.top()))
    assert frame != QColor(STAND_IN)
    assert abs(frame.red() - QColor(FRAME).red()) < 60  # the grey frame over the stand-in
    assert rect.width() == pytest.approx(content_rect(PaperSize.A4).width())
    assert rect.height() == pytest.approx(rect.width() * VISUAL_RATIO)  # room for it whole


def test_a_borders_chart_has_the_map_beside_it_at_the_same_height(family: str) -> None:
    page = HandoutFitter(book(RUSSIA), PaperSize.A4, family, StandIn()).layout(0)
    chart, beside = page.rect_of("visual"), page.rect_of("map")
    width = content_rect(PaperSize.A4).width()

    assert (chart.top(), chart.height()) == (beside.top(), beside.height())
    assert chart.right() < beside.left()
    assert beside.right() == pytest.approx(content_rect(PaperSize.A4).right())
    assert chart.width() > beside.width()
    assert chart.height() == pytest.approx(width * BESIDE_RATIO)


def test_the_teachers_note_follows_the_key_points(family: str) -> None:
    base = book(RUSSIA)
    noted = dataclasses.replace(
        base, handouts=(dataclasses.replace(base.handouts[0], note="Ask: why two lengths?"),)
    )
    page = HandoutFitter(noted, PaperSize.A4, family, StandIn()).layout(0)
    names = page.names()

    assert names.index("note heading") > names.index("points heading")
    assert names.index("note") == names.index("note heading") + 1
    assert names.index("note") < names.index("sources heading")
    assert NOTE_TITLE == "Teacher's note"
    plain = HandoutFitter(base, PaperSize.A4, family, StandIn()).layout(0)
    assert "note heading" not in plain.names()  # no note, no heading


def test_the_visual_gives_way_first_then_points_then_type(family: str) -> None:
    base = book(RUSSIA)
    points = 3
    pages = []
    for extra in range(200):  # one more figure each time, until the page is refused
        try:
            pages.append(
                HandoutFitter(crowded(base, extra), PaperSize.A4, family, StandIn()).layout(0)
            )
        except HandoutError:
            break
    assert 10 < len(pages) < 200
    heights = [page.rect_of("visual").height() for page in pages]
    shown = [page.points_shown for page in pages]
    scales = [page.font_scale for page in pages]
    assert heights[0] > heights[-1]
    assert shown[0] == points
    first_drop = next(i for i, count in enumerate(shown) if count < points)
    first_smaller = next(i for i, scale in enumerate(scales) if scale < 1.0)
    assert first_drop < first_smaller  # points go before the type shrinks
    assert heights[first_drop - 1] < heights[0]  # and the visual shrank before points went
    assert all(scale == 1.0 for scale in scales[:first_smaller])
    assert shown[first_smaller - 1] == 1  # the type shrinks only once one point is left
    for page in pages:
        assert page.rect_of("visual").height() >= MIN_VISUAL * page.font_scale - 1e-6


def test_a_page_that_cannot_fit_is_refused(family: str) -> None:
    fitter = HandoutFitter(crowded(book(RUSSIA), 200), PaperSize.LETTER, family, StandIn())
    with pytest.raises(HandoutError, match="does not fit on one US Letter page"):
        fitter.layout(0)
