"""The tree's rows without a length take its whole width, so their titles are not cut short.

Only the borders have a length beside their title; a comparison, organisation, topic, person,
event or source spans both columns ("Borders × organisations" whole, not "Borders × …").
A large pack's tree has thousands of rows: both are worked out from the model's nodes and
the font's metrics, with a call to Qt only for a row whose span changes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QStyle, QTreeView

from borderdesk.gui.models.navigation_model import DETAIL_COLUMN, TITLE_COLUMN, NavigationModel


def span_titles(tree: QTreeView, model: NavigationModel) -> None:
    """Let every row the tree shows without a length spread its title over both columns."""
    for row, (heading_detail, details) in enumerate(model.shown_details()):
        _span(tree, row, QModelIndex(), not heading_detail)
        heading = model.index(row, TITLE_COLUMN)
        for child, detail in enumerate(details):
            _span(tree, child, heading, not detail)


def _span(tree: QTreeView, row: int, parent: QModelIndex, spanned: bool) -> None:
    if tree.isFirstColumnSpanned(row, parent) != spanned:
        tree.setFirstColumnSpanned(row, parent, spanned)


def needed_width(tree: QTreeView, model: NavigationModel, *, lengths_only: bool = False) -> int:
    """Return the columns' width that shows every title and length whole, in today's font.

    Every row of the tree counts, shown by the search or not (the column does not jump as
    the reader types). With ``lengths_only``, the width that shows the borders' rows whole
    (titles and lengths).
    """
    detail = tree.sizeHintForColumn(DETAIL_COLUMN)
    style = tree.style()
    # The room Qt's delegate leaves either side of an item's text.
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
    plain = QFontMetricsF(tree.font())
    heavy = QFont(tree.font())
    heavy.setBold(True)
    bold = QFontMetricsF(heavy)
    most = 0
    for depth, title, has_detail, heading in model.all_titles():
        if lengths_only and not has_detail:
            continue
        metrics = bold if heading else plain
        # The branch indicator's room, then the title (and the length, for a border).
        width = (
            tree.indentation() * (depth + 1) + math.ceil(metrics.horizontalAdvance(title)) + margin
        )
        most = max(most, width + (detail if has_detail else 0))
    return most
