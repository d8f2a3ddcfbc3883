"""Text in an SVG drawn as outlines, so the file looks the same on a computer without our font.

Qt's SVG generator writes each run of text as a ``<text>`` element naming its font (Noto Sans)
and leaves the rest to the viewer: one without the font substitutes another, and a caption
laid out for Noto Sans then runs off the edge. Here every ``<text>`` becomes a filled
``<path>`` of the same glyphs, laid out by Qt with the same font as the PNG export, as
matplotlib does by default. The file's ``<title>`` and ``<desc>`` keep the words searchable.
"""

from __future__ import annotations

import math
import struct
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF
from PySide6.QtGui import QFont, QPainterPath, QTransform

if TYPE_CHECKING:  # parsed only when an SVG is outlined, not by every export that imports this
    from xml.etree import ElementTree as ET

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
_TEXT, _PATH = f"{{{SVG}}}text", f"{{{SVG}}}path"
_KEPT = ("fill", "fill-opacity")  # what a text's look passes to its outlines
DECIMALS = 2  # of a user unit (a pixel at 96 dpi): far below what any viewer can show
# A painter path's element as QDataStream writes it: its kind, then x and y (big-endian).
_ELEMENT = struct.Struct(">idd")
_MOVE = QPainterPath.ElementType.MoveToElement.value
_LINE = QPainterPath.ElementType.LineToElement.value
_CURVE = QPainterPath.ElementType.CurveToElement.value


def outline_text(svg: bytes) -> bytes:
    """Return the SVG document with every ``<text>`` replaced by the outlines of its glyphs."""
    from xml.etree import ElementTree as ET

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
    """Return a painter path as SVG path data (moves, lines and cubic curves, each closed).

    The elements are read in one go from the path's serialised form (a count, then each
    element's kind, x and y) and their numbers formatted in one call: a map's names have tens
    of thousands of elements, too many to ask for and format one by one.
    """
    count = path.elementCount()
    if count == 0:
        return ""
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream << path  # writes into ``data``
    elements = list(_ELEMENT.iter_unpack(data.data()[4 : 4 + _ELEMENT.size * count]))
    numbers = _numbers([value for _kind, x, y in elements for value in (x, y)])
    parts: list[str] = []
    index = 0
    while index < count:
        kind = elements[index][0]
        x, y = numbers[2 * index], numbers[2 * index + 1]
        if kind == _MOVE:
            parts.append(f"{'Z M' if parts else 'M'} {x} {y}")
        elif kind == _LINE:
            parts.append(f"L {x} {y}")
        elif kind == _CURVE and index + 2 < count:
            control = numbers[2 * index + 2 : 2 * index + 6]
            parts.append(f"C {x} {y} {' '.join(control)}")
            index += 2
        index += 1
    if parts:
        parts.append("Z")
    return " ".join(parts)


def _numbers(values: list[float]) -> list[str]:
    """Return each value to DECIMALS places, without trailing zeros; "0" for -0 and non-finite."""
    finite = [value if math.isfinite(value) else 0.0 for value in values]
    text = " ".join([f"%.{DECIMALS}f"] * len(finite)) % tuple(finite)
    stripped = [number.rstrip("0").rstrip(".") for number in text.split(" ")]
    return ["0" if number == "-0" else number for number in stripped]


def _outlined(text: ET.Element) -> ET.Element:
    """Return the ``<path>`` drawing a ``<text>``'s glyphs in its colour."""
    from xml.etree import ElementTree as ET

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
