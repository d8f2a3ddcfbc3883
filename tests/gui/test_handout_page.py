"""The handout's page: paper in points, 15 mm margins, and where a laid-out page put things."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QApplication

from borderdesk.core.paper import PaperSize
from borderdesk.gui.render.handout_page import (
    FRAME,
    MARGIN,
    RULE_WIDTH,
    PageLayout,
    Placed,
    content_rect,
    page_layout,
    page_rect,
    rule,
)
from tests.gui.map_canvas import GROUND, colour_at, painted


def test_a_margin_is_15_mm_in_points() -> None:
    assert pytest.approx(42.519685) == MARGIN  # 15 / 25.4 inch of 72 points


@pytest.mark.parametrize(
    ("paper", "width", "height"),
    [(PaperSize.A4, 595.2756, 841.8898), (PaperSize.LETTER, 612.0, 792.0)],
)
def test_the_page_and_its_content_in_points(paper: PaperSize, width: float, height: float) -> None:
    assert page_rect(paper) == QRectF(0, 0, width, height)
    content = content_rect(paper)
    assert content.topLeft() == QPointF(MARGIN, MARGIN)
    assert content.width() == pytest.approx(width - 2 * MARGIN)
    assert content.height() == pytest.approx(height - 2 * MARGIN)


@pytest.mark.parametrize(
    ("paper", "ident"),
    [(PaperSize.A4, QPageSize.PageSizeId.A4), (PaperSize.LETTER, QPageSize.PageSizeId.Letter)],
)
def test_the_device_page_is_portrait_without_margins(
    paper: PaperSize, ident: QPageSize.PageSizeId
) -> None:
    layout = page_layout(paper)
    assert layout.pageSize().id() == ident
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    assert layout.units() == QPageLayout.Unit.Point
    assert layout.margins().isNull()


def test_a_page_says_where_each_item_went() -> None:
    title = Placed("title", QRectF(40, 40, 500, 30), lambda _painter: None)
    footer = Placed("footer", QRectF(40, 780, 500, 12), lambda _painter: None)
    page = PageLayout(PaperSize.A4, (title, footer), points_shown=2, font_scale=1.0)
    assert page.names() == ["title", "footer"]
    assert page.rect_of("footer") == QRectF(40, 780, 500, 12)
    with pytest.raises(KeyError, match="visual"):
        page.rect_of("visual")


def test_a_rule_is_a_hairline_of_its_width(qapp: QApplication) -> None:
    placed = rule("figure rule 1", QPointF(10, 20), 80, FRAME)
    assert placed.name == "figure rule 1"
    assert placed.rect == QRectF(10, 20 - RULE_WIDTH / 2, 80, RULE_WIDTH)
    image = painted(100, 40, placed.paint)
    assert colour_at(image, 50, 20) != GROUND
    assert colour_at(image, 95, 20) == GROUND  # it stops at its width
    assert colour_at(image, 50, 25) == GROUND  # and is thin
