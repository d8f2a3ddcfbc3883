"""The one way the window shows text from data or the user: as it is (borderdesk.gui.plain)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox

from borderdesk.gui import plain
from tests.gui.boxes import MessageBoxes

GUI = Path(plain.__file__).parent
STATIC_BOXES = {"critical", "warning", "question", "information", "about"}
TIP_CALLS = {"setToolTip": 0, "setTabToolTip": 1, "showText": 1}
# Labels made without plain_label: the legend builds its rich text itself, escaping every value.
OWN_LABELS = {"plain.py", "chart_legend.py"}


def drawn(tip: str) -> str:
    """Return what a tooltip shows of ``tip`` (Qt guesses rich text as QToolTip does)."""
    if not plain.GuiQt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


@pytest.mark.parametrize(
    "text",
    [
        "Russia, 6,846 km",
        '<img src="/dev/zero">',
        "<b>bold</b> after",
        "a &lt; b",
        "A &amp; B <i>",
        "Tom & Jerry",
        "two\nlines <b>x</b>",
    ],
)
def test_a_tooltip_shows_its_text_literally(qapp: QApplication, text: str) -> None:
    assert drawn(plain.plain_tip(text)) == text


def test_a_tooltip_without_markup_is_left_as_it_is() -> None:
    assert plain.plain_tip("Russia, 6,846 km") == "Russia, 6,846 km"


def test_menu_text_shows_an_ampersand_and_stays_on_one_line() -> None:
    text = plain.menu_text("Customs &amp; Trade\tCtrl+Q\nnext")
    assert text == "Customs &&amp; Trade Ctrl+Q next"


def test_a_label_and_a_message_box_show_markup_as_text(
    qapp: QApplication, message_boxes: MessageBoxes
) -> None:
    label = plain.plain_label('<img src="/dev/zero">', name="x")
    assert (label.textFormat(), label.objectName()) == (Qt.TextFormat.PlainText, "x")
    message_boxes.answer = QMessageBox.StandardButton.Open
    answer = plain.ask(
        None,
        "Open link?",
        "<b>https://example.org</b>",
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
    )
    assert answer == QMessageBox.StandardButton.Open
    assert message_boxes.shown[0].text_format == Qt.TextFormat.PlainText


def calls(path: Path) -> list[ast.Call]:
    return [node for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.Call)]


def name_of(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def is_plain(node: ast.expr) -> bool:
    """Tell whether an argument is fixed text (or its translation), or made plain by plain_tip."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.IfExp):
        return is_plain(node.body) and is_plain(node.orelse)
    if isinstance(node, ast.Call) and name_of(node) in ("tr", "translate"):
        return all(isinstance(arg, ast.Constant) for arg in node.args)
    return isinstance(node, ast.Call) and name_of(node) == "plain_tip"


def test_no_widget_is_handed_text_that_qt_could_take_for_markup() -> None:
    """Every QLabel, tooltip and message box in the GUI goes through borderdesk.gui.plain."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        where = path.relative_to(GUI)
        for call in calls(path):
            name, func = name_of(call), call.func
            owner = func.value if isinstance(func, ast.Attribute) else None
            owner_name = owner.id if isinstance(owner, ast.Name) else ""
            if owner_name == "QMessageBox" and name in STATIC_BOXES:
                found.append(f"{where}:{call.lineno}: QMessageBox.{name} guesses rich text")
            if name in ("QLabel", "QMessageBox") and path.name not in OWN_LABELS:
                found.append(f"{where}:{call.lineno}: {name}() guesses rich text")
            position = TIP_CALLS.get(name, len(call.args))
            if len(call.args) > position and not is_plain(call.args[position]):
                found.append(f"{where}:{call.lineno}: {name} without plain_tip")
            if name == "setItemData" and len(call.args) == 3 and not is_plain(call.args[1]):
                found.append(f"{where}:{call.lineno}: item data without plain_tip")
    assert found == []
