"""The Backups tab of the Admin page: back up now (in the background), the list, and
restoring (administrators only, with a typed confirmation, then a log-out)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from safehouse.services import auth, backups, members
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberInput
from safehouse.ui import daily_backup
from safehouse.ui.admin import backups_tab
from safehouse.ui.admin.backups_tab import BackupsTab, RestoreDialog
from safehouse.ui.context import AppContext, ChangeHub
from tests.conftest import TEST_PASSWORD

pytestmark = pytest.mark.usefixtures("shown_errors")


def busy(tab: BackupsTab) -> bool:
    """What a person sees while work runs: the progress bar (and no buttons)."""
    return tab.progress.isVisibleTo(tab)


def restore_dialogs(tab: BackupsTab) -> list[RestoreDialog]:
    return [d for d in tab.findChildren(RestoreDialog) if d.isVisible()]


def make_tab(qtbot, ctx: AppContext) -> BackupsTab:  # type: ignore[no-untyped-def]
    tab = BackupsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(700, 400)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.waitUntil(lambda: not busy(tab), timeout=10000)
    return tab


def test_back_up_now_adds_a_row(qtbot, sqlite_ctx):
    tab = make_tab(qtbot, sqlite_ctx)
    assert tab.table.rowCount() == 0
    assert tab.restore_button.isVisible() and not tab.restore_button.isEnabled()
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    assert tab.progress.isVisible() and not tab.backup_button.isEnabled()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10000)
    qtbot.waitUntil(lambda: not busy(tab), timeout=10000)
    assert not tab.progress.isVisible()
    assert "passed the integrity checks" in tab.status.text()
    assert tab.table.item(0, backups_tab.COL_CHECKED).text() == "opens, intact"
    tab.back_up_now()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10000)
    qtbot.waitUntil(lambda: not busy(tab), timeout=10000)
    tab.clear_personal_data()
    assert tab.table.rowCount() == 0


def test_restore_is_hidden_from_managers(qtbot, sqlite_ctx):
    db = sqlite_ctx.db
    made = auth.create_user(db, sqlite_ctx.actor, username="manager", display_name="M",
                            role="manager", password=TEST_PASSWORD)
    manager = Actor(id=made.id, username="manager", display_name="M", role="manager")
    hub = ChangeHub(db)
    try:
        tab = make_tab(qtbot, AppContext(db, manager, hub))
        assert tab.backup_button.isVisible()
        assert not tab.restore_button.isVisible()
        assert not tab.restore_file_button.isVisible()
        tab.restore(Path("whatever.db"))  # refused before asking anything
        assert restore_dialogs(tab) == [] and not busy(tab)
    finally:
        hub.detach()


def test_restore_asks_then_restores_and_signals_a_log_out(qtbot, sqlite_ctx):
    db, admin = sqlite_ctx.db, sqlite_ctx.actor
    members.create_member(db, admin, MemberInput(name="Before Backup"))
    backups.make_backup(db, admin)
    members.create_member(db, admin, MemberInput(name="After Backup"))
    tab = make_tab(qtbot, sqlite_ctx)
    assert tab.table.rowCount() == 1
    tab.table.selectRow(0)
    assert tab.restore_button.isEnabled()

    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    (asked,) = restore_dialogs(tab)
    assert asked.file.name in asked.intro.text()
    asked.reject()
    assert not busy(tab) and tab.backup_button.isEnabled()  # said no: nothing happens

    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    (dialog,) = restore_dialogs(tab)
    qtbot.keyClicks(dialog.confirm, "RESTORE")
    with qtbot.waitSignal(tab.sig_restored, timeout=10000) as signal:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "log in again" in signal.args[0]
    assert not tab.backup_button.isEnabled() and not tab.restore_button.isEnabled()


def test_the_confirmation_needs_restore_typed(qtbot, tmp_path):
    dialog = RestoreDialog(tmp_path / "safehouse-2026-01-01-000000.db")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "restore")
    assert not dialog.ok_button.isEnabled()
    dialog.confirm.setText("RESTORE")
    assert dialog.ok_button.isEnabled()
    assert dialog.given_password() is None
    dialog.password.setText("secret words")
    assert dialog.given_password() == "secret words"


def test_the_daily_backup_runs_in_the_background(qtbot, sqlite_ctx):
    results: list[object] = []
    daily_backup.start_daily_backup(sqlite_ctx.db, sqlite_ctx.actor, results.append)
    qtbot.waitUntil(lambda: len(results) == 1, timeout=10000)
    assert results[0] is not None
    daily_backup.start_daily_backup(sqlite_ctx.db, sqlite_ctx.actor, results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10000)
    assert results[1] is None  # not due again within the day


def test_the_automatic_backup_at_login_shows_up_in_the_list(qtbot, sqlite_ctx):
    tab = make_tab(qtbot, sqlite_ctx)
    assert tab.table.rowCount() == 0
    done: list[object] = []
    daily_backup.start_daily_backup(sqlite_ctx.db, sqlite_ctx.actor, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10000)


def test_backups_are_listed_only_when_the_tab_is_shown(qtbot, sqlite_ctx):
    backups.make_backup(sqlite_ctx.db, sqlite_ctx.actor)
    tab = BackupsTab(sqlite_ctx)  # an administrator logging in builds it, unseen
    qtbot.addWidget(tab)
    assert not busy(tab) and tab.table.rowCount() == 0
    tab.show()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10000)


def test_a_backup_made_while_the_list_is_busy_still_shows_up(qtbot, sqlite_ctx):
    tab = make_tab(qtbot, sqlite_ctx)
    tab.back_up_now()
    assert busy(tab)
    # meanwhile another backup is made elsewhere (the automatic one at login)
    backups.make_backup(sqlite_ctx.db, sqlite_ctx.actor, out=None)
    qtbot.waitUntil(lambda: not busy(tab) and tab.table.rowCount() == 2, timeout=10000)
