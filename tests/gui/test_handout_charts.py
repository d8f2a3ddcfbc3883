"""A handout set draws one off-screen chart and re-marks it per page: the pages are unchanged."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from borderdesk.core.handout import HandoutSet, Visual, build_handout_set, handout_refs
from borderdesk.core.paper import PaperSize
from borderdesk.core.sample import SampleService
from borderdesk.gui.render.handout import HandoutRenderer

WIDTH = 700  # px: enough to tell a bar's fill, its outline and a bold value apart


def every_handout() -> HandoutSet:
    service = SampleService()
    refs = handout_refs(service)
    return build_handout_set(service, refs, version="test", printed=date(2026, 1, 1))


def test_pages_drawn_with_one_chart_are_the_pages_drawn_with_a_chart_each(
    qapp: QApplication,
) -> None:
    book = every_handout()
    charted = [i for i, h in enumerate(book.handouts) if h.visual is Visual.CHART]
    marks = {book.handouts[i].highlight for i in charted}
    assert len(charted) >= 3  # pages enough to re-mark the chart from one to the next
    assert len(marks) == len(charted)
    alone = HandoutRenderer(book, PaperSize.A4)
    expected = [alone.image(i, WIDTH) for i in charted]

    shared = HandoutRenderer(book, PaperSize.A4)
    with shared.reusing_charts():
        # Back and forth: each page's border marked, the one before unmarked again.
        order = [*charted, *reversed(charted)]
        drawn: dict[int, list[QImage]] = {}
        for index in order:
            drawn.setdefault(index, []).append(shared.image(index, WIDTH))

    for index, image in zip(charted, expected, strict=True):
        assert drawn[index][0] == image, f"page {index + 1} first time"
        assert drawn[index][1] == image, f"page {index + 1} again"
    assert expected[0] != expected[1]  # the pages differ: the comparison can fail
