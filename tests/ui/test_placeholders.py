"""A field's grey hint (its placeholder) is read whole, in English and in Korean: in
every form of the program (those ``test_mnemonics`` opens), no placeholder is cut short
by its field. The restore dialog's password hint read "only for a backup of an…" in
English and "다른 데이터베이스의…" in Korean."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

from tests.ui.test_mnemonics import DIALOGS, World

pytestmark = [pytest.mark.usefixtures("shown_errors"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]

LINE_EDIT_MARGIN = 2  # Qt's QLineEdit keeps 2 px of its text area free on either side


def cut_short(edit: QLineEdit) -> bool:
    """Whether the field draws its placeholder elided (as QLineEdit::paintEvent does)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    area = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = area.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
    text = edit.placeholderText()
    return edit.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room) != text


@pytest.mark.parametrize("language", ["en", "ko"])
def test_no_placeholder_is_cut_short_in_any_dialog(qtbot, sqlite_ctx, tmp_path, request,
                                                   styled, language):
    if language == "ko":
        request.getfixturevalue("korean")
    world = World(sqlite_ctx, tmp_path)
    found = []
    for name, make in DIALOGS.items():
        dialog = make(world)
        qtbot.addWidget(dialog)
        dialog.show()
        found += [f"{name}: {edit.placeholderText()!r} in {edit.width()} px"
                  for edit in dialog.findChildren(QLineEdit)
                  if edit.isVisible() and edit.placeholderText() and cut_short(edit)]
        dialog.reject()
    assert found == [], "\n".join(found)


def test_the_check_sees_a_cut_placeholder(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setPlaceholderText("a hint far too long for the narrow field it is given")
    edit.setFixedWidth(80)
    edit.show()
    assert cut_short(edit)
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 40)
    assert not cut_short(edit)
