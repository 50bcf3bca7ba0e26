"""The bundled Korean font, so Hangul renders on a machine without one."""

from __future__ import annotations

import logging
import os
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")


def register_fonts(app: QApplication) -> str | None:
    """Register the shipped fonts and make the Korean one the fallback for Hangul.

    Returns the family name registered, or None if the font could not be loaded.
    """
    family: str | None = None
    # The family the platform really draws with: its default is often an alias ("Sans
    # Serif") that Qt resolves only while no better match exists. Asked before the
    # bundled font is added, and named as such, so that Latin text keeps the system's
    # font; otherwise Qt matched the alias to the bundled one (full stops like commas).
    system = QFontInfo(app.font()).family()
    folder = resources.files("safehouse.resources").joinpath("fonts")
    for name in FONT_FILES:
        entry = folder.joinpath(name)
        # From the file where it is one (as installed, and in the bundle): Qt reads what
        # it needs, ten times quicker than the 2 MB handed over from Python.
        font_id = (QFontDatabase.addApplicationFont(os.fspath(entry))
                   if isinstance(entry, os.PathLike)
                   else QFontDatabase.addApplicationFontFromData(entry.read_bytes()))
        if font_id < 0:
            log.warning("could not load the bundled font %s", name)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families and family is None:
            family = families[0]
    if family is None:
        return None
    # The platform's font for Latin text where it has one; the bundled font for Hangul
    # (and everything else the platform font lacks).
    families = [system, family] if system and system != family else [family]
    font = QFont(app.font())
    font.setFamilies(families)
    app.setFont(font)
    return family
