"""Draw a search result's title with the name it was found by beside it, muted, on the right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from borderdesk.gui.models.navigation_model import HINT_ROLE, TITLE_COLUMN

HINT_SHARE = 0.45
"""The most of a row's width the hint takes; the title keeps the rest."""


class HintDelegate(QStyledItemDelegate):
    """Draw rows as usual; a row found by another name shows it right-aligned, muted."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the row, splitting the title cell between the title and the hint."""
        hint = index.data(HINT_ROLE) if index.column() == TITLE_COLUMN else ""
        if not hint:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title, item.text = item.text, ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        # The margin Qt leaves around an item's text, so titles line up with the other rows'.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        metrics = QFontMetrics(item.font)
        gap = metrics.horizontalAdvance("  ")
        needed = metrics.horizontalAdvance(hint) + 2  # eliding wants a pixel or two to spare
        hint_width = min(needed, int(area.width() * HINT_SHARE))
        title_area = area.adjusted(0, 0, -(hint_width + gap), 0)
        hint_area = area.adjusted(area.width() - hint_width, 0, 0, 0)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        palette = item.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        hint_role = text_role if selected else QPalette.ColorRole.PlaceholderText
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(item.font)
        painter.setPen(palette.color(text_role))
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_area.width())
        painter.drawText(title_area, int(Qt.AlignmentFlag.AlignLeft | middle), elided)
        painter.setPen(palette.color(hint_role))
        short = metrics.elidedText(hint, Qt.TextElideMode.ElideRight, hint_width)
        painter.drawText(hint_area, int(Qt.AlignmentFlag.AlignRight | middle), short)
        painter.restore()
