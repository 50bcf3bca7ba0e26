"""A field's grey hint (placeholder), shown whole: the field is made at least as wide as
the hint needs in the language shown (a Korean or English hint cut short reads as
nonsense: "다른 데이터베이스의…")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
)

# QLineEdit keeps this many pixels of its text area free on either side of the text
TEXT_MARGIN = 2


def text_width(metrics: QFontMetrics, text: str) -> int:
    """The narrowest width in which Qt draws ``text`` without eliding it (a few pixels
    more than its advance, with a fallback font for the Hangul)."""
    width = metrics.horizontalAdvance(text)
    while metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) != text:
        width += 1
    return width


def set_hint(edit: QLineEdit, text: str) -> None:
    """Give ``edit`` the placeholder ``text`` and a minimum width that shows it whole; for
    the line of an editable combo box, the box's minimum width."""
    edit.setPlaceholderText(text)
    box = edit.parent()
    edit.ensurePolished()  # measured with the style sheet's font and padding
    if isinstance(box, QComboBox):
        box.ensurePolished()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    area = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    needed = (text_width(edit.fontMetrics(), text) + 2 * TEXT_MARGIN
              + margins.left() + margins.right() + (option.rect.width() - area.width()))
    if isinstance(box, QComboBox):
        box_option = QStyleOptionComboBox()
        box.initStyleOption(box_option)
        field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, box_option,
                                           QStyle.SubControl.SC_ComboBoxEditField, box)
        box.setMinimumWidth(max(box.minimumWidth(),
                                needed + box_option.rect.width() - field.width()))
    else:
        edit.setMinimumWidth(max(edit.minimumWidth(), needed))
