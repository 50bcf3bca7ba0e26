"""Render the application icon (resources/icons/safehouse.svg) to the PNG and ICO files
the desktop entry, the window manager and the Windows bundle use.

    .venv/bin/python packaging/render_icons.py

Writes, beside the SVG and its licence (CC0, LICENSE-safehouse-icon.txt):

- ``resources/icons/safehouse.png`` (256×256);
- ``resources/icons/hicolor/NxN/apps/safehouse.png`` for the freedesktop icon theme's
  sizes (16, 24, 32, 48, 64, 128, 256) (the SVG itself is the theme's scalable one);
- ``resources/icons/safehouse.ico`` with 16, 24, 32, 48, 64 and 256 pixel images.

Every size is drawn from the SVG by Qt's own renderer (QSvgRenderer), not scaled down
from a large bitmap, so the small ones stay sharp; Pillow (installed with ReportLab)
packs the ICO. Run it again after changing the SVG and commit what it writes.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "safehouse.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
PNG_SIZE = 256


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {PNG_SIZE})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}

    written = [ICONS / "safehouse.png"]
    written[0].write_bytes(pngs[PNG_SIZE])
    for size in HICOLOR_SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "safehouse.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)

    # The ICO: the largest image carries the others, each drawn at its own size.
    images = [Image.open(io.BytesIO(pngs[size])).convert("RGBA") for size in ICO_SIZES]
    ico = ICONS / "safehouse.ico"
    images[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                    append_images=images[:-1])
    written.append(ico)
    for path in written:
        print(path.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
