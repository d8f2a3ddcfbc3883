"""Fusion with check boxes and radio buttons that stand out on any theme's ground.

Fusion outlines an indicator in the window colour made darker, which on a dark ground is as
dark as the ground itself: the "Compare sources" box all but vanished in the dark theme.
This style draws Fusion's indicator, then frames it in a colour between the text and the
ground, far enough from both to be seen (WCAG asks 3:1 for the parts of a control).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

FRAME_SHARE = 0.3  # of the way from the text colour to the ground: the frame's colour

_INDICATORS = frozenset(
    {
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    }
)


def frame_colour(palette: QPalette) -> QColor:
    """Return the colour of an indicator's frame: the text colour, a little toward the base."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        round(text.red() + (base.red() - text.red()) * FRAME_SHARE),
        round(text.green() + (base.green() - text.green()) * FRAME_SHARE),
        round(text.blue() + (base.blue() - text.blue()) * FRAME_SHARE),
    )


class FramedFusion(QProxyStyle):
    """Fusion, with every check box and radio button framed in a visible colour."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("fusion")  # what QStyle.name() reports, as for Fusion itself

    def drawPrimitive(  # noqa: N802 - Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw as Fusion does, then frame check and radio indicators."""
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(frame_colour(option.palette), 1.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.restore()
