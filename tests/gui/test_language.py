"""What a Kazakh- or Russian-speaking reader gets in the window, and how the language is chosen.

The language follows the system on first start; View → Language switches it at once, without
a restart (menus, tree, page, chart, map, status bar), and it is remembered. The dataset's
texts come in the same language; a text not yet translated is marked on the page.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from borderdesk.app import open_service
from borderdesk.core.language import Language
from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.sample import SampleService
from borderdesk.core.service import ReferenceService
from borderdesk.gui import translation
from borderdesk.gui.settings import Settings
from borderdesk.gui.translation import LanguageManager, install_language, system_language
from borderdesk.gui.views.chart import ChartPanel
from borderdesk.gui.window import main_window
from borderdesk.gui.window.main_window import MainWindow

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")


@pytest.fixture(scope="module")
def bundled() -> ReferenceService:
    """Return the bundled dataset (its texts in English, Kazakh and Russian)."""
    return open_service(None)


def open_window(
    qtbot: QtBot, service: ReferenceService, settings: Settings, **kwargs: object
) -> MainWindow:
    """Return a shown window whose first load (the page, the chart, the map) is over."""
    window = MainWindow(service, settings, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.chart is not None)
    qtbot.waitUntil(lambda: not window.first_load.background.busy, timeout=10_000)
    return window


def menu_titles(window: MainWindow) -> list[str]:
    """Return the menu bar's titles as shown (mnemonics dropped)."""
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def settle() -> None:
    """Let the posted LanguageChange events reach every widget."""
    for _ in range(3):
        QApplication.processEvents()


def test_the_first_start_follows_the_system_language() -> None:
    assert system_language(QLocale("kk_KZ")) is Language.KK
    assert system_language(QLocale("ru_RU")) is Language.RU
    assert system_language(QLocale("ru_KZ")) is Language.RU
    assert system_language(QLocale("de_DE")) is Language.EN
    assert system_language(QLocale("C")) is Language.EN


def test_with_no_choice_the_window_opens_in_the_systems_language(
    qtbot: QtBot, settings_path: Path, bundled: ReferenceService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translation, "system_language", lambda: Language.RU)
    settings = Settings(settings_path)

    window = open_window(qtbot, bundled, settings)

    assert menu_titles(window)[:3] == ["Файл", "Вид", "Переход"]
    assert settings.preferences.language is None  # followed, not chosen


def test_view_language_switches_everything_at_once_and_is_remembered(
    qtbot: QtBot, settings_path: Path, bundled: ReferenceService
) -> None:
    window = open_window(qtbot, bundled, Settings(settings_path))
    window.selection.select(RUSSIA)
    window._on_paint_watcher_painted()
    assert menu_titles(window) == ["File", "View", "Go", "Help"]

    window.languages.actions[Language.RU].trigger()
    settle()

    assert menu_titles(window) == ["Файл", "Вид", "Переход", "Справка"]
    assert [a.text().replace("&", "") for a in window.menus.view.actions()][:3] == [
        "Перейти к поиску",
        "Показать диаграмму",
        "Показать карту",
    ]
    tree = window.navigation_model
    assert [tree.index(row, 0).data() for row in range(3)] == [
        "Обзор: Казахстан",
        "Границы",
        "Сравнения",
    ]
    borders = tree.index(1, 0)
    assert tree.index(0, 0, borders).data() == "Россия"
    assert tree.index(0, 1, borders).data() == "6\xa0846 км"
    page = window.detail_pane.toPlainText()
    assert page.startswith("Россия\nГраница Казахстана: Россия · самый протяжённый участок")
    assert "Протяжённость по источникам" in page
    assert "[на английском]" not in page  # every text of the border's page is translated
    chart = window.chart
    assert isinstance(chart, ChartPanel)
    assert chart.findChild(QLabel, "chartTitle").text() == (  # type: ignore[union-attr]
        "Сухопутные границы Казахстана по протяжённости"
    )
    assert chart.bar_labels()[0] == "Россия"
    assert chart.caption_text().startswith("Источник: ")
    assert window.view_tabs.tabText(0) == "Диаграмма"
    assert window.edition_label.text().startswith("Набор данных ")
    assert "3 декабря 2026" in window.edition_label.text()
    assert Settings(settings_path).preferences.language is Language.RU

    window.languages.actions[Language.KK].trigger()
    settle()

    assert menu_titles(window)[:2] == ["Файл", "Көрініс"]
    assert tree.index(0, 0, tree.index(1, 0)).data() == "Ресей"
    assert window.detail_pane.toPlainText().startswith("Ресей\nҚазақстан шекарасы: Ресей")

    window.languages.actions[Language.EN].trigger()
    settle()

    assert menu_titles(window) == ["File", "View", "Go", "Help"]
    assert window.detail_pane.toPlainText().startswith("Russia\nKazakhstan's border with Russia")
    assert tree.index(0, 1, tree.index(1, 0)).data() == "6,846 km"


