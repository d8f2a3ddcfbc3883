"""One slide drawn at any size: its text, and the chart, map, grid or timeline it shows.

A slide about one item has a column of text (title, figures, points) beside its picture,
which takes the rest of the width and the whole height above the footer; the grid and the
timeline take the whole width under the title. Type is sized from the slide's height (and
the zoom, Ctrl+Plus/Minus) and never drawn smaller than ``least_text_px`` — captions,
sources and the footer included — and points that do not fit the column are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QStackedWidget, QWidget

from borderdesk.core.i18n import Counted, translate
from borderdesk.core.model import BorderMap, ChartSource, SegmentSeries
from borderdesk.core.slides import Slide, SlideVisual, figure_text
from borderdesk.gui.style.theme import DEFAULT_THEME, Theme
from borderdesk.gui.views.chart_geometry import Orientation
from borderdesk.gui.views.plot_protocol import ChartPanelLike, as_chart
from borderdesk.gui.views.slide_grid import GridSlideView
from borderdesk.gui.views.slide_look import least_text_px, size_label, slide_label, slide_style
from borderdesk.gui.views.slide_timeline import TimelineSlideView

if TYPE_CHECKING:  # the map's drawing is imported when a presentation starts, not before
    from borderdesk.gui.views.border_map import BorderMapView

ChartFactory = Callable[[], QWidget]
ChartData = tuple[tuple[ChartSource, ...], SegmentSeries]

# Type as shares of the slide's height (times the zoom), never under LEAST_TEXT_SHARE.
TITLE_SHARE = 0.055
SUBTITLE_SHARE = 0.032
FIGURE_SHARE = 0.036
POINT_SHARE = 0.03
SMALL_SHARE = 0.026  # sources and the footer: the least size
TEXT_COLUMN = 0.36  # of the width, beside the picture
REFERENCE_HEIGHT = 720  # the chart's own reference height (chart_style.REFERENCE_SIZE)
MARGIN_SHARE = 0.025
WIDE = (SlideVisual.GRID, SlideVisual.TIMELINE)  # the picture under the title, full width


class PictureStack(QStackedWidget):
    """The slide's picture: it takes the height the text leaves, whatever its caption's wish.

    A chart's wrapped caption gives it a height for its width; as a minimum spanning the text's
    rows, the grid would squeeze the title, figures and points below their own heights.
    """

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """Say the picture's height does not follow its width (the grid then lets it shrink)."""
        return False


