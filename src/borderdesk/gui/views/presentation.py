"""Presentation mode: one full-screen slide at a time, type sized for the back row.

Keys are what clickers send: PageDown / PageUp, and also the arrows and Space; Home and End
jump to the ends; Esc leaves. Every slide change is written to the shared SelectionState,
so the normal window shows the same item when the presentation ends.

A slide (``SlideView``) shows the segment chart (the overview, a border with its bar
highlighted), the border map (an organisation, its member states hatched), every source's
lengths, the borders × organisations grid or a run of the timeline. M or Tab swaps the
picture for the map (or back) until the slide changes; Ctrl+Plus and Ctrl+Minus scale the
slide's type, Ctrl+0 sets it back. With a second screen attached the slides go to the
projector and the laptop shows the presenter's view (``PresenterView``).

Every slide holds for the date the window is read as of (the shared ``AsOfState``); T steps
that date to the next key date (the article, 2015, 2022, today) and Shift+T back, so one
slide can be shown through time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from borderdesk.core.editions import chart_source_on
from borderdesk.core.errors import BorderDeskError
from borderdesk.core.handout import NoteLookup
from borderdesk.core.i18n import QT_TRANSLATE_NOOP
from borderdesk.core.model import BorderMap, SegmentSeries
from borderdesk.core.service import ReferenceService
from borderdesk.core.slide_order import SlideOrder, safe_presentation
from borderdesk.core.slides import Slide, SlideVisual, footer, index_of
from borderdesk.gui.as_of import AsOfState
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.presentation_keys import (
    DATE_KEYS,
    KEY_HELP,
    LEAVE_KEYS,
    NEXT_KEYS,
    PREVIOUS_KEYS,
    QUIZ_KEYS,
    SWAP_KEYS,
    ZOOM_STEP,
    ZOOMS,
)
from borderdesk.gui.views.slide_view import ChartData, ChartFactory, SlideView

if TYPE_CHECKING:  # the map and the presenter's view come with a presentation, not before
    from PySide6.QtWidgets import QLabel

    from borderdesk.gui.views.border_map import BorderMapView
    from borderdesk.gui.views.presenter_view import PresenterView

log = logging.getLogger(__name__)

__all__ = ["HINT", "KEY_HELP", "PresentationWindow", "projector_screen", "start_presentation"]

HINT = QT_TRANSLATE_NOOP("PresentationWindow", "M: map/chart")
DATE_HINT = QT_TRANSLATE_NOOP("PresentationWindow", "T: next date")  # when slides follow the date


class PresentationWindow(QWidget):
    """Show the slides full screen and step through them with the keyboard or a clicker."""

    closed = Signal()
    quiz_requested = Signal()  # Q: the window opens a quiz over the slides
    slide_changed = Signal(int)  # the index of the slide now shown

    def __init__(
        self,
        slides: tuple[Slide, ...],
        selection: SelectionState,
        version: str,
        chart_factory: ChartFactory | None = None,
        chart_data: ChartData | None = None,
        parent: QWidget | None = None,
        *,
        theme: Theme = DEFAULT_THEME,
        border_map: BorderMap | None = None,
        start: int | None = None,
        as_of: AsOfState | None = None,
        rebuild: Callable[[date], tuple[Slide, ...]] | None = None,
        series_on: Callable[[date], SegmentSeries] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        if not slides:
            raise ValueError("a presentation needs at least one slide")  # a programming error
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("BorderDesk presentation"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._slides = slides
        self._selection = selection
        self._version = version
        self._as_of = as_of or AsOfState(self)
        self._rebuild = rebuild
        self._series_on = series_on
        self._index = start if start is not None else index_of(slides, selection.current)
        self._zoom = 1.0
        self.presenter: PresenterView | None = None
        self.view = SlideView(chart_factory, chart_data, border_map, self, name="presentationSlide")
        self.view.set_date(self._as_of.current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.set_theme(theme)
        self._show_slide()
        self._as_of.date_changed.connect(self._on_date_changed)

    # The slide's parts, for the window and for tests --------------------------------------

    @property
    def title_label(self) -> QLabel:
        """Return the slide's title."""
        return self.view.title_label

    @property
    def hint_label(self) -> QLabel:
        """Return the footer's key hint."""
        return self.view.hint_label

    @property
    def chart_widget(self) -> QWidget | None:
        """Return the slide's chart, or None when there is none."""
        return self.view.chart_widget

    @property
    def map_view(self) -> BorderMapView | None:
        """Return the slide's map, or None when there is none."""
        return self.view.map_view

    @property
    def index(self) -> int:
        """Return the index of the slide shown."""
        return self._index

    @property
    def slides(self) -> tuple[Slide, ...]:
        """Return every slide, in order."""
        return self._slides

    @property
    def selection(self) -> SelectionState:
        """Return the selection the slides write to."""
        return self._selection

    @property
    def slide(self) -> Slide:
        """Return the slide shown."""
        return self._slides[self._index]

    def slide_text(self) -> str:
        """Return everything the slide says in its labels, as plain text."""
        return self.view.slide_text()

    def title_pixel_size(self) -> int:
        """Return the title's font size in pixels."""
        return self.title_label.font().pixelSize()

    def footer_text(self) -> str:
        """Return the footer: ``3 / 19 · as of 3 December 2026 · BorderDesk dataset …``."""
        on = self.slide.on or self._as_of.current
        return footer(self._index, len(self._slides), self._version, on)

    # Theme and zoom -----------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        """Show the slides, and their chart and map, in a theme's colours."""
        self.view.set_theme(theme)
        if self.presenter is not None:
            self.presenter.set_theme(theme)

    def theme(self) -> Theme:
        """Return the theme the slides are shown in."""
        return self.view.theme()

    def zoom(self) -> float:
        """Return the type's zoom (1 as designed)."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Scale the slide's type within ZOOMS (Ctrl+Plus, Ctrl+Minus, Ctrl+0)."""
        self._zoom = min(max(zoom, ZOOMS[0]), ZOOMS[1])
        self.view.set_zoom(self._zoom)
        if self.presenter is not None:
            self.presenter.set_zoom(self._zoom)

    # Moving -------------------------------------------------------------------------------

    def visual(self) -> SlideVisual | None:
        """Return what the slide shows beside its text."""
        return self.view.visual()

    def show_visual(self, visual: SlideVisual) -> None:
        """Show a picture until the slide changes."""
        self.view.show_visual(visual)
        if self.presenter is not None:
            self.presenter.show_visual(visual)

    def toggle_visual(self) -> None:
        """Show the map in place of the slide's picture, or the picture again (M or Tab)."""
        if self.view.map_view is None:
            return
        own = self.slide.visual if self.slide.visual is not SlideVisual.MAP else SlideVisual.CHART
        target = own if self.visual() is SlideVisual.MAP else SlideVisual.MAP
        self.show_visual(target)
        if self.visual() is not target:  # nothing to swap to: back as it was
            self.show_visual(SlideVisual.MAP if target is not SlideVisual.MAP else own)

    def go_to(self, index: int) -> None:
        """Show the slide at index (clamped to the sequence)."""
        index = max(0, min(len(self._slides) - 1, index))
        if index != self._index:
            self._index = index
            self._show_slide()

    @property
    def as_of(self) -> AsOfState:
        """Return the date state the slides follow."""
        return self._as_of

    def step_date(self, forward: bool = True) -> None:
        """Show the same slide at the next (or previous) key date (T, Shift+T)."""
        self._as_of.step(forward, origin=self)

    def _on_date_changed(self, on: date) -> None:
        """Rebuild the slides for the new date and show the same item's slide."""
        if self._rebuild is None:
            return
        ref, index = self.slide.ref, self._index
        self._slides = self._rebuild(on)
        same = index < len(self._slides) and self._slides[index].ref == ref
        self._index = index if same else index_of(self._slides, ref)
        series = self._series_on(on) if self._series_on is not None else None
        self.view.set_date(on, series)
        if self.presenter is not None:
            self.presenter.set_date(on, series)
        self._show_slide()

    def next_slide(self) -> None:
        """Show the next slide."""
        self.go_to(self._index + 1)

    def previous_slide(self) -> None:
        """Show the previous slide."""
        self.go_to(self._index - 1)

    def _show_slide(self) -> None:
        slide = self.slide
        own = slide.visual if slide.visual is not SlideVisual.MAP else SlideVisual.CHART
        swappable = self.view.can_show(SlideVisual.MAP) and self.view.can_show(own)
        self.view.show_slide(slide, self.footer_text(), self.hint_text() if swappable else "")
        self.view.hint_label.setVisible(swappable)
        if self.presenter is not None:
            self.presenter.show_slides(self._slides, self._index, self.footer_text())
        self._selection.select(slide.ref, origin=self)
        self.slide_changed.emit(self._index)

    def hint_text(self) -> str:
        """Return the footer's key hint: the map's key, and the date's when slides follow it."""
        if self._rebuild is None:
            return self.tr(HINT)
        return f"{self.tr(HINT)} · {self.tr(DATE_HINT)}"

    # Events -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate the window's own words when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("BorderDesk presentation"))
            if self.view.hint_label.isVisible():
                self.view.hint_label.setText(self.hint_text())
        super().changeEvent(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a slide key (from this window or the presenter's); False if not one."""
        key = Qt.Key(event.key())
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
            key == Qt.Key.Key_Equal and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.set_zoom(self._zoom + ZOOM_STEP)
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.set_zoom(self._zoom - ZOOM_STEP)
        elif key == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(1.0)
        elif key in NEXT_KEYS:
            self.next_slide()
        elif key in SWAP_KEYS or key == Qt.Key.Key_Backtab:  # Shift+Tab arrives as Backtab
            self.toggle_visual()
        elif key in QUIZ_KEYS:
            self.quiz_requested.emit()
        elif key in DATE_KEYS:
            shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.step_date(forward=not shifted)
        elif key in PREVIOUS_KEYS:
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self._slides) - 1)
        elif key in LEAVE_KEYS:
            self.close()
        else:
            return False
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Step with PageDown/PageUp, arrows and Space; Home/End; M or Tab; Ctrl±; Q; Esc."""
        if self.handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        """Keep Tab for the slide (it swaps the chart and the map): nothing else takes focus."""
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Close the presenter's view too, and tell the window the presentation has ended."""
        super().closeEvent(event)
        if self.presenter is not None:
            presenter, self.presenter = self.presenter, None
            presenter.close()
        self.closed.emit()


