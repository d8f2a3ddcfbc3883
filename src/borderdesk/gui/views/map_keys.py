"""The map's own keys, shared by the map pane and the shortcut sheet (which so cannot drift)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from borderdesk.gui.views.key_help import QT_TRANSLATE_NOOP, KeyGroup, KeyHelp

ZOOM_IN_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
ZOOM_OUT_KEYS = (Qt.Key.Key_Minus,)
# Left moves the map to the right: more of the west comes into view.
PAN_KEYS = {
    Qt.Key.Key_Left: (1, 0),
    Qt.Key.Key_Right: (-1, 0),
    Qt.Key.Key_Up: (0, 1),
    Qt.Key.Key_Down: (0, -1),
}
RESET_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Home)

KEY_HELP = KeyGroup(
    QT_TRANSLATE_NOOP("KeyHelp", "Map (when it has the keyboard focus)"),
    (
        KeyHelp(ZOOM_IN_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Zoom in (the wheel zooms too)")),
        KeyHelp(ZOOM_OUT_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Zoom out")),
        KeyHelp(tuple(PAN_KEYS), QT_TRANSLATE_NOOP("KeyHelp", "Move the map (or drag it)")),
        KeyHelp(RESET_KEYS, QT_TRANSLATE_NOOP("KeyHelp", "Show the whole map again")),
    ),
)
