"""The idle lock: after the idle time (or Ctrl+L) no personal datum is left on screen,
only the same user's password (or logging out) goes on, and half-typed input survives."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from safehouse.changes import ChangeKind
from safehouse.errors import AuthenticationFailed
from safehouse.models import AuditEntry, User
from safehouse.services import auth, members, rooms, settings
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.storage.db import Database
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from safehouse.ui.members.member_form import MemberForm
from safehouse.ui.members.page import MembersPage
from safehouse.ui.rooms.page import RoomsPage
from tests.conftest import TEST_PASSWORD, make_admin

NAMES = ("김하나", "박소망", "이은혜")
UNSAVED = "김하늘"  # typed into the edit form, not saved


# --- what is on screen ----------------------------------------------------------------


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    texts: list[str] = []
    for row in range(model.rowCount(parent)):
        col = 0  # a list model's columnCount() cannot be called from Python
        while (index := model.index(row, col, parent)).isValid():
            col += 1
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
            if col == 1 and model.rowCount(index) > 0:
                texts.extend(_model_texts(model, index))
    return texts


def visible_texts() -> list[str]:
    """Every text a person could read: each visible widget's text, every cell of every
    visible list or table, the window titles and tooltips."""
    texts: list[str] = []
    for w in QApplication.allWidgets():
        if not w.isVisible():
            continue
        if w.isWindow():
            texts.append(w.windowTitle())
        texts.append(w.toolTip())
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QComboBox):
            texts.append(w.currentText())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QAbstractSpinBox):
            texts.append(w.text())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += _model_texts(w.model())
    return texts


def leaks(needles: list[str]) -> list[str]:
    return [t for t in visible_texts() if any(n in t for n in needles)]


# --- a window with people in it -------------------------------------------------------


@dataclass
class Shelter:
    db: Database
    admin: Actor
    people: list[MemberDetail]
    window: MainWindow

    @property
    def needles(self) -> list[str]:
        return [p.name for p in self.people] + [p.code for p in self.people] + [UNSAVED]

    @property
    def members_page(self) -> MembersPage:
        page = self.window.pages["members"]
        assert isinstance(page, MembersPage)
        return page

    @property
    def rooms_page(self) -> RoomsPage:
        page = self.window.pages["rooms"]
        assert isinstance(page, RoomsPage)
        return page


def _type_hangul(widget: QWidget, text: str) -> None:
    """What an input method commits (QTest cannot press Hangul keys)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def shelter(qtbot, sqlite_db: Database) -> Iterator[Shelter]:  # type: ignore[no-untyped-def]
    admin = make_admin(sqlite_db)
    people = [members.create_member(sqlite_db, admin, MemberInput(
        name=name, status="active", joined_on=date(2024, 1, 1))) for name in NAMES]
    room = rooms.create_room(sqlite_db, admin, name="101", floor=1, capacity=2)
    rooms.assign(sqlite_db, admin, people[0].id, room.id, date(2025, 1, 1))
    window = MainWindow(AppContext(sqlite_db, admin, ChangeHub(sqlite_db)), "희망의 집")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.idle_watcher.is_watching)  # once painted (the watches' start)
    yield Shelter(sqlite_db, admin, people, window)


def _open_edit_form(qtbot, s: Shelter) -> MemberForm:  # type: ignore[no-untyped-def]
    """The Members page with 김하나 chosen and her edit form open, a new name half-typed."""
    s.window.show_page("members")
    page = s.members_page
    assert page.select_member(s.people[0].id)
    qtbot.mouseClick(page.profile.edit_button, Qt.MouseButton.LeftButton)
    forms = [f for f in page.findChildren(MemberForm) if f.isVisible()]
    assert len(forms) == 1
    form = forms[0]
    form.name.clear()
    _type_hangul(form.name, UNSAVED)
    assert form.name.text() == UNSAVED
    return form


def _unlock(qtbot, s: Shelter, password: str) -> None:  # type: ignore[no-untyped-def]
    panel = s.window.lock_panel
    panel.password.setText(password)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)


def _audit_actions(db: Database) -> list[str]:
    with db.transaction() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


# --- the tests ------------------------------------------------------------------------


