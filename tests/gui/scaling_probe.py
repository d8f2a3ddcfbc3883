"""Start BorderDesk as a reader does and report text that does not fit (run by test_scaling).

Run as ``python -m tests.gui.scaling_probe`` with the display scaling to check in
``QT_SCALE_FACTOR``. Once the window has drawn its chart and map, it is checked in several
states (the overview, a border chosen, sources compared, the table, the map) and then closed.
The last line printed is ``PROBE {json}``: the screen, the window and every problem found.

A problem is a label, button, check box, combo box, tab or heading whose text is wider (or
taller) than the room it has; a menu that overflows the menu bar; the window running off the
screen; or the chart's tick or value labels overlapping, clipped or left out.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from itertools import combinations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

TIMEOUT_MS = 60_000
problems: list[str] = []
report: dict[str, object] = {}


def name(widget: QObject) -> str:
    """Return ``Class#objectName`` (or the class alone)."""
    return f"{type(widget).__name__}#{widget.objectName()}".rstrip("#")


def shown_text(text: str) -> str:
    """Return a label's text as drawn: mnemonic ampersands dropped, ``&&`` kept as ``&``."""
    return re.sub(r"&(.)", r"\1", text)


def _rich(text: str) -> bool:
    """Tell whether Qt draws a label's text as rich text (tags), as its AutoText does."""
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText() != text


def widest_line(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


# -- text in widgets ------------------------------------------------------------------------


def check_label(label: QLabel, state: str) -> None:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    room = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height():
            problems.append(
                f"{state}: {name(label)} {text[:40]!r} needs {need} px high, has {label.height()}"
            )
        return
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and _rich(text)
    ):
        hint = label.sizeHint()
        if hint.width() > label.width() or hint.height() > label.height():
            needs, has = hint.toTuple(), label.size().toTuple()
            problems.append(f"{state}: {name(label)} {text[:40]!r} needs {needs}, has {has}")
        return
    metrics = label.fontMetrics()
    drawn = shown_text(text) if label.buddy() is not None else text
    width = widest_line(metrics, drawn)
    height = metrics.height() * (drawn.count("\n") + 1)
    if width > room.width() or height > room.height() + 1:
        has = f"{room.width()}x{room.height()}"
        problems.append(f"{state}: {name(label)} {drawn[:40]!r} is {width}x{height} px, has {has}")


def text_room(button: QAbstractButton) -> int:
    """Return the width a button's style leaves for its text."""
    style = button.style()
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.rect = button.rect()
    if isinstance(button, QCheckBox):
        return style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button).width()
    if isinstance(button, QRadioButton):
        return style.subElementRect(
            QStyle.SubElement.SE_RadioButtonContents, option, button
        ).width()
    if isinstance(button, QPushButton):
        return style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    room = button.width() - margin
    instant = QToolButton.ToolButtonPopupMode.InstantPopup
    if isinstance(button, QToolButton) and button.menu() and button.popupMode() == instant:
        room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    return room


def check_button(button: QAbstractButton, state: str) -> None:
    text = shown_text(button.text())
    icon_only = Qt.ToolButtonStyle.ToolButtonIconOnly
    if isinstance(button, QToolButton) and button.toolButtonStyle() == icon_only:
        return  # draws its icon, and no text to cut (the text is its tooltip)
    if not text.strip():
        return
    width = widest_line(button.fontMetrics(), text)
    room = text_room(button)
    if width > room:
        problems.append(f"{state}: {name(button)} {text!r} is {width} px wide, has {room}")
    if button.height() < button.fontMetrics().height():
        problems.append(f"{state}: {name(button)} {text!r} is cut: {button.height()} px high")


def check_combo(combo: QComboBox, state: str) -> None:
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.rect = combo.rect()
    option.editable = combo.isEditable()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    width = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if width > field.width():
        problems.append(
            f"{state}: {name(combo)} {combo.currentText()!r} is {width} px, has {field.width()}"
        )


