"""Latin text keeps the system's font and Hangul falls back to the bundled Nanum Gothic:
the platform's default family is often an alias ("Sans Serif") that Qt matched to the
bundled font once it was registered, so full stops were drawn like commas."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from safehouse.ui.fonts import register_fonts

BUNDLED = "NanumGothic"


def drawn_with(text: str, font: QFont) -> list[str]:
    """The font families Qt draws ``text`` with, run by run."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return [run.rawFont().familyName() for run in layout.glyphRuns()]


@pytest.fixture
def fresh_app_font(qapp: QApplication) -> Iterator[QApplication]:
    """The application as it starts: the platform's default font, nothing registered by
    us on top; the font the other tests had afterwards."""
    before = qapp.font()
    qapp.setFont(QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)))
    yield qapp
    qapp.setFont(before)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_latin_keeps_the_system_font_and_hangul_uses_the_bundled_one(
        qtbot, fresh_app_font, request, language):
    system = QFontInfo(fresh_app_font.font()).family()
    if system == BUNDLED:
        pytest.skip("this system has no font of its own for Latin text")
    if language == "ko":
        request.getfixturevalue("korean")
    assert register_fonts(fresh_app_font) == BUNDLED
    font = fresh_app_font.font()
    assert font.families() == [system, BUNDLED]

    label_text = {"en": "Full stops. Commas, 1.5 — 2026-11-30",
                  "ko": "2026-11-01부터 · 김하나."}[language]
    label = QLabel(label_text)
    qtbot.addWidget(label)
    label.show()
    assert QFontInfo(label.font()).family() == system
    runs = drawn_with(label_text, label.font())
    latin = drawn_with("Full stops. 1.5", label.font())
    assert BUNDLED not in latin and latin
    assert drawn_with("김하나", label.font()) == [BUNDLED]
    if language == "ko":
        assert set(runs) == {system, BUNDLED}
