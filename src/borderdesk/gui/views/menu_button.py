"""A tool button that opens its menu, with room for the style's menu arrow."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QToolButton


class MenuButton(QToolButton):
    """A tool button that opens its menu, wide enough that the menu arrow clears the text."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Add the arrow's width: the style draws it in the corner, over the text otherwise."""
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + arrow, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Never narrower than the text and the arrow."""
        return self.sizeHint()
