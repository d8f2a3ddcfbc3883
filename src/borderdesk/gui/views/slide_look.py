"""The look slides share, in presentation mode and in the quiz: labels, type, colours.

Type is sized in pixels from the slide's height (shares of it), so the slides read the same
from the back of the room on any screen; bold comes from the bundled variable font's weight
axis, as Qt's synthetic bold is lost at large sizes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from borderdesk.gui.plain import plain_label
from borderdesk.gui.style.theme import Theme


def slide_label(name: str) -> QLabel:
    """Return a wrapping, plain-text label that takes no clicks or keys."""
    label = plain_label(name=name)  # slides show the dataset's names and figures
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def size_label(label: QLabel, height: int, share: float, *, bold: bool = False) -> None:
    """Set a label's type to ``share`` of the slide's height in pixels (at least 8 px)."""
    font = QFont(label.font())
    font.setPixelSize(max(8, round(height * share)))
    font.setWeight(QFont.Weight.Normal)  # a label set bold before is plain again
    font.unsetVariableAxis(QFont.Tag("wght"))
    if bold:
        # As in the chart: the bundled variable font's weight axis, since Qt's
        # synthetic bold is lost at 64 px and more (the title from 1067 px high).
        font.setWeight(QFont.Weight.DemiBold)
        font.setVariableAxis(QFont.Tag("wght"), 700.0)
    label.setFont(font)


def slide_style(theme: Theme, root: str, muted: tuple[str, ...]) -> str:
    """Return the style sheet of a slide window: its ground, its text, its muted labels."""
    muted_rules = ", ".join(f"#{root} QLabel#{name}" for name in muted)
    return (
        f"#{root} {{ background: {theme.background}; }}"
        f" #{root} QLabel {{ color: {theme.text}; }}"
        + (f" {muted_rules} {{ color: {theme.muted}; }}" if muted else "")
    )
