"""Themes as the reader sees them: chart, map, pages, slides and the window's own palette."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QImage, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from borderdesk.core.compare import source_comparison
from borderdesk.core.model import OVERVIEW_REF, BorderMap, ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.core.service import ReferenceService, load_detail
from borderdesk.core.slide_order import build_deck as build_sequence
from borderdesk.data.store import open_store
from borderdesk.gui.pages.html_blocks import style_sheet
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.settings import Settings
from borderdesk.gui.style.framed_style import FramedFusion
from borderdesk.gui.style.palette import forced_theme_name
from borderdesk.gui.style.theme import CONTRAST, DARK, LIGHT, Theme, ThemeChoice
from borderdesk.gui.style.theme_manager import ThemeManager
from borderdesk.gui.views.border_map import BorderMapView
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.views.chart_compare import GroupedBarItem
from borderdesk.gui.views.chart_style import series_look
from borderdesk.gui.views.detail_pane import DetailPane
from borderdesk.gui.views.presentation import PresentationWindow
from borderdesk.gui.window.chart_slot import import_chart_panel
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.fakes import FakeChartPanel

pytestmark = pytest.mark.usefixtures("plain_look")

THEMES = [LIGHT, DARK, CONTRAST]
RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CHINA = ItemRef(ItemKind.BORDER, "kz-cn")
ARTICLE_KM = {"kz-ru": 6846, "kz-uz": 2203, "kz-cn": 1533, "kz-kg": 1051, "kz-tm": 379}
# Open water in the Caspian, in the theme's water colour: the first of these clear of names.
CASPIAN = ((50.2, 42.6), (51.0, 42.0), (51.4, 40.5), (49.6, 43.6))
STEPPE = (63.0, 44.0)  # inside Kazakhstan, clear of names, cities and grid lines


def colour(image: QImage, point: QPoint) -> str:
    """Return a pixel's colour as ``#rrggbb``."""
    return image.pixelColor(point).name()


def open_water(view: BorderMapView) -> QPoint:
    """Return a Caspian pixel that no name covers in the view's last drawing."""
    drawing = view.last_drawing()
    assert drawing is not None
    boxes = [p.box for p in drawing.placement.placed]
    for point in (view.pixel_of(*place) for place in CASPIAN):
        if not any(box.adjusted(-3, -3, 3, 3).contains(point) for box in boxes):
            return point.toPoint()
    raise AssertionError("every Caspian point is under a name")


def same(first: str, second: str) -> bool:
    """Tell whether two ``#rrggbb`` strings name one colour."""
    return QColor(first).rgb() == QColor(second).rgb()


# The chart ------------------------------------------------------------------------------


@pytest.fixture
def chart(qtbot: QtBot, sample_service: SampleService) -> Iterator[ChartPanel]:
    """Return a chart of the article's lengths, China highlighted, in a plain host window."""
    host = QWidget()
    qtbot.addWidget(host)
    panel = ChartPanel(host)
    panel.set_sources(sample_service.chart_sources())
    panel.set_series(sample_service.segment_series())
    panel.highlight("kz-cn")
    host.resize(1000, 650)
    panel.setGeometry(0, 0, 1000, 650)
    host.show()
    qtbot.waitExposed(host)
    yield panel
    host.close()


def plot_image(panel: ChartPanel) -> QImage:
    """Return the plot's pixels as drawn now."""
    return panel.plot_widget().viewport().grab().toImage()


def bar_middle(panel: ChartPanel, index: int, km: float) -> QPoint:
    """Return the viewport pixel at the middle of a bar."""
    view = panel.plot_widget()
    scene = view.getPlotItem().getViewBox().mapViewToScene(QPointF(index, km / 2))
    point: QPoint = view.mapFromScene(scene)
    return point


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_the_chart_draws_its_ground_and_bars_in_the_theme(chart: ChartPanel, theme: Theme) -> None:
    chart.set_theme(theme)
    image = plot_image(chart)

    assert same(colour(image, QPoint(3, 3)), theme.background)
    assert same(colour(image, bar_middle(chart, 0, ARTICLE_KM["kz-ru"])), theme.bar_fill)
    assert same(colour(image, bar_middle(chart, 2, ARTICLE_KM["kz-cn"])), theme.highlight_fill)
    assert chart.theme() == theme


