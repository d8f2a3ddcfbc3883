"""The tree's rows without a length take its whole width, so their titles are not cut short.

Only the borders have a length beside their title; a comparison, organisation, topic, person,
event or source spans both columns ("Borders × organisations" whole, not "Borders × …").
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTreeView

from borderdesk.gui.models.navigation_model import DETAIL_COLUMN, TITLE_COLUMN


def rows(
    tree: QTreeView, parent: QModelIndex | None = None, depth: int = 0
) -> Iterator[tuple[QModelIndex, int]]:
    """Yield every row's title index in the tree's model, with its depth."""
    model = tree.model()
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, TITLE_COLUMN, parent)
        yield index, depth
        yield from rows(tree, index, depth + 1)


def has_detail(index: QModelIndex) -> bool:
    """Tell whether a row shows something (a length) in its second column."""
    return bool(index.siblingAtColumn(DETAIL_COLUMN).data())


def span_titles(tree: QTreeView) -> None:
    """Let every row without a length spread its title over both columns."""
    for index, _depth in rows(tree):
        tree.setFirstColumnSpanned(index.row(), index.parent(), not has_detail(index))


def needed_width(tree: QTreeView, *, lengths_only: bool = False) -> int:
    """Return the columns' width that shows every title and length whole, in today's font.

    With ``lengths_only``, the width that shows the borders' rows whole (titles and lengths).
    """
    detail = tree.sizeHintForColumn(DETAIL_COLUMN)
    most = 0
    for index, depth in rows(tree):
        if lengths_only and not has_detail(index):
            continue
        # The branch indicator's room, then the title (and the length, for a border).
        title = tree.indentation() * (depth + 1) + tree.sizeHintForIndex(index).width()
        most = max(most, title + (detail if has_detail(index) else 0))
    return most
