"""Answer message boxes as they are shown, recording what each said and how it drew it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

Button = QMessageBox.StandardButton


@dataclass(frozen=True)
class Box:
    """A message box as the user saw it."""

    title: str
    text: str
    text_format: Qt.TextFormat
    details: str
    icon: QMessageBox.Icon
    labels: tuple[tuple[str, Qt.TextFormat], ...]  # every label: its text and how it is drawn


class MessageBoxes(QObject):
    """Record each message box when shown, then press ``answer`` (else its Escape button)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Box] = []
        self.answer: Button | None = None
        self.on_show: Callable[[QMessageBox], None] | None = None
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def titles(self) -> list[str]:
        """Return the titles of the boxes shown, in order."""
        return [box.title for box in self.shown]

    @property
    def texts(self) -> list[str]:
        """Return the texts of the boxes shown, in order."""
        return [box.text for box in self.shown]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Record a box as it shows; answer it once its event loop runs."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            labels = tuple(
                (label.text(), label.textFormat())
                for label in watched.findChildren(QLabel)
                if label.text()
            )
            self.shown.append(
                Box(
                    watched.windowTitle(),
                    watched.text(),
                    watched.textFormat(),
                    watched.detailedText(),
                    watched.icon(),
                    labels,
                )
            )
            if self.on_show is not None:
                self.on_show(watched)
            QTimer.singleShot(0, lambda box=watched: self._press(box))
        return False

    def _press(self, box: QMessageBox) -> None:
        button = box.button(self.answer) if self.answer is not None else None
        button = button or box.escapeButton() or box.defaultButton()
        if button is not None:
            button.click()
        else:
            box.done(0)

    def close(self) -> None:
        """Stop answering."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
