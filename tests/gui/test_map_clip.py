"""Outlines cut to the view before a PDF holds them: the same pixels, far fewer points."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter, QPolygonF
from PySide6.QtWidgets import QApplication

from borderdesk.data.store import open_store
from borderdesk.gui.render.vector_devices import DPI, MemoryFile
from borderdesk.gui.views import map_layers
from borderdesk.gui.views.map_clip import cuts_to_view, in_view
from borderdesk.gui.views.map_paint import paint_map
from borderdesk.gui.views.map_projection import MapFrame, project
from borderdesk.gui.views.map_style import MapLook


def test_a_ring_inside_the_view_is_drawn_as_it_is() -> None:
    ring = QPolygonF([QPointF(10, 10), QPointF(50, 10), QPointF(30, 40)])
    assert in_view(ring, QRectF(0, 0, 100, 100)) is ring


def test_a_ring_is_cut_where_it_leaves_the_view_and_its_margin() -> None:
    ring = QPolygonF([QPointF(10, 10), QPointF(500, 10), QPointF(500, 60), QPointF(10, 60)])
    cut = in_view(ring, QRectF(0, 0, 100, 100))
    points = [(cut.at(i).x(), cut.at(i).y()) for i in range(cut.count())]
    assert sorted(points) == [(10, 10), (10, 60), (116, 10), (116, 60)]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
@pytest.mark.parametrize(
    ("frame", "members"),
    [
        (MapFrame(), frozenset({"RU", "CN"})),
        (MapFrame(zoom=3.0), frozenset()),
        (MapFrame(zoom=0.4), frozenset({"KZ"})),
        (MapFrame(zoom=6.0, centre=QPointF(-700, 300)), frozenset({"RU"})),
    ],
)
def test_a_pdf_of_the_map_is_the_same_pixels_cut_or_whole(
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    frame: MapFrame,
    members: frozenset[str],
) -> None:
    service = open_store()
    projected = project(service.border_map())
    look = MapLook(highlight="kz-ru", members=members, caption="Map data")

    def pdf(name: str) -> tuple[int, bytes]:
        sink = MemoryFile("PDF")
        writer = QPdfWriter(sink.device)
        writer.setResolution(DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter(writer)
        rect = QRectF(40, 60, writer.width() - 80, writer.height() * 0.6)
        paint_map(painter, rect, projected, frame, look)
        painter.end()
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(sink.data())
        subprocess.run(["pdftoppm", "-r", "110", str(path), str(tmp_path / name)], check=True)
        return path.stat().st_size, (tmp_path / f"{name}-1.ppm").read_bytes()

    cut_size, cut = pdf("cut")
    monkeypatch.setattr(map_layers, "cuts_to_view", lambda _painter: False)
    whole_size, whole = pdf("whole")
    assert cut == whole
    if frame.zoom >= 1:  # most of the neighbours' outlines lie beyond the frame
        assert cut_size < whole_size * 0.9, (cut_size, whole_size)
    service.close()


def test_on_screen_and_in_images_rings_are_drawn_whole(qapp: QApplication) -> None:
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        assert not cuts_to_view(painter)
    finally:
        painter.end()
