"""Lay out a handout's page top-down and make it fit: the visual, then points, then type give way.

When a page's text would not fit, the chart or map shrinks first (down to ``MIN_VISUAL``),
then key points are dropped from the end, then the type gets smaller, so nothing is ever cut
off or runs off the page. What draws the chart or map is handed in: this module only places it.
A border's chart has the map beside it; the teacher's note follows the key points.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from borderdesk.core.handout import (
    Cited,
    Handout,
    HandoutError,
    HandoutSet,
    Visual,
    citation,
    page_number,
)
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.paper import PaperSize
from borderdesk.gui.render.handout_page import (
    ACCENT,
    FRAME,
    MUTED,
    RULE,
    PageLayout,
    Painter,
    Placed,
    content_rect,
    rule,
)
from borderdesk.gui.render.handout_text import Fonts, TextBox, point_box, source_box, text_box

VISUAL_RATIO = 0.66  # the chart's and the map's natural height over their width
BESIDE_RATIO = 0.5  # the chart and the map side by side: their height over the whole width
CHART_SHARE = 0.58  # of the width, the chart's when the map is beside it
NOTE_TITLE = QT_TRANSLATE_NOOP("Handout", "Teacher's note")
MIN_VISUAL = 190.0  # pt: below this the chart's bars and labels get too small to read
FONT_SCALES = (1.0, 0.92, 0.85, 0.78, 0.72)  # the last resort when nothing else makes room
GAP = 12.0  # pt between sections
HEADING_GAP = 4.0  # pt under a heading
ROW_PAD = 3.0  # pt above and below a figure row
FOOTER_PAD = 5.0  # pt between the footer's rule and its text

VisualPainter = Callable[[Handout, QRectF, Visual], Painter]


class HandoutFitter:
    """Lay out the pages of a handout set, in points, each fitted to one page."""

    def __init__(
        self, book: HandoutSet, paper: PaperSize, family: str, visual: VisualPainter
    ) -> None:
        self.book = book
        self.paper = paper
        self.family = family
        self._visual = visual

    def layout(self, index: int) -> PageLayout:
        """Return page index laid out to fit: the chart shrinks, then points go, then type.

        Raise HandoutError when even the smallest type leaves no room for the chart.
        """
        handout = self.book.handouts[index]
        content = content_rect(self.paper)
        natural = content.width() * (BESIDE_RATIO if handout.map_beside else VISUAL_RATIO)
        for scale in FONT_SCALES:
            fonts = Fonts(self.family, scale)
            made: dict[str, TextBox] = {}  # each text is laid out once at a type size
            fewest = min(1, len(handout.points))
            for count in range(len(handout.points), fewest - 1, -1):
                text_height = self._stack(handout, fonts, count, content, None, made)[1]
                footer = self._footer_height(fonts, content.width())
                room = content.height() - footer - GAP - text_height
                visual = min(natural, room)
                if visual >= MIN_VISUAL * scale:
                    return self._assemble(index, handout, fonts, count, visual, made)
        raise HandoutError(f"{handout.title} does not fit on one {self.paper.label} page")

    def _assemble(
        self,
        index: int,
        handout: Handout,
        fonts: Fonts,
        count: int,
        visual: float,
        made: dict[str, TextBox],
    ) -> PageLayout:
        content = content_rect(self.paper)
        items, _height = self._stack(handout, fonts, count, content, visual, made)
        items.append(self._footer(index, fonts, content))
        return PageLayout(self.paper, tuple(items), count, fonts.scale)

    def _stack(
        self,
        handout: Handout,
        fonts: Fonts,
        count: int,
        content: QRectF,
        visual: float | None,
        made: dict[str, TextBox],
    ) -> tuple[list[Placed], float]:
        """Place everything but the footer top-down; return the items and the text's height.

        With ``visual`` None the chart or map takes no room: the height is the text's alone.
        ``made`` keeps each text laid out by its item's name, for the next call at these fonts.
        """
        width = content.width()
        left = content.left()
        items: list[Placed] = []
        y = content.top()

        def laid_out(name: str, make: Callable[[], TextBox]) -> TextBox:
            found = made.get(name)
            if found is None:
                found = made[name] = make()
            return found

        def put(name: str, make: Callable[[], TextBox], x: float = left) -> None:
            nonlocal y
            box = laid_out(name, make)
            items.append(box.placed(name, QPointF(x, y)))
            y += box.height

        put("kicker", partial(text_box, _kicker(handout), fonts.kicker, width, MUTED))
        y += 2
        put("title", partial(text_box, handout.title, fonts.title, width))
        if handout.subtitle:
            y += 2
            put("subtitle", partial(text_box, handout.subtitle, fonts.subtitle, width, MUTED))
        y += 8
        items.append(rule("rule", QPointF(left, y), width))
        y += 8

        # The chart or the map (or both), and for the map the line saying whose members it marks.
        if visual is not None:
            rect = QRectF(left, y, width, visual)
            if handout.map_beside:
                chart = QRectF(left, y, width * CHART_SHARE - GAP / 2, visual)
                place = QRectF(chart.right() + GAP, y, width - chart.width() - GAP, visual)
                items.append(self._visual_item(handout, chart, Visual.CHART, "visual"))
                items.append(self._visual_item(handout, place, Visual.MAP, "map"))
            else:
                items.append(self._visual_item(handout, rect, handout.visual, "visual"))
            y += visual
        note = _visual_note(handout)
        if note:
            y += 4
            put("visual note", partial(text_box, note, fonts.small, width, MUTED))

        if handout.figures:
            y += GAP
            put(
                "figures heading",
                partial(
                    text_box, translate("Handout", "Key figures"), fonts.heading, width, ACCENT
                ),
            )
            y += HEADING_GAP
            value_width = width * 0.56
            label_width = width - value_width - 12
            for number, line in enumerate(handout.figures, start=1):
                cited = _source_label(line)  # none when the figure leads with its source
                value = laid_out(
                    f"figure {number}",
                    partial(text_box, line.text, fonts.body, value_width if cited else width),
                )
                label = laid_out(
                    f"figure source {number}",
                    partial(text_box, cited, fonts.label, label_width, MUTED),
                )
                drop = value.first_ascent() - label.first_ascent()  # on the value's baseline
                row = max(value.height, label.height + drop if cited else 0) + 2 * ROW_PAD
                items.append(rule(f"figure rule {number}", QPointF(left, y), width, FRAME))
                items.append(value.placed(f"figure {number}", QPointF(left, y + ROW_PAD)))
                if cited:
                    at = QPointF(left + value_width + 12, y + ROW_PAD + drop)
                    items.append(label.placed(f"figure source {number}", at))
                y += row
            items.append(rule("figure rule end", QPointF(left, y), width, FRAME))

        points = handout.points[:count]
        if points:
            y += GAP
            put(
                "points heading",
                partial(text_box, translate("Handout", "Key points"), fonts.heading, width, ACCENT),
            )
            indent = 12 * fonts.scale
            for number, point in enumerate(points, start=1):
                y += HEADING_GAP if number == 1 else 3
                bullet = laid_out(
                    f"bullet {number}", partial(text_box, "•", fonts.body, indent, ACCENT)
                )
                items.append(bullet.placed(f"bullet {number}", QPointF(left, y)))
                put(
                    f"point {number}",
                    partial(point_box, point, fonts, width - indent),
                    left + indent,
                )

        if handout.note:
            y += GAP
            title = QCoreApplication.translate("Handout", NOTE_TITLE)
            put("note heading", partial(text_box, title, fonts.heading, width, ACCENT))
            y += HEADING_GAP
            put("note", partial(text_box, handout.note, fonts.body, width))

        if handout.sources:
            y += GAP
            put(
                "sources heading",
                partial(text_box, translate("Handout", "Sources"), fonts.heading, width, ACCENT),
            )
            y += HEADING_GAP
            for number, source in enumerate(handout.sources, start=1):
                y += 0 if number == 1 else 2
                put(
                    f"source {number}",
                    partial(source_box, source.label, citation(source), fonts, width),
                )

        height = y - content.top()
        return items, height

    def _visual_item(self, handout: Handout, rect: QRectF, visual: Visual, name: str) -> Placed:
        """Return the chart or map in its rectangle, framed."""
        draw = self._visual(handout, rect, visual)

        def paint(painter: QPainter) -> None:
            painter.save()
            draw(painter)
            painter.restore()
            painter.setPen(QPen(QColor(FRAME), 0.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

        return Placed(name, rect, paint)

    def _footer(self, index: int, fonts: Fonts, content: QRectF) -> Placed:
        left, right = self._footer_boxes(index, fonts, content.width())
        height = max(left.height, right.height) + FOOTER_PAD
        rect = QRectF(content.left(), content.bottom() - height, content.width(), height)

        def paint(painter: QPainter) -> None:
            painter.setPen(QPen(QColor(RULE), 0.5))
            painter.drawLine(rect.topLeft(), rect.topRight())
            left.draw(painter, QPointF(rect.left(), rect.top() + FOOTER_PAD))
            right.draw(painter, QPointF(rect.right() - right.width, rect.top() + FOOTER_PAD))

        return Placed("footer", rect, paint)

    def _footer_boxes(self, index: int, fonts: Fonts, width: float) -> tuple[TextBox, TextBox]:
        """Return the footer's two parts: BorderDesk, dataset and date; the page number."""
        number = page_number(index, len(self.book.handouts))
        right = text_box(
            number, fonts.footer, width * 0.2, MUTED, align=Qt.AlignmentFlag.AlignRight
        )
        left = text_box(self.book.footer(), fonts.footer, width * 0.78, MUTED)
        return left, right

    def _footer_height(self, fonts: Fonts, width: float) -> float:
        left, right = self._footer_boxes(len(self.book.handouts) - 1, fonts, width)
        return max(left.height, right.height) + FOOTER_PAD


def _kicker(handout: Handout) -> str:
    if handout.visual is Visual.CHART:
        return translate("Handout", "BorderDesk handout · Kazakhstan's land borders")
    return translate("Handout", "BorderDesk handout · Regional organisations")


def _visual_note(handout: Handout) -> str:
    """Return the line under the map naming the sources of the members it marks, or ""."""
    if handout.visual is not Visual.MAP or not handout.members_label:
        return ""
    if not handout.members:
        none = translate("Handout", "Hatched on the map: {members}.")
        return none.format(members=handout.members_label)
    marked = "; ".join(source.label for source in handout.member_sources)
    return translate("Handout", "Hatched on the map: {members}, as recorded by {sources}.").format(
        members=handout.members_label, sources=marked
    )


def _source_label(line: Cited) -> str:
    """Return ``Source: …`` beside a figure, or "" when the figure leads with its source."""
    if line.source is None or f"{line.source.label}:" in line.text:
        return ""
    return translate("Handout", "Source: {source}").format(source=line.source.label)
