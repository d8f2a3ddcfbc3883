"""Hostile names and a sweep that reads every text a person can see, as Qt would draw it.

Each hostile string carries a marker (``hx-bold``). Wherever a marker shows, the whole string
must show literally: ``<b>hx-bold</b>`` drawn bold, or ``&amp;hx-amp`` drawn as ``&hx-amp``,
means Qt took data for markup.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QMenu,
    QMessageBox,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QToolTip,
    QWidget,
)

from borderdesk.core.roles import ROLES
from borderdesk.data.packs.schema import MAX_NAME

# (what the data holds, the marker that shows whether Qt drew it as markup or as text)
HOSTILE = (
    ("<b>hx-bold</b>", "hx-bold"),
    ('<img src="hx-nothing.png" width=9>', "hx-nothing"),
    ('<a href="file:///etc/passwd">hx-link</a>', "hx-link"),
    ("&amp;hx-amp", "hx-amp"),
    ("&lt;i&gt;hx-lt", "hx-lt"),
)
# Keys whose text is an id, a reference, a date or a URL: every other text is made hostile.
# ("source" is also the list of sources, whose labels and titles are free text.)
NOT_FREE_TEXT = frozenset(
    {
        "id",
        "source",
        "neighbour",
        "member",
        "organisation",
        "speaker",
        "predecessor",
        "successor",
        "quantity",
        "format",
        "topics",
        "events",
        "concerns",
        "date",
        "since",
        "until",
        "url",
        "defaults",
        "from",
        "from_source",
        "until_source",
        "sources",  # a change's sources: ids
        "series",
        "discontinued",
        "label",  # a fact's section or a place's state: a vocabulary, never shown as text
        "country",  # a place's country: an id
    }
)
_WORDS = frozenset({"unit", "abbreviation", "kind", "edition"})  # a change's edition is short


def _fixed(key: str, value: object) -> bool:
    """Tell whether a pack's value is an id, a reference, a date: never free text."""
    if key == "role" and value in ROLES:  # a membership's role: the closed vocabulary
        return True
    # "source" and "country" also name the lists of sources and countries, free text within.
    listed = key in ("source", "country") and isinstance(value, list)
    return key in NOT_FREE_TEXT and not listed


PLAIN, RICH, AUTO, MNEMONIC = "plain", "rich", "auto", "mnemonic"


def hostile_pack(pack: dict[str, Any]) -> dict[str, Any]:
    """Return ``pack`` with a hostile string in front of every free text, the version one."""
    strings = [text for text, _ in HOSTILE]
    count = 0

    def walk(value: Any, key: str) -> Any:
        nonlocal count
        if isinstance(value, dict):
            return {k: v if _fixed(k, v) else walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(item, key) for item in value]
        if isinstance(value, str) and not (key == "kind" and value in ("country", "body")):
            count += 1
            # Units, abbreviations and kinds hold at most 40 characters: the short ones.
            choice = [s for s in strings if len(s) < 16] if key in _WORDS else strings
            text = f"{choice[count % len(choice)]} {value}"
            # A name stays within the 200 characters a pack allows it (prose has 20,000).
            return text[:MAX_NAME].strip() if len(value) <= MAX_NAME else text
        return value

    hostile: dict[str, Any] = walk(pack, "")
    hostile["edition"]["version"] = f"{strings[0]} {strings[4]}"  # at most 40 characters
    return hostile


def write_hostile_pack(bundled: dict[str, Any], path: Path) -> Path:
    """Write the hostile pack to ``path``."""
    path.write_text(json.dumps(hostile_pack(bundled), ensure_ascii=False), encoding="utf-8")
    return path


def as_drawn(text: str, mode: str) -> str:
    """Return what a person sees of ``text`` drawn in ``mode``."""
    if mode == MNEMONIC:
        return re.sub("&(.)", r"\1", text)
    if mode == RICH or (mode == AUTO and GuiQt.mightBeRichText(text)):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


