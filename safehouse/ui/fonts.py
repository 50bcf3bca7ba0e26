"""The bundled Korean font, so Hangul renders on a machine without one."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")


def register_fonts(app: QApplication) -> str | None:
    """Register the shipped fonts and make the Korean one the fallback for Hangul.

    Returns the family name registered, or None if the font could not be loaded.
    """
    family: str | None = None
    folder = resources.files("safehouse.resources").joinpath("fonts")
    for name in FONT_FILES:
        data = folder.joinpath(name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(data)
        if font_id < 0:
            log.warning("could not load the bundled font %s", name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families and family is None:
            family = families[0]
    if family is None:
        return None
    base = app.font()
    # Keep the platform's font for Latin text where it has one, and fall back to the
    # bundled font for Hangul (and everything else the platform font lacks).
    families = [base.family(), family] if base.family() else [family]
    font = QFont(base)
    font.setFamilies(families)
    app.setFont(font)
    return family
