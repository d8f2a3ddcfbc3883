"""The window's size on the screen it opens on, and the order Tab visits its parts in."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.85  # of the available screen, at most, for the window's first size


def fitted_size(preferred: QSize, available: QSize, share: float = SCREEN_SHARE) -> QSize:
    """Return the preferred size, shrunk where needed to ``share`` of the available area.

    At 200% display scaling a 1920x1200 screen offers 960x600 logical pixels: a window made
    for 1280x800 would run off it, title bar and status bar included.
    """
    if available.isEmpty():
        return QSize(preferred)
    return QSize(
        min(preferred.width(), int(available.width() * share)),
        min(preferred.height(), int(available.height() * share)),
    )


def focus_chain(window: QWidget) -> list[QWidget]:
    """Return the widgets Tab can reach in a window, in the order it reaches them now."""
    chain: list[QWidget] = []
    widget: QWidget | None = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        if _tab_stop(widget) and window.isAncestorOf(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def set_tab_order(window: QWidget, regions: Sequence[QWidget]) -> list[QWidget]:
    """Make Tab visit the regions in this order, each region's widgets in their own order.

    Widgets in no region follow, as they were. Return the new order.
    """
    chain = focus_chain(window)
    ordered: list[QWidget] = []
    for region in regions:
        ordered += [
            widget
            for widget in chain
            if (widget is region or region.isAncestorOf(widget)) and widget not in ordered
        ]
    ordered += [widget for widget in chain if widget not in ordered]
    for first, second in pairwise(ordered):
        QWidget.setTabOrder(first, second)
    return ordered


def next_in_chain(window: QWidget, focused: QWidget | None, *, forward: bool) -> QWidget | None:
    """Return the shown widget Tab (or Shift+Tab) reaches from ``focused``, round the window.

    None when ``focused`` is not in the chain: Qt's own search then takes over.
    """
    shown = [widget for widget in focus_chain(window) if widget.isVisible() and widget.isEnabled()]
    if focused not in shown:
        return None
    return shown[(shown.index(focused) + (1 if forward else -1)) % len(shown)]


def _tab_stop(widget: QWidget) -> bool:
    """Tell whether Tab stops at the widget itself (not at a proxy standing in for it)."""
    policy = widget.focusPolicy()
    return bool(policy & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None
