"""The counts of long pages, the chart's note and the search's hints in Kazakh and Russian."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from borderdesk.core.format import format_number
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
from borderdesk.gui.translation import install_language
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
