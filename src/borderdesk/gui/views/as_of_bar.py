"""The "View as of" control: a slider over the years with the key dates marked, and a date box.

It sits in the menu bar's corner and reads and writes the window's one ``AsOfState``: moving
the slider, typing a date or choosing a key date changes the date every view shows; a date set
elsewhere (the presentation's T key) moves the slider. Dragging only previews the date in the
box; the views follow when the handle is let go, so a drag does not rebuild every page.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QMenu,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)

from borderdesk.core.as_of import KeyDate, format_day
from borderdesk.gui.as_of import AsOfState
from borderdesk.gui.plain import plain_label, plain_tip
from borderdesk.gui.views.menu_button import MenuButton

MONTH_DAYS = 30  # one arrow-key step of the slider
YEAR_DAYS = 365  # one Page Up / Page Down step
MARK_LENGTH = 4  # px: the key-date marks under the groove
PREFERRED_WIDTH = 260  # px: the slider's length when the menu bar has room


class KeyDateSlider(QSlider):
    """A horizontal slider over days since the earliest date, with the key dates marked."""

    def __init__(self, earliest: date, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._earliest = earliest
        self._marks: tuple[KeyDate, ...] = ()
        self.setSingleStep(MONTH_DAYS)
        self.setPageStep(YEAR_DAYS)
        self.setTracking(False)  # the date changes when the handle is let go
        self.setMinimumWidth(90)  # narrow windows keep it; wide ones give it more

    def day_at(self, value: int) -> date:
        """Return the day a slider value stands for."""
        return self._earliest + timedelta(days=value)

    def value_of(self, day: date) -> int:
        """Return the slider value of a day."""
        return (day - self._earliest).days

    def set_marks(self, marks: tuple[KeyDate, ...]) -> None:
        """Mark these dates under the groove (their labels become the tooltip)."""
        self._marks = marks
        self.setToolTip(plain_tip("\n".join(f"{format_day(m.day)}: {m.label}" for m in marks)))
        self.update()

    def mark_positions(self) -> list[int]:
        """Return the x of each key-date mark, in pixels from the slider's left edge."""
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        span = groove.width() - handle.width()
        left = groove.x() + handle.width() // 2
        return [
            left
            + QStyle.sliderPositionFromValue(
                self.minimum(), self.maximum(), self.value_of(m.day), span
            )
            for m in self._marks
        ]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Draw the slider, then a short tick under the groove at each key date."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().windowText().color(), 2))
        bottom = self.rect().bottom()
        for x in self.mark_positions():
            painter.drawLine(x, bottom - MARK_LENGTH, x, bottom)
        painter.end()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Ask for a usable length, and room under the groove for the marks."""
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), PREFERRED_WIDTH))
        hint.setHeight(hint.height() + MARK_LENGTH)
        return hint


class AsOfBar(QWidget):
    """Choose the date the window shows: slider, date box, and a menu of the key dates.

    Small enough for the menu bar's corner: the pages keep every pixel of height.
    """

    def __init__(self, state: AsOfState, parent: QWidget | None = None, *, height: int = 0) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("asOfBar")
        self.label = plain_label("")
        self.slider = KeyDateSlider(state.earliest)
        self.slider.setObjectName("asOfSlider")
        self.date_box = QDateEdit()
        self.date_box.setObjectName("asOfDate")
        self.date_box.setCalendarPopup(True)
        self.date_box.setDisplayFormat("d MMM yyyy")
        self.date_box.setKeyboardTracking(False)  # the views follow once the date is typed
        self.label.setBuddy(self.slider)
        self.key_button = MenuButton()  # wide enough that the style's arrow clears the text
        self.key_button.setObjectName("asOfKeyDates")
        self.key_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.key_menu = QMenu(self.key_button)
        self.key_button.setMenu(self.key_menu)
        self.key_group = QActionGroup(self)
        self.key_actions: list[QAction] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 2, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.date_box)
        layout.addWidget(self.key_button)
        if height > 0:  # as high as the menu bar's own items, not the boxes' usual height
            for widget in (self.date_box, self.key_button):
                widget.setFixedHeight(min(widget.sizeHint().height(), height))
        self._retranslate()
        self._rebuild_marks()
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.slider.sliderMoved.connect(self._on_slider_moved)
        self.date_box.dateChanged.connect(self._on_date_box_changed)
        state.date_changed.connect(self._on_state_date_changed)
        self._show(state.current)

    def _retranslate(self) -> None:
        """Put the control's words in the interface language."""
        self.label.setText(self.tr("As of"))
        self.slider.setAccessibleName(self.tr("View as of"))
        self.slider.setAccessibleDescription(
            self.tr("Arrow keys move a month, Page Up and Page Down a year")
        )
        self.date_box.setAccessibleName(self.tr("Date viewed"))
        self.key_button.setText(self.tr("Key dates"))
        self.key_button.setAccessibleName(self.tr("Key dates"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Retranslate, and name the key dates and months anew, when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.date_box.setLocale(QLocale())  # the month names of the language now chosen
            self._rebuild_marks()
            self._show(self._state.current)
        super().changeEvent(event)

    def _rebuild_marks(self) -> None:
        """Make the range run to today, and an entry of the menu for each key date."""
        marks = self._state.key_dates()
        today = self._state.today
        self.slider.setRange(0, self.slider.value_of(today))
        self.slider.set_marks(marks)
        self.date_box.setDateRange(_qdate(self._state.earliest), _qdate(today))
        for old in self.key_actions:  # the entries of the language before, if any
            self.key_group.removeAction(old)
            old.deleteLater()
        self.key_menu.clear()
        self.key_actions = []
        for mark in marks:
            text = mark.short
            if mark.label != mark.short:
                text = f"{text} — {mark.label}"
            action = QAction(text, self)
            action.setToolTip(plain_tip(format_day(mark.day)))
            action.setCheckable(True)
            action.setActionGroup(self.key_group)
            action.triggered.connect(lambda _=False, day=mark.day: self._choose(day))
            self.key_menu.addAction(action)
            self.key_actions.append(action)

    def _show(self, day: date) -> None:
        """Put a day in the slider, the box and the menu without echoing it back."""
        for widget in (self.slider, self.date_box):
            widget.blockSignals(True)
        self.slider.setValue(self.slider.value_of(day))
        self.date_box.setDate(_qdate(day))
        for widget in (self.slider, self.date_box):
            widget.blockSignals(False)
        marks = self._state.key_dates()
        self.key_group.setExclusive(False)  # none checked between key dates
        for action, mark in zip(self.key_actions, marks, strict=False):
            action.setChecked(mark.day == day)
        self.key_group.setExclusive(True)

    def _choose(self, day: date) -> None:
        if not self._state.set_date(day, origin=self):
            self._show(self._state.current)  # clamped or unchanged: show what holds
        else:
            self._show(day)

    def _on_slider_value_changed(self, value: int) -> None:
        self._choose(self.slider.day_at(value))

    def _on_slider_moved(self, value: int) -> None:
        self.date_box.blockSignals(True)
        self.date_box.setDate(_qdate(self.slider.day_at(value)))
        self.date_box.blockSignals(False)

    def _on_date_box_changed(self, value: QDate) -> None:
        self._choose(date(value.year(), value.month(), value.day()))

    def _on_state_date_changed(self, day: date) -> None:
        if self._state.origin is not self:
            self._show(day)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
