"""The map pane: drawing, hover and click, zoom and pan, the selection round trip, exports."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QTabWidget, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.errors import ExportError
from borderdesk.core.model import BorderMap, ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.data.store import open_store
from borderdesk.gui.render.map_file import map_look, render_map
from borderdesk.gui.settings import Settings
from borderdesk.gui.views.border_map import BorderMapView
from borderdesk.gui.views.chart_style import BAR_FILL, HIGHLIGHT_FILL
from borderdesk.gui.views.map_furniture import caption_height
from borderdesk.gui.views.map_layers import midpoint
from borderdesk.gui.views.map_paint import paint_map
from borderdesk.gui.views.map_projection import MapFrame, project
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.fakes import FakeChartPanel
from tests.gui.test_main_window import click_tree_row, tree_of

CHINA = ItemRef(ItemKind.BORDER, "kz-cn")
RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")


@pytest.fixture(scope="module")
def real_map() -> BorderMap:
    """Return the bundled map."""
    service = open_store()
    try:
        return service.border_map()
    finally:
        service.close()


@pytest.fixture
def view(qtbot: QtBot, real_map: BorderMap) -> BorderMapView:
    widget = BorderMapView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.set_map(real_map)
    widget.set_published({"kz-cn": (1533.0, "Article (c. 2012)")})
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def middle_of(view: BorderMapView, key: str) -> QPointF:
    """Return the pixel halfway along a segment as drawn."""
    projected = view._projected
    assert projected is not None
    km = midpoint(projected.segments[key])
    return view.frame.to_pixels(projected, view._rect(), km)


def test_the_pane_is_found_by_its_name(view: BorderMapView) -> None:
    assert view.objectName() == "borderMap"
    assert "Kazakhstan" in view.accessibleName()
    assert "Kazakhstan–China 1,533 km (Article (c. 2012))" in view.accessibleDescription()
    assert "map line" not in view.accessibleDescription()


def test_hovering_names_the_segment_with_its_published_length(view: BorderMapView) -> None:
    key = view.segment_at(middle_of(view, "kz-cn"))
    assert key == "kz-cn"
    # The published figure and its source; never the length measured on the map line.
    assert view.hover_text(key) == "Kazakhstan–China: 1,533 km (Article (c. 2012))"
    assert view.segment_at(QPointF(5, 5)) is None


def test_clicking_a_segment_emits_its_key(qtbot: QtBot, view: BorderMapView) -> None:
    with qtbot.waitSignal(view.segment_clicked) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=middle_of(view, "kz-uz").toPoint())
    assert blocker.args == ["kz-uz"]


def test_a_click_off_the_lines_emits_nothing(qtbot: QtBot, view: BorderMapView) -> None:
    with qtbot.assertNotEmitted(view.segment_clicked):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


def test_highlight_draws_the_segment_thicker_in_orange(view: BorderMapView) -> None:
    before = view.grab().toImage()
    view.highlight("kz-cn")
    assert view.highlighted_key() == "kz-cn"
    after = view.grab().toImage()
    point = middle_of(view, "kz-cn").toPoint()
    assert before.pixelColor(point) == QColor(BAR_FILL) or _near(before, point, BAR_FILL, 3)
    assert after.pixelColor(point) == QColor(HIGHLIGHT_FILL) or _near(after, point, HIGHLIGHT_FILL)
    view.highlight("no-such-border")
    assert view.highlighted_key() is None


def _near(image: QImage, point: QPoint, colour: str, radius: int = 10) -> bool:
    return any(
        image.pixelColor(point.x() + dx, point.y() + dy) == QColor(colour)
        for dx in range(-radius, radius + 1)
        for dy in range(-radius, radius + 1)
    )


def test_keys_zoom_pan_and_reset(qtbot: QtBot, view: BorderMapView) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.frame.zoom == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.frame.zoom == pytest.approx(0.8)
    centre = view.frame.centre
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.frame.centre != centre
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.frame.zoom == 1
    assert view.frame.centre is None
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.frame.centre is None


def test_wheel_zoom_keeps_the_point_under_the_pointer(view: BorderMapView) -> None:
    projected = view._projected
    assert projected is not None
    pointer = QPointF(300, 200)
    before = view.frame.to_km(projected, view._rect(), pointer)
    view.zoom_by(2.0, pointer)
    after = view.frame.to_km(projected, view._rect(), pointer)
    assert (after.x(), after.y()) == pytest.approx((before.x(), before.y()))


def test_dragging_pans_and_does_not_select(qtbot: QtBot, view: BorderMapView) -> None:
    start = middle_of(view, "kz-cn").toPoint()
    with qtbot.assertNotEmitted(view.segment_clicked):
        qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
        moved = QPointF(start.x() + 60, start.y() + 30)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            moved,
            view.mapToGlobal(moved),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(view, event)
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=moved.toPoint())
    assert view.frame.centre is not None


def test_members_are_tinted(view: BorderMapView) -> None:
    view.highlight_members(["RU", "CN"], "members of the SCO today")
    assert view.highlighted_members() == frozenset({"RU", "CN"})
    view.highlight_members([])
    assert view.highlighted_members() == frozenset()


# The window -------------------------------------------------------------------------------

WindowMaker = Callable[..., MainWindow]


@pytest.fixture
def window(qtbot: QtBot, settings_path: Path) -> MainWindow:
    shown = MainWindow(SampleService(), Settings(settings_path), chart_factory=FakeChartPanel)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.map_link.view is not None)
    return shown


def the_map(window: MainWindow) -> BorderMapView:
    found = window.findChild(BorderMapView, "borderMap")
    assert found is not None
    return found


def test_the_map_is_a_tab_beside_the_chart(window: MainWindow) -> None:
    tabs = window.findChild(QTabWidget, "viewTabs")
    assert tabs is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Chart", "Map"]
    assert the_map(window).current_map() is not None


def test_clicking_the_map_selects_in_the_tree_and_the_pane(
    qtbot: QtBot, window: MainWindow
) -> None:
    tabs = window.findChild(QTabWidget, "viewTabs")
    assert tabs is not None
    tabs.setCurrentIndex(1)
    view = the_map(window)
    qtbot.waitExposed(view)
    view.segment_clicked.emit("kz-cn")
    assert window.selection.current == CHINA
    assert tree_of(window).currentIndex().data() == "China"
    pane = window.findChild(QTextBrowser, "detailPane")
    assert pane is not None
    qtbot.waitUntil(lambda: pane.toPlainText().startswith("China"))
    assert window.chart is not None
    assert window.chart.highlights[-1] == "kz-cn"  # type: ignore[attr-defined]
    assert view.highlighted_key() == "kz-cn"


def test_a_real_click_on_the_map_selects(qtbot: QtBot, window: MainWindow) -> None:
    tabs = window.findChild(QTabWidget, "viewTabs")
    assert tabs is not None
    tabs.setCurrentIndex(1)
    view = the_map(window)
    qtbot.waitExposed(view)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=middle_of(view, "kz-tm").toPoint())
    assert window.selection.current == ItemRef(ItemKind.BORDER, "kz-tm")


def test_selecting_in_the_tree_highlights_on_the_map(qtbot: QtBot, window: MainWindow) -> None:
    click_tree_row(qtbot, window, "Russia", "Borders")
    assert window.selection.current == RUSSIA
    assert the_map(window).highlighted_key() == "kz-ru"
    window.selection.select(ItemRef(ItemKind.ORGANISATION, "sco"))
    assert the_map(window).highlighted_key() is None
    assert the_map(window).highlighted_members() == frozenset({"KZ", "RU", "CH"})
    window.selection.select(RUSSIA)
    assert the_map(window).highlighted_members() == frozenset()


def test_a_map_that_cannot_load_says_so(qtbot: QtBot, settings_path: Path) -> None:
    def broken() -> QWidget:
        raise RuntimeError("no map")

    shown = MainWindow(
        SampleService(), Settings(settings_path), chart_factory=FakeChartPanel, map_factory=broken
    )
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(
        lambda: shown.map_link.slot.placeholder.text() == "The map could not be loaded."
    )
    assert shown.map_link.view is None


# Exports ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), [(640, 400), (1920, 1080), (3840, 2160)])
def test_png_export_has_the_requested_size(
    qapp: QApplication, real_map: BorderMap, tmp_path: Path, width: int, height: int
) -> None:
    out = render_map(real_map, tmp_path / "map.png", width, height, highlight="kz-cn")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (width, height)
    assert "Natural Earth" in image.text("Source")
    assert "1:10m" in image.text("Source")


def test_svg_and_pdf_exports_carry_the_caption(
    qapp: QApplication, real_map: BorderMap, tmp_path: Path
) -> None:
    svg = render_map(real_map, tmp_path / "map.svg", 1200, 800)
    root = ET.parse(svg).getroot()  # noqa: S314 - our own file
    assert root.get("width", "").startswith("1200") or "1200" in root.get("viewBox", "")
    text = svg.read_text(encoding="utf-8")
    assert "Natural Earth" in text
    pdf = render_map(real_map, tmp_path / "map.pdf", 1200, 800, highlight="kz-ru")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*tmp*"))


def test_export_rejects_a_bad_size_and_format(
    qapp: QApplication, real_map: BorderMap, tmp_path: Path
) -> None:
    with pytest.raises(ExportError):
        render_map(real_map, tmp_path / "map.png", 10, 10)
    with pytest.raises(ExportError):
        render_map(real_map, tmp_path / "map.gif", 800, 600)
    assert list(tmp_path.iterdir()) == []


def test_map_look_ignores_an_unknown_highlight(real_map: BorderMap) -> None:
    assert map_look(real_map, "kz-xx").highlight is None
    assert map_look(real_map, "kz-cn").highlight == "kz-cn"


def test_each_level_is_projected_once_and_only_when_needed(real_map: BorderMap) -> None:
    projected = project(real_map)
    assert set(projected.segments) == {"kz-ru", "kz-cn", "kz-kg", "kz-uz", "kz-tm"}
    assert projected._layers == {}
    coarse = projected.layer(projected.level_for(0.3))  # the whole region on a pane
    fine = projected.layer(projected.level_for(8.0))  # one border section
    assert projected.layer(projected.level_for(8.0)) is fine
    assert fine.segments["kz-cn"].count() > 3 * coarse.segments["kz-cn"].count()


def test_cli_export_map(tmp_path: Path) -> None:
    out = tmp_path / "map.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "borderdesk",
            "export-map",
            str(out),
            "--width",
            "800",
            "--height",
            "500",
            "--highlight",
            "kz-kg",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).size().toTuple() == (800, 500)
    bad = subprocess.run(
        [sys.executable, "-m", "borderdesk", "export-map", str(out), "--highlight", "kz-xx"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert bad.returncode == 1
    assert "kz-xx" in bad.stderr


def test_file_menu_exports_the_map_with_the_selected_border(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from borderdesk.gui.dialogs.export_dialog import ExportDialog

    opened: list[ExportDialog] = []

    def export_and_close(dialog: ExportDialog) -> int:
        opened.append(dialog)
        dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("custom"))
        dialog.width_spin.setValue(960)
        dialog.height_spin.setValue(600)
        dialog.path_edit.setText(str(tmp_path / "map.png"))
        dialog.export_button.click()
        return 0

    monkeypatch.setattr(ExportDialog, "exec", export_and_close)
    window.selection.select(CHINA)
    window.export_map_action.trigger()
    assert opened[0].windowTitle() == "Export map"
    image = QImage(str(tmp_path / "map.png"))
    assert image.size().toTuple() == (960, 600)
    orange = QColor(HIGHLIGHT_FILL).rgb()
    assert any(image.pixel(x, y) == orange for y in range(0, 600, 3) for x in range(0, 960, 3))
    assert "Saved map.png" in opened[0].status_label.text()


def test_the_map_export_marks_the_selected_organisations_members(window: MainWindow) -> None:
    window.selection.select(ItemRef(ItemKind.ORGANISATION, "sco"))
    exportable = window.map_link.exportable()
    assert exportable.default_stem == "kazakhstan-borders-map"
    look = exportable.look
    assert look is not None
    assert "KZ" in look.members
    assert look.members_label == "members of the SCO today"
    window.selection.select(CHINA)
    assert window.map_link.exportable().default_stem == "kazakhstan-borders-map-kz-cn"


def test_copy_map_puts_the_map_on_the_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    board = QGuiApplication.clipboard()
    try:
        window.selection.select(CHINA)
        window.view_tabs.setCurrentWidget(window.map_link.slot)  # the map's size in the window
        qtbot.waitUntil(the_map(window).isVisible)
        window.copy_map_action.trigger()
        mime = board.mimeData()
        assert mime.hasImage()
        assert mime.hasFormat("image/png")
        assert mime.hasFormat("image/svg+xml")
        png = QImage.fromData(mime.data("image/png").data())
        assert png.size().toTuple() == the_map(window).size().toTuple()
        assert window.statusBar().currentMessage() == "Map copied to the clipboard."
    finally:
        board.clear()


def test_hatching_lines_end_on_the_ring_inside_the_view() -> None:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QPolygonF

    from borderdesk.gui.views.map_hatch import hatch_segments

    square = QPolygonF([QPointF(0, 0), QPointF(100, 0), QPointF(100, 100), QPointF(0, 100)])
    hole = QPolygonF([QPointF(40, 40), QPointF(60, 40), QPointF(60, 60), QPointF(40, 60)])
    view = QRectF(0, 0, 80, 200)  # cuts the square's right part off
    lines = hatch_segments([square, hole], view, 10.0)
    assert len(lines) >= 10
    for line in lines:
        for point in (line.p1(), line.p2()):
            assert -1e-6 <= point.x() <= 80 + 1e-6
            assert -1e-6 <= point.y() <= 100 + 1e-6
        middle = line.center()
        assert not (40 < middle.x() < 60 and 40 < middle.y() < 60)  # never across the hole
        assert abs(line.dx() - line.dy()) < 1e-6  # 45 degrees


def test_the_legend_lists_the_selected_segment_only_when_one_is_drawn(tmp_path: Path) -> None:
    import subprocess

    from borderdesk.core.sample import SampleService
    from borderdesk.gui.render.map_file import render_map

    border_map = SampleService().border_map()
    plain = render_map(border_map, tmp_path / "plain.pdf", 1280, 720)
    marked = render_map(border_map, tmp_path / "marked.pdf", 1280, 720, highlight="kz-cn")
    texts = [
        subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        for path in (plain, marked)
    ]
    assert "Selected segment" not in texts[0]
    assert "Selected segment" in texts[1]


def test_a_caption_too_long_for_one_line_wraps_and_lifts_what_sits_above_it(
    real_map: BorderMap,
) -> None:
    caption = real_map.caption
    one_line = caption_height(QRectF(0, 0, 3840, 2160), caption, 1.0)
    slide = QRectF(0, 0, 740, 760)  # half a 1600x1000 slide, its type for the back row
    assert caption_height(slide, caption, 1.4) > 2 * one_line


def test_the_map_view_draws_at_a_style_scale_when_told(view: BorderMapView) -> None:
    assert view.style_scale() is None  # follows the width
    plain = view.grab().toImage()
    view.set_style_scale(2.0)
    assert view.style_scale() == 2.0
    assert view.grab().toImage() != plain


class RecordingPainter(QPainter):
    """A painter that notes every text the map draws."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: object) -> None:  # noqa: N802 - Qt's name
        self.texts.append(next(str(a) for a in args if isinstance(a, str)))
        super().drawText(*args)  # type: ignore[call-overload]


def test_a_name_too_long_for_the_map_is_cut_not_drawn_across_it(real_map: BorderMap) -> None:
    # A pack may give a country a name of 200 characters: it ran across the whole map.
    long = "Russian Federation " * 10
    outlines = tuple(
        replace(outline, name=long.strip()) if outline.key == "RU" else outline
        for outline in real_map.outlines
    )
    image = QImage(1280, 800, QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    try:
        paint_map(
            painter,
            QRectF(0, 0, 1280, 800),
            project(replace(real_map, outlines=outlines)),
            MapFrame(),
            map_look(real_map, None, (), ""),
        )
    finally:
        painter.end()
    [russia] = [text for text in painter.texts if text.startswith("Russian Federation")]
    assert russia.endswith("…")
    assert len(russia) < 60
