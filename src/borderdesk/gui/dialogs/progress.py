"""Long work with a progress dialog and a Cancel button: on a thread, or page by page.

``run_with_progress`` runs ``job(progress)`` on a worker thread and waits in a local event
loop, so the window keeps painting and the Cancel button works; the job reports each step
through ``progress`` and stops with ``CancelledError`` at its next report once the user has
cancelled. The result, or the job's exception, is returned or raised here, as if the job
had run in place.

``PagesProgress`` follows work that must stay on the window's thread because it draws
widgets (a handout's chart): told before each page, it turns the event loop so the dialog
paints and its Cancel is heard, and stops the drawing with ``CancelledError``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from borderdesk.core.errors import CancelledError
from borderdesk.core.i18n import translate
from borderdesk.core.userdata import Progress

T = TypeVar("T")
SHOW_AFTER_MS = 400  # quicker work never flashes a dialog


class _Relay(QObject):
    """Carry the worker's reports to the GUI thread."""

    progressed = Signal(str, float)
    finished = Signal()


def run_with_progress(parent: QWidget | None, title: str, job: Callable[[Progress], T]) -> T:
    """Run ``job`` on a thread behind a progress dialog; return its result or raise its error.

    Raise ``CancelledError`` when the user cancelled (the job has stopped and kept nothing).
    """
    relay = _Relay()
    cancelled = threading.Event()
    outcome: list[T] = []
    failure: list[BaseException] = []

    def progress(step: str, done: float) -> None:
        if cancelled.is_set():
            raise _cancelled(title)
        relay.progressed.emit(step, done)

    def work() -> None:
        try:
            outcome.append(job(progress))
        except BaseException as error:  # handed to the GUI thread, raised there
            failure.append(error)
        finally:
            relay.finished.emit()

    dialog = _dialog(parent, title, 100)
    dialog.canceled.connect(cancelled.set)

    def show_step(step: str, done: float) -> None:
        dialog.setLabelText(step)
        dialog.setValue(round(done * 100))

    relay.progressed.connect(show_step)
    loop = QEventLoop()
    relay.finished.connect(loop.quit)
    worker = threading.Thread(target=work, name="borderdesk-long-work", daemon=True)
    worker.start()
    loop.exec()  # a finish before this is queued, and ends the loop at once
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if failure:
        raise failure[0]
    return outcome[0]


def _dialog(parent: QWidget | None, title: str, maximum: int) -> QProgressDialog:
    """Return a window-modal progress dialog, shown only once the work takes a while."""
    dialog = QProgressDialog(title, translate("Progress", "Cancel"), 0, maximum, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def _cancelled(title: str) -> CancelledError:
    """Return the error that stops cancelled work, naming it."""
    stopped = translate("Progress", "{title}: cancelled; nothing was changed")
    return CancelledError(stopped.format(title=title))


class PagesProgress:
    """A progress dialog over pages drawn on the window's thread, shown once they take time."""

    def __init__(self, parent: QWidget | None, title: str, count: int) -> None:
        self._title = title
        self.dialog = _dialog(parent, title, count)

    def __call__(self, index: int, count: int) -> None:
        """Show that page ``index`` of ``count`` is next; raise CancelledError once cancelled."""
        self.dialog.setLabelText(
            translate("Progress", "Page {page} of {count}").format(page=index + 1, count=count)
        )
        self.dialog.setValue(index)  # a modal dialog turns the event loop here
        if self.dialog.wasCanceled():
            raise _cancelled(self._title)

    def close(self) -> None:
        """Close the dialog (done, failed or cancelled)."""
        self.dialog.close()
        self.dialog.deleteLater()
