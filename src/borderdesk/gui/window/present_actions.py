"""View → Presentation mode (F5) and View → Slides: which slides, started from the window.

The teacher chooses the slides once (this item; this item with its border and organisations;
the whole deck) and the choice is remembered; F5 then opens them at the selected item. The
presentation follows the window's theme, counts as one visit in Back/Forward, offers the quiz
(Q) and shows the teacher's own notes in the presenter's view on a second screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from borderdesk.core.handout import NoteLookup
from borderdesk.core.service import ReferenceService
from borderdesk.core.slide_order import SlideOrder
from borderdesk.gui.as_of import AsOfState
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.settings import Settings
from borderdesk.gui.style.theme_manager import ThemeManager

if TYPE_CHECKING:  # the slides are imported when a presentation starts, not with the window
    from borderdesk.gui.views.presentation import PresentationWindow

ChartFactory = Callable[[], QWidget]

ORDER_NAMES = {
    SlideOrder.ITEM: "slidesItemAction",
    SlideOrder.RELATED: "slidesRelatedAction",
    SlideOrder.DECK: "slidesDeckAction",
}


class PresentActions(QObject):
    """Own the presentation action and the Slides menu of one window."""

    started = Signal(object)  # the PresentationWindow just opened

    def __init__(
        self,
        service: ReferenceService,
        settings: Settings,
        selection: SelectionState,
        theme_manager: ThemeManager,
        chart_factory: Callable[[], ChartFactory],
        window: QWidget,
        as_of: AsOfState | None = None,
    ) -> None:
        super().__init__(window)
        self._service = service
        self._settings = settings
        self._selection = selection
        self._theme_manager = theme_manager
        self._chart_factory = chart_factory
        self._window = window
        self._as_of = as_of  # the date the slides hold for: the window's
        self._notes: NoteLookup | None = None
        self.presentation_action = QAction(self.tr("&Presentation mode"), window)
        self.presentation_action.setObjectName("presentationAction")
        self.presentation_action.setShortcut(QKeySequence("F5"))
        self.presentation_action.setStatusTip(
            self.tr("The slides chosen in View → Slides, full screen, from the selected item")
        )
        self.presentation_action.triggered.connect(lambda _checked=False: self.present())
        self.slides_menu = QMenu(self.tr("S&lides"), window)
        self.slides_menu.setObjectName("slidesMenu")
        group = QActionGroup(self)
        texts = self._order_texts()
        chosen = SlideOrder(settings.preferences.slide_order)
        self.order_actions: dict[SlideOrder, QAction] = {}
        for order, text in texts.items():
            action = QAction(text, window)
            action.setObjectName(ORDER_NAMES[order])
            action.setCheckable(True)
            action.setChecked(order is chosen)
            action.triggered.connect(lambda _checked=False, o=order: self.set_order(o))
            group.addAction(action)
            self.slides_menu.addAction(action)
            self.order_actions[order] = action

    def retranslate(self) -> None:
        """Put the actions' and the menu's texts in the interface language."""
        self.presentation_action.setText(self.tr("&Presentation mode"))
        self.presentation_action.setStatusTip(
            self.tr("The slides chosen in View → Slides, full screen, from the selected item")
        )
        self.slides_menu.setTitle(self.tr("S&lides"))
        for order, text in self._order_texts().items():
            self.order_actions[order].setText(text)

    def _order_texts(self) -> dict[SlideOrder, str]:
        return {
            SlideOrder.ITEM: self.tr("This &item"),
            SlideOrder.RELATED: self.tr("This item, its &border and organisations"),
            SlideOrder.DECK: self.tr("The &whole deck, from this item"),
        }

    def order(self) -> SlideOrder:
        """Return the slides chosen in View → Slides."""
        return next(o for o, action in self.order_actions.items() if action.isChecked())

    def set_order(self, order: SlideOrder) -> None:
        """Choose the slides F5 shows, and remember the choice."""
        self.order_actions[order].setChecked(True)
        self._settings.preferences.slide_order = order.value

    def set_notes(self, notes: NoteLookup) -> None:
        """Show the user's note on each slide's item in the presenter's view."""
        self._notes = notes

    def present(self) -> PresentationWindow:
        """Show the chosen slides full screen from the selected item; Esc comes back."""
        from borderdesk.gui.views.presentation import start_presentation

        window = start_presentation(
            self._service,
            self._selection,
            self._chart_factory(),
            self._window,
            self._theme_manager.theme,
            order=self.order(),
            notes=self._notes,
            as_of=self._as_of,
        )
        self._theme_manager.theme_changed.connect(window.set_theme)
        self.started.emit(window)
        return window
