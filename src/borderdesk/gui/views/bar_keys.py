"""The chart's bar keys: which bar a key moves to, and what the shortcut sheet says of them.

Kept apart from ``chart_focus`` (which draws with pyqtgraph) so the shortcut sheet can list the
keys without importing the chart.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from borderdesk.gui.views.key_help import QT_TRANSLATE_NOOP, KeyGroup, KeyHelp

STEPS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
ENDS = (Qt.Key.Key_Home, Qt.Key.Key_End)
MOVES = STEPS + ENDS
TABLE_COPY = QKeySequence.StandardKey.Copy  # in the table: every row as CSV, not one cell

KEY_HELP = KeyGroup(
    QT_TRANSLATE_NOOP("KeyHelp", "Chart (when it has the keyboard focus)"),
    (
        KeyHelp(STEPS, QT_TRANSLATE_NOOP("KeyHelp", "Select the border of the next bar")),
        KeyHelp(ENDS, QT_TRANSLATE_NOOP("KeyHelp", "Select the border of the first or last bar")),
        KeyHelp((TABLE_COPY,), QT_TRANSLATE_NOOP("KeyHelp", "Copy the table's figures as CSV")),
    ),
)


def step_key(keys: Sequence[str], current: str | None, key: Qt.Key) -> str | None:
    """Return the border a key press moves to, or None for a key that moves nothing.

    Right and Down go to the next bar (upright bars run left to right, lying ones top to
    bottom), Left and Up to the previous. With no bar chosen, Right, Down and Home go to the
    first bar, Left, Up and End to the last.
    """
    if not keys or key not in MOVES:
        return None
    if key == Qt.Key.Key_Home:
        return keys[0]
    if key == Qt.Key.Key_End:
        return keys[-1]
    step = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
    if current not in keys:
        return keys[0] if step > 0 else keys[-1]
    index = keys.index(current) + step
    return keys[max(0, min(len(keys) - 1, index))]
