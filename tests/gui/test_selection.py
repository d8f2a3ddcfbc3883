"""SelectionState: one record of the selected item, announced only on change."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef
from borderdesk.gui.selection import SelectionState

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")


def test_select_announces_the_new_item_and_its_origin(qtbot: QtBot) -> None:
    state = SelectionState()
    origin = object()
    seen: list[tuple[object, object]] = []
    state.selection_changed.connect(lambda ref: seen.append((ref, state.origin)))

    assert state.select(RUSSIA, origin=origin) is True

    assert seen == [(RUSSIA, origin)]
    assert state.current == RUSSIA


def test_selecting_the_same_item_again_is_silent(qtbot: QtBot) -> None:
    state = SelectionState()
    state.select(RUSSIA)

    with qtbot.assertNotEmitted(state.selection_changed):
        assert state.select(ItemRef(ItemKind.BORDER, "kz-ru")) is False


def test_clear_announces_none_once(qtbot: QtBot) -> None:
    state = SelectionState()
    state.select(OVERVIEW_REF)

    with qtbot.waitSignal(state.selection_changed) as blocker:
        state.clear()
    assert blocker.args == [None]
    with qtbot.assertNotEmitted(state.selection_changed):
        state.clear()
    assert state.current is None
