"""Start BorderDesk in a pseudo-locale and report cut text and words that escaped translation.

Run as ``python -m tests.gui.pseudo_probe PSEUDO.qm`` (by test_pseudo_locale), or with
``--lang kk`` or ``--lang ru`` instead of a file for the clipping checks in a real language. The
pseudo-locale
(``scripts/translations.py pseudo``) gives every text of ours 40% more letters, accented and
between markers: ``⟦Ëxpöŕt çhäŕt…·····⟧``, as long as Kazakh and Russian run. The window is
checked in the states the scaling probe uses, then in presentation mode and with each dialog
open, with the scaling probe's clipping checks (``scaling_probe.check_widgets``) and one more:
every visible word of ours carries the markers; only data (names, our texts from the
dataset, figures) may be without them. The last line printed is ``PROBE {json}``.
"""

from __future__ import annotations

import json
import sys
import traceback

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)

from tests.gui import scaling_probe as sp

MARK = "⟦"
real = {"language": ""}  # a real language: its words carry no markers to look for
# Widgets that show data, not words of ours (names, sources' labels, the slide's points).
DATA = frozenset({"chartSourceCombo", "handoutItem", "slidePoints", "exportPath"})
checked: dict[str, int] = {}


def _is_data(widget: QWidget) -> bool:
    while widget is not None:
        if widget.objectName() in DATA or widget.objectName() == "chartLegend":
            return True
        widget = widget.parentWidget()  # type: ignore[assignment]
    return False


def texts_of(widget: QWidget) -> list[str]:
    """Return the words a widget shows that should be ours (translated)."""
    if isinstance(widget, QLabel) and (widget.pixmap() is None or widget.pixmap().isNull()):
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        box = widget.parent()
        if isinstance(box, QDialogButtonBox) and box.standardButton(widget) != (
            QDialogButtonBox.StandardButton.NoButton
        ):
            return []  # Qt's own words (Close), from Qt's translations
        return [widget.text()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    return []


def check_translated(root: QWidget, state: str) -> None:
    """Report every visible word of ours without the pseudo-locale's markers."""
    if real["language"]:
        checked[state] = checked.get(state, 0) + 1
        return
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or _is_data(widget):
            continue
        for text in texts_of(widget):
            checked[state] = checked.get(state, 0) + 1
            if text.strip() and MARK not in text:
                sp.problems.append(f"{state}: {sp.name(widget)} shows {text[:60]!r} untranslated")
    title = root.windowTitle()
    if root.isWindow() and title and title != "BorderDesk" and MARK not in title:
        sp.problems.append(f"{state}: the window title {title!r} is untranslated")


def check_menus(window: QWidget, state: str) -> None:
    """Report a menu title or command without the markers (language names excepted)."""
    if real["language"]:
        checked[state] = 1
        return
    for menu in window.findChildren(QMenu):
        if menu.objectName() in ("languageMenu", "bookmarksMenu", "dataMenu", "chartCompareMenu"):
            continue
        for action in menu.actions():
            if action.isSeparator() or not action.text():
                continue
            checked[state] = checked.get(state, 0) + 1
            if MARK not in action.text():
                sp.problems.append(f"{state}: menu item {action.text()!r} is untranslated")
    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        if MARK not in action.text():
            sp.problems.append(f"{state}: menu {action.text()!r} is untranslated")


def check_all(app: QApplication, root: QWidget, state: str) -> None:
    """Settle, then run the clipping checks and the translation check on a window."""
    sp.settle(app)
    sp.check_widgets(root, state)
    check_translated(root, state)


def run(app: QApplication, window: QWidget) -> None:
    """Go through the window's states, presentation mode and every dialog."""
    original = sp.check_widgets

    def both(root: QWidget, state: str) -> None:
        original(root, state)
        check_translated(root, state)

    sp.check_widgets = both  # the scaling probe's states, with the translation check too
    try:
        sp.run_checks(app, window)
    finally:
        sp.check_widgets = original
    check_menus(window, "menus")
    window.show_chart()  # type: ignore[attr-defined]
    dialogs = open_dialogs(window)
    for state, dialog in dialogs:
        dialog.show()
        check_all(app, dialog, state)
        dialog.close()
    presentation = window.present()  # type: ignore[attr-defined]
    check_all(app, presentation, "presentation mode")
    presentation.toggle_visual()
    check_all(app, presentation, "presentation mode, the map")
    presentation.close()


def open_dialogs(window: QWidget) -> list[tuple[str, QWidget]]:
    """Return the export, handout and quiz dialogs and the Help windows, not yet shown."""
    from borderdesk.gui.dialogs.export_dialog import ExportDialog
    from borderdesk.gui.dialogs.handout_dialog import HandoutDialog
    from borderdesk.gui.dialogs.quiz_dialog import QuizDialog
    from borderdesk.gui.render.exportable import ChartExport

    w = window
    chart = w.chart  # type: ignore[attr-defined]
    slot = w.chart_link.slot.chart  # type: ignore[attr-defined]
    settings = w._settings.export  # type: ignore[attr-defined]
    export = ExportDialog(ChartExport(chart.current_view(), slot), w, settings)
    export_map = ExportDialog(w.map_link.exportable(), w, settings)  # type: ignore[attr-defined]
    handout = HandoutDialog(w._service, w.selection.current, w)  # type: ignore[attr-defined]
    quiz = QuizDialog(w.quiz.data(), 4821, w)  # type: ignore[attr-defined]
    sheet = w.help.show_shortcuts()  # type: ignore[attr-defined]
    sheet.hide()
    guide = w.help.show_guide()  # type: ignore[attr-defined]
    guide.hide()
    whats_new = w.help.show_whats_new()  # type: ignore[attr-defined]
    whats_new.hide()
    return [
        ("export chart dialog", export),
        ("export map dialog", export_map),
        ("handout dialog", handout),
        ("quiz dialog", quiz),
        ("shortcut sheet", sheet),
        ("user guide", guide),
        ("what's new dialog", whats_new),
    ]


def main(argv: list[str]) -> int:
    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.window.main_window import MainWindow

    app = ensure_application()
    language = "en"
    if argv[0] == "--lang":
        language = real["language"] = argv[1]
    else:
        translator = QTranslator(app)
        if not translator.load(argv[0]):
            print(f"cannot load {argv[0]}")
            return 2
        app.installTranslator(translator)
    app.installEventFilter(sp.Watcher(app))

    def poll() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or windows[0].chart is None or windows[0].map_link.view is None:
            return
        timer.stop()
        window = windows[0]
        try:
            run(app, window)
        except Exception:  # a failing check is a finding too: report it, then close
            sp.problems.append(traceback.format_exc())
        finally:
            sp.report["problems"] = sp.problems
            sp.report["translated"] = checked
            print("PROBE " + json.dumps(sp.report), flush=True)
            window.close()

    timer = QTimer(app)
    timer.timeout.connect(poll)
    timer.start(50)
    QTimer.singleShot(sp.TIMEOUT_MS, lambda: QApplication.exit(3))
    from borderdesk.cli import main as borderdesk

    return borderdesk(["--lang", language])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
