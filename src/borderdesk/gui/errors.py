"""Errors shown to the user as dialogs, and a hook that catches what slots let escape."""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from borderdesk.core.display import shorten
from borderdesk.core.errors import BorderDeskError
from borderdesk.core.i18n import translate
from borderdesk.gui.plain import critical

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Show a critical message box: a plain message (never taken for HTML), never a traceback."""
    critical(parent, title, message)


def user_message(exc: BaseException) -> str:
    """Return what to tell the user about an exception, in one or two sentences."""
    if isinstance(exc, BorderDeskError):
        return str(exc)
    detail = shorten(str(exc) or type(exc).__name__, 600)  # a quoted name may be any length
    sorry = translate("Errors", "Something went wrong and the action was not completed.")
    return f"{sorry}\n\n{detail}"


def write_log_entry(log_path: Path, exc: BaseException, tb: TracebackType | None) -> bool:
    """Append a timestamped line and the traceback to the log; return whether it worked."""
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    first_line = f"{stamp} ERROR {type(exc).__name__}: {exc}".replace("\n", " ")
    details = "".join(traceback.format_exception(type(exc), exc, tb))
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as log_file:
            log_file.write(f"{first_line}\n{details}\n")
    except OSError:
        return False
    return True


def install_excepthook(log_path_provider: Callable[[], Path]) -> Callable[[], None]:
    """Turn an exception escaping a slot into a log entry and an error dialog.

    PySide6 prints such exceptions and carries on, so without this the user sees a
    silently failed action. Return a function that puts the previous hook back.
    """
    previous: ExceptHook = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
            previous(exc_type, exc, tb)
            return
        try:
            log_path: Path | None = log_path_provider()
        except Exception:  # reporting must not fail on a bad log location
            log_path = None
        logged = log_path is not None and write_log_entry(log_path, exc, tb)
        message = user_message(exc)
        if logged:
            written = translate("Errors", "Details were written to {file}.")
            message += "\n\n" + written.format(file=log_path)
        show_error(QApplication.activeWindow(), translate("Errors", "BorderDesk error"), message)

    sys.excepthook = hook

    def uninstall() -> None:
        sys.excepthook = previous

    return uninstall