def test_a_large_datasets_tree_and_figures_change_language_when_read_on_the_worker(
    qtbot: QtBot, settings_path: Path, bundled: ReferenceService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "LARGE_TREE_ROWS", 1)  # the bundled data counts as large
    window = open_window(qtbot, bundled, Settings(settings_path))
    qtbot.waitUntil(lambda: window.first_load.page_ready)
    window.selection.select(RUSSIA)
    qtbot.waitUntil(lambda: window.detail_pane.current_ref == RUSSIA)
    tree = window.navigation_model
    chart = window.chart
    assert isinstance(chart, ChartPanel)
    built_on: list[int] = []
    build = main_window.build_navigation

    def spy(service: ReferenceService) -> object:
        built_on.append(threading.get_ident())
        return build(service)

    monkeypatch.setattr(main_window, "build_navigation", spy)
    window.languages.actions[Language.RU].trigger()
    settle()
    assert menu_titles(window)[0] == "Файл"  # the words at once, the data once it is read

    qtbot.waitUntil(lambda: tree.index(0, 0, tree.index(1, 0)).data() == "Россия")
    assert built_on
    assert threading.get_ident() not in built_on
    qtbot.waitUntil(lambda: window.detail_pane.toPlainText().startswith("Россия\n"))
    assert chart.bar_labels()[0] == "Россия"
    assert tree.index(0, 1, tree.index(1, 0)).data() == "6\xa0846 км"

    for language in (Language.KK, Language.EN, Language.KK):  # chosen in a row: the last holds
        window.languages.actions[language].trigger()
    qtbot.waitUntil(lambda: not window.detail_pane.reading and len(built_on) == 4)
    qtbot.waitUntil(lambda: window.detail_pane.toPlainText().startswith("Ресей\n"))
    assert tree.index(0, 0, tree.index(1, 0)).data() == "Ресей"
    assert chart.bar_labels()[0] == "Ресей"


def test_lang_on_the_command_line_is_used_but_not_remembered(
    qtbot: QtBot, settings_path: Path, bundled: ReferenceService
) -> None:
    settings = Settings(settings_path)
    settings.preferences.language = Language.RU
    manager = LanguageManager(settings, given=Language.KK)

    window = open_window(qtbot, bundled, settings, language_manager=manager)

    assert menu_titles(window)[1] == "Көрініс"
    assert Settings(settings_path).preferences.language is Language.RU


def test_qts_own_dialogs_and_buttons_follow(qtbot: QtBot) -> None:
    install_language(Language.RU)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Закрыть"

    install_language(Language.KK)
    again = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(again)
    assert again.button(QDialogButtonBox.StandardButton.Cancel).text() == "Бас тарту"
    assert QLocale().toString(6846) == QLocale("kk_KZ").toString(6846)


def test_a_text_not_translated_yet_is_marked_on_the_page(qtbot: QtBot, settings_path: Path) -> None:
    settings = Settings(settings_path)
    settings.preferences.language = Language.KK
    # The sample holds English only: in Kazakh every text of it has fallen back.
    window = open_window(qtbot, SampleService(), settings)
    window.selection.select(RUSSIA)
    window._on_paint_watcher_painted()

    page = window.detail_pane.toPlainText()

    assert "Бұл беттегі кейбір мәтіндер әлі аударылмаған" in page
    assert "Russia [ағылшынша]" in page


def test_the_window_is_in_the_chosen_language_at_start(
    qtbot: QtBot, settings_path: Path, bundled: ReferenceService
) -> None:
    settings = Settings(settings_path)
    settings.preferences.language = Language.KK

    window = open_window(qtbot, bundled, settings)
    window._on_paint_watcher_painted()

    assert window.detail_pane.toPlainText().startswith("Қазақстан\nШолу")
    assert window.navigation.search_box.placeholderText().startswith("Шекараларды")
    assert window.chart.bar_labels() == [  # type: ignore[union-attr]
        "Ресей",
        "Өзбекстан",
        "Қытай",
        "Қырғызстан",
        "Түрікменстан",
    ]


def test_the_user_guide_is_in_the_windows_language(
    qtbot: QtBot, settings_path: Path, bundled: ReferenceService
) -> None:
    settings = Settings(settings_path)
    settings.preferences.language = Language.KK
    window = open_window(qtbot, bundled, settings)

    guide = window.help.show_guide()
    assert guide.language == "kk"
    assert guide.windowTitle() == "BorderDesk пайдаланушы нұсқаулығы"
    assert "Бет және оның дереккөздері" in guide.text()

    window.languages.actions[Language.RU].trigger()
    settle()
    assert window.help.show_guide().language == "ru"


def test_copy_as_csv_gives_the_headers_and_source_in_the_language(
    qtbot: QtBot, settings_path: Path, bundled: ReferenceService
) -> None:
    settings = Settings(settings_path)
    settings.preferences.language = Language.RU
    window = open_window(qtbot, bundled, settings)
    button = window.chart.findChild(QAbstractButton, "chartCopyCsv")  # type: ignore[union-attr]
    assert button is not None
    board = QGuiApplication.clipboard()
    try:
        button.click()
        lines = board.text().splitlines()
    finally:
        board.clear()  # data left there crashes the exit offscreen

    assert lines[0] == "Граница,Протяжённость (км),Доля от общей,Источник"
    assert lines[1].startswith("Россия,6846,57%,")  # plain numbers: a spreadsheet reads them
    assert lines[-1].startswith('"Источник: ')  # quoted: it holds commas