def _place(window: QWidget, screen: QScreen) -> None:
    """Put a top-level window on a screen, covering it."""
    if isinstance(screen, QScreen):
        window.setScreen(screen)
    window.setGeometry(screen.geometry())


def projector_screen(screens: Sequence[QScreen], laptop: QScreen | None) -> QScreen | None:
    """Return the screen to show the slides on when the laptop's is not the only one."""
    return next((screen for screen in screens if screen is not laptop), None)


def start_presentation(
    service: ReferenceService,
    selection: SelectionState,
    chart_factory: ChartFactory | None,
    parent: QWidget,
    theme: Theme = DEFAULT_THEME,
    *,
    order: SlideOrder = SlideOrder.DECK,
    notes: NoteLookup | None = None,
    as_of: AsOfState | None = None,
) -> PresentationWindow:
    """Open the slides full screen at the selected item, as of the window's date.

    Esc brings parent back to the front. With a second screen the slides fill it and the
    presenter's view fills the parent's.
    """
    as_of = as_of or AsOfState(parent)
    options = service.chart_sources()

    def series_on(on: date) -> SegmentSeries:
        return service.segment_series(chart_source_on(options, None, on))

    try:
        border_map: BorderMap | None = service.border_map()
    except BorderDeskError:  # the slides still show, with the chart alone
        log.exception("the map could not be read for the presentation")
        border_map = None
    chosen = selection.current  # the deck is chosen once; a new date rebuilds the same deck
    shown = safe_presentation(service, order, chosen, as_of.current)
    data = (options, series_on(as_of.current))
    window = PresentationWindow(
        shown.slides,
        selection,
        service.edition().version,
        chart_factory,
        data,
        parent,
        theme=theme,
        border_map=border_map,
        start=shown.start,
        as_of=as_of,
        rebuild=lambda on: safe_presentation(service, order, chosen, on).slides,
        series_on=series_on,
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.closed.connect(parent.activateWindow)
    laptop = parent.screen()
    projector = projector_screen(QGuiApplication.screens(), laptop)
    # Cover the screen even where no window manager honours the full-screen request (a bare
    # X server, some projector set-ups).
    target = projector or laptop
    if target is not None:
        _place(window, target)
    window.showFullScreen()
    if projector is not None and laptop is not None:
        from borderdesk.gui.views.presenter_view import PresenterView

        presenter = PresenterView(window, chart_factory, data, border_map, notes=notes)
        presenter.set_date(as_of.current)
        _place(presenter, laptop)
        presenter.showFullScreen()
        presenter.activateWindow()
        return window
    window.activateWindow()
    window.setFocus()
    return window
