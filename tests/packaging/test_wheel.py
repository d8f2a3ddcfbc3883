"""``pip install .`` from a clean checkout: the wheel carries the data, and its code runs."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from borderdesk import __version__
from tests.packaging.conftest import REPO

EXPECTED = [
    "borderdesk/__init__.py",
    "borderdesk/cli.py",
    "borderdesk/py.typed",
    "borderdesk/assets/borderdesk.sqlite",
    "borderdesk/assets/fonts/NotoSans.ttf",
    "borderdesk/assets/fonts/OFL.txt",
    "borderdesk/assets/icons/borderdesk.svg",
    *(f"borderdesk/assets/icons/borderdesk-{n}.png" for n in (16, 24, 32, 48, 64, 128, 256, 512)),
]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from a copy of the checkout's tracked layout (no build leftovers)."""
    checkout = tmp_path_factory.mktemp("checkout")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, checkout / name)
    shutil.copytree(
        REPO / "src",
        checkout / "src",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"),
    )
    out = tmp_path_factory.mktemp("wheelhouse")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(checkout), "--no-deps", "-q", "-w", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("borderdesk-*.whl")
    return built


def test_wheel_is_named_for_the_package_version(wheel: Path) -> None:
    assert wheel.name == f"borderdesk-{__version__}-py3-none-any.whl"


def test_wheel_carries_database_font_icons_and_type_marker(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in EXPECTED if name not in names]
    assert missing == []
    assert not any("__pycache__" in name or name.startswith("tests/") for name in names)


def test_wheel_database_is_the_bundled_one(wheel: Path) -> None:
    bundled = REPO / "src" / "borderdesk" / "assets" / "borderdesk.sqlite"
    with zipfile.ZipFile(wheel) as archive:
        assert archive.read("borderdesk/assets/borderdesk.sqlite") == bundled.read_bytes()


def test_wheel_declares_the_borderdesk_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(f"borderdesk-{__version__}.dist-info/entry_points.txt").decode()
    parser = configparser.ConfigParser()
    parser.read_string(text)
    assert parser["console_scripts"]["borderdesk"] == "borderdesk.cli:main"


def test_code_from_the_wheel_exports_a_chart_with_its_own_data(wheel: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    env = dict(os.environ, PYTHONPATH=str(unpacked), QT_QPA_PLATFORM="offscreen")
    probe = (
        "import borderdesk, importlib.resources as r; "
        "print(borderdesk.__file__); print(r.files('borderdesk.assets') / 'borderdesk.sqlite')"
    )
    where = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert where.returncode == 0, where.stderr
    assert all(line.startswith(str(unpacked)) for line in where.stdout.splitlines())

    out = tmp_path / "chart.png"
    result = subprocess.run(
        [sys.executable, "-m", "borderdesk", "export-chart", str(out), "--width", "640"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    header = out.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(header[16:20], "big") == 640
    assert int.from_bytes(header[20:24], "big") == 1080