def test_switching_back_to_light_gives_the_light_chart_again(chart: ChartPanel) -> None:
    chart.set_theme(DARK)
    chart.set_theme(LIGHT)
    image = plot_image(chart)

    assert same(colour(image, QPoint(3, 3)), "#FFFFFF")
    assert same(colour(image, bar_middle(chart, 0, ARTICLE_KM["kz-ru"])), LIGHT.bar_fill)


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_the_chart_area_caption_and_title_take_the_theme(chart: ChartPanel, theme: Theme) -> None:
    chart.set_theme(theme)
    area = chart.chart_area().grab().toImage()
    caption = chart.findChild(QLabel, "chartCaption")
    title = chart.findChild(QLabel, "chartTitle")
    assert caption is not None
    assert title is not None
    caption.ensurePolished()
    title.ensurePolished()

    assert same(colour(area, QPoint(2, 2)), theme.background)
    assert same(caption.palette().color(QPalette.ColorRole.WindowText).name(), theme.caption)
    assert same(title.palette().color(QPalette.ColorRole.WindowText).name(), theme.text)
    axis = chart.plot_widget().getPlotItem().getAxis("left")
    assert same(axis.pen().color().name(), theme.axis)
    assert same(axis.textPen().color().name(), theme.text)


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_the_selected_bar_has_a_thicker_outline_and_a_bold_value_in_every_theme(
    chart: ChartPanel, theme: Theme
) -> None:
    chart.set_theme(theme)
    marked_pen, marked_brush, marked_font = chart.bar_appearance("kz-cn")
    plain_pen, plain_brush, plain_font = chart.bar_appearance("kz-ru")

    assert marked_pen.widthF() >= 2 * plain_pen.widthF()
    assert marked_font.weight() > QFont.Weight.Normal
    assert plain_font.weight() == QFont.Weight.Normal
    assert marked_pen.color() == QColor(theme.highlight_edge)
    assert marked_brush.color() == QColor(theme.highlight_fill)
    assert plain_brush.color() == QColor(theme.bar_fill)


def test_the_projector_theme_draws_bolder_outlines(chart: ChartPanel) -> None:
    light_pen = chart.bar_appearance("kz-ru")[0]
    chart.set_theme(CONTRAST)

    assert chart.bar_appearance("kz-ru")[0].widthF() > light_pen.widthF()


@pytest.fixture(scope="module")
def real() -> Iterator[ReferenceService]:
    """Return the bundled database (it has several sources to compare)."""
    store = open_store()
    yield store
    store.close()


def grouped_bars(panel: ChartPanel) -> GroupedBarItem:
    items = panel.plot_widget().getPlotItem().items
    found = [item for item in items if isinstance(item, GroupedBarItem)]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("theme", [DARK, CONTRAST], ids=lambda t: t.name)
def test_compare_mode_draws_each_source_in_the_themes_colours(
    chart: ChartPanel, real: ReferenceService, theme: Theme
) -> None:
    chart.set_sources(real.chart_sources())
    chart.set_comparison(source_comparison(real, ("ART", "CIA2008", "CIA2015")))
    chart.set_theme(theme)
    bars = grouped_bars(chart)
    view = chart.plot_widget()
    image = plot_image(chart)

    assert [look.fill for look in chart.legend().looks()] == [
        series_look(i, theme).fill for i in range(3)
    ]
    # The middle of Russia's first bar (no hatching on the first series) has its fill.
    rect = bars.bar_rect(0, 0)
    scene = view.getPlotItem().getViewBox().mapViewToScene(rect.center())
    assert same(colour(image, view.mapFromScene(scene)), series_look(0, theme).fill)
    assert same(colour(image, QPoint(3, 3)), theme.background)


# The map --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_map(real: ReferenceService) -> BorderMap:
    """Return the bundled map."""
    return real.border_map()


@pytest.fixture
def border_map(qtbot: QtBot, real_map: BorderMap) -> BorderMapView:
    view = BorderMapView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_map(real_map)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_the_map_draws_water_and_land_in_the_theme(border_map: BorderMapView, theme: Theme) -> None:
    border_map.set_theme(theme)
    image = border_map.grab().toImage()

    assert same(colour(image, open_water(border_map)), theme.water)
    assert not same(theme.water, theme.background)  # seas are told from the page
    assert same(colour(image, border_map.pixel_of(*STEPPE).toPoint()), theme.kazakhstan_fill)
    assert border_map.theme() == theme


