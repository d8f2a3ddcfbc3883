"""A pack whose names hold ``<img src="/dev/zero">`` or a 99,999-pixel image: the app still runs.

Drawn as rich text, the first read /dev/zero until the process died (``std::bad_alloc``, at
every start), the second grew it to 14 GB. Each run is a fresh BorderDesk process on such a
pack, its address space capped so that a regression fails here instead of taking the machine.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from borderdesk.data.packs.exporter import export_pack
from borderdesk.data.packs.importer import import_pack
from borderdesk.data.packs.schema import MAX_NAME
from borderdesk.data.store import bundled_path

ROOT = Path(__file__).resolve().parents[2]
ICON = ROOT / "src" / "borderdesk" / "assets" / "icons" / "borderdesk-48.png"
HUGE = "<img src=i.png width=99999 height=99999>"  # i.png: a real picture, in the working folder
MEMORY_CAP = 6 * 1024**3  # address space: far above a normal run, far below 14 GB
PEAK_MB = 500  # resident: a normal run peaks near 200 MB; drawn as images, these pass 700

# Starts BorderDesk's own entry point, answers any message box, and once the chart and the
# map are in: reads every page, searches for the hostile text, opens every menu, then quits.
EXERCISE = """
import resource
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from borderdesk.gui.models.navigation_model import ITEM_REF_ROLE
from borderdesk.gui.qtapp import ensure_application

HOSTILE = sys.argv.pop()

class Watcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QMessageBox):
            QTimer.singleShot(0, obj.accept)
        return False

def exercise():
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    window = windows[0] if windows else None
    if window is None or window.chart is None or window.map_link.view is None:
        return
    timer.stop()
    model = window.navigation_model
    pages = 0
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            ref = model.index(row, 0, parent).data(ITEM_REF_ROLE)
            if ref is not None:
                window.selection.select(ref, origin=None)
                window.grab()
                pages += 1
    window.navigation.search_box.setText(HOSTILE)
    window.grab()
    for action in window.menuBar().actions():
        action.menu().aboutToShow.emit()
        action.menu().grab()
    window.present().grab()
    print("pages read:", pages, flush=True)
    print("peak MB:", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, flush=True)
    QApplication.exit(0)

app = ensure_application()
watcher = Watcher(app)
app.installEventFilter(watcher)
timer = QTimer(app)
timer.timeout.connect(exercise)
timer.start(100)
QTimer.singleShot(120_000, lambda: QApplication.exit(3))
from borderdesk.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return export_pack(bundled_path(), tmp_path_factory.mktemp("bundled") / "bundled.json")


def poisoned(bundled: dict[str, Any], hostile: str, folder: Path) -> Path:
    """Return a database built from the bundled pack with ``hostile`` before every name."""
    pack: dict[str, Any] = json.loads(json.dumps(bundled))
    for key in ("country", "segment", "organisation", "topic", "person", "event", "source"):
        for record in pack.get(key, []):
            for field in ("name", "title", "label"):
                if field in record:  # within the 200 characters a pack allows
                    record[field] = f"{hostile} {record[field]}"[:MAX_NAME].strip()
            if "abbreviation" in record:  # at most 40 characters, as the version
                record["abbreviation"] = hostile
    pack["overview"]["title"] = f"{hostile} {pack['overview']['title']}"
    pack["edition"]["version"] = hostile
    source = folder / "pack.json"
    source.write_text(json.dumps(pack), encoding="utf-8")
    return import_pack(source, folder / "packs").path


def cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param('<img src="/dev/zero">', id="dev-zero"),
        pytest.param(HUGE, id="huge-image"),
    ],
)
def test_a_pack_whose_names_load_images_opens_and_every_page_reads(
    bundled: dict[str, Any], tmp_path: Path, hostile: str
) -> None:
    database = poisoned(bundled, hostile, tmp_path)
    (tmp_path / "i.png").write_bytes(ICON.read_bytes())
    env = {k: v for k, v in os.environ.items() if not k.startswith("BORDERDESK_")}
    env.update(BORDERDESK_USER_DIR=str(tmp_path / "user"), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-c", EXERCISE, "--db", str(database), hostile],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        preexec_fn=cap_memory,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert int(run.stdout.split("pages read:")[1].split()[0]) > 100
    assert int(run.stdout.split("peak MB:")[1].split()[0]) < PEAK_MB
    assert "Painter not active" not in run.stderr  # no label too big to be painted
