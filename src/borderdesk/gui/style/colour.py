"""Colours worked out from a theme's: one mixed between two others."""

from __future__ import annotations

from PySide6.QtGui import QColor


def mix(first: str, second: str, share: float) -> QColor:
    """Return the colour ``share`` of the way from ``first`` to ``second``."""
    a, b = QColor(first), QColor(second)
    return QColor(
        round(a.red() + (b.red() - a.red()) * share),
        round(a.green() + (b.green() - a.green()) * share),
        round(a.blue() + (b.blue() - a.blue()) * share),
    )