def test_the_map_starts_light(border_map: BorderMapView) -> None:
    image = border_map.grab().toImage()

    assert same(colour(image, open_water(border_map)), LIGHT.water)


# The detail pane ------------------------------------------------------------------------


@pytest.fixture
def pane(qtbot: QtBot, sample_service: SampleService) -> DetailPane:
    shown = DetailPane(lambda ref: load_detail(sample_service, ref))
    qtbot.addWidget(shown)
    shown.resize(700, 500)
    shown.show_ref(RUSSIA)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def char_colour(pane: DetailPane, text: str) -> str:
    """Return the colour of the first character of ``text`` on the page."""
    found = pane.document().find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(pane.document())
    cursor.setPosition(found.selectionStart() + 1)
    return str(cursor.charFormat().foreground().color().name())


def link_colour(pane: DetailPane) -> str:
    """Return the colour of the first link on the page."""
    block = pane.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isAnchor():
                return str(fragment.charFormat().foreground().color().name())
            iterator += 1
        block = block.next()
    raise AssertionError("the page has no link")


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_the_page_is_recoloured_in_the_theme_and_shows_the_same_item(
    pane: DetailPane, theme: Theme
) -> None:
    text = pane.toPlainText()
    pane.set_theme(theme)

    assert pane.toPlainText() == text
    assert pane.current_ref == RUSSIA
    assert pane.document().defaultStyleSheet() == style_sheet(theme)
    assert same(char_colour(pane, "Russia"), theme.text)
    assert same(link_colour(pane), theme.link)


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_the_pages_muted_lines_follow_the_theme(pane: DetailPane, theme: Theme) -> None:
    pane.set_theme(theme)

    assert same(char_colour(pane, "the longest segment"), theme.muted)


def test_a_theme_switch_keeps_the_scroll_position(qtbot: QtBot, pane: DetailPane) -> None:
    pane.resize(400, 200)
    bar = pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 40)
    bar.setValue(40)
    pane.set_theme(CONTRAST)

    assert bar.value() == 40


# Presentation ---------------------------------------------------------------------------


@pytest.fixture
def make_presentation(
    qtbot: QtBot, sample_service: SampleService
) -> Callable[[Theme], PresentationWindow]:
    def make(theme: Theme) -> PresentationWindow:
        selection = SelectionState()
        selection.select(RUSSIA)
        window = PresentationWindow(
            build_sequence(sample_service),
            selection,
            sample_service.edition().version,
            import_chart_panel,
            (sample_service.chart_sources(), sample_service.segment_series(None)),
            theme=theme,
        )
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_the_slides_and_their_chart_take_the_theme(
    make_presentation: Callable[[Theme], PresentationWindow], theme: Theme
) -> None:
    window = make_presentation(theme)
    image = window.grab().toImage()
    chart = window.chart_widget
    assert isinstance(chart, ChartPanel)
    title = window.title_label
    title.ensurePolished()

    assert same(colour(image, QPoint(4, 4)), theme.background)
    assert same(title.palette().color(QPalette.ColorRole.WindowText).name(), theme.text)
    assert chart.theme() == theme
    plot = chart.plot_widget().viewport().grab().toImage()
    assert same(colour(plot, QPoint(3, 3)), theme.background)


def test_a_presentation_changes_theme_while_shown(
    make_presentation: Callable[[Theme], PresentationWindow],
) -> None:
    window = make_presentation(LIGHT)
    window.set_theme(DARK)

    assert same(colour(window.grab().toImage(), QPoint(4, 4)), DARK.background)


# The window and its theme manager -------------------------------------------------------

