"""Start BorderDesk: the entry script of the frozen bundle (same as ``borderdesk``).

One addition for checks, off unless asked for: with ``BORDERDESK_PROBE=1`` in the
environment the window quits by itself once it has painted its navigation tree and then its
chart, and prints one line to stdout,

    probe: tree=<t> chart=<t>

with ``time.monotonic()`` readings (system-wide on Linux, so a parent process that noted the
clock before launching can subtract). ``BORDERDESK_PROBE_TIMEOUT`` (seconds, default 30)
bounds the wait; on time-out it prints what it saw and exits with code 3.
``packaging/check-bundle.sh`` and ``packaging/startup.py`` use this to see that the bundle's
window opens and to time it against a source install, without touching the window's code.
"""

from __future__ import annotations

import os
import sys
import time


def _install_probe() -> None:
    """Create the application early and quit it after the tree's and the chart's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTreeView

    from borderdesk.gui.qtapp import ensure_application

    marks: dict[str, float] = {}

    def report(code: int) -> None:
        print("probe: " + " ".join(f"{k}={v:.6f}" for k, v in marks.items()), flush=True)
        QApplication.exit(code)

    def inside_chart(obj: QObject | None) -> bool:
        while obj is not None:
            if obj.objectName() == "segmentChart":
                return True
            obj = obj.parent()
        return False

    class PaintWatcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint:
                parent = obj.parent()
                if "tree" not in marks and isinstance(parent, QTreeView):
                    if obj is parent.viewport():
                        marks["tree"] = time.monotonic()
                elif "tree" in marks and "chart" not in marks and inside_chart(obj):
                    marks["chart"] = time.monotonic()
                    QTimer.singleShot(0, lambda: report(0))
            return False

    app = ensure_application()
    watcher = PaintWatcher(app)
    app.installEventFilter(watcher)
    timeout = float(os.environ.get("BORDERDESK_PROBE_TIMEOUT", "30"))
    QTimer.singleShot(int(timeout * 1000), lambda: report(3))


def main() -> int:
    """Run the BorderDesk command line."""
    if os.environ.get("BORDERDESK_PROBE") == "1":
        _install_probe()
    from borderdesk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
