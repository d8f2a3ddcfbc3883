"""Rows that wrap: a flow layout, and a watcher keeping a wrapped label's lines in view.

The chart's control row uses the layout: at 200% display scaling or with large text, the row
becomes two rows instead of squeezing the source box or pushing the window off the screen.
The chart's title, legend and caption wrap, and the watcher makes room for every line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items at their size hints, in rows; a row breaks before an item that would not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        """Append an item (``addWidget`` comes here)."""
        self._items.append(item)

    def count(self) -> int:
        """Return the number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        """Return the item at ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        """Remove and return the item at ``index``, or None."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def spacing(self) -> int:
        """Return the gap between items, across and down."""
        return self._spacing

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        """Grow in neither direction: the items keep their hints."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """Tell the parent layout that the height depends on the width."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """Return the height of the rows at this width."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        """Place the items in rows inside ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Return every item in one row."""
        visible = [item for item in self._items if not item.isEmpty()]
        width = sum(item.sizeHint().width() for item in visible)
        width += self._spacing * max(len(visible) - 1, 0)
        height = max((item.sizeHint().height() for item in visible), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """Return the widest single item: every item on a row of its own."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in rows, each centred in its row's height; return the height."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if rows[-1] and x + hint.width() > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for row in rows:
            height = max((hint.height() for _, hint in row), default=0)
            x = area.x()
            for item, hint in row:
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        used = y - self._spacing if rows[0] else y
        return used - rect.y() + margins.bottom()


class WrappedHeight(QObject):
    """Keep a wrapping widget's minimum height at what its text needs at its current width.

    A word-wrapped label's own minimum is one line: a splitter would squeeze it to that and
    cut its other lines off. Watching its width, this raises the minimum to all its lines.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On a resize, ask for the height the widget needs at its new width."""
        if watched is self._widget and event.type() == QEvent.Type.Resize:
            widget = self._widget
            needed = needed_height(widget)
            if needed > 0 and needed != widget.minimumHeight():
                widget.setMinimumHeight(needed)
        return False


def needed_height(widget: QWidget) -> int:
    """Return the height a widget's wrapped text needs at its current width (0: no answer).

    A plain-text label is measured by its font, as it lays its text out: its own
    ``heightForWidth`` never answers less than its minimum height, the one set here.
    """
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
        margins = widget.contentsMargins()
        extra = 2 * widget.margin()
        inner = widget.width() - margins.left() - margins.right() - extra
        flags = widget.alignment().value | Qt.TextFlag.TextWordWrap.value
        box = widget.fontMetrics().boundingRect(
            QRect(0, 0, max(inner, 1), 1 << 20), flags, widget.text()
        )
        return box.height() + margins.top() + margins.bottom() + extra
    return widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() else 0


def keep_wrapped_height(*widgets: QWidget) -> None:
    """Give each widget a ``WrappedHeight`` watcher."""
    for widget in widgets:
        WrappedHeight(widget)
