"""The steps of View → Zoom in / Zoom out: how large the window's text is, in percent.

Plain Python: the settings check a stored size against these bounds, and the theme manager
steps through them.
"""

from __future__ import annotations

import math

from borderdesk.core.format import format_percent
from borderdesk.core.i18n import translate

TEXT_SCALE_STEPS = (80.0, 90.0, 100.0, 110.0, 125.0, 150.0, 175.0, 200.0, 250.0)
DEFAULT_TEXT_SCALE = 100.0
SMALLEST_TEXT_SCALE = TEXT_SCALE_STEPS[0]
LARGEST_TEXT_SCALE = TEXT_SCALE_STEPS[-1]
_SAME = 0.01  # percent: sizes this close are the same step


def is_text_scale(percent: float) -> bool:
    """Tell whether a size is one the window can show (finite, within the steps' range)."""
    return math.isfinite(percent) and SMALLEST_TEXT_SCALE <= percent <= LARGEST_TEXT_SCALE


def clamp_text_scale(percent: float) -> float:
    """Return a size within the steps' range (the default for a size that is not a number)."""
    if not math.isfinite(percent):
        return DEFAULT_TEXT_SCALE
    return min(max(percent, SMALLEST_TEXT_SCALE), LARGEST_TEXT_SCALE)


def larger_text_scale(percent: float) -> float:
    """Return the next step above a size, or the largest step at the top."""
    return next((s for s in TEXT_SCALE_STEPS if s > percent + _SAME), LARGEST_TEXT_SCALE)


def smaller_text_scale(percent: float) -> float:
    """Return the next step below a size, or the smallest step at the bottom."""
    below = [s for s in TEXT_SCALE_STEPS if s < percent - _SAME]
    return below[-1] if below else SMALLEST_TEXT_SCALE


def text_scale_message(percent: float) -> str:
    """Return what the status bar says after a change: ``Text size 125%``."""
    return translate("TextScale", "Text size {percent}").format(
        percent=format_percent(percent / 100)
    )
