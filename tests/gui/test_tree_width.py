"""The tree's width shows every title whole, measured without measuring every title."""

from __future__ import annotations

import math
import random

import pytest
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QStyle, QTreeView
from pytestqt.qtbot import QtBot

from borderdesk.core.model import ItemKind, ItemRef
from borderdesk.core.navigation import NavNode, build_navigation
from borderdesk.core.sample import SampleService
from borderdesk.gui.models.navigation_model import DETAIL_COLUMN, NavigationModel
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.views.navigation import NavigationPanel
from borderdesk.gui.views.tree_spans import needed_width

TRICKY = [
    "AVAVAVAV WAVE", "fi ffi ffl fj", "ﬁﬂﬀ", "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii", "WWWWWWWWWWWW",
    "Қазақстан – Қырғызстан", "Ұлттық қауіпсіздік комитеті", "Шанхайская организация",
    "e\u0301e\u0301e\u0301 cafe\u0301", "漢字の国境", "🛂🛃🛄 border posts", "Ωμέγα", "שלום",
    "مرحبا بالعالم", "T.Y.A.V.W.", "Kazakhstan – Turkmenistan",
]  # fmt: skip


def measured_one_by_one(tree: QTreeView, model: NavigationModel, lengths_only: bool) -> int:
    """Return the width every row needs, each title measured whole (as it was done before)."""
    detail = tree.sizeHintForColumn(DETAIL_COLUMN)
    style = tree.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1)
    heavy = QFont(tree.font())
    heavy.setBold(True)
    most = 0
    for depth, title, has_detail, heading in model.all_titles():
        if lengths_only and not has_detail:
            continue
        metrics = QFontMetricsF(heavy if heading else tree.font())
        width = tree.indentation() * (depth + 1) + math.ceil(metrics.horizontalAdvance(title))
        most = max(most, width + margin + (detail if has_detail else 0))
    return most


def tree_of_titles(titles: list[str]) -> NavNode:
    root = NavNode("BorderDesk")
    for group, kind in (("Borders", ItemKind.BORDER), ("Sources", ItemKind.SOURCE)):
        heading = root.add(NavNode(group))
        for n, title in enumerate(titles):
            detail = f"{(n * 37) % 9000:,} km" if kind is ItemKind.BORDER else ""
            heading.add(NavNode(title, ItemRef(kind, f"{group}{n}"), detail=detail))
    return root


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("lengths_only", [False, True])
def test_the_width_is_that_of_the_widest_title_measured_whole(
    qtbot: QtBot, seed: int, lengths_only: bool
) -> None:
    rng = random.Random(seed)  # noqa: S311 - reproducible titles, not cryptography
    titles = [" ".join(rng.choice(TRICKY) for _ in range(rng.randint(1, 3))) for _ in range(300)]
    model = NavigationModel(tree_of_titles(titles))
    panel = NavigationPanel(model, SelectionState())
    qtbot.addWidget(panel)
    tree = panel.tree

    assert needed_width(tree, model, lengths_only=lengths_only) == measured_one_by_one(
        tree, model, lengths_only
    )


def test_the_sample_trees_width_is_its_widest_title(
    qtbot: QtBot, sample_service: SampleService
) -> None:
    model = NavigationModel(build_navigation(sample_service))
    panel = NavigationPanel(model, SelectionState())
    qtbot.addWidget(panel)
    for lengths_only in (False, True):
        assert needed_width(panel.tree, model, lengths_only=lengths_only) == (
            measured_one_by_one(panel.tree, model, lengths_only)
        )
