"""Changing one's own password, by choice (File menu) or forced after a reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from safehouse.errors import AuthenticationFailed
from safehouse.services import auth, users
from safehouse.services.dto.accounts import Actor
from safehouse.storage.db import Database
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from safehouse.ui.password_dialog import ChangePasswordDialog
from tests.conftest import TEST_PASSWORD, make_admin

NEW = "a new passphrase 1"
TEMPORARY = "temporary pass 34"


pytestmark = pytest.mark.usefixtures("shown_errors")


def make_dialog(qtbot, db: Database, actor: Actor,  # type: ignore[no-untyped-def]
                forced: bool = False) -> ChangePasswordDialog:
    dialog = ChangePasswordDialog(db, actor, forced=forced)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def fill(qtbot, dialog: ChangePasswordDialog, current: str, new: str,  # type: ignore[no-untyped-def]
         repeat: str) -> None:
    for edit, text in ((dialog.current, current), (dialog.password, new),
                       (dialog.repeat, repeat)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_the_dialog_checks_as_you_type(qtbot, sqlite_db):
    admin = make_admin(sqlite_db)
    dialog = make_dialog(qtbot, sqlite_db, admin)
    assert not dialog.ok_button.isEnabled()
    assert dialog.errors["password"].isHidden()  # nothing typed yet: no red
    qtbot.keyClicks(dialog.password, "short")
    assert "at least 10" in dialog.errors["password"].text()
    fill(qtbot, dialog, TEST_PASSWORD, TEST_PASSWORD, TEST_PASSWORD)
    assert "differ" in dialog.errors["password"].text()
    fill(qtbot, dialog, TEST_PASSWORD, NEW, NEW + "x")
    assert "not the same" in dialog.errors["repeat"].text()
    assert not dialog.ok_button.isEnabled()
    dialog.repeat.backspace()
    dialog.repeat.textEdited.emit(dialog.repeat.text())
    assert dialog.ok_button.isEnabled()
    assert dialog.current.echoMode() == dialog.current.EchoMode.Password


def test_a_wrong_current_password_is_shown_by_its_field(qtbot, sqlite_db):
    admin = make_admin(sqlite_db)
    dialog = make_dialog(qtbot, sqlite_db, admin)
    fill(qtbot, dialog, "not my password", NEW, NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "current password is not right" in dialog.errors["old_password"].text()
    assert dialog.actor is None


def test_a_new_password_is_saved_and_the_old_one_stops_working(qtbot, sqlite_db):
    admin = make_admin(sqlite_db)
    dialog = make_dialog(qtbot, sqlite_db, admin)
    fill(qtbot, dialog, TEST_PASSWORD, NEW, NEW)
    with qtbot.waitSignal(dialog.sig_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.id == admin.id
    assert not dialog.logout_requested
    assert dialog.password.text() == "" and dialog.current.text() == ""
    with pytest.raises(AuthenticationFailed):
        auth.login(sqlite_db, "admin", TEST_PASSWORD)
    auth.login(sqlite_db, "admin", NEW)


def test_a_forced_change_clears_the_flag_and_cancel_means_log_out(qtbot, sqlite_db):
    admin = make_admin(sqlite_db)
    made = users.create_account(sqlite_db, admin, username="somang",
                                display_name="Park Somang", role="counselor",
                                password=TEMPORARY)
    somang = auth.login(sqlite_db, "somang", TEMPORARY)
    assert somang.must_change_password

    cancelled = make_dialog(qtbot, sqlite_db, somang, forced=True)
    assert cancelled.cancel_button.text().replace("&", "") == "Log out"
    assert "administrator" in cancelled.intro.text()
    qtbot.mouseClick(cancelled.cancel_button, Qt.MouseButton.LeftButton)
    assert cancelled.logout_requested

    dialog = make_dialog(qtbot, sqlite_db, somang, forced=True)
    fill(qtbot, dialog, TEMPORARY, NEW, NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.logout_requested
    assert dialog.actor is not None and not dialog.actor.must_change_password
    assert not auth.current_actor(sqlite_db, made.id).must_change_password
    assert not auth.login(sqlite_db, "somang", NEW).must_change_password


def test_the_file_menu_opens_the_dialog(qtbot, sqlite_db):
    admin = make_admin(sqlite_db)
    hub = ChangeHub(sqlite_db)
    window = MainWindow(AppContext(sqlite_db, admin, hub), "Test House")
    qtbot.addWidget(window)
    window.show()
    window.action_change_password.trigger()
    found = [d for d in window.findChildren(ChangePasswordDialog) if d.isVisible()]
    assert len(found) == 1 and not found[0].forced
    found[0].reject()
    window.close()
