"""The main window as a reader gets it: the real chart, the map and the notes panel, shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from borderdesk.core.sample import SampleService
from borderdesk.core.userdirs import UserFolders
from borderdesk.data.packs.catalog import PackCatalog
from borderdesk.data.userdb.repository import open_user_data
from borderdesk.gui.settings import Settings
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.window.main_window import MainWindow
from borderdesk.gui.window.userdata_ui import UserDataUi


def open_window(qtbot: QtBot, service: SampleService, folder: Path) -> MainWindow:
    """Return a shown, active window whose chart and map have loaded, notes attached."""
    window = MainWindow(service, Settings(folder / "settings.ini"))
    qtbot.addWidget(window)
    folders = UserFolders.under(folder / "user")
    user_data = open_user_data(folders)
    window.attach_user_data(UserDataUi(user_data, PackCatalog(folders.packs), None, window))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.chart is not None and window.map_link.view is not None)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def chart_of(window: MainWindow) -> ChartPanel:
    """Return the window's chart panel."""
    chart = window.chart
    assert isinstance(chart, ChartPanel)
    return chart
