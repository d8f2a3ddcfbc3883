"""The compare chart's legend: one entry per source, with its look and its total."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from borderdesk.core.chart_text import series_total
from borderdesk.core.format import format_km
from borderdesk.core.i18n import translate
from borderdesk.core.pages import SourceComparison
from borderdesk.gui.plain import plain_tip
from borderdesk.gui.views import chart_style as cs
from borderdesk.gui.views.chart_style import SeriesLook, paint_swatch, series_look

LEGEND_COLUMNS = 3  # entries to a row for up to three sources; two to a row beyond


def legend_text(comparison: SourceComparison, index: int) -> str:
    """Return ``Article (c. 2012): 12,012 km``; a stated total off its parts says so."""
    series = comparison.series[index]
    total = series_total(series)
    label = series.source.ref.label
    if series.stated_total is not None and abs(series.stated_total - series.total) >= 0.01:
        return translate("Chart", "{source}: {total} stated (bars add up to {sum})").format(
            source=label, total=format_km(total), sum=format_km(series.total)
        )
    return f"{label}: {format_km(total)}"


class Swatch(QWidget):
    """A small painted sample of one series' look, for the legend."""

    def __init__(
        self, look: SeriesLook, size: int, parent: QWidget | None = None, pen_width: float = 1.0
    ) -> None:
        super().__init__(parent)
        self.look = look
        self.pen_width = pen_width
        self.setFixedSize(size, size)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paint the fill, hatching and outline."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        rect = QRectF(0.5, 0.5, self.width() - 1, self.height() - 1)
        paint_swatch(painter, rect, self.look, self.pen_width)
        painter.end()


class Legend(QWidget):
    """One entry per source, ``LEGEND_COLUMNS`` to a row: swatch, label and total.

    Each source's name links to its page (mouse or keyboard), in the text colour so an export
    looks like a plain legend.
    """

    source_activated = Signal(str)  # a source id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartLegend")
        self.setAccessibleName(self.tr("Chart legend"))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._cells: list[QWidget] = []
        self._entries: list[tuple[Swatch, QLabel]] = []
        self.links = True  # off in exports: plain text draws the same in every SVG viewer
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_entries(self, comparison: SourceComparison, style: cs.ChartStyle) -> None:
        """Show one entry per series of the comparison, in its order."""
        for cell in self._cells:
            self._grid.removeWidget(cell)
            cell.hide()  # gone now, not at the next turn of the event loop (a grab between)
            cell.deleteLater()
        self._cells, self._entries = [], []
        per_row = LEGEND_COLUMNS if len(comparison.sources) <= LEGEND_COLUMNS else 2
        for index, source in enumerate(comparison.sources):
            cell = QWidget(self)
            look = series_look(index, style.theme)
            swatch = Swatch(look, style.px(16), cell, style.theme.line_scale)
            label = QLabel(cell)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)  # a narrow chart wraps its entries rather than widening
            text = legend_text(comparison, index)
            linked = _linked(comparison, index, style.theme.text)
            label.setText(linked if self.links else html.escape(text))
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.setAccessibleName(legend_text(comparison, index))
            label.linkActivated.connect(self._on_label_link_activated)
            label.setObjectName("chartLegendEntry")
            label.setFont(style.font(14))
            label.setToolTip(plain_tip(f"{source.title} — {source.publisher}, {source.edition}"))
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, style.px(18), 0)
            row.setSpacing(style.px(6))
            row.addWidget(swatch)
            row.addWidget(label, 1)  # the whole cell: wrapped only when the cell is narrow
            self._grid.addWidget(cell, index // per_row, index % per_row)
            self._cells.append(cell)
            self._entries.append((swatch, label))

    def entries(self) -> list[str]:
        """Return the entries' texts, in order."""
        return [label.accessibleName() for _, label in self._entries]

    def looks(self) -> list[SeriesLook]:
        """Return the entries' swatch looks, in order."""
        return [swatch.look for swatch, _ in self._entries]

    def _on_label_link_activated(self, link: str) -> None:
        scheme, _, source_id = link.rpartition(":")
        if scheme == SOURCE_LINK and source_id:
            self.source_activated.emit(source_id)


SOURCE_LINK = "borderdesk:source"


def _linked(comparison: SourceComparison, index: int, colour: str) -> str:
    """Return the entry as rich text: the source's name links to its page, in ``colour``."""
    source = comparison.sources[index]
    text = html.escape(legend_text(comparison, index))
    name = html.escape(source.label)
    link = (
        f'<a href="{SOURCE_LINK}:{html.escape(source.id)}" '
        f'style="color: {colour}; text-decoration: none;">{name}</a>'
    )
    return text.replace(name, link, 1)