class SlideView(QWidget):
    """Draw one slide at this widget's size; the window around it chooses which."""

    def __init__(
        self,
        chart_factory: ChartFactory | None = None,
        chart_data: ChartData | None = None,
        border_map: BorderMap | None = None,
        parent: QWidget | None = None,
        *,
        name: str = "slide",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._theme = DEFAULT_THEME
        self._zoom = 1.0
        self._slide: Slide | None = None
        self._visual: SlideVisual | None = None
        self.chart_widget: QWidget | None = None
        self.comparison_widget: QWidget | None = None
        self._chart: ChartPanelLike | None = None
        self._comparison: ChartPanelLike | None = None
        self.map_view: BorderMapView | None = None
        self._build_ui()
        if chart_factory is not None and chart_data is not None:
            self._install_charts(chart_factory, chart_data)
        if border_map is not None:
            self._install_map(border_map)
        self._apply_theme()

    # Building -----------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.title_label = slide_label("slideTitle")
        self.subtitle_label = slide_label("slideSubtitle")
        self.figures_label = slide_label("slideFigures")
        self.points_label = slide_label("slidePoints")
        self.sources_label = slide_label("slideSources")
        self.footer_label = slide_label("slideFooter")
        self.footer_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.footer_label.setWordWrap(False)
        self.hint_label = slide_label("slideHint")
        self.hint_label.setWordWrap(False)
        self.visuals = PictureStack()
        self.visuals.setObjectName("slideVisual")
        self.grid_view = GridSlideView()
        self.timeline_view = TimelineSlideView()
        self.visuals.addWidget(self.grid_view)
        self.visuals.addWidget(self.timeline_view)
        self._footer_row = QHBoxLayout()
        self._footer_row.addWidget(self.hint_label)
        self._footer_row.addStretch(1)
        self._footer_row.addWidget(self.footer_label)
        self._layout = QGridLayout(self)
        self._wide: bool | None = None
        self._arrange(wide=False)

    def _install_charts(self, factory: ChartFactory, data: ChartData) -> None:
        sources, series = data
        for name in ("chart", "comparison"):
            widget = factory()
            widget.setObjectName("slideChart" if name == "chart" else "slideComparison")
            chart = as_chart(widget)
            set_controls_visible = getattr(widget, "set_controls_visible", None)
            if callable(set_controls_visible):
                set_controls_visible(False)
            # A slide's chart: bars lying (names on the left), and a caption that fits a line.
            for method, value in (
                ("set_short_caption", True),
                ("set_orientation", Orientation.HORIZONTAL),
            ):
                call = getattr(widget, method, None)
                if callable(call):
                    call(value)
            chart.set_sources(sources)
            chart.set_series(series)
            # The slide takes every key: the plot's own Left/Right must not move the highlight.
            for child in (widget, *widget.findChildren(QWidget)):
                child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.visuals.addWidget(widget)
            if name == "chart":
                self.chart_widget, self._chart = widget, chart
            else:
                self.comparison_widget, self._comparison = widget, chart

    def _install_map(self, border_map: BorderMap) -> None:
        from borderdesk.gui.views.border_map import BorderMapView

        view = BorderMapView()
        view.setObjectName("slideMap")
        view.set_short_caption(True)
        view.set_map(border_map)
        # A slide's map is a picture: the slide takes every key, and a stray click or wheel
        # must neither move the map nor take the keys for its own panning.
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.visuals.addWidget(view)
        self.map_view = view

    def _arrange(self, *, wide: bool) -> None:
        """Place the parts: text beside the picture, or the picture under the title."""
        if wide == self._wide:
            return
        self._wide = wide
        grid = self._layout
        for widget in (
            self.title_label,
            self.subtitle_label,
            self.figures_label,
            self.points_label,
            self.sources_label,
            self.visuals,
        ):
            grid.removeWidget(widget)
        grid.removeItem(self._footer_row)
        grid.addWidget(self.title_label, 0, 0, 1, 2 if wide else 1)
        grid.addWidget(self.subtitle_label, 1, 0, 1, 2 if wide else 1)
        if wide:
            grid.addWidget(self.visuals, 2, 0, 2, 2)
            grid.addWidget(self.sources_label, 4, 0, 1, 2)
        else:
            grid.addWidget(self.figures_label, 2, 0)
            grid.addWidget(self.points_label, 3, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.visuals, 0, 1, 5, 1)
            grid.addWidget(self.sources_label, 4, 0)
        grid.addLayout(self._footer_row, 5, 0, 1, 2)
        for row, stretch in enumerate((0, 0, 0 if not wide else 1, 1, 0, 0)):
            grid.setRowStretch(row, stretch)
        grid.setColumnStretch(0, 1 if wide else round(TEXT_COLUMN * 100))
        grid.setColumnStretch(1, 1 if wide else round((1 - TEXT_COLUMN) * 100))
        for label in (self.figures_label, self.points_label):
            label.setVisible(not wide)

    # State --------------------------------------------------------------------------------

    @property
    def slide(self) -> Slide | None:
        """Return the slide shown."""
        return self._slide

    def visual(self) -> SlideVisual | None:
        """Return what the slide shows beside its text."""
        return self._visual

    def visual_widget(self) -> QWidget | None:
        """Return the widget of the picture shown, if any."""
        return self.visuals.currentWidget() if self._visual is not None else None

    def chart(self) -> ChartPanelLike | None:
        """Return the slide's segment chart, if it has one."""
        return self._chart

    def set_date(self, on: date, series: SegmentSeries | None = None) -> None:
        """Draw the chart (with series, when given) and the map as of a day."""
        if self._chart is not None and series is not None:
            self._chart.set_series(series)
        if self.map_view is not None:
            self.map_view.set_date(on)

    def set_theme(self, theme: Theme) -> None:
        """Show the slide, and its pictures, in a theme's colours."""
        if theme != self._theme:
            self._theme = theme
            self._apply_theme()

    def theme(self) -> Theme:
        """Return the theme the slide is shown in."""
        return self._theme

    def set_zoom(self, zoom: float) -> None:
        """Scale the type (1 as designed); the least size holds whatever the zoom."""
        self._zoom = zoom
        self._apply_fonts()

    def zoom(self) -> float:
        """Return the type's zoom."""
        return self._zoom

    def show_slide(self, slide: Slide, footer: str, hint: str = "") -> None:
        """Show a slide with its footer (``3 / 19 · …``) and a key hint."""
        self._slide = slide
        wide = slide.visual in WIDE
        self._arrange(wide=wide)
        self.title_label.setText(slide.title)
        self.subtitle_label.setText(slide.subtitle)
        self.subtitle_label.setVisible(bool(slide.subtitle))
        self.figures_label.setText("\n".join(figure_text(figure) for figure in slide.figures))
        self.footer_label.setText(footer)
        self.hint_label.setText(hint)
        self.sources_label.setVisible(bool(slide.sources))
        if self._chart is not None:
            self._chart.highlight(slide.highlight)
        comparison = self._comparison
        wanted = slide.comparison
        if comparison is not None and wanted is not None and comparison.current_view() != wanted:
            comparison.set_comparison(wanted)
        if self.map_view is not None:
            self.map_view.reset_view()
            self.map_view.highlight(slide.highlight)
            self.map_view.highlight_members(slide.members, slide.members_label)
        self.grid_view.set_grid(slide.grid)
        self.timeline_view.set_events(slide.events)
        self.show_visual(slide.visual)
        self._apply_fonts()
        self._layout.activate()  # placed now: a grab before the next event loop turn is right

    def _widgets(self) -> dict[SlideVisual, QWidget | None]:
        return {
            SlideVisual.CHART: self.chart_widget,
            SlideVisual.MAP: self.map_view,
            SlideVisual.COMPARISON: self.comparison_widget,
            SlideVisual.GRID: self.grid_view,
            SlideVisual.TIMELINE: self.timeline_view,
        }

    def can_show(self, visual: SlideVisual) -> bool:
        """Tell whether the slide has this picture to show."""
        return self._widgets().get(visual) is not None

    def show_visual(self, visual: SlideVisual) -> None:
        """Show a picture (falling back to the chart, or the map, when it has none)."""
        widgets = self._widgets()
        widget = widgets.get(visual)
        if widget is None:
            visual = SlideVisual.CHART if self.chart_widget is not None else SlideVisual.MAP
            widget = widgets.get(visual)
        self._visual = visual if widget is not None else None
        if widget is not None:
            self.visuals.setCurrentWidget(widget)
        self.visuals.setVisible(widget is not None)

    def text_labels(self) -> list[QLabel]:
        """Return the slide's own labels (not the picture's)."""
        return [
            self.title_label,
            self.subtitle_label,
            self.figures_label,
            self.points_label,
            self.sources_label,
            self.footer_label,
            self.hint_label,
        ]

    def slide_text(self) -> str:
        """Return everything the slide's labels say, as plain text."""
        return "\n".join(label.text() for label in self.text_labels()[:-1] if label.text())

    # Look ---------------------------------------------------------------------------------

    def _apply_theme(self) -> None:
        theme = self._theme
        muted = ("slideSubtitle", "slideFooter", "slideHint", "slideSources")
        self.setStyleSheet(slide_style(theme, self.objectName(), muted))
        for chart in (self._chart, self._comparison):
            if chart is not None:
                chart.set_theme(theme)
        if self.map_view is not None:
            self.map_view.set_theme(theme)
        self.grid_view.set_theme(theme)
        self.timeline_view.set_colours(theme.text, theme.muted, theme.link, theme.background)

    def _apply_fonts(self) -> None:
        height, zoom = max(self.height(), 1), self._zoom
        least = least_text_px(height)
        sizes = (
            (self.title_label, TITLE_SHARE, True),
            (self.subtitle_label, SUBTITLE_SHARE, False),
            (self.figures_label, FIGURE_SHARE, True),
            (self.points_label, POINT_SHARE, False),
            (self.sources_label, SMALL_SHARE, False),
            (self.footer_label, SMALL_SHARE, False),
            (self.hint_label, SMALL_SHARE, False),
        )
        for label, share, bold in sizes:
            size_label(label, height, share, bold=bold, zoom=zoom)
        margin = round(height * MARGIN_SHARE)
        self._layout.setContentsMargins(margin, margin, margin, round(margin / 2))
        self._layout.setHorizontalSpacing(margin)
        self._layout.setVerticalSpacing(round(height * 0.012))
        scale = height / REFERENCE_HEIGHT * zoom  # below 1 too: the presenter's small copies
        for widget in (self.chart_widget, self.comparison_widget):
            for method, value in (("set_scale", scale), ("set_least_text_px", least)):
                call = getattr(widget, method, None)
                if callable(call):
                    call(value)
        if self.map_view is not None:
            self.map_view.set_style_scale(scale)  # its type grows with the slide, as the chart's
            self.map_view.set_least_text_px(least)
        self.grid_view.set_least_text_px(least)
        self.timeline_view.set_least_text_px(least)
        self._fit_text()

    def _fit_text(self) -> None:
        """Show the points that fit the text column, first to last; the sources in two lines."""
        slide = self._slide
        if slide is None:
            return
        self.sources_label.setText(self._sources_line(slide))
        if slide.visual in WIDE:
            self.points_label.setText("")
            return
        margins, spacing = self._layout.contentsMargins(), self._layout.verticalSpacing()
        across = self.width() - margins.left() - margins.right() - self._layout.horizontalSpacing()
        room_width = int(across * TEXT_COLUMN)  # the column's width, its share rounded down
        used = sum(
            label.heightForWidth(room_width) + spacing
            for label in (self.title_label, self.subtitle_label, self.figures_label)
            if label.isVisibleTo(self) and label.text()
        )
        if self.sources_label.isVisibleTo(self) and self.sources_label.text():
            used += self.sources_label.heightForWidth(room_width) + spacing
        footer = self.footer_label.sizeHint().height() + spacing
        room = self.height() - margins.top() - margins.bottom() - used - footer
        points = list(slide.points)
        while points:
            self.points_label.setText("\n".join(f"• {point}" for point in points))
            if self.points_label.heightForWidth(room_width) <= room:
                return
            points.pop()
        self.points_label.setText("")

    def _sources_line(self, slide: Slide) -> str:
        """Return ``Sources: A; B; …`` cut to two lines at the slide's width, ``and N more``."""
        if not slide.sources:
            return ""
        metrics = self.sources_label.fontMetrics()
        room = 2 * max(self.width() - 2 * self._layout.contentsMargins().left(), 1) * 0.95
        shown = list(slide.sources)
        while True:
            more = len(slide.sources) - len(shown)
            named = "; ".join(shown)
            if more:
                line = Counted.tr("Sources: {sources} and %n more", "", more)
            else:
                line = translate("Slides", "Sources: {sources}")
            text = line.format(sources=named)
            if metrics.horizontalAdvance(text) <= room or len(shown) <= 1:
                return text
            shown.pop()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Size the type to the new height."""
        super().resizeEvent(event)
        self._apply_fonts()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Size and place everything as the slide appears (a grab may follow at once)."""
        super().showEvent(event)
        self._apply_fonts()
        self._layout.activate()
