"""Draw the chart off screen at any size: one renderer for exports, clipboard and handouts.

A fresh ``ChartPanel`` is built per drawing in a host that never appears on screen, so the
window's chart is never resized, and fonts and pens grow with the size (``scale_for_size``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QRegion
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from borderdesk.core.pages import ChartView
from borderdesk.gui.qtapp import ensure_application
from borderdesk.gui.style.theme import Theme
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.views.chart_style import BACKGROUND, scale_for_size


@contextmanager
def offscreen_chart(
    view: ChartView,
    width: int,
    height: int,
    highlight: str | None,
    *,
    theme: Theme | None = None,
    caption: str | None = None,
) -> Iterator[ChartPanel]:
    """Yield a chart drawn at width x height that never appears on screen.

    ``theme`` colours it (light by default); ``caption`` replaces the line under the plot
    (an export without its full caption still names its sources in one line).
    """
    if QApplication.instance() is None:
        ensure_application(headless=True)
    # A bare host window: never on screen, and without a layout it has no size hints to pass
    # to the platform (the offscreen platform warns about those).
    host = QWidget()
    host.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    try:
        panel = ChartPanel(host)
        panel.set_controls_visible(False)
        panel.set_scale(scale_for_size(width, height))
        if theme is not None:
            panel.set_theme(theme)
        panel.show_view(view)
        panel.highlight(highlight)
        if caption is not None:
            _set_caption(panel, caption)
        host.resize(width, height)
        panel.setGeometry(0, 0, width, height)
        host.show()
        settle()
        yield panel
    finally:
        host.hide()
        host.deleteLater()
        QCoreApplication.sendPostedEvents(host, QEvent.Type.DeferredDelete.value)


def settle() -> None:
    """Let layouts, the wrapped caption and the axes settle before anything is drawn.

    pyqtgraph widens an axis for its labels only when it has drawn them: a few turns it takes.
    """
    for _ in range(3):
        QCoreApplication.processEvents()


def _set_caption(panel: ChartPanel, text: str) -> None:
    label = panel.findChild(QLabel, "chartCaption")
    if not isinstance(label, QLabel):
        raise LookupError("the chart has no caption line to write the credit in")
    label.setText(text)


def paint_area(area: QWidget, painter: QPainter, background: str = BACKGROUND) -> None:
    """Draw a widget and its children with the painter, on its background colour."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRect(QPoint(0, 0), area.size()), QColor(background))
    flags = QWidget.RenderFlag.DrawChildren | QWidget.RenderFlag.DrawWindowBackground
    area.render(painter, QPoint(0, 0), QRegion(), flags)
