"""Restoring through the window where no database opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from safehouse.services import access, backups, members
from safehouse.services.dto.people import MemberInput
from safehouse.ui.login_dialog import LoginDialog
from safehouse.ui.restore_dialog import RestoreInPlaceDialog
from safehouse.ui.setup_dialog import SetupDialog
from tests.conftest import TEST_PASSWORD, sqlite_vault


def _ok(buttons: QDialogButtonBox):  # type: ignore[no-untyped-def]
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def _office_backup(tmp_path: Path) -> Path:
    (tmp_path / "office").mkdir()
    vault = sqlite_vault(tmp_path / "office", "safehouse.db")
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    members.create_member(opened.db, opened.actor, MemberInput(name="박소망"))
    made = backups.make_backup(opened.db, opened.actor, tmp_path / "stick")
    opened.db.dispose()
    return made.file


def test_a_new_computer_restores_the_office_backup(qtbot, tmp_path):
    backup = _office_backup(tmp_path)
    fresh = sqlite_vault(tmp_path, "new.db")
    setup = SetupDialog(fresh)
    qtbot.addWidget(setup)
    assert setup.restore.text() == "Restore from a &backup instead…"

    dialog = RestoreInPlaceDialog(fresh)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert dialog.error_text("file") == "Choose the backup file."
    dialog.file.setText(str(backup))
    dialog.username.setText("admin")
    dialog.password.setText("wrong password!")
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert "not right" in dialog.error.text() and not fresh.path.exists()
    dialog.password.setText(TEST_PASSWORD)
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert dialog.opened is not None
    assert [m.name for m in members.list_members(dialog.opened.db, dialog.opened.actor)] \
        == ["박소망"]
    dialog.opened.db.dispose()


def test_the_login_offers_a_restore_when_the_database_does_not_open(qtbot, tmp_path):
    _office_backup(tmp_path)
    office = sqlite_vault(tmp_path / "office", "safehouse.db")
    office.keys_path.unlink()  # the key file is lost
    login = LoginDialog(office)
    qtbot.addWidget(login)
    assert not login.restore.isVisibleTo(login)
    login.username.setText("admin")
    login.password.setText(TEST_PASSWORD)
    qtbot.mouseClick(_ok(login.buttons), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(login.error.text()))
    assert "key file" in login.error.text()
    assert login.restore.isVisibleTo(login)
