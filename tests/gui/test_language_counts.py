"""The counts of long pages, the chart's note and the search's hints in Kazakh and Russian."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from borderdesk.core.format import format_number
from borderdesk.core.i18n import Counted
from borderdesk.core.language import Language
from borderdesk.core.model import OVERVIEW_REF, more_rows
from borderdesk.core.navigation import build_navigation
from borderdesk.core.pages import TIMELINE_REF
from borderdesk.core.service import load_detail
from borderdesk.data.build import build_database
from borderdesk.data.packs.exporter import export_pack
from borderdesk.data.packs.importer import import_pack
from borderdesk.data.store import open_store
from borderdesk.data.store_service import StoreService
from borderdesk.gui.models.navigation_model import NavigationModel
from borderdesk.gui.pages.detail_html import render_detail
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.translation import file_translator, install_language
from borderdesk.gui.views.navigation import NavigationPanel
from tests.data.helpers import FIXTURE
from tests.data.test_large_pages import grow


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> StoreService:
    folder = tmp_path_factory.mktemp("large")
    build_database(FIXTURE, folder / "mini.sqlite")
    pack = grow(export_pack(folder / "mini.sqlite", folder / "mini.json"))
    (folder / "large.json").write_text(json.dumps(pack), encoding="utf-8")
    return open_store(import_pack(folder / "large.json", folder / "packs").path)


def test_a_long_page_says_how_many_more_in_russian_and_kazakh(
    qtbot: QtBot, large: StoreService
) -> None:
    del qtbot  # the application the translators are installed in
    install_language(Language.RU)
    timeline = load_detail(large, TIMELINE_REF)
    later = format_number(timeline.more)
    kazakhstan = load_detail(large, OVERVIEW_REF)
    overview = render_detail(kazakhstan)
    borders = format_number(more_rows(kazakhstan.more, "segments"))

    html = render_detail(timeline)
    assert f"… и ещё {later} более поздн" in html
    assert "Все события перечислены по датам" in html
    assert "more later" not in html
    assert f"… и ещё {borders} границ" in overview
    assert "Самые длинные участки (" in overview

    install_language(Language.KK)
    assert f"… және тағы {later} кейінгі оқиға." in render_detail(timeline)


def test_the_search_hints_and_the_suggestion_in_russian(qtbot: QtBot) -> None:
    install_language(Language.RU)
    panel = NavigationPanel(NavigationModel(build_navigation(open_store())), SelectionState())
    qtbot.addWidget(panel)
    panel.show()

    panel.search_box.setText("ОДКБ")
    model = panel.tree.model()
    tips = [
        str(model.index(row, 0, model.index(top, 0)).data(Qt.ItemDataRole.ToolTipRole))
        for top in range(model.rowCount())
        for row in range(model.rowCount(model.index(top, 0)))
    ]
    assert any("(найдено по-русски: ОДКБ)" in tip for tip in tips), tips

    panel.search_box.setText("uzbekstan")  # a typo no title holds as typed
    label = panel.findChild(QLabel, "noMatches")
    assert label is not None
    assert label.text().startswith("Возможно, вы имели в виду ")


def test_an_import_says_its_steps_in_kazakh(qtbot: QtBot, tmp_path: Path) -> None:
    del qtbot
    install_language(Language.KK)
    build_database(FIXTURE, tmp_path / "mini.sqlite")
    export_pack(tmp_path / "mini.sqlite", tmp_path / "mini.json")
    steps: list[str] = []
    import_pack(tmp_path / "mini.json", tmp_path / "packs", progress=lambda s, _d: steps.append(s))
    assert steps[0] == "Файл оқылуда"
    assert "Жаңа дерекқор тексерілуде" in steps


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        (
            Language.EN,
            {1: "Total of the 1 segment:", 5: "Total of the 5 segments:"}
            | {4005: "Total of the 4,005 segments:"},
        ),
        (
            Language.RU,
            {1: "Сумма 1 участка:", 5: "Сумма 5 участков:", 4005: "Сумма 4\xa0005 участков:"},
        ),
        (
            Language.KK,
            {1: "1 учаскенің жиыны:", 5: "5 учаскенің жиыны:"}
            | {4005: "4\xa0005 учаскенің жиыны:"},
        ),
    ],
)
def test_a_count_in_a_sentence_is_grouped_as_the_language_groups_numbers(
    qtbot: QtBot, language: Language, counts: dict[int, str]
) -> None:
    del qtbot  # the application the translators are installed in
    install_language(language)
    for n, expected in counts.items():
        assert Counted.tr("Total of the %n segment(s):", "", n) == expected
        assert format_number(n) in expected  # as the chart's title writes it
    hook = file_translator(language)  # the command line's, before any application
    if hook is not None:
        assert hook("Counted", "Total of the %n segment(s):", None, 4005) == counts[4005]


def test_the_russian_plural_is_still_chosen_by_the_count(qtbot: QtBot) -> None:
    del qtbot
    install_language(Language.RU)
    pages = {n: Counted.tr("%n page(s)", "", n) for n in (1, 3, 5, 21, 1001, 4005)}
    assert pages == {
        1: "1 страница",
        3: "3 страницы",
        5: "5 страниц",
        21: "21 страница",
        1001: "1\xa0001 страница",
        4005: "4\xa0005 страниц",
    }


def test_another_translators_plural_is_left_as_qt_writes_it(qtbot: QtBot, tmp_path: Path) -> None:
    """A translator not BorderDesk's own (a pseudo-translation): its text, the count as is."""
    del qtbot, tmp_path
    install_language(Language.EN)
    other = _Echo()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(other)
    try:
        assert (
            Counted.tr("%n page(s)", "", 4005) == "[4005 pages]"
        )  # its words, the digits as Qt wrote them
    finally:
        app.removeTranslator(other)
    assert Counted.tr("%n page(s)", "", 4005) == "4,005 pages"


class _Echo(QTranslator):
    """Translate every plural as itself in brackets."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation
        return f"[{source}]" if n >= 0 else ""