WindowMaker = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, sample_service: SampleService, settings_path: Path) -> WindowMaker:
    def make(*, show: bool = True, factory: Callable[[], QWidget] = FakeChartPanel) -> MainWindow:
        window = MainWindow(sample_service, Settings(settings_path), chart_factory=factory)
        qtbot.addWidget(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
            qtbot.waitUntil(lambda: window.chart is not None)
        return window

    return make


def theme_action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def fake_chart(window: MainWindow) -> FakeChartPanel:
    chart = window.findChild(FakeChartPanel, "segmentChart")
    assert chart is not None
    return chart


def loaded_map(qtbot: QtBot, window: MainWindow) -> BorderMapView:
    qtbot.waitUntil(lambda: window.map_link.view is not None)
    view = window.map_link.view
    assert isinstance(view, BorderMapView)
    return view


def test_the_theme_menu_offers_four_choices_with_system_ticked(make_window: WindowMaker) -> None:
    window = make_window()
    names = ["themeSystemAction", "themeLightAction", "themeDarkAction", "themeContrastAction"]
    actions = [theme_action(window, name) for name in names]

    assert [a.text().replace("&", "") for a in actions] == [
        "System",
        "Light",
        "Dark",
        "High contrast (projector)",
    ]
    assert [a.isChecked() for a in actions] == [True, False, False, False]
    assert all(a.isCheckable() and a.actionGroup() is not None for a in actions)
    assert actions[0].actionGroup().isExclusive()  # type: ignore[union-attr]


def test_choosing_dark_recolours_every_view_and_the_palette(
    qtbot: QtBot, make_window: WindowMaker, qapp: QApplication
) -> None:
    window = make_window()
    shown_map = loaded_map(qtbot, window)
    theme_action(window, "themeDarkAction").trigger()

    assert window.theme_manager.theme == DARK
    assert theme_action(window, "themeDarkAction").isChecked()
    assert not theme_action(window, "themeSystemAction").isChecked()
    assert window.detail_pane.theme() == DARK
    assert fake_chart(window).theme() == DARK
    assert shown_map.theme() == DARK
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Base) == QColor(DARK.background)
    assert palette.color(QPalette.ColorRole.Text) == QColor(DARK.text)
    assert palette.color(QPalette.ColorRole.Window) == QColor(DARK.surface)
    assert palette.color(QPalette.ColorRole.Highlight) == QColor(DARK.selection)
    pane = window.detail_pane
    qtbot.waitUntil(
        lambda: pane.palette().color(QPalette.ColorRole.Base) == QColor(DARK.background)
    )
    assert isinstance(qapp.style(), FramedFusion)
    tree = window.navigation.tree
    pixels = tree.viewport().grab().toImage()
    assert same(colour(pixels, QPoint(pixels.width() - 3, pixels.height() - 3)), DARK.background)


def test_disabled_text_is_told_apart_from_text_in_every_theme(
    make_window: WindowMaker, qapp: QApplication
) -> None:
    window = make_window(show=False)
    for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.CONTRAST):
        window.theme_manager.set_choice(choice)
        palette = qapp.palette()
        enabled = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        assert abs(enabled.lightness() - disabled.lightness()) > 60, choice


def luminance(colour: QColor) -> float:
    """Return a colour's relative luminance (WCAG 2)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(first: QColor, second: QColor) -> float:
    """Return the WCAG contrast ratio of two colours."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.CONTRAST])
def test_a_check_box_stands_out_from_the_ground_in_every_theme(
    qtbot: QtBot, make_window: WindowMaker, qapp: QApplication, choice: ThemeChoice
) -> None:
    window = make_window(show=False)
    window.theme_manager.set_choice(choice)
    box = QCheckBox("Compare sources")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    ground = box.palette().color(QPalette.ColorRole.Window)
    edge = max(
        (
            image.pixelColor(x, y)
            for x in range(indicator.left(), indicator.right() + 1)
            for y in range(indicator.top(), indicator.bottom() + 1)
        ),
        key=lambda pixel: contrast(pixel, ground),
    )

    # WCAG 1.4.11: the parts of a control need 3:1 against what is around them.
    assert contrast(edge, ground) >= 3.0, (choice, edge.name(), ground.name())


def test_views_created_later_start_in_the_current_theme(
    qtbot: QtBot, make_window: WindowMaker
) -> None:
    window = make_window(show=False)
    window.theme_manager.set_choice(ThemeChoice.CONTRAST)
    assert window.chart is None
    assert window.map_link.view is None
    window.show()
    qtbot.waitUntil(lambda: window.chart is not None)

    assert fake_chart(window).theme() == CONTRAST
    assert loaded_map(qtbot, window).theme() == CONTRAST
    slides = window.present()
    qtbot.addWidget(slides)
    assert slides.theme() == CONTRAST
    window.theme_manager.set_choice(ThemeChoice.DARK)
    assert slides.theme() == DARK
    slides.close()


