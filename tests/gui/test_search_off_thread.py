"""The search's names gathered and indexed off the window's thread: typed before, shown after."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.navigation import (
    NavNode,
    build_navigation,
    install_search,
    ranked_search,
    search_job,
    search_ready,
    show_lengths,
)
from borderdesk.core.sample import SampleService
from borderdesk.core.search_names import SearchName
from borderdesk.data.store import open_store
from borderdesk.gui.models.navigation_model import HINT_ROLE, NavigationModel
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.settings import Settings
from borderdesk.gui.views.navigation import NavigationPanel
from borderdesk.gui.window.main_window import MainWindow

Job = Callable[[], Any]
Done = Callable[[Any], None]


class HeldJobs:
    """A runner that keeps each job until the test runs it, as a busy worker would."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Job, Done]] = []

    def __call__(self, job: Job, done: Done) -> None:
        self.jobs.append((job, done))

    def finish(self) -> None:
        """Run every job held (and any they queue), handing each its result."""
        while self.jobs:
            job, done = self.jobs.pop(0)
            try:
                result = job()
            except Exception as error:
                result = error
            done(result)


def shown(panel: NavigationPanel) -> list[tuple[str, list[str]]]:
    """Return each heading the tree shows with its rows, a row's hint after a dash."""
    model = panel.tree.model()
    found = []
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        children = []
        for r in range(model.rowCount(heading)):
            index = model.index(r, 0, heading)
            hint = index.data(HINT_ROLE)
            children.append(f"{index.data()} — {hint}" if hint else str(index.data()))
        found.append((str(heading.data()), children))
    return found


def panel_over(qtbot: QtBot, root: NavNode, runner: HeldJobs) -> NavigationPanel:
    model = NavigationModel(root)
    model.run_search_on(runner)
    panel = NavigationPanel(model, SelectionState())
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    return panel


def test_a_query_typed_before_the_names_are_in_is_answered_when_they_are(qtbot: QtBot) -> None:
    runner = HeldJobs()
    panel = panel_over(qtbot, build_navigation(open_store()), runner)
    note = panel.no_matches

    panel.search_box.setText("Китай")  # the Russian name: only the gathered names hold it
    waiting_rows = shown(panel)
    waiting_note = note.text() if note.isVisible() else ""
    with qtbot.waitSignal(panel._model.search_shown):
        runner.finish()

    assert len(waiting_rows) == 8  # every heading still there, nothing filtered yet
    assert waiting_note == "Searching every name in every language…"
    assert shown(panel)[0] == ("Borders", ["China — Китай"])
    assert not note.isVisible()


def test_every_later_keystroke_is_answered_at_once(qtbot: QtBot) -> None:
    runner = HeldJobs()
    panel = panel_over(qtbot, build_navigation(open_store()), runner)
    panel._model.prepare_search()  # as the window does once its first page is in
    runner.finish()

    panel.search_box.setText("ШОС")

    assert runner.jobs == []
    assert shown(panel)[0] == ("Organisations", ["SCO — ШОС"])


def test_lengths_changed_while_indexing_are_indexed_again(sample_service: SampleService) -> None:
    root = build_navigation(sample_service)
    job = search_job(root)
    other = sample_service.segment_series("CIA2015")
    changed = show_lengths(root, other)
    prepared = job()  # made from the tree before the lengths changed

    kept = install_search(root, prepared)
    again = install_search(root, search_job(root)())
    length = changed[0].detail

    assert changed
    assert kept is False
    assert again is True
    result = ranked_search(root, length)
    assert changed[0] in [node for _top, rows in result.shown for node in rows]


def test_a_search_meanwhile_uses_the_index_from_before_the_change(
    sample_service: SampleService,
) -> None:
    root = build_navigation(sample_service)
    install_search(root, search_job(root)())
    show_lengths(root, sample_service.segment_series("CIA2015"))

    assert search_ready(root)  # no reader waits for the new index
    assert ranked_search(root, "Russia").shown[0][0].title == "Borders"


def test_names_given_with_the_nodes_stay_when_nothing_is_gathered() -> None:
    root = NavNode("root")
    group = root.add(NavNode("Group"))
    group.add(NavNode("Bold", ItemRef(ItemKind.TOPIC, "b"), names=(SearchName("Жирный"),)))

    installed = install_search(root, search_job(root)())

    assert installed
    assert [n.title for _t, rows in ranked_search(root, "жирный").shown for n in rows] == ["Bold"]


def test_the_window_indexes_the_names_after_its_first_page(
    qtbot: QtBot, settings_path: Path
) -> None:
    window = MainWindow(open_store(), Settings(settings_path))
    qtbot.addWidget(window)
    window.show()
    root = window.navigation_model._root

    qtbot.waitUntil(lambda: root._index is not None, timeout=20000)
    window.navigation.search_box.setText("Қытай")

    assert shown(window.navigation)[0] == ("Borders", ["China — Қытай"])
    window.close()


def test_the_lengths_column_keeps_its_width_as_a_search_hides_rows(qtbot: QtBot) -> None:
    runner = HeldJobs()
    panel = panel_over(qtbot, build_navigation(open_store()), runner)
    panel._model.prepare_search()
    runner.finish()
    header = panel.tree.header()
    before = header.sectionSize(1)

    panel.search_box.setText("ШОС")  # organisations only: no row with a length on show
    during = header.sectionSize(1)
    panel.search_box.clear()

    assert before > 40  # "7,591 km" fits
    assert during == before
    assert header.sectionSize(1) == before
