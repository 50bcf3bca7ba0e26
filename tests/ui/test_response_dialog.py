"""The response form as a person uses it: one key per answer, Backspace back, a key that
is no answer refused, the score and band as soon as every question is answered, and
the alert saving would raise said before saving."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from safehouse.services import members
from safehouse.services.dto.people import MemberInput
from safehouse.services.instruments import InstrumentCode
from safehouse.ui.context import AppContext
from safehouse.ui.wellbeing.response_dialog import ResponseDialog
from tests.conftest import OnDay

pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support"),
              pytest.mark.usefixtures("shown_errors")]


@pytest.fixture
def member_id(sqlite_ctx: AppContext, on_day: OnDay) -> int:
    on_day(date(2026, 5, 4))
    return members.create_member(sqlite_ctx.db, sqlite_ctx.actor, MemberInput(
        name="김하나", status="active", joined_on=date(2025, 1, 6))).id


def open_form(qtbot, ctx: AppContext, member_id: int,  # type: ignore[no-untyped-def]
              code: InstrumentCode) -> ResponseDialog:
    dialog = ResponseDialog(ctx, member_id=member_id, instrument=code)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_keys(qtbot, widget, keys: str) -> None:  # type: ignore[no-untyped-def]
    for k in keys:
        key = Qt.Key.Key_Backspace if k == "<" else getattr(Qt.Key, f"Key_{k}")
        qtbot.keyClick(widget, key)


def test_one_key_per_answer_with_backspace_back(qtbot, sqlite_ctx, member_id):
    dialog = open_form(qtbot, sqlite_ctx, member_id, InstrumentCode.PHQ9)
    grid = dialog.grid
    assert dialog.focusWidget() is grid  # the member was chosen: straight to question 1
    type_keys(qtbot, grid, "1203")
    assert grid.answers()[:4] == [1, 2, 0, 3] and grid.current == 4
    assert not dialog.ok_button.isEnabled()
    assert dialog.result_label.text() == "Answered 4 of 9."
    type_keys(qtbot, grid, "<<2")  # back to question 3, answered again: 2
    assert grid.answers()[:4] == [1, 2, 2, 3] and grid.current == 3
    type_keys(qtbot, grid, "7")  # no answer: refused, stays
    assert grid.current == 3 and "press 0–3" in grid.hint.text()
    type_keys(qtbot, grid, "300000")
    assert grid.answers() == [1, 2, 2, 3, 0, 0, 0, 0, 0]
    assert dialog.ok_button.isEnabled()
    assert dialog.result_label.text() == "Score: 8 of 27 — Mild."
    assert dialog.alert_label.text() == ""


def test_item_9_above_0_says_it_raises_an_alert_before_saving(qtbot, sqlite_ctx, member_id):
    dialog = open_form(qtbot, sqlite_ctx, member_id, InstrumentCode.PHQ9)
    type_keys(qtbot, dialog.grid, "000000001")
    assert dialog.result_label.text() == "Score: 1 of 27 — Minimal."
    assert "question 9" in dialog.alert_label.text()
    assert dialog.alert_label.text().startswith("Saving this raises an alert")


def test_the_yearly_check_in_answers_by_value(qtbot, sqlite_ctx, member_id):
    dialog = open_form(qtbot, sqlite_ctx, member_id, InstrumentCode.YEARLY)
    type_keys(qtbot, dialog.grid, "0")  # health is 1–5
    assert dialog.grid.answers() == [None, None]
    type_keys(qtbot, dialog.grid, "41")  # somewhat healthy; yes, a threat
    assert dialog.grid.answers() == [4, 1]
    assert dialog.result_label.text() == "Every question is answered."
    assert "repatriation" in dialog.alert_label.text()


def test_changing_the_questionnaire_starts_again(qtbot, sqlite_ctx, member_id):
    dialog = open_form(qtbot, sqlite_ctx, member_id, InstrumentCode.PHQ9)
    type_keys(qtbot, dialog.grid, "12")
    dialog.instrument_combo.setCurrentIndex(
        dialog.instrument_combo.findData(InstrumentCode.PCL5.value))
    assert len(dialog.grid.rows) == 20 and dialog.grid.answers() == [None] * 20
    dialog.grid.setFocus()
    type_keys(qtbot, dialog.grid, "4" * 20)
    assert dialog.result_label.text() == "Score: 80 of 80 — Probable PTSD."
    assert "top band" in dialog.alert_label.text()


def test_a_click_answers_too(qtbot, sqlite_ctx, member_id):
    dialog = open_form(qtbot, sqlite_ctx, member_id, InstrumentCode.GAD7)
    row = dialog.grid.rows[2]
    qtbot.mouseClick(row.group.button(3), Qt.MouseButton.LeftButton)
    assert dialog.grid.answers()[2] == 3 and dialog.grid.current == 2
