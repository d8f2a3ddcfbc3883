"""Measure the map: loading it from the bundled database, its first draw and a pan step.

In one offscreen process, several rounds of:

  load     the service's ``border_map()`` (read and decode every map row)
  project  projecting it once (what the pane does when it is handed the map)
  first    the first draw of a 1280x800 pane fitted to Kazakhstan
  pan      one arrow-key pan step (10 % of the width) and the redraw
  zoom4    a redraw at 4x, then 16x (one border section), then the fit with members hatched
  floor    the same image filled and two lines of text drawn (title, caption): what any
           drawing costs before a single map line, measured in the same run

Prints medians in ms and each draw's ratio to the floor. Point PYTHONPATH at another
checkout's ``src`` to measure it with the same script (the figures before and after a change).

Usage: python benchmarks/map_draw.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from borderdesk.data.store import open_store
from borderdesk.gui.qtapp import ensure_application
from borderdesk.gui.views.map_paint import paint_map
from borderdesk.gui.views.map_projection import MapFrame, project
from borderdesk.gui.views.map_style import MapLook

WIDTH, HEIGHT = 1280, 800
MEMBERS = frozenset({"KZ", "RU", "CN", "KG", "TJ", "UZ", "IN", "PK"})  # the SCO's members


def timed(action: Callable[[], object]) -> float:
    """Return how long an action takes, in ms."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    """Print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    ensure_application(headless=True)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    rect = QRectF(0, 0, WIDTH, HEIGHT)
    service = open_store()
    results: dict[str, list[float]] = {}

    def draw(projected: object, frame: MapFrame, look: MapLook) -> None:
        painter = QPainter(image)
        paint_map(painter, rect, projected, frame, look)  # type: ignore[arg-type]
        painter.end()

    def floor(projected: object, frame: MapFrame, look: MapLook) -> None:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(rect, QColor("#FFFFFF"))
        painter.drawText(QPointF(12, 30), "Kazakhstan and its neighbours")
        painter.drawText(QPointF(12, HEIGHT - 8), look.caption)
        painter.end()

    for _ in range(args.runs):
        border_map = None

        def load() -> None:
            nonlocal border_map
            border_map = service.border_map()

        results.setdefault("load", []).append(timed(load))
        projected = None

        def do_project() -> None:
            nonlocal projected
            projected = project(border_map)  # type: ignore[arg-type]

        results.setdefault("project", []).append(timed(do_project))
        look = MapLook(highlight="kz-cn", caption=border_map.caption)  # type: ignore[union-attr]
        frame = MapFrame()
        results.setdefault("first", []).append(timed(lambda: draw(projected, frame, look)))
        scale = frame.scale(projected, rect)  # type: ignore[arg-type]
        centre = frame.centre or projected.bounds.center()  # type: ignore[union-attr]
        frame.centre = QPointF(centre.x() - WIDTH * 0.1 / scale, centre.y())
        results.setdefault("pan", []).append(timed(lambda: draw(projected, frame, look)))
        for zoom in (4, 16):
            zoomed = MapFrame(zoom=zoom, centre=QPointF(*_projection().forward(80.5, 43.0)))
            results.setdefault(f"zoom{zoom}", []).append(
                timed(lambda z=zoomed: draw(projected, z, look))
            )
        members = MapLook(members=MEMBERS, members_label="SCO", caption=look.caption)
        results.setdefault("members", []).append(
            timed(lambda: draw(projected, MapFrame(), members))
        )
        results.setdefault("floor", []).append(timed(lambda: floor(projected, frame, look)))
    service.close()
    medians = {name: statistics.median(values) for name, values in results.items()}
    points = sum(len(line.points) for line in border_map.segments)  # type: ignore[union-attr]
    print(f"map scale {border_map.scale}; segment points {points}; runs {args.runs}")  # type: ignore[union-attr]
    for name, value in medians.items():
        ratio = (
            f"  ({value / medians['floor']:.1f}x floor)" if name not in ("load", "project") else ""
        )
        print(f"{name:8} {value:8.1f} ms{ratio}")


def _projection():  # type: ignore[no-untyped-def]
    from borderdesk.core.geo import CENTRAL_ASIA

    return CENTRAL_ASIA


if __name__ == "__main__":
    main()