def check_tabs(bar: QTabBar, state: str) -> None:
    vertical = bar.shape() in (
        QTabBar.Shape.RoundedWest,
        QTabBar.Shape.RoundedEast,
        QTabBar.Shape.TriangularWest,
        QTabBar.Shape.TriangularEast,
    )
    for index in range(bar.count()):
        rect, hint = bar.tabRect(index), bar.tabSizeHint(index)
        length = rect.height() if vertical else rect.width()
        needed = hint.height() if vertical else hint.width()
        text = shown_text(bar.tabText(index))
        width = bar.fontMetrics().horizontalAdvance(text)
        elides = bar.elideMode() != Qt.TextElideMode.ElideNone and bar.tabToolTip(index)
        if (length < needed or width > length) and not elides:
            problems.append(f"{state}: tab {text!r} of {name(bar)} needs {needed} px, has {length}")


def check_header(header: QHeaderView, state: str) -> None:
    model = header.model()
    if model is None:
        return
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        needed = max(header.sectionSizeHint(section), header.fontMetrics().horizontalAdvance(text))
        if header.sectionSize(section) < needed:
            problems.append(
                f"{state}: heading {text!r} needs {needed} px, has {header.sectionSize(section)}"
            )


def check_menu_bar(bar: QMenuBar, state: str) -> None:
    for action in bar.actions():
        rect = bar.actionGeometry(action)
        if action.isVisible() and (rect.isEmpty() or not bar.rect().contains(rect)):
            problems.append(
                f"{state}: menu {shown_text(action.text())!r} does not fit the menu bar"
            )


def check_widgets(window: QWidget, state: str) -> None:
    checked = report.setdefault("checked", {})
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():  # scrolled out of view still counts: it can be seen
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QComboBox, QTabBar, QHeaderView)):
            checked[state] = checked.get(state, 0) + 1  # type: ignore[union-attr]
        if isinstance(widget, QLabel):
            check_label(widget, state)
        elif isinstance(widget, QAbstractButton) and widget.parent() is not None:
            if not isinstance(widget.parent(), QTabBar):  # the tab bar's scroll arrows
                check_button(widget, state)
        elif isinstance(widget, QComboBox):
            check_combo(widget, state)
        elif isinstance(widget, QTabBar):
            check_tabs(widget, state)
        elif isinstance(widget, QHeaderView):
            check_header(widget, state)
        elif isinstance(widget, QMenuBar):
            check_menu_bar(widget, state)


# -- the chart's own labels -----------------------------------------------------------------


def line_rects(rect: QRectF, text: str, metrics: QFontMetrics) -> list[QRectF]:
    """Return the rectangle of each non-empty line of an axis label."""
    rects = []
    for row, line in enumerate(text.split("\n")):
        if line:
            width = metrics.horizontalAdvance(line)
            top = rect.top() + row * metrics.lineSpacing()
            rects.append(QRectF(rect.center().x() - width / 2, top, width, metrics.height()))
    return rects


def check_axes(chart: QWidget, state: str, expect_names: int) -> None:
    plot = chart.plot_widget()  # type: ignore[attr-defined]
    plot.viewport().repaint()  # value labels place themselves for the view when painted
    QApplication.processEvents()
    item = plot.getPlotItem()
    visible = QRectF(plot.mapToScene(plot.viewport().rect()).boundingRect())
    names_side = "left" if chart.bars_lie() else "bottom"  # type: ignore[attr-defined]
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for side in ("bottom", "left"):
            axis = item.getAxis(side)
            _axis, _ticks, texts = axis.generateDrawSpecs(painter)
            metrics = QFontMetrics(axis.style["tickFont"] or axis.font())
            rects = [
                axis.mapRectToScene(line)
                for rect, _flags, text in texts
                for line in line_rects(rect, text, metrics)
            ]
            for first, second in combinations(rects, 2):
                if first.intersects(second):
                    problems.append(
                        f"{state}: {side} axis labels overlap at {first.toRect().getRect()}"
                    )
            for rect in rects:
                if not visible.contains(rect.adjusted(1, 1, -1, -1)):
                    problems.append(
                        f"{state}: a {side} axis label is clipped at {rect.toRect().getRect()}"
                    )
            if side == names_side and len(texts) != expect_names:
                problems.append(f"{state}: {len(texts)} of {expect_names} border names drawn")
    finally:
        painter.end()
    view = item.getViewBox()
    box = view.sceneBoundingRect()
    labels = [
        i.sceneBoundingRect()
        for i in item.items
        if type(i).__name__ == "TextItem" and i.isVisible()
    ]
    for first, second in combinations(labels, 2):
        if first.adjusted(1, 1, -1, -1).intersects(second.adjusted(1, 1, -1, -1)):
            problems.append(f"{state}: value labels overlap at {first.toRect().getRect()}")
    for rect in labels:
        if not box.contains(rect.adjusted(1, 1, -1, -1)):
            problems.append(f"{state}: a value label is clipped at {rect.toRect().getRect()}")


