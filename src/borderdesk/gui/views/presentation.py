"""Presentation mode: one full-screen slide at a time, type sized for the back row.

Keys are what clickers send: PageDown / PageUp, and also the arrows and Space; Home and End
jump to the ends; Esc leaves. Every slide change is written to the shared SelectionState,
so the normal window shows the same item when the presentation ends.

Beside the text a slide shows the segment chart (the overview, a border with its bar
highlighted) or the border map (an organisation, its member states hatched). M or Tab swaps
the two until the slide changes; on the map a border's line is highlighted as in the chart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontMetricsF, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from borderdesk.core.errors import BorderDeskError
from borderdesk.core.handout import Visual
from borderdesk.core.model import BorderMap, ChartSource, ItemKind, SegmentSeries
from borderdesk.core.service import ReferenceService
from borderdesk.core.slides import Slide, build_sequence, footer, index_of
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.key_help import QT_TRANSLATE_NOOP, KeyGroup, KeyHelp
from borderdesk.gui.views.plot_protocol import ChartPanelLike, as_chart
from borderdesk.gui.views.slide_look import size_label, slide_label, slide_style

if TYPE_CHECKING:  # the map's drawing is imported when a presentation starts, not before
    from borderdesk.gui.views.border_map import BorderMapView

log = logging.getLogger(__name__)

ChartFactory = Callable[[], QWidget]

# Font sizes as shares of the window height: the title about 6%, so the back row can read it.
TITLE_SHARE = 0.06
SUBTITLE_SHARE = 0.032
FIGURE_SHARE = 0.036
POINT_SHARE = 0.03
LEAST_POINT_SHARE = 0.022  # longer points (Kazakh runs long) get smaller type, never below
FOOTER_SHARE = 0.02
REFERENCE_HEIGHT = 720  # the chart's own reference height (chart_style.REFERENCE_SIZE)
HINT = QT_TRANSLATE_NOOP("PresentationWindow", "M: map/chart")

NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up)
SWAP_KEYS = (Qt.Key.Key_M, Qt.Key.Key_Tab)
QUIZ_KEYS = (Qt.Key.Key_Q,)
LEAVE_KEYS = (Qt.Key.Key_Escape,)

KEY_HELP = KeyGroup(
    QT_TRANSLATE_NOOP("KeyHelp", "Presentation mode"),
    (
        KeyHelp(NEXT_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Next slide")),
        KeyHelp(PREVIOUS_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Previous slide")),
        KeyHelp(
            (Qt.Key.Key_Home, Qt.Key.Key_End), QT_TRANSLATE_NOOP("KeyHelp", "First or last slide")
        ),
        KeyHelp(
            SWAP_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Show the map instead of the chart, or back")
        ),
        KeyHelp(QUIZ_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Start a quiz for the class")),
        KeyHelp(
            LEAVE_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Leave, back to the same item in the window")
        ),
    ),
)


def figure_line(text: str, source: str) -> str:
    """Return a figure with its source beside it: ``Length: 6,846 km — Article (c. 2012)``."""
    return f"{text} — {source}"


class PresentationWindow(QWidget):
    """Show the slides full screen and step through them with the keyboard or a clicker.

    With ``border_map`` given the slides can show the map as well as the chart.
    """

    closed = Signal()
    quiz_requested = Signal()  # Q: the window opens a quiz over the slides

    def __init__(
        self,
        slides: tuple[Slide, ...],
        selection: SelectionState,
        version: str,
        chart_factory: ChartFactory | None = None,
        chart_data: tuple[tuple[ChartSource, ...], SegmentSeries] | None = None,
        parent: QWidget | None = None,
        *,
        theme: Theme = DEFAULT_THEME,
        border_map: BorderMap | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if not slides:
            raise ValueError("a presentation needs at least one slide")  # a programming error
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._theme = theme
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._slides = slides
        self._selection = selection
        self._version = version
        self._index = index_of(slides, selection.current)
        self._chart_widget: QWidget | None = None
        self._chart: ChartPanelLike | None = None
        self._map: BorderMapView | None = None
        self._visual: Visual | None = None
        self._build_ui()
        if chart_factory is not None and chart_data is not None:
            self._install_chart(chart_factory, chart_data)
        if border_map is not None:
            self._install_map(border_map)
        self._apply_theme()
        self._apply_fonts()
        self._retranslate()
        self._show_slide()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("BorderDesk presentation"))
        self.hint_label.setText(self.tr(HINT))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate the window's own words when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Building -----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.title_label = slide_label("slideTitle")
        self.subtitle_label = slide_label("slideSubtitle")
        self.figures_label = slide_label("slideFigures")
        self.points_label = slide_label("slidePoints")
        self.footer_label = slide_label("slideFooter")
        self.footer_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.footer_label.setWordWrap(False)
        self.hint_label = slide_label("slideHint")
        self.hint_label.setWordWrap(False)
        self.hint_label.hide()
        text_column = QVBoxLayout()
        text_column.addWidget(self.figures_label)
        text_column.addWidget(self.points_label)
        text_column.addStretch(1)
        # The chart and the map, one at a time; hidden (the text takes the width) when neither.
        self._visuals = QStackedWidget()
        self._visuals.setObjectName("slideVisual")
        self._visuals.hide()
        self._body = QHBoxLayout()
        self._body.addLayout(text_column, 1)
        self._body.addWidget(self._visuals, 1)
        footer_row = QHBoxLayout()
        footer_row.addWidget(self.hint_label)
        footer_row.addStretch(1)
        footer_row.addWidget(self.footer_label)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.subtitle_label)
        self._layout.addLayout(self._body, 1)
        self._layout.addLayout(footer_row)

    def _install_chart(
        self, factory: ChartFactory, data: tuple[tuple[ChartSource, ...], SegmentSeries]
    ) -> None:
        widget = factory()
        chart = as_chart(widget)
        set_controls_visible = getattr(widget, "set_controls_visible", None)
        if callable(set_controls_visible):
            set_controls_visible(False)
        sources, series = data
        chart.set_sources(sources)
        chart.set_series(series)
        # The slide takes every key: the plot's own Left/Right must not move the highlight.
        for child in (widget, *widget.findChildren(QWidget)):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._visuals.addWidget(widget)
        self._visuals.show()
        self._chart_widget, self._chart = widget, chart

    def _install_map(self, border_map: BorderMap) -> None:
        from borderdesk.gui.views.border_map import BorderMapView

        view = BorderMapView()
        view.setObjectName("slideMap")
        view.set_map(border_map)
        # A slide's map is a picture: the slide takes every key, and a stray click or wheel
        # must neither move the map nor take the keys for its own panning.
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._visuals.addWidget(view)
        self._visuals.show()
        self._map = view

    # Theme --------------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        """Show the slides, and their chart and map, in a theme's colours."""
        if theme != self._theme:
            self._theme = theme
            self._apply_theme()

    def theme(self) -> Theme:
        """Return the theme the slides are shown in."""
        return self._theme

    def _apply_theme(self) -> None:
        theme = self._theme
        self.setStyleSheet(
            slide_style(theme, "presentation", ("slideSubtitle", "slideFooter", "slideHint"))
        )
        if self._chart is not None:
            self._chart.set_theme(theme)
        if self._map is not None:
            self._map.set_theme(theme)

    # State --------------------------------------------------------------------------------

    @property
    def index(self) -> int:
        """Return the index of the slide shown."""
        return self._index

    @property
    def selection(self) -> SelectionState:
        """Return the selection the slides write to."""
        return self._selection

    @property
    def slide(self) -> Slide:
        """Return the slide shown."""
        return self._slides[self._index]

    @property
    def chart_widget(self) -> QWidget | None:
        """Return the slide's chart, or None when there is none."""
        return self._chart_widget

    @property
    def map_view(self) -> BorderMapView | None:
        """Return the slide's map, or None when there is none."""
        return self._map

    def visual(self) -> Visual | None:
        """Return what the slide shows beside its text: the chart, the map, or None."""
        return self._visual

    def show_visual(self, visual: Visual) -> None:
        """Show the chart or the map beside the text, until the slide changes."""
        widget = self._chart_widget if visual is Visual.CHART else self._map
        if widget is not None:
            self._visual = visual
            self._visuals.setCurrentWidget(widget)

    def toggle_visual(self) -> None:
        """Show the map in place of the chart, or the chart in place of the map (M or Tab)."""
        self.show_visual(Visual.CHART if self._visual is Visual.MAP else Visual.MAP)

    def _default_visual(self, slide: Slide) -> Visual | None:
        """Return what a slide opens with: an organisation's map, else the chart."""
        shown = [
            visual
            for visual, widget in ((Visual.CHART, self._chart_widget), (Visual.MAP, self._map))
            if widget is not None
        ]
        preferred = Visual.MAP if slide.ref.kind is ItemKind.ORGANISATION else Visual.CHART
        return preferred if preferred in shown else next(iter(shown), None)

    def slide_text(self) -> str:
        """Return everything the slide says, as plain text."""
        labels = (
            self.title_label,
            self.subtitle_label,
            self.figures_label,
            self.points_label,
            self.footer_label,
        )
        return "\n".join(label.text() for label in labels if label.text())

    def go_to(self, index: int) -> None:
        """Show the slide at index (clamped to the sequence)."""
        index = max(0, min(len(self._slides) - 1, index))
        if index != self._index:
            self._index = index
            self._show_slide()

    def next_slide(self) -> None:
        """Show the next slide."""
        self.go_to(self._index + 1)

    def previous_slide(self) -> None:
        """Show the previous slide."""
        self.go_to(self._index - 1)

    def _show_slide(self) -> None:
        slide = self.slide
        self.title_label.setText(slide.title)
        self.subtitle_label.setText(slide.subtitle)
        self.subtitle_label.setVisible(bool(slide.subtitle))
        self.figures_label.setText("\n".join(figure_line(t, s) for t, s in slide.figures))
        self.points_label.setText("\n".join(f"• {point}" for point in slide.points))
        self.footer_label.setText(footer(self._index, len(self._slides), self._version))
        if self._chart is not None:
            self._chart.highlight(slide.highlight)
        if self._map is not None:
            self._map.reset_view()
            self._map.highlight(slide.highlight)
            self._map.highlight_members(slide.members, slide.members_label)
        visual = self._default_visual(slide)
        if visual is not None:
            self.show_visual(visual)
        self._update_hint()
        self._fit_points()
        self._selection.select(slide.ref, origin=self)

    # Type size ----------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        height = max(self.height(), 1)
        sizes = (
            (self.title_label, TITLE_SHARE, True),
            (self.subtitle_label, SUBTITLE_SHARE, False),
            (self.figures_label, FIGURE_SHARE, True),
            (self.points_label, POINT_SHARE, False),
            (self.footer_label, FOOTER_SHARE, False),
        )
        for label, share, bold in sizes:
            size_label(label, height, share, bold=bold)
        margin = round(height * 0.04)
        self._layout.setContentsMargins(margin, margin, margin, round(margin / 2))
        self._layout.setSpacing(round(height * 0.015))
        self._body.setSpacing(margin)
        scale = max(1.0, height / REFERENCE_HEIGHT)
        set_scale = getattr(self._chart_widget, "set_scale", None)
        if callable(set_scale):
            set_scale(scale)
        if self._map is not None:
            self._map.set_style_scale(scale)  # its type grows with the slide, as the chart's does
        self.hint_label.setFont(self.footer_label.font())
        self._update_hint()
        self._fit_points()

    def _fit_points(self) -> None:
        """Make the points' type smaller, down to LEAST_POINT_SHARE, until they fit the slide.

        Kazakh and Russian sentences run longer than English: the points must not run off
        the bottom of the slide.
        """
        self._layout.activate()  # place everything at the size the slide has now
        height = max(self.height(), 1)
        room = self._body.geometry().bottom() - self.points_label.geometry().top()
        width = self.points_label.width()
        if room <= 0 or width <= 0 or not self.points_label.text():
            return
        share = POINT_SHARE
        while True:
            size_label(self.points_label, height, share)
            if self.points_label.heightForWidth(width) <= room or share <= LEAST_POINT_SHARE:
                return
            share = max(LEAST_POINT_SHARE, share - 0.001)

    def _update_hint(self) -> None:
        """Show "M: map/chart" in the footer when there are both to swap and room for it."""
        if self._chart_widget is None or self._map is None:
            self.hint_label.hide()
            return
        metrics = QFontMetricsF(self.footer_label.font())
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        needed = (
            metrics.horizontalAdvance(self.hint_label.text())
            + metrics.horizontalAdvance(self.footer_label.text())
            + 4 * metrics.averageCharWidth()
        )
        self.hint_label.setVisible(needed <= room)

    def title_pixel_size(self) -> int:
        """Return the title's font size in pixels."""
        return self.title_label.font().pixelSize()

    # Events -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Size the type to the new height."""
        super().resizeEvent(event)
        self._apply_fonts()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Step with PageDown/PageUp, arrows and Space; Home/End; M or Tab swaps; Q quiz; Esc."""
        key = Qt.Key(event.key())
        if key in NEXT_KEYS:
            self.next_slide()
        elif key in SWAP_KEYS or key == Qt.Key.Key_Backtab:  # Shift+Tab arrives as Backtab
            self.toggle_visual()
        elif key in QUIZ_KEYS:
            self.quiz_requested.emit()
        elif key in PREVIOUS_KEYS:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self._slides) - 1)
        elif key in LEAVE_KEYS:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        """Keep Tab for the slide (it swaps the chart and the map): nothing else takes focus."""
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Tell the window the presentation has ended."""
        super().closeEvent(event)
        self.closed.emit()


def start_presentation(
    service: ReferenceService,
    selection: SelectionState,
    chart_factory: ChartFactory | None,
    parent: QWidget,
    theme: Theme = DEFAULT_THEME,
) -> PresentationWindow:
    """Open the slides full screen at the selected item; Esc brings parent back to the front."""
    try:
        border_map: BorderMap | None = service.border_map()
    except BorderDeskError:  # the slides still show, with the chart alone
        log.exception("the map could not be read for the presentation")
        border_map = None
    window = PresentationWindow(
        build_sequence(service),
        selection,
        service.edition().version,
        chart_factory,
        (service.chart_sources(), service.segment_series(None)),
        parent,
        theme=theme,
        border_map=border_map,
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.closed.connect(parent.activateWindow)
    # Cover the screen the main window is on even where no window manager honours
    # the full-screen request (a bare X server, some projector set-ups).
    screen = parent.screen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    window.activateWindow()
    window.setFocus()
    return window
