"""Render the application icon's PNG sizes (and .ico/.icns) from the SVG master.

Reads ``resources/borderdesk-icon.svg`` and writes, ready to commit:

- ``src/borderdesk/assets/icons/borderdesk-<N>.png`` for every size in SIZES, and a copy of
  the SVG as ``src/borderdesk/assets/icons/borderdesk.svg`` (loaded at run time and installed
  into the desktop's icon theme);
- ``packaging/icons/borderdesk.ico`` (Windows) and ``packaging/icons/borderdesk.icns`` (macOS),
  when Pillow is importable. Pillow is a build-time tool only, never a BorderDesk dependency.

Rendering uses Qt's own SVG renderer on the offscreen platform, so no display is needed.

Usage: python packaging/make_icons.py [--check]
  --check  render into memory and exit 1 if a committed file differs (nothing is written)
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parent.parent
MASTER = REPO / "resources" / "borderdesk-icon.svg"
ASSET_DIR = REPO / "src" / "borderdesk" / "assets" / "icons"
PLATFORM_DIR = REPO / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Return the icon drawn at ``size`` x ``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """Encode ``image`` as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not encode a PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def platform_icons(images: dict[int, bytes]) -> dict[str, bytes] | None:
    """Return the .ico and .icns files built with Pillow, or None when Pillow is missing."""
    try:
        from PIL import Image
    except ImportError:
        return None
    pil = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in images.items()}
    out: dict[str, bytes] = {}
    ico = io.BytesIO()
    largest_ico = pil[max(ICO_SIZES)]
    largest_ico.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[pil[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    out["borderdesk.ico"] = ico.getvalue()
    icns = io.BytesIO()
    pil[max(ICNS_SIZES)].save(
        icns,
        format="ICNS",
        append_images=[pil[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    out["borderdesk.icns"] = icns.getvalue()
    return out


def build() -> dict[Path, bytes]:
    """Render every output file into memory, keyed by its destination."""
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the SVG master {MASTER.relative_to(REPO)}")
    sizes = sorted(set(SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    images = {size: png_bytes(render(renderer, size)) for size in sizes}
    files = {ASSET_DIR / f"borderdesk-{size}.png": images[size] for size in SIZES}
    files[ASSET_DIR / "borderdesk.svg"] = MASTER.read_bytes()
    extra = platform_icons(images)
    if extra is None:
        print("Pillow is not installed: .ico and .icns left as they are", file=sys.stderr)
    else:
        files.update({PLATFORM_DIR / name: data for name, data in extra.items()})
    return files


def main() -> int:
    """Write the icons, or with --check report any that differ from the master."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = build()
    del app
    stale = [p for p, data in files.items() if not p.is_file() or p.read_bytes() != data]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(REPO)}", file=sys.stderr)
        return 1 if stale else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if path in stale:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(REPO)} ({len(data)} bytes)")
    if not stale:
        print("icons are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
