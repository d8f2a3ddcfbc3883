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

# The least text on a slide, as a share of its height: 28 px on a 1080-px screen, the size
# that reads from the back of a classroom. Captions, sources and footers included.
LEAST_TEXT_SHARE = 0.026


def least_text_px(height: int) -> int:
    """Return the smallest text a slide this many pixels high may draw (28 at 1080)."""
    return max(1, round(height * LEAST_TEXT_SHARE))


def slide_label(name: str) -> QLabel:
    """Return a wrapping, plain-text label that takes no clicks or keys."""
    label = plain_label(name=name)  # slides show the dataset's names and figures
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def size_label(
    label: QLabel, height: int, share: float, *, bold: bool = False, zoom: float = 1.0
) -> None:
    """Set a label's type to ``share`` of the slide's height (times ``zoom``) in pixels.

    Never below the least text size for that height, however far the slide is zoomed out.
    """
    font = QFont(label.font())
    font.setPixelSize(max(least_text_px(height), round(height * share * zoom)))
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
