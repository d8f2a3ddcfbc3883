"""The presenter's view on the laptop while the slides fill the projector.

The slide the class sees, the next one, the teacher's own note on the item (their note from
the window, as they typed it) and a clock: the time of day and how long the presentation has
run. Keys pressed here move the slides as they do on the projector; Esc ends both.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QScrollArea, QVBoxLayout, QWidget

from borderdesk.core.handout import NoteLookup
from borderdesk.core.model import BorderMap
from borderdesk.core.slides import Slide, SlideVisual, footer
from borderdesk.gui.style.theme import Theme
from borderdesk.gui.views.slide_look import slide_label, slide_style
from borderdesk.gui.views.slide_view import ChartData, ChartFactory, SlideView

if TYPE_CHECKING:
    from borderdesk.gui.views.presentation import PresentationWindow

NOTE_SHARE = 0.03  # of the laptop screen's height: the note's type
CLOCK_SHARE = 0.05
LABEL_SHARE = 0.024
CURRENT_SHARE = 0.6  # of the width: the slide shown now (and the note); the rest the next slide


class AspectBox(QWidget):
    """Hold a slide at the projector's proportions, as large as the room allows, centred."""

    def __init__(self, child: QWidget, ratio: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        self.ratio = ratio
        child.setParent(self)

    def set_ratio(self, ratio: float) -> None:
        """Keep the child at this width over height."""
        self.ratio = ratio
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fit the child to the new size."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width, height = self.width(), self.height()
        if width / max(height, 1) > self.ratio:
            width = round(height * self.ratio)
        else:
            height = round(width / self.ratio)
        self.child.setGeometry((self.width() - width) // 2, 0, width, height)


class PresenterView(QWidget):
    """Show the current and next slides, the teacher's note and a clock, for the presenter."""

    def __init__(
        self,
        presentation: PresentationWindow,
        chart_factory: ChartFactory | None,
        chart_data: ChartData | None,
        border_map: BorderMap | None,
        *,
        notes: NoteLookup | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenter")
        self.setWindowTitle(self.tr("BorderDesk presenter"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._presentation = presentation
        self._notes = notes
        self._started = time.monotonic()
        self.current = SlideView(chart_factory, chart_data, border_map, name="presenterCurrent")
        self.upcoming = SlideView(chart_factory, chart_data, border_map, name="presenterNext")
        # Each slide a small copy of the projector's: its proportions, its type in proportion.
        ratio = presentation.width() / max(presentation.height(), 1)
        self._current_box = AspectBox(self.current, ratio)
        self._upcoming_box = AspectBox(self.upcoming, ratio)
        self._build_ui()
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        presentation.presenter = self
        self.set_theme(presentation.theme())
        self.set_zoom(presentation.zoom())
        self.show_slides(presentation.slides, presentation.index, presentation.footer_text())
        self._tick()

    def _build_ui(self) -> None:
        self.now_label = slide_label("presenterNowLabel")
        self.now_label.setText(self.tr("On the projector"))
        self.next_label = slide_label("presenterNextLabel")
        self.note_heading = slide_label("presenterNoteHeading")
        self.note_heading.setText(self.tr("Your note"))
        self.note_label = slide_label("presenterNote")
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroller = QScrollArea()
        scroller.setObjectName("presenterNoteScroller")
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.note_label)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.clock_label = slide_label("presenterClock")
        self.clock_label.setWordWrap(False)
        self.counter_label = slide_label("presenterCounter")
        self.counter_label.setWordWrap(False)
        left = QVBoxLayout()
        left.addWidget(self.now_label)
        left.addWidget(self._current_box, 3)
        left.addWidget(self.note_heading)
        left.addWidget(scroller, 2)
        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self._upcoming_box, 1)
        right.addStretch(1)
        right.addWidget(self.counter_label, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignRight)
        layout = QGridLayout(self)
        layout.addLayout(left, 0, 0)
        layout.addLayout(right, 0, 1)
        layout.setColumnStretch(0, round(CURRENT_SHARE * 100))
        layout.setColumnStretch(1, round((1 - CURRENT_SHARE) * 100))
        for view in (self.current, self.upcoming):
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    # Following the presentation -----------------------------------------------------------

    def show_slides(self, slides: tuple[Slide, ...], index: int, footer_text: str) -> None:
        """Show the slide at index, the one after it and the note on its item."""
        slide = slides[index]
        self.current.show_slide(slide, footer_text)
        if index + 1 < len(slides):
            following = slides[index + 1]
            self.next_label.setText(self.tr("Next: %1").replace("%1", following.title))
            self.upcoming.show_slide(following, footer(index + 1, len(slides), ""))
            self._upcoming_box.setVisible(True)
        else:
            self.next_label.setText(self.tr("The last slide"))
            self._upcoming_box.setVisible(False)
        self.counter_label.setText(
            self.tr("Slide %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(slides)))
        )
        self.note_label.setText(self.note_text(slide))

    def note_text(self, slide: Slide) -> str:
        """Return the teacher's note on the slide's item, or say there is none."""
        note = self._notes(slide.ref).strip() if self._notes is not None else ""
        if note:
            return note
        return self.tr(
            "No note on this item. Write one under its page in the window, and it shows here."
        )

    def show_visual(self, visual: SlideVisual) -> None:
        """Show the same picture as the projector (M swaps it there and here)."""
        self.current.show_visual(visual)

    def set_theme(self, theme: Theme) -> None:
        """Show the slides and the notes in a theme's colours."""
        self.setStyleSheet(
            slide_style(
                theme,
                "presenter",
                ("presenterNowLabel", "presenterNextLabel", "presenterNoteHeading"),
            )
            + f" #presenterNoteScroller, #presenterNoteScroller > QWidget > QWidget"
            f" {{ background: {theme.background}; }}"
        )
        self.current.set_theme(theme)
        self.upcoming.set_theme(theme)

    def set_zoom(self, zoom: float) -> None:
        """Show the slides at the projector's zoom."""
        self.current.set_zoom(zoom)
        self.upcoming.set_zoom(zoom)

    def clock_text(self) -> str:
        """Return ``14:05 · 12:34 elapsed``: the time of day and the time since the start."""
        elapsed = int(time.monotonic() - self._started)
        hours, rest = divmod(elapsed, 3600)
        minutes, seconds = divmod(rest, 60)
        ran = f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
        now = QLocale().toString(QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat)
        return self.tr("%1 · %2 elapsed").replace("%1", now).replace("%2", ran)

    def _tick(self) -> None:
        self.clock_label.setText(self.clock_text())

    # Events -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Size the type to the laptop's screen, the slides to the projector's proportions."""
        super().resizeEvent(event)
        ratio = self._presentation.width() / max(self._presentation.height(), 1)
        self._current_box.set_ratio(ratio)
        self._upcoming_box.set_ratio(ratio)
        height = max(self.height(), 1)
        for label, share, bold in (
            (self.note_label, NOTE_SHARE, False),
            (self.clock_label, CLOCK_SHARE, True),
            (self.counter_label, CLOCK_SHARE, True),
            (self.now_label, LABEL_SHARE, False),
            (self.next_label, LABEL_SHARE, False),
            (self.note_heading, LABEL_SHARE, True),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(12, round(height * share)))
            font.setBold(bold)
            label.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Move the slides as the projector's window does."""
        if self._presentation.handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        """Keep Tab for the slides (it swaps the chart and the map)."""
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """End the presentation with its presenter's view."""
        self._clock.stop()
        super().closeEvent(event)
        if self._presentation.presenter is self:
            self._presentation.presenter = None
            self._presentation.close()
