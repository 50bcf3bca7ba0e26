"""The Audit log tab, driven through its widgets as an administrator would."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from safehouse.errors import AuthenticationFailed
from safehouse.services import auth, members
from safehouse.services.dto.people import MemberInput
from safehouse.services.reading import Read
from safehouse.ui.admin.audit_tab import (
    BAD_STYLE,
    COL_ACTION,
    COL_MEMBER,
    COL_USER,
    OK_STYLE,
    AuditTab,
)
from safehouse.ui.context import AppContext

pytestmark = pytest.mark.usefixtures("shown_errors")


@pytest.fixture
def worked(sqlite_ctx: AppContext) -> AppContext:
    """A few days of fictional work in the log."""
    db, admin = sqlite_ctx.db, sqlite_ctx.actor
    hana = members.create_member(db, admin, MemberInput(name="김하나"))
    members.create_member(db, admin, MemberInput(name="Park Somang"))
    members.get_member(db, admin, hana.id, purpose=Read.OPEN)
    with pytest.raises(AuthenticationFailed):
        auth.login(db, "admin", "not the password")
    return sqlite_ctx


def make_tab(qtbot, ctx: AppContext) -> AuditTab:  # type: ignore[no-untyped-def]
    tab = AuditTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def column(tab: AuditTab, col: int) -> list[str]:
    return [str(tab.model.index(r, col).data()) for r in range(tab.model.rowCount())]


def action_codes(tab: AuditTab) -> list[str]:
    """The action column shows words; its tooltip keeps the code."""
    return [str(tab.model.index(r, COL_ACTION).data(Qt.ItemDataRole.ToolTipRole))
            for r in range(tab.model.rowCount())]


def test_the_log_shows_every_entry_newest_first(qtbot, worked):
    tab = make_tab(qtbot, worked)
    assert action_codes(tab) == [
        "login.failed", "member.view", "member.create", "member.create", "setup"]
    assert column(tab, COL_ACTION)[:3] == [
        "Failed login", "Member profile viewed", "Member admitted"]
    assert set(column(tab, COL_USER)) == {"admin"}
    assert column(tab, COL_MEMBER)[1:4] == ["M-0001", "M-0002", "M-0001"]
    assert "5" in tab.status_label.text()


def test_choosing_an_action_narrows_the_table(qtbot, worked):
    tab = make_tab(qtbot, worked)
    index = tab.action_filter.findData("member.create")
    assert index > 0
    tab.action_filter.setCurrentIndex(index)
    assert action_codes(tab) == ["member.create", "member.create"]
    assert "2" in tab.status_label.text()
    tab.action_filter.setCurrentIndex(0)  # all actions
    assert tab.model.rowCount() == 5


def test_a_member_code_narrows_the_table_to_her(qtbot, worked):
    tab = make_tab(qtbot, worked)
    qtbot.keyClicks(tab.member_filter, "m-0001")
    qtbot.keyClick(tab.member_filter, Qt.Key.Key_Return)
    assert action_codes(tab) == ["member.view", "member.create"]
    assert set(column(tab, COL_MEMBER)) == {"M-0001"}


def test_verifying_an_intact_log_says_so_in_green(qtbot, worked):
    tab = make_tab(qtbot, worked)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert "intact" in tab.verdict_label.text()
    assert "5" in tab.verdict_label.text()
    assert tab.verdict_label.styleSheet() == OK_STYLE


def test_verifying_a_tampered_log_names_the_entry_in_red(qtbot, worked):
    db = worked.db
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_entries_no_update"))
        bad_id = conn.execute(text(
            "SELECT id FROM audit_entries WHERE action = 'member.view'")).scalar_one()
        conn.execute(text("UPDATE audit_entries SET username = 'nobody' WHERE id = :id"),
                     {"id": bad_id})
    tab = make_tab(qtbot, worked)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert f"entry {bad_id}" in tab.verdict_label.text()
    assert tab.verdict_label.styleSheet() == BAD_STYLE


def test_export_writes_a_private_file_and_lands_in_the_log(qtbot, worked, tmp_path,
                                                           monkeypatch):
    target = tmp_path / "out" / "audit.csv"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    tab = make_tab(qtbot, worked)
    tab.action_filter.setCurrentIndex(tab.action_filter.findData("member.create"))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2 entries exported" in tab.status_label.text())
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("id,at_utc,username,action")
    assert len(lines) == 3 and all(",member.create," in line for line in lines[1:])
    assert "김하나" not in data.decode("utf-8-sig")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "2 entries exported" in tab.status_label.text()
    tab.action_filter.setCurrentIndex(tab.action_filter.findData("audit.export"))
    assert action_codes(tab) == ["audit.export"]


def test_locking_while_exporting_shows_nothing_behind_the_lock(qtbot, worked, tmp_path,
                                                               monkeypatch):
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    tab = make_tab(qtbot, worked)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    tab.clear_personal_data()  # the idle lock, before the export is done
    qtbot.waitUntil(tab.export_button.isEnabled)
    assert target.is_file()
    assert tab.model.rowCount() == 0 and tab.status_label.text() == ""


def test_cancelling_the_export_writes_nothing(qtbot, worked, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: ("", "")))
    tab = make_tab(qtbot, worked)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert tab.action_filter.findData("audit.export") < 0
    assert not list(Path(tmp_path).rglob("*.csv"))


def test_locking_clears_the_table_and_the_filters(qtbot, worked):
    tab = make_tab(qtbot, worked)
    qtbot.keyClicks(tab.member_filter, "M-0001")
    tab.clear_personal_data()
    assert tab.model.rowCount() == 0
    assert tab.member_filter.text() == ""
    assert tab.user_filter.count() == 1 and tab.action_filter.count() == 1
    tab.refresh()
    assert tab.model.rowCount() == 5


def test_the_table_model_is_well_behaved(qtmodeltester, qtbot, worked):
    tab = make_tab(qtbot, worked)
    qtmodeltester.check(tab.model)


def test_verifying_says_plainly_that_the_newest_entries_were_cut_off(qtbot, worked):
    from safehouse.services import access

    db = worked.db
    access.leave(db)  # logging out anchors the trail in the key file
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_entries_no_delete"))
        conn.execute(text("DELETE FROM audit_entries WHERE id IN (SELECT id FROM "
                          "audit_entries ORDER BY id DESC LIMIT 2)"))
    tab = make_tab(qtbot, worked)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    shown = tab.verdict_label.text()
    assert "The chain is intact" in shown  # the chain alone cannot tell…
    assert "At least 2 entries were removed" in shown  # …the anchor can
    assert "triggers" in shown
    assert tab.verdict_label.styleSheet() == BAD_STYLE