# -- the run --------------------------------------------------------------------------------


def settle(app: QApplication) -> None:
    for _ in range(6):
        app.processEvents()


def check(app: QApplication, window: QWidget, state: str) -> None:
    settle(app)
    available, frame = window.screen().availableGeometry(), window.frameGeometry()
    report.setdefault("frames", {})[state] = frame.getRect()  # type: ignore[index]
    if not available.contains(frame):
        problems.append(f"{state}: the window {frame.getRect()} runs off the screen")
    check_widgets(window, state)
    folded = window.figures.is_folded()  # type: ignore[attr-defined]
    report.setdefault("figures_folded", {})[state] = folded  # type: ignore[index]
    scroller = window.findChild(QScrollArea, "chartSlotScroller")
    if scroller is not None and not folded:
        report.setdefault("chart_scrolls", {})[state] = scroller.verticalScrollBar().isVisible()  # type: ignore[index]
    chart = window.chart  # type: ignore[attr-defined]
    tabs = window.view_tabs  # type: ignore[attr-defined]
    if tabs.currentWidget() is window.chart_slot and not chart.table_shown() and not folded:  # type: ignore[attr-defined]
        check_axes(chart, state, len(chart.bar_labels()))


def run_checks(app: QApplication, window: QWidget) -> None:
    screen = window.screen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    report.update(
        scale=screen.devicePixelRatio(),
        available=available.getRect(),
        window=window.geometry().getRect(),
        frame=frame.getRect(),
        default=window.default_size().toTuple(),  # type: ignore[attr-defined]
        minimum=window.minimumSizeHint().toTuple(),
    )
    check(app, window, "overview")
    from borderdesk.core.model import ItemKind, ItemRef

    window.selection.select(ItemRef(ItemKind.BORDER, "kz-ru"))  # type: ignore[attr-defined]
    check(app, window, "Russia chosen")
    chart = window.chart  # type: ignore[attr-defined]
    chart.findChild(QCheckBox, "chartCompareToggle").click()
    settle(app)
    report["compare_labels"] = chart.compare_labels_shown()
    check(app, window, "sources compared")
    window.chart_table_action.trigger()  # type: ignore[attr-defined]
    check(app, window, "table")
    window.show_map()  # type: ignore[attr-defined]
    check(app, window, "map")
    if screen.devicePixelRatio() == 1:
        check_every_page_and_text_size(app, window)


PAGE_LINES = 12  # lines of the page's text in view at every text size (the window's rule)


def page_refs(window: QWidget) -> dict[str, object]:
    """Return one item of every kind the tree lists (the first of each group), by name."""
    from borderdesk.gui.models.navigation_model import ITEM_REF_ROLE

    model = window.navigation_model  # type: ignore[attr-defined]
    refs: dict[str, object] = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        ref = index.data(ITEM_REF_ROLE)
        if ref is not None:
            refs[str(index.data())] = ref
            continue
        for child in range(model.rowCount(index)):
            child_ref = model.index(child, 0, index).data(ITEM_REF_ROLE)
            name = f"{index.data()}: {model.index(child, 0, index).data()}"
            if index.data() == "Comparisons" or child == 0:
                refs[name] = child_ref
    return refs