def test_idle_time_hides_every_name_and_the_password_brings_it_all_back(qtbot, shelter):
    s = shelter
    form = _open_edit_form(qtbot, s)
    assert leaks(s.needles), "the scan must see the names before the lock"

    s.window.idle_watcher.set_interval(30)  # fast-forward: five minutes become 30 ms
    qtbot.waitUntil(s.window.is_locked, timeout=3000)

    assert leaks(s.needles) == []
    assert s.window.central.currentWidget() is s.window.lock_panel
    assert "Locked — Test Administrator" in s.window.lock_panel.locked_label.text()
    assert s.window.lock_panel.organisation_label.text() == "희망의 집"
    assert not form.isVisible() and form.name.text() == UNSAVED
    assert s.members_page.member_list.model.rowCount() == 0
    assert s.rooms_page.board.cards() == []
    assert not s.window.idle_watcher.is_watching()
    for action in [s.window.action_find, s.window.action_new, s.window.action_lock,
                   *s.window.go_actions]:
        assert not action.isEnabled()
    assert s.window.action_logout.isEnabled()

    # a change made elsewhere while locked brings nothing back
    members.create_member(s.db, s.admin, MemberInput(name="최기쁨"))
    s.window.ctx.hub.sig_changed.emit(ChangeKind.MEMBER, [])
    assert leaks(s.needles + ["최기쁨"]) == []
    assert s.members_page.member_list.model.rowCount() == 0

    _unlock(qtbot, s, "not the password")
    assert s.window.is_locked()
    assert s.window.lock_panel.error.text() == "The password is not right."
    assert s.window.lock_panel.password.text() == ""
    assert leaks(s.needles) == []

    _unlock(qtbot, s, TEST_PASSWORD)
    assert not s.window.is_locked()
    assert s.window.central.currentIndex() == 0
    assert s.members_page.member_list.model.rowCount() == 4
    assert s.members_page.current_member_id() == s.people[0].id
    assert [c.room.name for c in s.rooms_page.board.cards()] == ["101"]
    assert form.isVisible() and form.name.text() == UNSAVED
    assert s.window.action_find.isEnabled() and s.window.action_lock.isEnabled()
    assert s.window.idle_watcher.is_watching()
    assert s.window.lock_panel.password.text() == ""
    assert [a for a in _audit_actions(s.db) if a.startswith("unlock")] == [
        "unlock.failed", "unlock"]


def test_ctrl_l_locks_at_once_and_another_users_password_does_not_unlock(qtbot, shelter):
    s = shelter
    auth.create_user(s.db, s.admin, username="bom", display_name="Lee Bom", role="staff",
                     password="another long password")
    s.window.show_page("rooms")
    assert leaks(s.needles)
    assert s.window.action_lock.shortcut().toString() == "Ctrl+L"
    s.window.action_lock.trigger()
    assert s.window.is_locked()
    assert leaks(s.needles) == []
    assert "희망의 집" in s.window.windowTitle()

    _unlock(qtbot, s, "another long password")
    assert s.window.is_locked()
    _unlock(qtbot, s, TEST_PASSWORD)
    assert not s.window.is_locked()
    assert s.window.current_page() is s.rooms_page
    assert any(s.people[0].name in t for t in s.rooms_page.board.visible_text())


def test_log_out_from_the_lock_panel(qtbot, shelter):
    s = shelter
    form = _open_edit_form(qtbot, s)
    s.window.lock()
    with qtbot.waitSignal(s.window.sig_closed) as blocker:
        qtbot.mouseClick(s.window.lock_panel.logout_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert not s.window.isVisible()
    assert not form.isVisible()
    assert not s.window.idle_watcher.is_watching()


def test_input_restarts_the_idle_time(qtbot, shelter):
    watcher = shelter.window.idle_watcher
    watcher.set_interval(10_000)
    qtbot.wait(300)
    waited = watcher.timer.remainingTime()
    assert 0 < waited <= 9_800
    QApplication.sendEvent(shelter.window, QEvent(QEvent.Type.User))  # not a person
    assert watcher.timer.remainingTime() <= waited
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(shelter.window.nav, key)
    assert watcher.timer.remainingTime() > waited
    assert not shelter.window.is_locked()


def test_the_idle_time_comes_from_the_settings(qtbot, sqlite_db):
    admin = make_admin(sqlite_db)
    hub = ChangeHub(sqlite_db)
    window = MainWindow(AppContext(sqlite_db, admin, hub), "희망의 집")
    qtbot.addWidget(window)
    assert window.idle_watcher.interval() == 5 * 60_000  # the default
    settings.set_idle_lock_minutes(sqlite_db, admin, 12)
    assert window.idle_watcher.interval() == 12 * 60_000


# --- the service ----------------------------------------------------------------------


def test_verify_password_counts_failures_and_audits(sqlite_db):
    admin = make_admin(sqlite_db)
    with pytest.raises(AuthenticationFailed):
        auth.verify_password(sqlite_db, admin, "wrong password!")
    with sqlite_db.transaction() as session:
        user = session.get(User, admin.id)
        assert user is not None and user.failed_logins == 1
    auth.verify_password(sqlite_db, admin, TEST_PASSWORD)
    with sqlite_db.transaction() as session:
        user = session.get(User, admin.id)
        assert user is not None and user.failed_logins == 0
    assert _audit_actions(sqlite_db)[-2:] == ["unlock.failed", "unlock"]

    for _ in range(auth.LOCK_AFTER_FAILURES):
        with pytest.raises(AuthenticationFailed):
            auth.verify_password(sqlite_db, admin, "wrong password!")
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.verify_password(sqlite_db, admin, TEST_PASSWORD)


def test_the_admin_tab_on_screen_is_filled_again_after_an_unlock(qtbot, shelter):
    s = shelter
    s.window.show_page("admin")
    admin = s.window.pages["admin"]
    users_tab = admin.users_tab  # type: ignore[attr-defined]
    admin.tabs.setCurrentWidget(users_tab)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: users_tab.model.rowCount() > 0)
    s.window.action_lock.trigger()
    assert users_tab.model.rowCount() == 0
    _unlock(qtbot, s, TEST_PASSWORD)
    qtbot.waitUntil(lambda: users_tab.model.rowCount() > 0)
