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

SHAPING = 1.1  # a string's width over the sum of its letters' advances, at the very most


class TitleSpans:
    """Keep every row the tree shows without a length spread over both columns.

    What was set is remembered, so a search that shows ten thousand rows asks Qt nothing
    for the rows whose span stays: a row the model removes takes its span with it, a row it
    adds has none, and a reset forgets them all (``QTreeView.reset``).
    """

    def __init__(self, tree: QTreeView, model: NavigationModel) -> None:
        self._tree = tree
        self._model = model
        self._headings: list[bool] = []  # spanned, per heading row
        self._rows: list[list[bool]] = []  # spanned, per row under each heading

    def forget(self) -> None:
        """Start again from no spans (the model was reset)."""
        self._headings, self._rows = [], []

    def update(self) -> None:
        """Span the rows shown without a length, unspan the others: only where that changes."""
        tree, model = self._tree, self._model
        shown = model.shown_details()
        headings = [not detail for detail, _rows in shown]
        _apply(tree, QModelIndex(), headings, self._headings)
        rows = []
        for row, (_detail, details) in enumerate(shown):
            wanted = [not detail for detail in details]
            had = self._rows[row] if row < len(self._rows) else []
            if wanted[: len(had)] != had[: len(wanted)] or any(wanted[len(had) :]):
                _apply(tree, model.index(row, TITLE_COLUMN), wanted, had)
            rows.append(wanted)
        self._headings, self._rows = headings, rows


def _apply(tree: QTreeView, parent: QModelIndex, wanted: list[bool], had: list[bool]) -> None:
    """Set the span of each row under ``parent`` that differs from what it had (none: False)."""
    for row, spanned in enumerate(wanted):
        if spanned != (had[row] if row < len(had) else False):
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
    indent = tree.indentation()
    # Each title's width from its letters' advances is a close bound (shaping and kerning
    # change a string's width by a few per cent, never more than SHAPING): only the titles
    # that bound could make the widest are measured, not all twenty thousand of a large pack.
    advances: dict[tuple[bool, str], float] = {}
    bounded = []
    for depth, title, has_detail, heading in model.all_titles():
        if lengths_only and not has_detail:
            continue
        metrics = bold if heading else plain
        letters = 0.0
        for letter in title:
            advance = advances.get((heading, letter))
            if advance is None:
                advance = advances[heading, letter] = metrics.horizontalAdvance(letter)
            letters += advance
        room = indent * (depth + 1) + margin + (detail if has_detail else 0)
        bounded.append((room + math.ceil(letters * SHAPING) + 1, room, title, heading))
    bounded.sort(key=lambda row: row[0], reverse=True)
    most = 0
    for bound, room, title, heading in bounded:
        if bound <= most:
            break
        metrics = bold if heading else plain
        most = max(most, room + math.ceil(metrics.horizontalAdvance(title)))
    return most
