"""The shipped Hangul font (NanumGothic, SIL Open Font License), registered with
ReportLab once per process and embedded (as a subset) in every report."""

from __future__ import annotations

import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"

_lock = threading.Lock()
_done = False


def register() -> None:
    """Make :data:`REGULAR` and :data:`BOLD` known to ReportLab (once)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        fonts = resources.files("safehouse.resources").joinpath("fonts")
        for name, file in ((REGULAR, "NanumGothic.ttf"), (BOLD, "NanumGothicBold.ttf")):
            with resources.as_file(fonts.joinpath(file)) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _done = True
