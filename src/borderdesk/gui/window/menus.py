"""The menu bar of the main window, built from the actions its parts own.

File (exports, handout, quiz on paper, Quit), View (search, chart, map, table, layout, slides,
quiz, theme, text size), Go (Back, Forward, Overview) and Help; the user's Bookmarks and Data
menus go before Help once the notes are open (``MainWindow.attach_user_data``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from borderdesk.gui.window.appearance_menu import AppearanceMenu
from borderdesk.gui.window.back_forward import BackForward
from borderdesk.gui.window.figure_actions import FigureActions
from borderdesk.gui.window.help_menu import HelpMenu
from borderdesk.gui.window.output_actions import OutputActions
from borderdesk.gui.window.present_actions import PresentActions
from borderdesk.gui.window.quiz_actions import QuizActions


@dataclass
class ViewActions:
    """The View menu's own actions: search, then the chart, map, note, table and layout."""

    focus_search: QAction
    figures: FigureActions


@dataclass
class Menus:
    """The menus built, for the window to insert the user's menus among them."""

    file: QMenu
    view: QMenu
    go: QMenu
    help: QMenu
    quit_action: QAction


def build_menus(
    bar: QMenuBar,
    *,
    outputs: OutputActions,
    quiz: QuizActions,
    view: ViewActions,
    presenting: PresentActions,
    appearance: AppearanceMenu,
    back_forward: BackForward,
    help_menu: HelpMenu,
    quit_action: QAction,
) -> Menus:
    """Fill the menu bar; return its menus."""
    file_menu = _add_menu(bar, "&File")
    file_menu.addActions([outputs.export_chart, outputs.copy_chart])
    file_menu.addActions([outputs.export_map, outputs.copy_map])
    file_menu.addSeparator()
    file_menu.addAction(outputs.handout)
    file_menu.addAction(quiz.print_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    view_menu = _add_menu(bar, "&View")
    view_menu.addAction(view.focus_search)
    figures = view.figures
    view_menu.addActions([figures.show_chart, figures.show_map, figures.show_note])
    view_menu.addAction(figures.chart_table)
    view_menu.addSeparator()
    view_menu.addAction(figures.reset_layout)
    view_menu.addAction(presenting.presentation_action)
    view_menu.addMenu(presenting.slides_menu)
    view_menu.addAction(quiz.quiz_action)
    view_menu.addSeparator()
    view_menu.addMenu(appearance.theme_menu)
    view_menu.addActions(appearance.zoom_actions())

    go_menu = back_forward.menu
    bar.addMenu(go_menu)
    help_entry = _add_menu(bar, "&Help")
    help_entry.addActions(help_menu.actions())
    return Menus(file_menu, view_menu, go_menu, help_entry, quit_action)


def insert_user_menus(
    menus: Menus, bar: QMenuBar, file_actions: list[QAction], user_menus: list[QMenu]
) -> None:
    """Put the notes' File actions before Quit and their menus (Bookmarks, Data) before Help."""
    menus.file.insertActions(menus.quit_action, file_actions)
    menus.file.insertSeparator(menus.quit_action)
    for menu in user_menus:
        bar.insertMenu(menus.help.menuAction(), menu)


def _add_menu(bar: QMenuBar, title: str) -> QMenu:
    """Add a menu the window owns (not addMenu's own): it lives to be retitled in a new language."""
    menu = QMenu(_tr(title), bar.parentWidget())
    bar.addMenu(menu)
    return menu


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
