"""The application shell: first-start setup, login, the main window, fonts, language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from safehouse.services import access
from safehouse.storage.db import Database
from safehouse.storage.vault import VaultState
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.fonts import register_fonts
from safehouse.ui.login_dialog import LoginDialog
from safehouse.ui.main_window import MainWindow
from safehouse.ui.setup_dialog import SetupDialog
from tests.conftest import TEST_PASSWORD, make_admin, sqlite_vault


def _ok(buttons: QDialogButtonBox):  # type: ignore[no-untyped-def]
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_setup_dialog_refuses_short_password_then_creates_admin(qtbot, tmp_path):
    vault = sqlite_vault(tmp_path)
    dialog = SetupDialog(vault)
    qtbot.addWidget(dialog)
    dialog.organisation.setText("희망의 집")
    qtbot.keyClicks(dialog.display_name, "Kim Hana")
    qtbot.keyClicks(dialog.username, "hana")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    assert not _ok(dialog.buttons).isEnabled()
    assert "at least 10" in dialog.error_text("password")

    dialog.password.setText("a long enough secret")
    dialog.repeat.setText("a long enough secre")
    assert not _ok(dialog.buttons).isEnabled()
    assert dialog.error_text("password") == ""
    assert "not the same" in dialog.error_text("repeat")

    dialog.repeat.setText("a long enough secret")
    assert _ok(dialog.buttons).isEnabled()
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert dialog.opened is not None and dialog.opened.actor.role == "administrator"
    assert dialog.opened.recovery_code
    dialog.opened.db.dispose()
    assert vault.state() is VaultState.LOCKED
    opened = access.log_in(vault, "hana", "a long enough secret")
    assert opened.actor.display_name == "Kim Hana"
    opened.db.dispose()


def test_login_dialog_says_wrong_password_and_lets_the_right_one_in(qtbot, tmp_path):
    vault = sqlite_vault(tmp_path)
    make_admin(vault.create())
    dialog = LoginDialog(vault)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    qtbot.keyClicks(dialog.password, "wrong password!")
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    assert not dialog.buttons.isEnabled()  # unwrapping the key, off the GUI thread
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    assert dialog.opened is None
    assert "not right" in dialog.error.text()
    assert dialog.password.text() == ""

    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.mouseClick(_ok(dialog.buttons), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.opened is not None)
    assert dialog.opened is not None and dialog.opened.actor.username == "admin"
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    dialog.opened.db.dispose()


def _window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    actor = make_admin(db)
    window = MainWindow(AppContext(db, actor, ChangeHub(db)), "Test House")
    qtbot.addWidget(window)
    return window


def test_main_window_navigation_status_bar_and_pages(qtbot, sqlite_db):
    window = _window(qtbot, sqlite_db)
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["Dashboard", "Members", "Rooms", "Schedule", "Wellbeing",
                     "Community", "Reports", "Admin"]
    assert "Test Administrator" in window.user_label.text()
    assert "Administrator" in window.user_label.text()
    assert "test.db" in window.db_label.text()
    assert "Test House" in window.windowTitle()

    go_rooms = window.go_actions[2]
    assert go_rooms.shortcut().toString() == "Ctrl+3"
    go_rooms.trigger()
    assert window.current_page() is window.pages["rooms"]
    window.nav.setCurrentRow(6)
    assert window.current_page() is window.pages["reports"]


def test_ctrl_f_from_a_page_without_search_goes_to_the_member_search(qtbot, sqlite_db):
    window = _window(qtbot, sqlite_db)
    window.show()
    window.nav.setCurrentRow(4)
    window.action_find.trigger()
    assert window.current_page() is window.pages["members"]


def test_log_out_closes_the_window_and_asks_for_login(qtbot, sqlite_db):
    window = _window(qtbot, sqlite_db)
    window.show()
    with qtbot.waitSignal(window.sig_closed) as blocker:
        window.action_logout.trigger()
    assert blocker.args == [True]
    assert not window.isVisible()


def test_bundled_font_renders_hangul(qtbot):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    family = register_fonts(app)
    assert family == "NanumGothic"
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "김하나희망의집")
    assert family in app.font().families()


def test_a_restore_logs_everyone_out(qtbot, sqlite_db, monkeypatch):
    window = _window(qtbot, sqlite_db)
    window.show()
    shown: list[str] = []
    monkeypatch.setattr("safehouse.ui.main_window.QMessageBox.information",
                        lambda _parent, _title, text: shown.append(text))
    admin = window.pages["admin"]
    tab = admin.backups_tab  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.sig_closed) as closed:
        tab.sig_restored.emit("Restored the backup of 2026-11-01. Log in again.")
    assert closed.args == [True]
    assert shown == ["Restored the backup of 2026-11-01. Log in again."]
