"""The handout's text: type at a scale, text wrapped to a width, points and sources set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from borderdesk.core.handout import Cited
from borderdesk.core.model import SourceRef
from borderdesk.gui.qtapp import load_bundled_font
from borderdesk.gui.render.handout_page import MUTED, TEXT
from borderdesk.gui.render.handout_text import LINE_SPACING, Fonts, point_box, source_box, text_box
from tests.gui.map_canvas import GROUND, colour_at, painted

SENTENCE = "Kazakhstan shares its longest land border with Russia, over seven thousand km. "


@pytest.fixture(scope="module")
def fonts(qapp: QApplication) -> Fonts:
    return Fonts(load_bundled_font())


def test_type_scales_in_whole_points(fonts: Fonts) -> None:
    assert fonts.body.pixelSize() == 10
    assert fonts.title.pixelSize() == 24
    assert fonts.footer.pixelSize() == 8  # 7.5 rounds to a whole point
    smaller = Fonts(fonts.family, 0.72)
    assert smaller.body.pixelSize() == 7
    assert smaller.font(2).pixelSize() == 5  # a floor
    assert fonts.heading.weight() == QFont.Weight.DemiBold
    assert fonts.body.hintingPreference() == QFont.HintingPreference.PreferNoHinting


def test_text_wraps_to_its_width_and_knows_its_height(fonts: Fonts) -> None:
    one = text_box("Key figures", fonts.body, 300)
    many = text_box(SENTENCE * 4, fonts.body, 200)
    assert one.layout.lineCount() == 1
    assert one.height == pytest.approx(one.layout.lineAt(0).height())
    lines = many.layout.lineCount()
    assert lines >= 4
    line_height = many.layout.lineAt(0).height()
    assert many.height == pytest.approx(line_height * ((lines - 1) * LINE_SPACING + 1))
    for index in range(lines):
        assert many.layout.lineAt(index).naturalTextWidth() <= 200 + 1e-6


def test_a_word_wider_than_the_line_is_broken_anywhere(fonts: Fonts) -> None:
    word = "Ust-Kamenogorsk" * 4
    box = text_box(word, fonts.body, 60)
    assert box.layout.lineCount() > 1
    assert all(box.layout.lineAt(i).naturalTextWidth() <= 60 + 1e-6 for i in range(3))


def test_a_box_draws_at_its_place_in_its_colour(fonts: Fonts) -> None:
    box = text_box("█████", fonts.title, 200, MUTED)
    placed = box.placed("title", QPointF(20, 10))
    assert placed.rect == QRectF(20, 10, 200, box.height)
    image = painted(240, 60, placed.paint)
    middle = placed.rect.top() + box.first_ascent() * 0.6
    assert MUTED.upper() in {colour_at(image, x, middle) for x in range(20, 80)}
    assert colour_at(image, 10, middle) == GROUND
    assert box.first_ascent() == pytest.approx(QFontMetricsF(fonts.title).ascent(), abs=1)


def test_a_point_names_its_source_muted(fonts: Fonts) -> None:
    source = SourceRef("article", "Article (c. 2012)", "Guarding the Border", "Example", "2012")
    cited = point_box(Cited("The border was demarcated.", source), fonts, 400)
    plain = point_box(Cited("The border was demarcated."), fonts, 400)
    assert cited.layout.text() == "The border was demarcated. (Article (c. 2012))"
    assert plain.layout.text() == "The border was demarcated."
    (run,) = cited.layout.formats()
    assert run.start == len("The border was demarcated.")
    assert run.format.foreground().color().name().upper() == MUTED
    assert plain.layout.formats() == []
    assert cited.colour == plain.colour == TEXT


def test_a_source_entry_leads_with_its_label_in_bold(fonts: Fonts) -> None:
    box = source_box("Article (c. 2012)", "Guarding the Border, 2012.", fonts, 400)
    assert box.layout.text() == "Article (c. 2012): Guarding the Border, 2012."
    (run,) = box.layout.formats()
    assert (run.start, run.length) == (0, len("Article (c. 2012): "))
    assert run.format.font().weight() == QFont.Weight.DemiBold
    assert box.layout.font().pixelSize() == 8