def test_the_real_chart_in_the_window_follows_the_theme(
    qtbot: QtBot, make_window: WindowMaker
) -> None:
    window = make_window(factory=import_chart_panel)
    chart = window.chart_slot.chart
    assert isinstance(chart, ChartPanel)
    theme_action(window, "themeDarkAction").trigger()
    image = plot_image(chart)

    assert same(colour(image, QPoint(3, 3)), DARK.background)
    theme_action(window, "themeLightAction").trigger()
    assert same(colour(plot_image(chart), QPoint(3, 3)), LIGHT.background)


def test_system_follows_the_desktops_colour_scheme(
    make_window: WindowMaker, qapp: QApplication
) -> None:
    window = make_window(show=False)
    manager = window.theme_manager
    changes: list[Theme] = []
    manager.theme_changed.connect(changes.append)
    assert manager.choice is ThemeChoice.SYSTEM
    assert manager.theme == LIGHT

    manager.on_color_scheme_changed(Qt.ColorScheme.Dark)
    assert manager.theme == DARK
    assert window.detail_pane.theme() == DARK
    assert qapp.palette().color(QPalette.ColorRole.Base) == QColor(DARK.background)

    manager.on_color_scheme_changed(Qt.ColorScheme.Light)
    assert manager.theme == LIGHT
    assert window.detail_pane.theme() == LIGHT
    assert changes == [DARK, LIGHT]
    assert forced_theme_name(qapp) == ""  # the platform's own palette again


def test_a_forced_theme_ignores_the_desktops_colour_scheme(make_window: WindowMaker) -> None:
    window = make_window(show=False)
    manager = window.theme_manager
    manager.set_choice(ThemeChoice.LIGHT)
    manager.on_color_scheme_changed(Qt.ColorScheme.Dark)

    assert manager.theme == LIGHT
    manager.set_choice(ThemeChoice.SYSTEM)  # the desktop went dark meanwhile
    assert manager.theme == DARK


def test_the_theme_choice_survives_a_restart(make_window: WindowMaker, settings_path: Path) -> None:
    window = make_window(show=False)
    theme_action(window, "themeContrastAction").trigger()
    window.close()

    assert Settings(settings_path).preferences.theme is ThemeChoice.CONTRAST
    again = make_window(show=False)
    assert again.theme_manager.choice is ThemeChoice.CONTRAST
    assert again.theme_manager.theme == CONTRAST
    assert again.detail_pane.theme() == CONTRAST
    assert theme_action(again, "themeContrastAction").isChecked()


@pytest.mark.parametrize("stored", ["purple", "", "1", "@Invalid()", "lightish"])
def test_a_garbled_stored_theme_falls_back_to_system(
    make_window: WindowMaker, settings_path: Path, stored: str
) -> None:
    settings_path.write_text(f"[preferences]\ntheme={stored}\n", encoding="utf-8")

    assert Settings(settings_path).preferences.theme is ThemeChoice.SYSTEM
    window = make_window(show=False)
    assert window.theme_manager.choice is ThemeChoice.SYSTEM
    assert theme_action(window, "themeSystemAction").isChecked()


def test_a_stored_theme_name_is_read_whatever_its_case(settings_path: Path) -> None:
    settings_path.write_text("[preferences]\ntheme= Dark \n", encoding="utf-8")

    assert Settings(settings_path).preferences.theme is ThemeChoice.DARK


def test_a_second_window_shares_the_first_ones_theme(
    qtbot: QtBot, sample_service: SampleService, settings_path: Path
) -> None:
    manager = ThemeManager(Settings(settings_path))
    first = MainWindow(
        sample_service, Settings(settings_path), FakeChartPanel, theme_manager=manager
    )
    second = MainWindow(
        sample_service, Settings(settings_path), FakeChartPanel, theme_manager=manager
    )
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    theme_action(first, "themeDarkAction").trigger()

    assert second.detail_pane.theme() == DARK
    second.appearance.theme_menu.aboutToShow.emit()
    assert theme_action(second, "themeDarkAction").isChecked()


def test_the_overview_page_is_shown_in_the_theme_at_start(
    qtbot: QtBot, make_window: WindowMaker, settings_path: Path
) -> None:
    Settings(settings_path).preferences.theme = ThemeChoice.DARK
    window = make_window()

    assert window.selection.current == OVERVIEW_REF
    assert same(char_colour(window.detail_pane, "Kazakhstan"), DARK.text)
