"""Start a presentation with two screens attached and report where its windows went.

Run by test_presenter_screens as ``python -m tests.gui.presenter_probe`` on an offscreen
platform configured with a laptop screen and a projector; prints ``PROBE {json}`` last.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    from borderdesk.core.model import ItemKind, ItemRef
    from borderdesk.core.sample import SampleService
    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.selection import SelectionState
    from borderdesk.gui.views.presentation import start_presentation
    from tests.gui.fakes import FakeChartPanel

    app = ensure_application()
    laptop = next(screen for screen in app.screens() if screen.name() == "laptop")
    parent = QWidget()
    parent.setScreen(laptop)
    parent.move(laptop.geometry().topLeft() + QPoint(40, 40))
    parent.resize(800, 600)
    parent.show()
    for _ in range(5):
        QApplication.processEvents()
    selection = SelectionState()
    selection.select(ItemRef(ItemKind.BORDER, "kz-cn"))
    window = start_presentation(SampleService(), selection, FakeChartPanel, parent)
    for _ in range(5):
        QApplication.processEvents()
    presenter = window.presenter
    report = {
        "screens": [screen.name() for screen in app.screens()],
        "slides_on": window.screen().name(),
        "slides_geometry": window.geometry().getRect(),
        "presenter": presenter is not None,
        "presenter_on": presenter.screen().name() if presenter is not None else "",
        "presenter_geometry": presenter.geometry().getRect() if presenter is not None else [],
        "note": presenter.note_label.text() if presenter is not None else "",
    }
    print("PROBE " + json.dumps(report), flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
