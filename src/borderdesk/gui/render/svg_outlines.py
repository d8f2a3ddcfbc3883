"""Text in an SVG drawn as outlines, so the file looks the same on a computer without our font.

Qt's SVG generator writes each run of text as a ``<text>`` element naming its font (Noto Sans)
and leaves the rest to the viewer: one without the font substitutes another, and a caption
laid out for Noto Sans then runs off the edge. Here every ``<text>`` becomes a filled
``<path>`` of the same glyphs, laid out by Qt with the same font as the PNG export, as
matplotlib does by default. The file's ``<title>`` and ``<desc>`` keep the words searchable.
"""

from __future__ import annotations

import math
from xml.etree import ElementTree as ET

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainterPath, QTransform

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
_TEXT, _PATH = f"{{{SVG}}}text", f"{{{SVG}}}path"
_KEPT = ("fill", "fill-opacity")  # what a text's look passes to its outlines
DECIMALS = 2  # of a user unit (a pixel at 96 dpi): far below what any viewer can show


def outline_text(svg: bytes) -> bytes:
    """Return the SVG document with every ``<text>`` replaced by the outlines of its glyphs."""
    ET.register_namespace("", SVG)
    ET.register_namespace("xlink", XLINK)
    root = ET.fromstring(svg)  # noqa: S314 - our own generator's output, never a user's file
    for parent in root.iter():
        for index, child in enumerate(list(parent)):
            if child.tag == _TEXT:
                parent.remove(child)
                parent.insert(index, _outlined(child))
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + body + "\n").encode()


def text_font(attributes: dict[str, str]) -> tuple[QFont, float]:
    """Return the font a ``<text>`` names, and how much to scale its outlines by.

    The font gets a whole pixel size (as Qt drew it, or the nearest); the scale makes up
    for a fractional one (13.33 px is a 10 pt font at 96 dpi).
    """
    size = float(attributes.get("font-size", "16") or 16)
    font = QFont(attributes.get("font-family", ""))
    pixels = max(1, round(size))
    font.setPixelSize(pixels)
    weight = int(float(attributes.get("font-weight", "400") or 400))
    if weight >= QFont.Weight.Bold.value:
        font.setBold(True)
    elif weight >= QFont.Weight.DemiBold.value:
        # How the chart and the slides ask the bundled variable font for real bold glyphs.
        font.setWeight(QFont.Weight.DemiBold)
        font.setVariableAxis(QFont.Tag("wght"), 700.0)
    elif weight != QFont.Weight.Normal.value:
        font.setWeight(QFont.Weight(weight))
    font.setItalic(attributes.get("font-style", "normal") in ("italic", "oblique"))
    return font, size / pixels


def glyph_path(text: str, attributes: dict[str, str]) -> QPainterPath:
    """Return the outlines of a text run at its ``x``/``y`` (its baseline's start)."""
    font, scale = text_font(attributes)
    x, y = float(attributes.get("x", "0") or 0), float(attributes.get("y", "0") or 0)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, text)
    transform = QTransform()
    transform.translate(x, y)
    transform.scale(scale, scale)
    return transform.map(path)


def path_data(path: QPainterPath) -> str:
    """Return a painter path as SVG path data (moves, lines and cubic curves, each closed)."""
    parts: list[str] = []
    index, count = 0, path.elementCount()
    kinds = QPainterPath.ElementType
    while index < count:
        element = path.elementAt(index)
        if element.type == kinds.MoveToElement:
            parts.append(("Z M" if parts else "M") + _xy(element.x, element.y))
        elif element.type == kinds.LineToElement:
            parts.append("L" + _xy(element.x, element.y))
        elif element.type == kinds.CurveToElement and index + 2 < count:
            first, second = path.elementAt(index + 1), path.elementAt(index + 2)
            parts.append(
                "C" + _xy(element.x, element.y) + _xy(first.x, first.y) + _xy(second.x, second.y)
            )
            index += 2
        index += 1
    if parts:
        parts.append("Z")
    return " ".join(parts)


def _xy(x: float, y: float) -> str:
    return f" {_number(x)} {_number(y)}"


def _number(value: float) -> str:
    if not math.isfinite(value):
        return "0"
    text = f"{value:.{DECIMALS}f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _outlined(text: ET.Element) -> ET.Element:
    """Return the ``<path>`` drawing a ``<text>``'s glyphs in its colour."""
    attributes = dict(text.attrib)
    words = "".join(text.itertext())
    path = glyph_path(words, attributes)
    # Glyph outlines are drawn to be filled by winding: a variable font's overlapping
    # contours would leave holes under even-odd (the generator's default for its groups).
    shape = ET.Element(_PATH, {"d": path_data(path), "fill-rule": "nonzero", "stroke": "none"})
    for name in _KEPT:
        if name in attributes:
            shape.set(name, attributes[name])
    shape.set("aria-label", words)
    shape.tail = text.tail
    return shape
