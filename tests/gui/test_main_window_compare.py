"""The window's side of compare mode: the chart asks, the window answers, export follows."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.pages import ChartView, SourceComparison
from borderdesk.core.sample import SampleService
from borderdesk.gui.render.exportable import ChartExport
from borderdesk.gui.settings import Settings
from borderdesk.gui.window.main_window import MainWindow
from tests.gui.fakes import FakeChartPanel


@pytest.fixture
def window(qtbot: QtBot, sample_service: SampleService, settings_path: Path) -> MainWindow:
    """Return a shown window whose fake chart has loaded."""
    shown = MainWindow(sample_service, Settings(settings_path), chart_factory=FakeChartPanel)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.chart is not None)
    return shown


def fake_chart(window: MainWindow) -> FakeChartPanel:
    chart = window.findChild(FakeChartPanel, "segmentChart")
    assert chart is not None
    return chart


def test_a_comparison_request_is_answered_with_the_sources_side_by_side(
    window: MainWindow,
) -> None:
    chart = fake_chart(window)
    window.selection.select(ItemRef(ItemKind.BORDER, "kz-cn"), origin=None)

    chart.comparison_requested.emit(("ART", "CIA2015"))

    comparison = chart.comparisons_shown[-1]
    assert [s.id for s in comparison.sources] == ["ART", "CIA2015"]
    assert comparison.value("CIA2015", "kz-ru") == 7644
    assert chart.highlights[-1] == "kz-cn"


def test_sources_that_cannot_be_compared_are_reported(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "borderdesk.gui.window.chart_link.show_error",
        lambda _parent, title, message: shown.append((title, message)),
    )
    fake_chart(window).comparison_requested.emit(("ART", "NOPE"))

    assert fake_chart(window).comparisons_shown == []
    assert [title for title, _ in shown] == ["Sources cannot be compared"]
    assert "NOPE" in shown[0][1]


def test_export_takes_the_comparison_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[ChartView] = []

    class ExportDialog:
        def __init__(self, exportable: ChartExport, parent: QWidget, _choices: object) -> None:
            calls.append(exportable.view)

        def exec(self) -> int:
            return 0

    module = types.ModuleType("borderdesk.gui.dialogs.export_dialog")
    module.ExportDialog = ExportDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "borderdesk.gui.dialogs.export_dialog", module)
    fake_chart(window).comparison_requested.emit(("ART", "CIA2015"))

    window.export_chart_action.trigger()

    assert isinstance(calls[0], SourceComparison)
    assert [s.id for s in calls[0].sources] == ["ART", "CIA2015"]


def test_a_source_opened_from_the_legend_is_selected(window: MainWindow) -> None:
    fake_chart(window).source_activated.emit("CIA2015")

    assert window.selection.current == ItemRef(ItemKind.SOURCE, "CIA2015")


def test_the_tree_shows_the_lengths_of_the_charts_source_and_names_it(
    window: MainWindow,
) -> None:
    model = window.navigation_model
    china = model.index_for_ref(ItemRef(ItemKind.BORDER, "kz-cn"))
    km = china.siblingAtColumn(1)
    assert km.data() == "1,533 km"
    assert km.data(Qt.ItemDataRole.ToolTipRole) == "China, 1,533 km — Article (c. 2012)"

    fake_chart(window).source_changed.emit("CIA2015")

    assert km.data() == "1,765 km"
    assert km.data(Qt.ItemDataRole.ToolTipRole) == (
        "China, 1,765 km — CIA World Factbook 2015-2025"
    )
