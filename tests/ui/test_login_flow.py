"""The ways in through the window: recovery key shown once, recovery, encryption."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from safehouse.services import access, auth, members
from safehouse.services.dto.people import MemberInput
from safehouse.storage import migrate
from safehouse.storage.db import Database
from safehouse.storage.vault import VaultState
from safehouse.ui.login_dialog import LoginDialog
from safehouse.ui.recovery_dialogs import RecoverDialog, RecoveryKeyDialog
from tests.conftest import TEST_PASSWORD, sqlite_vault

CODE = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


def _ok(buttons: QDialogButtonBox):  # type: ignore[no-untyped-def]
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_recovery_key_is_shown_and_continue_waits_for_confirmation(qtbot, tmp_path):
    dialog = RecoveryKeyDialog(CODE, "희망의 집")
    qtbot.addWidget(dialog)
    assert dialog.code_label.text() == CODE
    assert not dialog.ok_button.isEnabled()
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape does not dismiss it
    assert dialog.isVisible()
    dialog.confirm.setChecked(True)
    assert dialog.ok_button.isEnabled()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "recovery.pdf"
    printer.setOutputFileName(str(pdf))
    dialog.paint_on(printer)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_recover_dialog_sets_a_new_password_with_the_recovery_key(qtbot, tmp_path):
    vault = sqlite_vault(tmp_path)
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    code = opened.recovery_code
    opened.db.dispose()
    dialog = RecoverDialog(vault)
    qtbot.addWidget(dialog)
    dialog.code.setText("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    dialog.username.setText("admin")
    dialog.password.setText("brand new password")
    dialog.repeat.setText("brand new password")
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert "recovery key is not right" in dialog.error.text()
    assert dialog.opened is None

    dialog.code.setText(str(code))
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert dialog.opened is not None and dialog.opened.actor.username == "admin"
    dialog.opened.db.dispose()
    access.log_in(vault, "admin", "brand new password").db.dispose()


def test_an_old_unencrypted_database_is_encrypted_from_the_login(qtbot, tmp_path):
    vault = sqlite_vault(tmp_path)
    plain = Database(vault.url)
    migrate.upgrade(plain)
    admin = auth.setup(plain, organisation="Old House", username="admin",
                       display_name="Old Admin", password=TEST_PASSWORD)
    members.create_member(plain, admin, MemberInput(name="김하나"))
    plain.dispose()
    assert vault.state() is VaultState.PLAIN

    dialog = LoginDialog(vault, plain=True)
    qtbot.addWidget(dialog)
    assert dialog.notice.isVisibleTo(dialog)
    assert _ok(dialog.buttons).text() == "&Encrypt and log in"
    dialog.username.setText("admin")
    dialog.password.setText(TEST_PASSWORD)
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.opened is not None or bool(dialog.error.text()),
                    timeout=20000)
    assert dialog.error.text() == ""
    assert dialog.opened is not None and dialog.opened.recovery_code
    assert [m.name for m in members.list_members(dialog.opened.db, dialog.opened.actor)] \
        == ["김하나"]
    dialog.opened.db.dispose()
    assert vault.state() is VaultState.LOCKED


def test_a_login_dialog_gone_before_its_unlock_ends_closes_the_database_it_opened(
        qtbot, tmp_path):
    """Closing the window while the password is checked: what the check opened (the
    database, its keys) is closed, not left to whoever holds the last reference."""
    import threading

    from safehouse.services.dto.accounts import Actor

    vault = sqlite_vault(tmp_path)
    release, disposed = threading.Event(), threading.Event()

    class Db:
        def dispose(self) -> None:
            disposed.set()

    def work() -> access.Opened:
        assert release.wait(5)
        actor = Actor(id=1, username="admin", display_name="A", role="administrator")
        return access.Opened(db=Db(), actor=actor)  # type: ignore[arg-type]

    dialog = LoginDialog(vault)
    dialog._run(work, percent=False)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not _alive(dialog), timeout=2000)
    release.set()
    qtbot.waitUntil(disposed.is_set, timeout=5000)


def _alive(widget) -> bool:  # type: ignore[no-untyped-def]
    import shiboken6

    return shiboken6.isValid(widget)
