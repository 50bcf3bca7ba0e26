"""Reading a made report the way a test needs: its text page by page, its fonts, and
whether page 1 shows anything."""

from __future__ import annotations

import subprocess
from io import BytesIO
from pathlib import Path

from PIL import Image
from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def fonts(pdf: bytes, folder: Path) -> str:
    """``pdffonts``' table of the report's fonts (name, type, embedded, subset)."""
    path = folder / "fonts.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def first_page_ink(pdf: bytes, folder: Path) -> float:
    """The share of page 1's pixels that are not white, rendered by poppler."""
    path = folder / "page.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(path),
                    str(folder / "page")], check=True, timeout=60)
    image = Image.open(next(folder.glob("page*.png"))).convert("L")
    histogram = image.histogram()  # 256 counts of grey levels
    return sum(histogram[:200]) / (image.width * image.height)
