"""The Go menu: Back and Forward (shortcuts, buttons, mouse buttons) and Overview.

The actions follow a ``SelectionHistory``: disabled when there is nowhere to go, and their
tooltips name where they go. The mouse's back and forward buttons work anywhere over the
window, whatever widget is under the pointer: the tree, the page and the chart each take
mouse presses for themselves, so the buttons are heard on the window's own ``QWindow``,
which gets every mouse event before the widget under the pointer does. (An application-wide
filter would hear them too, but it would run Python for every event of every object, paints
and timers included, and wait for the worker thread each time.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QMenu, QStyle, QToolButton, QWidget

from borderdesk.core.model import ItemRef
from borderdesk.gui.plain import plain_tip
from borderdesk.gui.window.history import SelectionHistory

TitleOf = Callable[[ItemRef], str]

_MOUSE_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
# Not QKeySequence.StandardKey.Back: on Linux it includes Backspace, which would go back
# when a reader deletes a character with the focus outside a text field.
BACK_KEYS = [QKeySequence("Alt+Left"), QKeySequence(Qt.Key.Key_Back)]
FORWARD_KEYS = [QKeySequence("Alt+Right"), QKeySequence(Qt.Key.Key_Forward)]


class BackForward(QObject):
    """Back and Forward for one window, over its selection history."""

    def __init__(
        self,
        history: SelectionHistory,
        title_of: TitleOf,
        window: QWidget,
        go_home: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self._history = history
        self._title_of = title_of
        self._window = window
        style = window.style()
        self.back_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "", window
        )
        self.back_action.setObjectName("backAction")
        self.back_action.setShortcuts(BACK_KEYS)
        self.back_action.triggered.connect(lambda _checked=False: history.back())
        self.forward_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), "", window
        )
        self.forward_action.setObjectName("forwardAction")
        self.forward_action.setShortcuts(FORWARD_KEYS)
        self.forward_action.triggered.connect(lambda _checked=False: history.forward())
        for action in (self.back_action, self.forward_action):
            # Alt+Left works wherever the focus is in the window, the tree and the page included.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Two tool buttons in a bare box, for the menu bar's corner: as tall as the menu bar.
        self.buttons = QWidget(window)
        self.buttons.setObjectName("backForwardButtons")
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for action, name in (
            (self.back_action, "backButton"),
            (self.forward_action, "forwardButton"),
        ):
            button = QToolButton(self.buttons)
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Left and Alt+Right are the keys
            row.addWidget(button)
        self.overview_action = QAction(window)
        self.overview_action.setObjectName("overviewAction")
        self.overview_action.setShortcut(QKeySequence("Alt+Home"))
        self.overview_action.triggered.connect(lambda _checked=False: go_home())
        self.menu = QMenu(window)
        self.menu.setObjectName("goMenu")
        self.menu.addActions([self.back_action, self.forward_action])
        self.menu.addSeparator()
        self.menu.addAction(self.overview_action)
        history.changed.connect(self.refresh)
        window.installEventFilter(self)  # until it first shows: then its QWindow exists
        self.retranslate()

    def _hear_window(self) -> None:
        """Watch the shown window's QWindow (made when it first shows) for the side buttons."""
        handle = self._window.windowHandle()
        if handle is None:
            return
        handle.installEventFilter(self)
        self._window.removeEventFilter(self)  # the window's QWindow stays while it lives

    def retranslate(self) -> None:
        """Put the menu's and the actions' texts (and tooltips) in the interface language."""
        self.back_action.setText(self.tr("&Back"))
        self.forward_action.setText(self.tr("&Forward"))
        self.overview_action.setText(self.tr("&Overview"))
        self.menu.setTitle(self.tr("&Go"))
        self.refresh()

    def actions(self) -> list[QAction]:
        """Return Back and Forward, in menu order."""
        return [self.back_action, self.forward_action]

    def refresh(self) -> None:
        """Enable each action when it has somewhere to go, and say where in its tooltip."""
        for action, target, where in (
            (self.back_action, self._history.back_target(), self.tr("Back to {item}")),
            (self.forward_action, self._history.forward_target(), self.tr("Forward to {item}")),
        ):
            action.setEnabled(target is not None)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if target is None:
                tip = self.tr("Back") if action is self.back_action else self.tr("Forward")
            else:
                tip = where.format(item=self._title_of(target))
            # The tip names an item of the dataset: shown as text, whatever the name holds.
            action.setToolTip(plain_tip(f"{tip} ({keys})" if keys else tip))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Go back or forward on the mouse's side buttons anywhere over the window."""
        kind = event.type()
        if watched is self._window:
            if kind == QEvent.Type.Show:
                self._hear_window()
            return False
        if kind not in _MOUSE_EVENTS or not isinstance(event, QMouseEvent):
            return False
        button = event.button()
        if button not in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton):
            return False
        if event.type() == QEvent.Type.MouseButtonPress:
            if button == Qt.MouseButton.BackButton:
                self._history.back()
            else:
                self._history.forward()
        return True
