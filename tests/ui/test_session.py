"""The login flow: who logs in, what is asked first, what starts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog

from safehouse import clock
from safehouse.services import access, auth, settings, users
from safehouse.ui import login_flow as app_module
from tests.conftest import TEST_PASSWORD, sqlite_vault


class _FakeLogin:
    """Stands in for the modal login dialog: logs in as the given user."""

    who: tuple[str, str] = ("admin", TEST_PASSWORD)
    DialogCode = QDialog.DialogCode

    def __init__(self, vault: Any, *, plain: bool = False) -> None:
        self.opened = access.log_in(vault, *self.who)

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted


def _admin_flow(vault: Any, monkeypatch: Any) -> app_module.LoginFlow:
    """The login flow, its login dialog logging the administrator in; no daily backup."""
    _FakeLogin.who = ("admin", TEST_PASSWORD)
    monkeypatch.setattr(app_module, "LoginDialog", _FakeLogin)
    monkeypatch.setattr(app_module, "start_daily_backup", lambda db, actor, _done: None)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    return app_module.LoginFlow(qapp, vault)


def test_a_reset_password_must_be_changed_before_the_window_opens(qtbot, tmp_path,
                                                                   monkeypatch):
    vault = sqlite_vault(tmp_path)
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    made = users.create_account(opened.db, opened.actor, username="somang",
                                display_name="Park Somang", role="counselor",
                                password="temporary pass 1")
    users.reset_password(opened.db, opened.actor, made.id, "temporary pass 2")
    opened.db.dispose()

    _FakeLogin.who = ("somang", "temporary pass 2")
    monkeypatch.setattr(app_module, "LoginDialog", _FakeLogin)
    asked: list[bool] = []

    class FakeChange:
        DialogCode = QDialog.DialogCode

        def __init__(self, db: Any, actor: Any, forced: bool = False) -> None:
            asked.append(forced)
            self.actor = auth.change_password(db, actor, "temporary pass 2",
                                              "her own password", "her own password")

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(app_module, "ChangePasswordDialog", FakeChange)
    backups_started: list[str] = []
    monkeypatch.setattr(app_module, "start_daily_backup",
                        lambda db, actor, _done: backups_started.append(actor.username))

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    flow = app_module.LoginFlow(qapp, vault)
    assert flow.start()
    assert asked == [True]
    assert flow.window is not None
    qtbot.addWidget(flow.window)
    assert not flow.window.ctx.actor.must_change_password
    assert backups_started == ["somang"]
    flow.window.close()
    access.log_in(vault, "somang", "her own password").db.dispose()


def test_the_window_opens_on_the_organisations_day(qtbot, tmp_path, monkeypatch, on_day):
    vault = sqlite_vault(tmp_path)
    opened = access.set_up(vault, organisation="Test House", username="admin",
                           display_name="Test Administrator", password=TEST_PASSWORD)
    settings.set_time_zone(opened.db, opened.actor, "America/New_York")
    opened.db.dispose()
    clock.set_zone(None)  # a program just started: Seoul until someone logs in
    on_day(datetime(2026, 3, 10, 2, 0, tzinfo=UTC))  # 10 March in Seoul, 9 in New York
    assert clock.today() == date(2026, 3, 10)

    flow = _admin_flow(vault, monkeypatch)
    assert flow.start()
    assert flow.window is not None
    qtbot.addWidget(flow.window)
    assert clock.today() == date(2026, 3, 9)
    flow.window.close()


def test_the_collector_leaves_the_windows_start_alone_until_a_log_out(qtbot, tmp_path,
                                                                      monkeypatch):
    """Once the window is painted, the collector's passes no longer walk the objects the
    start made (tens of milliseconds a pass on a large database); a log-out gives them
    back, so that the closed window's can be freed."""
    import gc

    vault = sqlite_vault(tmp_path)
    access.set_up(vault, organisation="Test House", username="admin",
                  display_name="Test Administrator", password=TEST_PASSWORD).db.dispose()
    flow = _admin_flow(vault, monkeypatch)
    monkeypatch.setattr(flow, "_login_again", lambda: None)  # no second login here
    gc.unfreeze()
    try:
        assert flow.start()
        assert flow.window is not None
        window = flow.window
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=10_000)
        window.sig_closed.emit(True)  # Log out
        assert gc.get_freeze_count() == 0
        assert flow.window is None
    finally:
        gc.unfreeze()


def test_an_account_in_another_language_sees_its_role_in_it_without_the_gui_thread_reading(
        qtbot, tmp_path, monkeypatch):
    """The login was in English, the account speaks Korean: the status bar names her role
    in Korean, as before, but the core's Korean catalogue (a .ts parsed in 5-10 ms) is
    read off the GUI thread after the window is shown, not while it is built."""
    import threading

    from safehouse import i18n
    from safehouse.ui import account_settings
    from safehouse.ui.i18n import SETTING, install_translators

    vault = sqlite_vault(tmp_path)
    access.set_up(vault, organisation="Test House", username="admin",
                  display_name="Test Administrator", password=TEST_PASSWORD).db.dispose()
    account_settings.set_account("admin")
    account_settings.save(SETTING, "ko")
    account_settings.set_account(None)
    flow = _admin_flow(vault, monkeypatch)
    real_read = i18n._read
    reads: list[tuple[str, bool]] = []

    def read(lang: str) -> Any:
        reads.append((lang, threading.current_thread() is threading.main_thread()))
        return real_read(lang)

    monkeypatch.setattr(i18n, "_read", read)
    monkeypatch.delitem(i18n._catalogues, "ko", raising=False)  # as after an English login
    try:
        assert flow.start()
        assert flow.window is not None
        qtbot.addWidget(flow.window)
        assert flow.window.user_label.text() == "로그인: Test Administrator (시스템 관리자)"
        qtbot.waitUntil(lambda: reads != [], timeout=10_000)
        assert reads == [("ko", False)]
        assert i18n.translate("labels", "Staff") == "직원"
        assert reads == [("ko", False)]  # read once
        flow.window.close()
    finally:
        install_translators(QApplication.instance(), "en")  # type: ignore[arg-type]