@dataclass
class Sweep:
    """Every text seen, by kind; and each one where data was taken for markup."""

    findings: list[str] = field(default_factory=list)
    seen: Counter[str] = field(default_factory=Counter)  # kind -> texts showing a hostile one
    texts: int = 0
    prefix: str = ""  # "dialog " while a dialog is read

    def check(self, kind: str, text: str, mode: str) -> None:
        """Check one text a person can see."""
        if not text:
            return
        kind = self.prefix + kind
        self.texts += 1
        shown = as_drawn(text, mode)
        for hostile, marker in HOSTILE:
            if marker in text or marker in shown:
                if hostile in shown:
                    self.seen[kind] += 1
                else:
                    self.findings.append(f"{kind}: {text[:160]!r} is drawn as {shown[:160]!r}")

    @contextmanager
    def inside(self, prefix: str) -> Iterator[None]:
        """Count what is read meanwhile under ``prefix`` ("slide ", "dialog ")."""
        outer, self.prefix = self.prefix, prefix
        try:
            yield
        finally:
            self.prefix = outer

    def widgets(self, roots: Iterable[QWidget]) -> None:
        """Check every text of these windows and of every widget in them."""
        for root in roots:
            for widget in [root, *root.findChildren(QWidget)]:
                self.widget(widget)
        tip = QToolTip.text() if QToolTip.isVisible() else ""
        self.check("tooltip", tip, AUTO)

    def widget(self, widget: QWidget) -> None:
        """Check one widget's texts: title, tooltip, label, button, items, actions."""
        if widget.isWindow():
            self.check("window title", widget.windowTitle(), PLAIN)
        self.check("tooltip", widget.toolTip(), AUTO)
        if isinstance(widget, QLabel):
            mode = {Qt.TextFormat.PlainText: PLAIN, Qt.TextFormat.RichText: RICH}
            self.check("label", widget.text(), mode.get(widget.textFormat(), AUTO))
        if isinstance(widget, QAbstractButton):
            self.check("button", widget.text(), MNEMONIC)
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                self.check("tab", widget.tabText(index), MNEMONIC)
                self.check("tooltip", widget.tabToolTip(index), AUTO)
        if isinstance(widget, QComboBox):
            self.model("combo box", widget.model())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self.model("item", widget.model())
        if isinstance(widget, QTextEdit):
            self.check("page", widget.toPlainText(), PLAIN)
        if isinstance(widget, QStatusBar):
            self.check("status message", widget.currentMessage(), PLAIN)
        if isinstance(widget, QMessageBox):
            self.check("message details", widget.detailedText(), PLAIN)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                self.check("tooltip", item.toolTip(), AUTO)
                if isinstance(item, QGraphicsTextItem):
                    self.check("chart text", item.toPlainText(), PLAIN)
        self.actions(widget.actions())

    def actions(self, actions: Iterable[QAction]) -> None:
        """Check actions and the menus under them."""
        for action in actions:
            self.check("menu", action.text(), MNEMONIC)
            self.check("tooltip", action.toolTip(), AUTO)
            menu = action.menu()
            if isinstance(menu, QMenu):
                self.check("menu", menu.title(), MNEMONIC)
                menu.aboutToShow.emit()  # menus filled as they open
                self.actions(menu.actions())

    def model(
        self, kind: str, model: QAbstractItemModel, parent: QModelIndex | None = None
    ) -> None:
        """Check every row's text and tooltip, and the headers."""
        parent = parent or QModelIndex()
        if not parent.isValid():
            for section in range(model.columnCount()):
                header = model.headerData(section, Qt.Orientation.Horizontal)
                self.check(kind, str(header or ""), PLAIN)
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                self.check(kind, str(index.data() or ""), PLAIN)
                self.check("tooltip", str(index.data(Qt.ItemDataRole.ToolTipRole) or ""), AUTO)
            child = model.index(row, 0, parent)
            if model.hasChildren(child):
                self.model(kind, model, child)


class Dialogs(QObject):
    """Sweep each dialog as it is shown, then close it; ``hooks`` act on some first.

    Message boxes are answered by the ``message_boxes`` fixture: ``sweep_box`` reads them.
    """

    def __init__(self, sweep: Sweep) -> None:
        super().__init__()
        self.sweep = sweep
        self.titles: list[str] = []
        self.hooks: dict[str, Callable[[QDialog], None]] = {}
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """On a dialog's first show: sweep it, run its hook, then close it."""
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not isinstance(watched, QMessageBox)
        ):
            QTimer.singleShot(0, lambda dialog=watched: self._answer(dialog))
        return False

    def sweep_box(self, box: QMessageBox) -> None:
        """Read a message box as it is shown."""
        self.titles.append(box.windowTitle())
        with self.sweep.inside("dialog "):
            self.sweep.widgets([box])

    def _answer(self, dialog: QDialog) -> None:
        self.titles.append(dialog.windowTitle())
        with self.sweep.inside("dialog "):
            self.sweep.widgets([dialog])
            hook = self.hooks.get(dialog.windowTitle())
            if hook is not None:
                hook(dialog)
        dialog.reject()

    def close(self) -> None:
        """Stop watching."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
