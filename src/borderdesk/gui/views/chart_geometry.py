"""Which way the bars run, and mapping the chart's shapes from upright bars to lying ones.

Every bar, group, label and frame is worked out as if the bars stood upright (x: the border's
slot, y: km); a chart whose bars lie (names on the left, lengths to the right) swaps x and y.
Names that do not fit under upright bars never stagger or overlap: the bars lie instead.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF


class Orientation(Enum):
    """How the bars run: upright, lying, or whichever lets every name fit (the default)."""

    AUTO = "auto"
    VERTICAL = "vertical"
    HORIZONTAL = "horizontal"


NAME_GAP_PX = 12  # at scale 1: between two names under upright bars


def placed(rect: QRectF, horizontal: bool) -> QRectF:
    """Return an upright bar's rectangle (slot, km) as drawn: itself, or lying (km, slot)."""
    if not horizontal:
        return QRectF(rect)
    return QRectF(rect.y(), rect.x(), rect.height(), rect.width())


def placed_point(slot: float, km: float, horizontal: bool) -> QPointF:
    """Return the point of a slot and a length as drawn."""
    return QPointF(km, slot) if horizontal else QPointF(slot, km)


def upright(point: QPointF, horizontal: bool) -> QPointF:
    """Return a drawn point as (slot, km), undoing ``placed_point``."""
    return QPointF(point.y(), point.x()) if horizontal else QPointF(point)


def names_fit_upright(widest_name_px: float, slot_px: float, gap_px: float) -> bool:
    """Tell whether the widest name fits under an upright bar's slot, with a gap beside it."""
    return widest_name_px + gap_px <= slot_px


def lies(orientation: Orientation, widest_name_px: float, slot_px: float, gap_px: float) -> bool:
    """Tell whether the bars should lie: asked to, or upright names would not fit."""
    if orientation is Orientation.AUTO:
        return not names_fit_upright(widest_name_px, slot_px, gap_px)
    return orientation is Orientation.HORIZONTAL
