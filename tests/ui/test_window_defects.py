"""The main window as a person meets it: Ctrl+L from inside a dialog, Edit → New… only
where it makes something, the organisation's new name at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from safehouse.services import auth
from safehouse.storage.db import Database
from safehouse.ui.admin.page import AdminPage
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from safehouse.ui.members.member_form import MemberForm
from safehouse.ui.members.page import MembersPage
from tests.conftest import TEST_PASSWORD, make_admin

pytestmark = [pytest.mark.usefixtures("shown_errors"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


def _window(qtbot, db: Database, role: str = "administrator") -> MainWindow:  # type: ignore[no-untyped-def]
    admin = make_admin(db)
    actor = admin
    if role != "administrator":
        auth.create_user(db, admin, username=role, display_name=f"Lee {role}", role=role,
                         password=TEST_PASSWORD)
        actor = auth.login(db, role, TEST_PASSWORD)
    window = MainWindow(AppContext(db, actor, ChangeHub(db)), "희망의 집")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.lock_key.is_installed)  # once painted (the watches' start)
    return window


@pytest.fixture
def window(qtbot, sqlite_db: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    yield _window(qtbot, sqlite_db)


# --- 12: Ctrl+L in a dialog ----------------------------------------------------------------


def test_ctrl_l_locks_the_window_from_an_open_dialog(qtbot, window):
    window.show_page("members")
    window.action_new.trigger()
    form = next(f for f in window.findChildren(MemberForm) if f.isVisible())
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.name, "Kim Hana")
    qtbot.keyClick(form.name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert not form.isVisible()
    assert form.name.text() == "Kim Hana"  # hidden, not thrown away
    assert window.central.currentWidget() is window.lock_panel

    window.lock_panel.password.setText(TEST_PASSWORD)
    qtbot.mouseClick(window.lock_panel.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked()
    assert form.isVisible() and form.name.text() == "Kim Hana"


def test_ctrl_l_in_the_window_itself_locks_and_a_closed_window_listens_no_more(
        qtbot, window):
    pressed: list[bool] = []
    window.lock_key.sig_pressed.connect(lambda: pressed.append(True))
    window.show_page("rooms")
    page = window.current_page()
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert pressed == []  # the window's own action answered
    window.close()
    other = QDialog()
    qtbot.addWidget(other)
    qtbot.keyClick(other, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert pressed == []


# --- 16: Edit → New… by permission -------------------------------------------------------


def test_staff_have_no_new_where_nothing_can_be_made(qtbot, sqlite_db):
    window = _window(qtbot, sqlite_db, "staff")
    for key in window.pages:
        window.show_page(key)
        assert not window.action_new.isEnabled(), key
    assert window.action_find.isEnabled()  # the members' search is hers
    window.action_new.trigger()
    assert [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()] == []


def test_a_manager_has_new_on_the_pages_that_make_something(qtbot, sqlite_db):
    window = _window(qtbot, sqlite_db, "manager")
    window.show_page("rooms")
    assert window.action_new.isEnabled()
    window.show_page("members")
    assert window.action_new.isEnabled()
    window.action_new.trigger()
    page = window.pages["members"]
    assert isinstance(page, MembersPage)
    forms = [f for f in page.findChildren(MemberForm) if f.isVisible()]
    assert len(forms) == 1
    forms[0].reject()
    window.lock()
    assert not window.action_new.isEnabled()


# --- 17: the organisation's new name ----------------------------------------------------


def test_renaming_the_organisation_reaches_the_title_and_the_lock_screen(qtbot, window):
    window.show_page("admin")
    admin = window.pages["admin"]
    assert isinstance(admin, AdminPage) and admin.settings_tab is not None
    tab = admin.settings_tab
    admin.tabs.setCurrentWidget(tab)
    tab.organisation.selectAll()
    qtbot.keyClicks(tab.organisation, "New Hope House")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "New Hope House — Safehouse"
    window.lock()
    assert window.lock_panel.organisation_label.text() == "New Hope House"
