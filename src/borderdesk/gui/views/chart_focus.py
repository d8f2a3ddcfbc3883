"""Keyboard and screen-reader access to the segment chart's bars (imported only by chart.py).

Left and Right move to the neighbouring bar, Home and End to the first and the last; each
move chooses that border like a click. The bar of the chosen border is the focused one: while
the plot has the keyboard focus a dashed frame surrounds it (a frame, not a colour), and the
chart's accessible description becomes that bar's sentence, announced to screen readers.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QKeyEvent,
    QPainter,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QWidget

from borderdesk.core.chart_text import chart_name, focus_description, view_summary
from borderdesk.core.i18n import interface_language
from borderdesk.core.language import Language
from borderdesk.core.pages import ChartView, SourceComparison
from borderdesk.gui.views.bar_keys import step_key
from borderdesk.gui.views.chart_compare import GROUP_WIDTH
from borderdesk.gui.views.chart_geometry import placed
from borderdesk.gui.views.chart_items import BAR_WIDTH

FOCUS_MARGIN_PX = 4  # between a bar's outline and its focus frame


class FocusFrame(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph is untyped
    """A dashed rectangle around a bar (data coordinates), stroked in device pixels."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self._ink = QColor("#000000")
        self._paper = QColor("#FFFFFF")
        self._width = 2.0
        self.setZValue(20)  # over the bars and their value labels
        self.setVisible(False)

    def set_rect(self, rect: QRectF | None) -> None:
        """Surround this rectangle (data coordinates), or hide the frame."""
        self.prepareGeometryChange()
        self._rect = QRectF(rect) if rect is not None else QRectF()
        self.setVisible(rect is not None)
        self.update()

    def rect(self) -> QRectF:
        """Return the rectangle surrounded, in data coordinates."""
        return QRectF(self._rect)

    def set_look(self, ink: str, paper: str, width: float) -> None:
        """Dash in ``ink`` over a solid line in ``paper``: seen on any fill and background."""
        self._ink, self._paper, self._width = QColor(ink), QColor(paper), max(1.0, width)
        self.update()

    def pen(self) -> QPen:
        """Return the dashed pen."""
        pen = QPen(self._ink, self._width, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        return pen

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph hook
        """The margin is in pixels: the bounds in data units change with the view."""
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """Cover the rectangle, the margin and the pen, converted to data units."""
        if self._rect.isNull():
            return QRectF()
        pad = FOCUS_MARGIN_PX + self._width + 2
        dx = (self.pixelWidth() or 0.0) * pad
        dy = (self.pixelHeight() or 0.0) * pad
        return self._rect.normalized().adjusted(-dx, -dy, dx, dy)

    def paint(self, painter: QPainter, *_args: Any) -> None:
        """Draw the frame in device pixels, a few pixels outside the rectangle."""
        if self._rect.isNull():
            return
        device = painter.transform().mapRect(self._rect)
        margin = FOCUS_MARGIN_PX + self._width / 2
        device.adjust(-margin, -margin, margin, margin)
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self._paper, self._width + 2))
        painter.drawRect(device)
        painter.setPen(self.pen())
        painter.drawRect(device)
        painter.restore()


class ChartAccess(QObject):
    """Move between the bars by keyboard, frame the focused bar, and describe it aloud."""

    bar_chosen = Signal(str)  # the border a key press moved to

    def __init__(self, panel: QWidget, plot: pg.PlotWidget) -> None:
        super().__init__(panel)
        self._panel = panel
        self._plot = plot
        self._view: ChartView | None = None
        self._drawn: ChartView | None = None  # what the plot draws of it (its longest bars)
        self._keys: tuple[str, ...] = ()
        self._current: str | None = None
        # The last summary written, of which view and in which language.
        self._summary: tuple[ChartView, Language, str] | None = None
        self._horizontal = False
        self.frame = FocusFrame()
        plot.getPlotItem().addItem(self.frame)
        plot.installEventFilter(self)

    def show_view(self, view: ChartView, title: str) -> None:
        """Describe this series or comparison; name the chart by its title and source(s)."""
        self._view = view
        self._keys = (
            view.keys if isinstance(view, SourceComparison) else tuple(bar.key for bar in view.bars)
        )
        name = chart_name(title, view)
        for widget in (self._panel, self._plot):
            widget.setAccessibleName(name)
        self._describe(announce=False)
        self._place_frame()

    def set_drawn(self, view: ChartView) -> None:
        """Frame bars where the plot draws them: ``view`` is the part of the chart drawn."""
        self._drawn = view
        self._place_frame()

    def set_current(self, key: str | None) -> None:
        """Make the bar of this border the focused one (None, or a key not charted: none)."""
        changed = key != self._current
        self._current = key
        self._describe(announce=changed and key in self._keys)
        self._place_frame()

    def current(self) -> str | None:
        """Return the focused bar's border key, if one of the bars is."""
        return self._current if self._current in self._keys else None

    def set_look(self, ink: str, paper: str, width: float) -> None:
        """Draw the focus frame in these colours and width."""
        self.frame.set_look(ink, paper, width)

    def set_horizontal(self, horizontal: bool) -> None:
        """Frame lying bars (names on the left) rather than upright ones."""
        if horizontal != self._horizontal:
            self._horizontal = horizontal
            self._place_frame()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Take the arrow, Home and End keys on the plot; frame the bar while it has focus."""
        if watched is self._plot:
            if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
                target = step_key(self._keys, self.current(), Qt.Key(event.key()))
                if target is not None and not event.modifiers() & _NOT_PLAIN:
                    self.bar_chosen.emit(target)
                    return True
            elif event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
                self._place_frame()
        return super().eventFilter(watched, event)

    def _describe(self, *, announce: bool) -> None:
        view = self._view
        if view is None:
            return
        key = self.current()
        if key is not None:
            text = focus_description(view, key)
        else:  # the same view's summary, once (a long chart's takes a while to write)
            language = interface_language()
            kept = self._summary
            if kept is None or kept[0] is not view or kept[1] != language:
                kept = self._summary = (view, language, view_summary(view))
            text = kept[2]
        for widget in (self._panel, self._plot):
            widget.setAccessibleDescription(text)
        if announce:
            _notify(self._plot, QAccessible.Event.DescriptionChanged)
            if self._plot.hasFocus():
                _notify(self._plot, QAccessible.Event.Focus)

    def _place_frame(self) -> None:
        """Frame the focused bar, or the whole plot when none is, while the plot has focus."""
        if self._view is None or not self._plot.hasFocus():
            self.frame.set_rect(None)
            return
        drawn = self._drawn or self._view
        self.frame.set_rect(placed(_bar_rect(drawn, self.current()), self._horizontal))


_NOT_PLAIN = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _notify(widget: QWidget, kind: QAccessible.Event) -> None:
    """Tell assistive technology that the widget changed (its description, or its focus)."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))


def _bar_rect(view: ChartView, key: str | None) -> QRectF:
    """Return one bar (or one border's group) in data coordinates; all of them for None."""
    if isinstance(view, SourceComparison):
        keys, width = view.keys, GROUP_WIDTH
        heights = [max(view.value(s.id, k) for s in view.sources) for k in keys]
    else:
        keys, width = tuple(bar.key for bar in view.bars), BAR_WIDTH
        heights = [bar.value for bar in view.bars]
    if key is None or key not in keys:
        return QRectF(-width / 2, 0.0, len(keys) - 1 + width, max(heights, default=0.0))
    index = keys.index(key)
    return QRectF(index - width / 2, 0.0, width, heights[index])
