"""Catalogue E29 for every widget: names from a pack and text typed by the user stay plain text.

A pack whose every name, title, label and version starts with markup is imported and opened
the way a reader would: the tree, each kind of page, the chart and its table, the map, the
menus, a search with no match, the presentation, the handout and export dialogs, imports and
their messages. Every text a person can see is read as Qt draws it (``tests/gui/hostile.py``):
wherever a hostile string shows, it shows literally.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from borderdesk.core.model import ItemRef
from borderdesk.core.service import ReferenceService
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.packs.catalog import PackCatalog
from borderdesk.data.packs.exporter import export_pack
from borderdesk.data.packs.importer import import_pack
from borderdesk.data.store import bundled_path, open_store
from borderdesk.data.userdb.repository import open_user_data
from borderdesk.gui.errors import show_error
from borderdesk.gui.models.navigation_model import ITEM_REF_ROLE
from borderdesk.gui.settings import Settings
from borderdesk.gui.views.border_map import BorderMapView
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.window.main_window import MainWindow
from borderdesk.gui.window.user_session import show_messages
from borderdesk.gui.window.userdata_ui import UserDataUi
from tests.gui.boxes import MessageBoxes
from tests.gui.hostile import HOSTILE, Dialogs, Sweep, write_hostile_pack

BOLD, IMAGE, LINK, AMP, LT = (text for text, _ in HOSTILE)
ITEMS_PER_GROUP = 3  # pages of each kind read (every kind of page, not every page)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return export_pack(bundled_path(), tmp_path_factory.mktemp("bundled") / "bundled.json")


@pytest.fixture(scope="module")
def hostile_json(bundled: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_hostile_pack(bundled, tmp_path_factory.mktemp("hostile") / "hostile.json")


@pytest.fixture
def folders(tmp_path: Path) -> UserFolders:
    return UserFolders.under(tmp_path / "user")


@pytest.fixture
def sweep(message_boxes: MessageBoxes) -> Iterator[tuple[Sweep, Dialogs]]:
    found = Sweep()
    dialogs = Dialogs(found)
    message_boxes.on_show = dialogs.sweep_box
    try:
        yield found, dialogs
    finally:
        dialogs.close()


def open_hostile_window(
    qtbot: QtBot, hostile_json: Path, folders: UserFolders, settings: Path
) -> tuple[MainWindow, UserDataUi, ReferenceService]:
    """Import the hostile pack, bookmark hostile titles, open a window on the pack."""
    info = import_pack(hostile_json, folders.packs)
    service = open_store(info.path)
    user_data = open_user_data(folders)
    marked = ("border:kz-ru", "border:kz-cn", "topic:smuggling")
    for (text, _), ref in zip(HOSTILE, marked, strict=False):
        user_data.set_bookmark(ItemRef.from_string(ref), f"{text} mark", True)
    window = MainWindow(service, Settings(settings))
    qtbot.addWidget(window)
    ui = UserDataUi(user_data, PackCatalog(folders.packs), info.path, window)
    window.attach_user_data(ui)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.chart is not None and window.map_link.view is not None)
    return window, ui, service


def chart_of(window: MainWindow) -> ChartPanel:
    chart = window.chart
    assert isinstance(chart, ChartPanel)
    return chart


class Hover:
    """A pyqtgraph hover event resting at one point of an item."""

    def __init__(self, x: float, y: float) -> None:
        self._pos = QPointF(x, y)

    def isExit(self) -> bool:  # noqa: N802 - pyqtgraph's name
        return False

    def pos(self) -> QPointF:
        return self._pos


def read_pages(window: MainWindow, ui: UserDataUi, sweep: Sweep) -> int:
    """Select a few items of every group of the tree; read each page and note heading."""
    model = window.navigation_model
    read = 0
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(min(ITEMS_PER_GROUP, model.rowCount(parent))):
            ref = model.index(row, 0, parent).data(ITEM_REF_ROLE)
            if isinstance(ref, ItemRef):
                window.selection.select(ref, origin=None)
                sweep.widgets([window.detail_pane, ui.notes_panel])
                read += 1
    return read


def hover_chart_and_map(window: MainWindow, service: ReferenceService, sweep: Sweep) -> None:
    """Rest on a bar, then on each border of the map: their tooltips name the data."""
    chart = chart_of(window)
    bars = chart._bars
    bars.hoverEvent(Hover(0, bars.heights()[0] / 2))
    sweep.check("bar tooltip", bars.toolTip(), "auto")
    view = window.map_link.view
    assert isinstance(view, BorderMapView)
    window.show_map()
    for segment in service.border_map().segments:
        lon, lat = segment.points[len(segment.points) // 2]
        QTest.mouseMove(view, view.pixel_of(lon, lat).toPoint())
        sweep.check("map tooltip", view.toolTip(), "auto")
    window.show_chart()


# Offscreen, closing the slides raises the window: the platform says it cannot, nothing more.
@pytest.mark.qt_log_ignore("This plugin does not support raise", extend=True)
def test_every_text_a_reader_can_see_shows_hostile_names_literally(
    qtbot: QtBot,
    hostile_json: Path,
    folders: UserFolders,
    tmp_path: Path,
    sweep: tuple[Sweep, Dialogs],
) -> None:
    found, dialogs = sweep
    window, ui, service = open_hostile_window(qtbot, hostile_json, folders, tmp_path / "s.ini")
    found.widgets([window])  # the tree, the overview, chart, legend, status bar, menus

    assert read_pages(window, ui, found) > 20

    for text, _ in HOSTILE:  # typed into the search box: "Nothing matches …"
        window.navigation.search_box.setText(text)
        found.widget(window.navigation.no_matches)
    window.navigation.search_box.clear()

    chart = chart_of(window)
    sources = tuple(option.ref.id for option in service.chart_sources())
    chart.comparison_requested.emit(sources[:3])  # the legend names the sources
    found.widgets([chart])
    chart.comparison_requested.emit((sources[0], BOLD))  # an error quoting the id
    window.chart_table_action.trigger()  # the figures as a table
    found.widgets([chart])
    window.chart_table_action.trigger()
    chart.source_changed.emit(sources[0])
    hover_chart_and_map(window, service, found)

    # Dialogs, each swept when shown, then answered or closed.
    def export_to_a_hostile_folder(dialog: QDialog) -> None:
        path = dialog.findChild(QLineEdit, "exportPath")
        assert isinstance(path, QLineEdit)
        path.setText(str(tmp_path / BOLD / AMP / "chart.png"))
        export = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Export")
        export.click()
        found.widgets([dialog])  # "Not saved: …" names the folder

    dialogs.hooks["Export chart"] = export_to_a_hostile_folder
    window.outputs.open_chart_export()
    window.outputs.open_handout()
    window.help.show_about()
    window.quiz.open_print_dialog()  # the quiz on paper: its preview and page labels
    ui.import_pack_from(hostile_json)  # "… was imported as “label (dataset version…)”"
    ui.import_pack_from(tmp_path / f"{IMAGE}.json")  # an error naming a missing file
    notes = tmp_path / f"{AMP} {LT}.json"
    notes.write_text(
        json.dumps(
            {
                "format": "borderdesk-notes",
                "format_version": 1,
                "notes": [{"item": "border:kz-ru", "text": f"{IMAGE} {BOLD}"}],
                "bookmarks": [{"item": "organisation:csto", "title": f"{LINK} {LT}"}],
            }
        ),
        encoding="utf-8",
    )
    ui.import_notes_from(notes)  # the preview names the file, the notes and the titles
    ui.export_notes_to(tmp_path / f"{LT} {AMP}.json")  # "Exported … to <path>" in the status bar
    found.widgets([window.statusBar()])
    ui.export_notes_to(tmp_path / IMAGE / "notes.json")  # an error naming the folder
    show_error(window, BOLD, f"{IMAGE} cannot be read")
    show_messages(window, [(AMP, f"{LT} was restored", f"{LINK} details")])
    window.detail_pane._open_external(QUrl(f"https://example.org/?q={AMP}"))

    presentation = window.present()
    with found.inside("slide "):
        for _ in range(12):
            found.widgets([presentation])
            presentation.next_slide()
    presentation.close()
    quiz = window.quiz.start(seed=7)
    assert quiz is not None
    with found.inside("quiz "):
        for _ in quiz.quiz.questions:  # each question, then its answer
            found.widgets([quiz])
            quiz.reveal()
            found.widgets([quiz])
            quiz.next_question()
    quiz.close()
    with found.inside("dialog "):
        found.widgets([window.help.show_shortcuts()])  # the menus' commands, named
        whats_new = window.help.show_whats_new()  # the change log, each change sourced
        assert whats_new is not None
        before = found.seen["dialog page"]
        found.widgets([whats_new])
        change_log = found.seen["dialog page"] - before
    found.widgets([window])  # the menus again: the second import, the bookmarks
    QApplication.processEvents()

    assert not found.findings, "\n".join(found.findings)
    assert change_log > 0  # the change log showed its hostile texts literally
    assert {
        "Export chart",
        "Export failed",
        "Handout",
        "About BorderDesk",
        "Print quiz",
        "Data pack imported",
        "Data pack not imported",
        "Import notes",
        "Notes not exported",
        "Sources cannot be compared",
        BOLD,
        AMP,
        "Open link?",
    } <= set(dialogs.titles)
    # Hostile text reached every kind of place, and showed there literally.
    for kind in (
        "label",
        "tooltip",
        "bar tooltip",
        "map tooltip",
        "item",
        "combo box",
        "menu",
        "page",
        "status message",
        "dialog window title",
        "dialog label",
        "dialog message details",
        "dialog page",
        "dialog combo box",
        "slide label",
        "quiz label",
    ):
        assert found.seen[kind] > 0, kind
