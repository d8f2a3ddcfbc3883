"""Turning an SVG's text into outlines: the same glyphs, in the same place and colour."""

from __future__ import annotations

import math
from xml.etree import ElementTree as ET

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainterPath
from PySide6.QtWidgets import QApplication

from borderdesk.gui.qtapp import load_bundled_font
from borderdesk.gui.render.svg_outlines import SVG, glyph_path, outline_text, path_data, text_font

DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 100">'
    "<title>Kazakhstan</title>"
    '<g transform="matrix(1,0,0,1,10,0)">'
    '<text fill="#1a1a1a" fill-opacity="0.5" x="5" y="40" font-family="{family}" '
    'font-size="24" font-weight="600" font-style="normal">Russia 6,846 km</text>'
    "</g></svg>"
)


@pytest.fixture(scope="module")
def family(qapp: QApplication) -> str:
    return load_bundled_font()


def test_a_text_becomes_a_filled_path_in_its_colour_and_group(family: str) -> None:
    out = outline_text(DOCUMENT.format(family=family).encode())
    root = ET.fromstring(out)  # noqa: S314 - our own output

    assert list(root.iter(f"{{{SVG}}}text")) == []
    assert root.findtext(f"{{{SVG}}}title") == "Kazakhstan"  # the words stay searchable
    (group,) = root.iter(f"{{{SVG}}}g")
    assert group.get("transform") == "matrix(1,0,0,1,10,0)"
    (path,) = list(group)
    assert path.tag == f"{{{SVG}}}path"
    assert (path.get("fill"), path.get("fill-opacity")) == ("#1a1a1a", "0.5")
    assert path.get("fill-rule") == "nonzero"
    assert path.get("aria-label") == "Russia 6,846 km"  # the words, for search and speech
    assert path.get("d", "").startswith("M")
    assert out.startswith(b'<?xml version="1.0"')
    assert b"ns0:" not in out  # the SVG namespace stays the default one


def test_the_outlines_sit_where_the_text_was_drawn(family: str) -> None:
    attributes = {"font-family": family, "font-size": "24", "x": "5", "y": "40"}
    box = glyph_path("Russia", attributes).boundingRect()

    assert box.left() == pytest.approx(5, abs=3)
    assert 40 - 24 < box.top() < 40  # above the baseline, no higher than the type
    assert box.bottom() == pytest.approx(40, abs=1)  # "Russia" has no descenders
    font = QFont(family)
    font.setPixelSize(24)
    drawn = QPainterPath()
    drawn.addText(QPointF(5, 40), font, "Russia")
    assert box.width() == pytest.approx(drawn.boundingRect().width(), rel=0.01)


def test_a_fractional_size_scales_the_whole_size_outlines(family: str) -> None:
    font, scale = text_font({"font-family": family, "font-size": "13.3333"})
    assert font.pixelSize() == 13
    assert scale == pytest.approx(13.3333 / 13)
    bold, _ = text_font({"font-family": family, "font-size": "16", "font-weight": "600"})
    assert bold.variableAxisTags() == [QFont.Tag("wght")]  # the chart's real bold


def test_path_data_moves_lines_curves_and_closes_each_contour() -> None:
    path = QPainterPath(QPointF(0, 0))
    path.lineTo(10, 0)
    path.cubicTo(10, 5, 5, 10, 0, 10)
    path.moveTo(20, 20)
    path.lineTo(30.004, 20.5)

    assert path_data(path) == "M 0 0 L 10 0 C 10 5 5 10 0 10 Z M 20 20 L 30 20.5 Z"


def element_by_element(path: QPainterPath) -> str:
    """Return the path data the plain way: each element asked for and formatted on its own."""

    def number(value: float) -> str:
        text = f"{value:.2f}".rstrip("0").rstrip(".") if math.isfinite(value) else "0"
        return "0" if text in ("", "-0") else text

    parts: list[str] = []
    index, count = 0, path.elementCount()
    kinds = QPainterPath.ElementType
    while index < count:
        element = path.elementAt(index)
        xy = f" {number(element.x)} {number(element.y)}"
        if element.type == kinds.MoveToElement:
            parts.append(("Z M" if parts else "M") + xy)
        elif element.type == kinds.LineToElement:
            parts.append("L" + xy)
        elif element.type == kinds.CurveToElement and index + 2 < count:
            rest = [path.elementAt(index + 1), path.elementAt(index + 2)]
            parts.append("C" + xy + "".join(f" {number(e.x)} {number(e.y)}" for e in rest))
            index += 2
        index += 1
    return " ".join([*parts, "Z"] if parts else parts)


def test_path_data_of_glyphs_is_each_element_in_turn(family: str) -> None:
    # Kazakh and Russian names, curves of every size, at a fractional position and scale.
    text = "Қазақстан Казахстан — Kazakhstan 12,012 km"
    path = glyph_path(text, {"font-family": family, "font-size": "13.3333", "x": "-0.004"})
    assert path.elementCount() > 500

    assert path_data(path) == element_by_element(path)


def test_path_data_rounds_and_writes_minus_zero_as_zero() -> None:
    path = QPainterPath(QPointF(-0.001, 100.0))
    path.lineTo(-0.005, 0.1)
    path.lineTo(-10.0, 1e-9)
    path.lineTo(1.005, 2.995)

    assert path_data(path) == element_by_element(path)
    assert path_data(path) == "M 0 100 L -0.01 0.1 L -10 0 L 1 3 Z"
    assert path_data(QPainterPath()) == ""