def check_tree_numbers(window: QWidget, state: str) -> None:
    """Report a length in the tree that is cut or pushed out of view ("6,84…")."""
    from borderdesk.gui.models.navigation_model import DETAIL_COLUMN

    tree = window.navigation.tree  # type: ignore[attr-defined]
    header = tree.header()
    needed = tree.sizeHintForColumn(DETAIL_COLUMN)
    if header.sectionSize(DETAIL_COLUMN) < needed:
        problems.append(
            f"{state}: the lengths' column is {header.sectionSize(DETAIL_COLUMN)} px, "
            f"its numbers need {needed}"
        )
    right = header.sectionViewportPosition(DETAIL_COLUMN) + header.sectionSize(DETAIL_COLUMN)
    if right > tree.viewport().width():
        problems.append(f"{state}: the lengths run out of the tree's view at {right} px")


def check_every_page_and_text_size(app: QApplication, window: QWidget) -> None:
    """At every text size, show a page of each kind: no text cut, PAGE_LINES lines of it."""
    from borderdesk.gui.style.text_scale import TEXT_SCALE_STEPS

    chart = window.chart  # type: ignore[attr-defined]
    if chart.table_shown():
        window.chart_table_action.trigger()  # type: ignore[attr-defined]
    if chart.is_comparing():
        chart.findChild(QCheckBox, "chartCompareToggle").click()
    window.reset_layout()  # type: ignore[attr-defined]  # as a reader first finds it
    manager = window.theme_manager  # type: ignore[attr-defined]
    lines = report.setdefault("lines", {})
    folded = report.setdefault("folded", {})
    refs = page_refs(window)
    for size in TEXT_SCALE_STEPS:
        manager.set_text_scale(size)
        for name, ref in refs.items():
            window.selection.select(ref)  # type: ignore[attr-defined]
            settle(app)
            settle(app)
            state = f"{size:g}% {name}"
            check_widgets(window, state)
            check_tree_numbers(window, state)
            shown = window.detail_pane.visible_lines()  # type: ignore[attr-defined]
            lines[state] = round(shown, 1)  # type: ignore[index]
            folded[state] = window.figures.is_folded()  # type: ignore[attr-defined, index]
            if shown < PAGE_LINES:
                problems.append(f"{state}: the page shows {shown:.1f} lines")
            tabs = window.view_tabs  # type: ignore[attr-defined]
            open_chart = tabs.currentWidget() is window.chart_slot and not chart.table_shown()  # type: ignore[attr-defined]
            if open_chart and not window.figures.is_folded():  # type: ignore[attr-defined]
                check_axes(chart, state, len(chart.bar_labels()))
    manager.set_text_scale(100)


class Watcher(QObject):
    """Answer start-up message boxes (and say so), so the run never waits on a dialog."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            problems.append(f"message box at start: {watched.windowTitle()}")
            QTimer.singleShot(0, watched.accept)
        return False


def main() -> int:
    from borderdesk.gui.qtapp import ensure_application
    from borderdesk.gui.window.main_window import MainWindow

    app = ensure_application()
    watcher = Watcher(app)
    app.installEventFilter(watcher)

    def poll() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or windows[0].chart is None or windows[0].map_link.view is None:
            return
        timer.stop()
        window = windows[0]
        try:
            run_checks(app, window)
        except Exception:  # a failing check is a finding too: report it, then close
            problems.append(traceback.format_exc())
        finally:
            report["problems"] = problems
            print("PROBE " + json.dumps(report), flush=True)
            window.close()

    timer = QTimer(app)
    timer.timeout.connect(poll)
    timer.start(50)
    QTimer.singleShot(TIMEOUT_MS, lambda: QApplication.exit(3))
    from borderdesk.cli import main as borderdesk

    return borderdesk([])


if __name__ == "__main__":
    sys.exit(main())
