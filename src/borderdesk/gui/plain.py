"""Show text from data or the user as it is: never guessed to be rich text or a shortcut key.

Qt guesses: a QLabel, a tooltip or a message box whose text looks like HTML is drawn as HTML,
so ``<img src="/dev/zero">`` in a name reads a file without end, and an action's ``&`` marks
its shortcut key. Every text from a dataset, a notes file or the user goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton
_NO_BUTTON = QMessageBox.StandardButton.NoButton


def plain_label(text: str = "", parent: QWidget | None = None, *, name: str = "") -> QLabel:
    """Return a label that shows its text as plain text, whatever it holds."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if name:
        label.setObjectName(name)
    return label


def plain_tip(text: str) -> str:
    """Return ``text`` as a tooltip that shows it literally (tooltips guess rich text too)."""
    if not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def menu_text(text: str) -> str:
    """Return ``text`` for an action, a button or a tab: '&' shown, one line, no shortcut key."""
    return " ".join(text.split()).replace("&", "&&")


def plain_action(text: str, parent: QObject) -> QAction:
    """Return an action named by ``text`` (menus and tooltips show it as it is)."""
    action = QAction(menu_text(text), parent)
    action.setToolTip(plain_tip(text))  # else Qt makes one from the text, guessing again
    return action


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = _NO_BUTTON,
    details: str = "",
) -> QMessageBox:
    """Return a message box whose text is plain text (details always are)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if default != _NO_BUTTON:
        box.setDefaultButton(default)
    if details:
        box.setDetailedText(details)
    return box


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = _NO_BUTTON,
) -> Button:
    """Ask a question in plain text; return the button chosen."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, buttons, default)
    box.exec()
    return box.standardButton(box.clickedButton())  # NoButton when closed without a choice


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning in plain text."""
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def inform(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Show news in plain text, with details to open."""
    message_box(parent, QMessageBox.Icon.Information, title, text, details=details).exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """Show an error in plain text."""
    message_box(parent, QMessageBox.Icon.Critical, title, text).exec()
