"""The Audit tab reads in words, in English and Korean (the codes stay in the
tooltips); the restore confirmation asks for the word of the user's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from safehouse.services import keep_away, members, settings, users
from safehouse.services.dto.people import MemberInput
from safehouse.ui.admin.audit_tab import AuditTab
from safehouse.ui.admin.backups_tab import RestoreDialog
from safehouse.ui.context import AppContext

pytestmark = pytest.mark.usefixtures("shown_errors")

COL_RECORD, COL_FIELDS = 3, 6


def _cells(tab: AuditTab, col: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
           ) -> list[str]:
    return [str(tab.model.index(r, col).data(role) or "") for r in range(tab.model.rowCount())]


@pytest.fixture
def worked(sqlite_ctx: AppContext) -> AppContext:
    db, admin = sqlite_ctx.db, sqlite_ctx.actor
    hana = members.create_member(db, admin, MemberInput(name="Kim Hana"))
    keep_away.save_keep_away(db, admin, hana.id, person_name="Choi Broker", relation="broker")
    settings.set_idle_lock_minutes(db, admin, 10)
    bom = users.create_account(db, admin, username="bom", display_name="Lee Bom",
                               role="staff", password="first password 12")
    assert bom.role == "staff"
    return sqlite_ctx


def _tab(qtbot, ctx: AppContext) -> AuditTab:  # type: ignore[no-untyped-def]
    tab = AuditTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_audit_log_shows_words_not_codes(qtbot, worked):
    tab = _tab(qtbot, worked)
    records = _cells(tab, COL_RECORD)
    assert {"Member", "Keep-away entry", "Setting", "User account"} <= set(records)
    assert not {"member", "keep_away", "setting", "user"} & set(records)
    assert "keep_away" in _cells(tab, COL_RECORD, Qt.ItemDataRole.ToolTipRole)
    fields = _cells(tab, COL_FIELDS)
    assert "minutes before the lock" in fields
    assert any("role: Staff" in f for f in fields)
    assert not any("idle_lock_minutes" in f or "role=staff" in f for f in fields)
    assert any("role=staff" in f for f in _cells(tab, COL_FIELDS, Qt.ItemDataRole.ToolTipRole))


def test_the_audit_log_reads_in_korean(qtbot, worked, korean):
    tab = _tab(qtbot, worked)
    records = _cells(tab, COL_RECORD)
    assert {"회원", "접근 금지 대상", "설정", "사용자 계정"} <= set(records)
    fields = _cells(tab, COL_FIELDS)
    assert "자동 잠금까지의 시간(분)" in fields
    assert any("역할: 직원" in f for f in fields)


def _type_hangul(widget: QWidget, text: str) -> None:
    """What an input method commits (QTest cannot press Hangul keys)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_restoring_in_korean_asks_for_the_korean_word(qtbot, tmp_path: Path, korean):
    dialog = RestoreDialog(tmp_path / "safehouse-2026-01-01-000000.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.form.labelForField(dialog.confirm.parentWidget())
    assert "복원" in label.text() and "RESTORE" not in label.text()  # type: ignore[union-attr]
    assert dialog.confirm.placeholderText() == "복원"
    assert not dialog.ok_button.isEnabled()
    _type_hangul(dialog.confirm, "복원")
    assert dialog.ok_button.isEnabled()
