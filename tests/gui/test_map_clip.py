"""The map drawn with less work: the same pixels, the same places, far fewer points in a PDF."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPageSize, QPainter, QPdfWriter, QPolygonF
from PySide6.QtWidgets import QApplication

from borderdesk.core.geo import CENTRAL_ASIA
from borderdesk.data.store import open_store
from borderdesk.gui.render.vector_devices import DPI, MemoryFile
from borderdesk.gui.views import map_layers
from borderdesk.gui.views.map_clip import (
    cuts_to_view,
    in_view,
    inside,
    line_until_view_ends,
    points_of,
)
from borderdesk.gui.views.map_graticule import LATS, LONS, edge_crossing
from borderdesk.gui.views.map_paint import paint_map
from borderdesk.gui.views.map_projection import MapFrame, Projected, project
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

    def pdf(name: str) -> tuple[int, list[bytes]]:
        """Draw the map on two pages (the second from the rings the first cut); rasterise."""
        sink = MemoryFile("PDF")
        writer = QPdfWriter(sink.device)
        writer.setResolution(DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter(writer)
        rect = QRectF(40, 60, writer.width() - 80, writer.height() * 0.6)
        paint_map(painter, rect, projected, frame, look)
        writer.newPage()
        paint_map(painter, rect, projected, frame, look)
        painter.end()
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(sink.data())
        subprocess.run(["pdftoppm", "-r", "110", str(path), str(tmp_path / name)], check=True)
        pages = [(tmp_path / f"{name}-{n}.ppm").read_bytes() for n in (1, 2)]
        return path.stat().st_size, pages

    cut_size, cut = pdf("cut")
    monkeypatch.setattr(map_layers, "cuts_to_view", lambda _painter: False)
    whole_size, whole = pdf("whole")
    assert cut == whole
    assert cut[0] == cut[1]
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


def test_points_are_counted_inside_a_box_as_qrectf_counts_them() -> None:
    rng = random.Random(7)  # noqa: S311 - the same cases every run, not a secret
    for _ in range(300):
        points = [
            QPointF(rng.choice([rng.uniform(-50, 150), 0.0, 10.0, 40.0]), rng.uniform(-50, 150))
            for _ in range(40)
        ]
        box = QRectF(
            rng.choice([0.0, 10.0, rng.uniform(-20, 20)]),
            rng.choice([0.0, 10.0, rng.uniform(-20, 20)]),
            rng.choice([30.0, -30.0, 0.0, rng.uniform(-60, 60)]),
            rng.choice([30.0, -30.0, 0.0, rng.uniform(-60, 60)]),
        )
        expected = sum(1 for point in points if box.contains(point))
        assert inside(points_of(QPolygonF(points)), box) == expected


@pytest.mark.parametrize(
    "frame",
    [MapFrame(), MapFrame(zoom=3.0), MapFrame(zoom=0.4), MapFrame(zoom=2, centre=QPointF(-900, 0))],
)
def test_the_graticule_meets_the_edges_where_it_did_point_by_point(
    qapp: QApplication, frame: MapFrame
) -> None:
    projected = project(open_store().border_map())
    for rect in (QRectF(0, 0, 1280, 800), QRectF(30, 20, 600, 900), QRectF(5, 5, 400, 260)):
        for lat in LATS:
            found = edge_crossing(rect, projected, frame, CENTRAL_ASIA, lat=lat)
            assert found == _crossing(rect, projected, frame, lat=lat)
        for lon in LONS:
            for edge in (None, rect.bottom() - 80):
                found = edge_crossing(rect, projected, frame, CENTRAL_ASIA, lon=lon, edge=edge)
                assert found == _crossing(rect, projected, frame, lon=lon, edge=edge)


def _crossing(
    rect: QRectF,
    projected: Projected,
    frame: MapFrame,
    *,
    lat: float | None = None,
    lon: float | None = None,
    edge: float | None = None,
) -> QPointF | None:
    """Find where a graticule line meets the edge point by point (as it was found before)."""
    to_px = frame.transform(projected, rect)
    if lat is not None:
        samples = [(float(x), float(lat)) for x in range(20, 121)]
        edge = rect.left() + 2
        line = to_px.map(QPolygonF([QPointF(x, y) for x, y in CENTRAL_ASIA.forward_many(samples)]))
        for i in range(line.count() - 1):
            pa, pb = line.at(i), line.at(i + 1)
            if (pa.x() - edge) * (pb.x() - edge) <= 0 and rect.top() < pa.y() < rect.bottom():
                return pa
        return None
    assert lon is not None
    edge = rect.bottom() - 30 if edge is None else edge
    samples = [(float(lon), float(y)) for y in range(25, 71)]
    line = to_px.map(QPolygonF([QPointF(x, y) for x, y in CENTRAL_ASIA.forward_many(samples)]))
    for i in range(line.count() - 1):
        pa, pb = line.at(i), line.at(i + 1)
        if (pa.y() - edge) * (pb.y() - edge) <= 0 and rect.left() + 40 < pa.x() < rect.right():
            return pa
    return None


def test_a_line_is_drawn_up_to_where_it_last_comes_near_the_view() -> None:
    view = QRectF(0, 0, 100, 100)
    line = QPolygonF([QPointF(x, 50) for x in (-300, -200, 50, 130, 300, 400)])
    kept = line_until_view_ends(line, view)
    assert [kept.at(i).x() for i in range(kept.count())] == [-300, -200, 50, 130]
    inside_only = QPolygonF([QPointF(10, 10), QPointF(90, 90)])
    assert line_until_view_ends(inside_only, view) is inside_only
    assert line_until_view_ends(QPolygonF([QPointF(500, 0), QPointF(600, 0)]), view).isEmpty()
