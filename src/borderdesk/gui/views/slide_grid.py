"""The borders × organisations grid drawn for a slide: a row per neighbour, big enough to read.

Each cell says where the neighbour stands with Kazakhstan now (✓ shared, ◐ observer, ✗ not
or no longer a member) and, under it in the muted colour, where it stood at the article's
date. The type is as large as the slide allows and never below its least size; the key to
the symbols is drawn under the grid.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.pages import GridStatus, OrganisationGrid, Standing
from borderdesk.gui.pages.grid import SYMBOLS
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme

LEGEND = QT_TRANSLATE_NOOP(
    "SlideGrid", "✓ both members · ◐ observer · ✗ not, or no longer, a member"
)
START_SHARE = 0.07  # of the widget's height: the type the grid starts from, then shrinks
LINES_PER_ROW = 2  # now, and then
PAD = 0.3  # of a line: around each cell's text


def short_status(status: GridStatus, *, chained: bool, then_year: str) -> str:
    """Return a standing in a few words: ``✓ EAEU since 2015``, ``◐ observer``, ``✗ left 2012``."""
    symbol = SYMBOLS[status.standing]
    year = status.since[:4]
    match status.standing:
        case Standing.SHARED:
            words = [symbol, *([", ".join(status.organisations)] if chained else [])]
            if year and year > then_year:
                words.append(translate("SlideGrid", "since {year}").format(year=year))
            return " ".join(words)
        case Standing.OBSERVER:
            return f"{symbol} " + translate("SlideGrid", "observer")
        case Standing.FORMER:
            if year:
                return f"{symbol} " + translate("SlideGrid", "left {year}").format(year=year)
            return f"{symbol} " + translate("SlideGrid", "left")
    return symbol


class GridSlideView(QWidget):
    """Draw an ``OrganisationGrid`` as a large table for a slide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideGrid")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._grid: OrganisationGrid | None = None
        self._theme = DEFAULT_THEME
        self._least_px = 8

    def set_grid(self, grid: OrganisationGrid | None) -> None:
        """Draw this grid (None: nothing)."""
        self._grid = grid
        self.setAccessibleDescription(self.describe())
        self.update()

    def set_theme(self, theme: Theme) -> None:
        """Draw in a theme's colours."""
        self._theme = theme
        self.update()

    def set_least_text_px(self, pixels: int) -> None:
        """Draw no text smaller than this many pixels."""
        self._least_px = pixels
        self.update()

    def describe(self) -> str:
        """Return the grid as text, a row per neighbour (for screen readers and tests)."""
        grid = self._grid
        if grid is None:
            return ""
        rows = []
        for row in grid.rows:
            cells = [
                f"{column.title} {self._cell(cell.now, cell.then, column, grid)}"
                for column, cell in zip(grid.columns, row.cells, strict=True)
            ]
            rows.append(f"{row.border.title}: " + "; ".join(cells))
        return ". ".join(rows)

    def text_sizes(self) -> list[int]:
        """Return the pixel size of every font the grid draws in."""
        font = self._font()
        return [font.pixelSize()] if self._grid is not None else []

    # Drawing --------------------------------------------------------------------------------

    def _cell(
        self, now: GridStatus, then: GridStatus, column: object, grid: OrganisationGrid
    ) -> str:
        chained = len(getattr(column, "organisations", ())) > 1
        current = short_status(now, chained=chained, then_year=grid.then_label)
        before = short_status(then, chained=chained, then_year=grid.then_label)
        return f"{current} ({grid.then_label}: {before})"

    def _font(self) -> QFont:
        """Return the largest font (from START_SHARE down to the least) the grid fits in."""
        font = QFont(self.font())
        size = max(self._least_px, round(self.height() * START_SHARE))
        while size > self._least_px and not self._fits(size):
            size -= 1
        font.setPixelSize(size)
        return font

    def _fits(self, size: int) -> bool:
        grid = self._grid
        if grid is None:
            return True
        font = QFont(self.font())
        font.setPixelSize(size)
        metrics = QFontMetricsF(font)
        line = metrics.lineSpacing()
        rows = len(grid.rows) * (LINES_PER_ROW + 2 * PAD) * line + (1 + 2 * PAD) * line
        if rows + 2 * line > self.height():  # the heading row, then the legend
            return False
        widths = self._column_widths(metrics)
        return sum(widths) <= self.width()

    def _column_widths(self, metrics: QFontMetricsF) -> list[float]:
        grid = self._grid
        if grid is None:
            return []
        pad = metrics.averageCharWidth() * 2
        names = max(metrics.horizontalAdvance(row.border.title) for row in grid.rows) + pad
        widths = [names]
        for index, column in enumerate(grid.columns):
            chained = len(column.organisations) > 1
            texts = [column.title]
            for row in grid.rows:
                cell = row.cells[index]
                texts.append(short_status(cell.now, chained=chained, then_year=grid.then_label))
                then = short_status(cell.then, chained=chained, then_year=grid.then_label)
                texts.append(f"{grid.then_label}: {then}")
            widths.append(max(metrics.horizontalAdvance(text) for text in texts) + pad)
        return widths

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the heading row, a row per neighbour (now over then) and the legend."""
        grid = self._grid
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor(self._theme.background))
        if grid is None:
            painter.end()
            return
        font = self._font()
        metrics = QFontMetricsF(font)
        line = metrics.lineSpacing()
        widths = self._column_widths(metrics)
        spare = max(0.0, self.width() - sum(widths)) / len(widths)
        widths = [width + spare for width in widths]
        text, muted, rule = QColor(self._theme.text), QColor(self._theme.muted), self._theme.rule
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        bold.setVariableAxis(QFont.Tag("wght"), 700.0)
        y = 0.0
        head = line * (1 + 2 * PAD)
        painter.setFont(bold)
        painter.setPen(text)
        x = widths[0]
        for width, column in zip(widths[1:], grid.columns, strict=True):
            painter.drawText(QRectF(x, y, width, head), Qt.AlignmentFlag.AlignCenter, column.title)
            x += width
        y += head
        painter.setPen(QPen(QColor(self._theme.muted), max(1.0, font.pixelSize() / 14)))
        painter.drawLine(0, round(y), round(sum(widths)), round(y))
        row_height = line * (LINES_PER_ROW + 2 * PAD)
        for row in grid.rows:
            painter.setFont(bold)
            painter.setPen(text)
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(0, y, widths[0], row_height), left, row.border.title)
            painter.setFont(font)
            x = widths[0]
            for width, column, cell in zip(widths[1:], grid.columns, row.cells, strict=True):
                chained = len(column.organisations) > 1
                now = short_status(cell.now, chained=chained, then_year=grid.then_label)
                then = short_status(cell.then, chained=chained, then_year=grid.then_label)
                top = y + line * PAD
                centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                painter.setPen(text)
                painter.drawText(QRectF(x, top, width, line), centred, now)
                painter.setPen(muted)
                painter.drawText(
                    QRectF(x, top + line, width, line), centred, f"{grid.then_label}: {then}"
                )
                x += width
            y += row_height
            painter.setPen(QPen(QColor(rule), 1.0))
            painter.drawLine(0, round(y), round(sum(widths)), round(y))
        painter.setPen(muted)
        painter.drawText(
            QRectF(0, y + line * 0.4, self.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            translate("SlideGrid", LEGEND),
        )
        painter.end()
