"""Show the window offscreen and close it, then export the data: run under ``unshare -n``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main() -> int:
    """Run the smoke test; return the exit code."""
    folder = Path(tempfile.mkdtemp(prefix="borderdesk-offline-"))
    import os

    os.environ["BORDERDESK_USER_DIR"] = str(folder / "user")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from borderdesk import cli
    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.window import user_session

    user_session.show_messages = lambda parent, messages: None
    app = ensure_application(headless=True)
    QTimer.singleShot(1500, lambda: [w.close() for w in QApplication.topLevelWidgets()])
    code = cli.main(["gui"])
    del app
    code |= cli.main(["export-data", str(folder / "pack.json")])
    code |= cli.main(["export-notes", str(folder / "notes.json")])
    loaded = "PySide6.QtNetwork" in sys.modules
    print(f"offline smoke: exit {code}, QtNetwork imported: {loaded}")
    return 1 if code or loaded else 0


if __name__ == "__main__":
    sys.exit(main())
