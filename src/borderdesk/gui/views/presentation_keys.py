"""The keys presentation mode acts on, and what the shortcut sheet says of them.

Kept apart from ``presentation`` so the sheet can list them without making a slide; the
presentation window and the presenter's view both decide what a key does from these tuples.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from borderdesk.gui.views.key_help import QT_TRANSLATE_NOOP, KeyGroup, KeyHelp

NEXT_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up)
SWAP_KEYS = (Qt.Key.Key_M, Qt.Key.Key_Tab)
QUIZ_KEYS = (Qt.Key.Key_Q,)
DATE_KEYS = (Qt.Key.Key_T,)  # Shift+T steps back
LEAVE_KEYS = (Qt.Key.Key_Escape,)
ZOOM_KEYS = (QKeySequence.StandardKey.ZoomIn, QKeySequence.StandardKey.ZoomOut, "Ctrl+0")
ZOOM_STEP = 0.1
ZOOMS = (0.8, 1.6)  # the smallest and largest zoom; the least text size holds at any

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
        KeyHelp(
            ZOOM_KEYS,
            QT_TRANSLATE_NOOP("KeyHelp", "Larger or smaller type on the slide, or as designed"),
        ),
        KeyHelp(QUIZ_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Start a quiz for the class")),
        KeyHelp(
            DATE_KEYS,
            QT_TRANSLATE_NOOP(
                "KeyHelp", "Next key date (Shift+T: the previous one), as of the date"
            ),
        ),
        KeyHelp(
            LEAVE_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Leave, back to the same item in the window")
        ),
    ),
)
