"""DialogSlot: one dialog open per page, deleted on close, let go when it finishes."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

from safehouse.ui.single_dialog import DialogSlot


def test_a_second_dialog_takes_the_place_of_the_first(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    finished: list[tuple[int, QDialog]] = []
    slot = DialogSlot(page, lambda result, dialog: finished.append((result, dialog)))
    assert slot.current is None
    first = slot.open(QDialog(page))
    assert slot.current is first and first.isVisible()
    second = slot.open(QDialog(page))
    assert finished == [(QDialog.DialogCode.Rejected.value, first)]
    assert slot.current is second and second.isVisible()
    second.accept()
    assert slot.current is None
    assert finished[-1] == (QDialog.DialogCode.Accepted.value, second)
    qtbot.waitUntil(lambda: not shiboken6.isValid(first) and not shiboken6.isValid(second),
                    timeout=5000)  # both deleted on close


def test_close_rejects_the_open_dialog_and_nothing_else(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    slot = DialogSlot(page)
    slot.close()  # nothing open: nothing happens
    dialog = slot.open(QDialog(page))
    slot.close()
    assert slot.current is None and not dialog.isVisible()
