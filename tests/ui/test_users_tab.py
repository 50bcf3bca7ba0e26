"""The Users tab, driven through its widgets as an administrator would; and who sees it."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from safehouse.errors import AuthenticationFailed
from safehouse.services import auth, users
from safehouse.services.dto.accounts import AccountInfo, Actor
from safehouse.storage.db import Database
from safehouse.ui import messages
from safehouse.ui.admin.account_dialogs import NewUserDialog, RoleDialog
from safehouse.ui.admin.page import AdminPage
from safehouse.ui.admin.users_model import (
    COL_ACTIVE,
    COL_LOCKED,
    COL_MUST_CHANGE,
    COL_NAME,
    COL_ROLE,
    COL_USERNAME,
)
from safehouse.ui.admin.users_tab import UsersTab
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from safehouse.ui.password_dialog import TemporaryPasswordDialog

T = TypeVar("T", bound=QWidget)
PASSWORD = "first password 12"
TEMPORARY = "temporary pass 34"


pytestmark = pytest.mark.usefixtures("shown_errors", "no_confirmations")


def make_tab(qtbot, ctx: AppContext) -> UsersTab:  # type: ignore[no-untyped-def]
    tab = UsersTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def add(ctx: AppContext, username: str, role: str = "staff", **kw: object) -> AccountInfo:
    return users.create_account(ctx.db, ctx.actor, username=username,
                                display_name=f"Person {username}", role=role,
                                password=PASSWORD, **kw)  # type: ignore[arg-type]


def row_of(tab: UsersTab, username: str) -> dict[int, str]:
    for r in range(tab.proxy.rowCount()):
        if tab.proxy.index(r, COL_USERNAME).data() == username:
            return {c: str(tab.proxy.index(r, c).data() or "")
                    for c in range(tab.proxy.columnCount())}
    raise AssertionError(f"no row for {username}")


def column(tab: UsersTab, col: int) -> list[str]:
    return [str(tab.proxy.index(r, col).data()) for r in range(tab.proxy.rowCount())]


def dialog_of(parent: QWidget, kind: type[T]) -> T:
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}, found {len(found)}"
    return found[0]


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, tab: UsersTab, user_id: int) -> None:  # type: ignore[no-untyped-def]
    assert tab.select(user_id)
    selected = tab.selected()
    assert selected is not None and selected.id == user_id


# --- the list ----------------------------------------------------------------------------


def test_the_tab_lists_accounts_with_their_state(qtbot, sqlite_ctx):
    add(sqlite_ctx, "somang", "counselor", must_change_password=False)
    add(sqlite_ctx, "bom", "staff")
    tab = make_tab(qtbot, sqlite_ctx)
    assert column(tab, COL_USERNAME) == ["admin", "bom", "somang"]
    somang = row_of(tab, "somang")
    assert somang[COL_NAME] == "Person somang"
    assert somang[COL_ROLE] == "Counselor"
    assert somang[COL_ACTIVE] == "Yes"
    assert somang[COL_LOCKED] == ""
    assert somang[COL_MUST_CHANGE] == ""
    assert row_of(tab, "bom")[COL_MUST_CHANGE] == "Must change"
    assert row_of(tab, "admin")[COL_ROLE] == "Administrator"

    tab.view.sortByColumn(COL_ROLE, Qt.SortOrder.AscendingOrder)
    assert column(tab, COL_ROLE) == ["Administrator", "Counselor", "Staff"]


def test_the_model_is_a_well_behaved_model(qtmodeltester, sqlite_ctx):
    add(sqlite_ctx, "somang")
    tab = UsersTab(sqlite_ctx)
    tab.refresh()
    qtmodeltester.check(tab.model)


def test_clearing_personal_data_empties_the_table(qtbot, sqlite_ctx):
    add(sqlite_ctx, "somang")
    tab = make_tab(qtbot, sqlite_ctx)
    assert tab.proxy.rowCount() == 2
    tab.clear_personal_data()
    assert tab.proxy.rowCount() == 0
    tab.refresh()
    assert tab.proxy.rowCount() == 2


def test_the_list_on_screen_follows_changes_made_elsewhere(qtbot, sqlite_ctx):
    tab = make_tab(qtbot, sqlite_ctx)
    assert column(tab, COL_USERNAME) == ["admin"]
    bom = add(sqlite_ctx, "bom")  # e.g. by the command line's window-less twin
    assert column(tab, COL_USERNAME) == ["admin", "bom"]
    assert row_of(tab, "bom")[COL_MUST_CHANGE] == "Must change"
    bom_actor = Actor(id=bom.id, username="bom", display_name="Person bom", role="staff")
    auth.change_password(sqlite_ctx.db, bom_actor, PASSWORD, TEMPORARY, TEMPORARY)
    assert row_of(tab, "bom")[COL_MUST_CHANGE] == ""

    tab.hide()  # out of sight: read again only when shown
    add(sqlite_ctx, "somang")
    assert column(tab, COL_USERNAME) == ["admin", "bom"]
    tab.show()
    assert column(tab, COL_USERNAME) == ["admin", "bom", "somang"]


# --- the administrator's buttons ---------------------------------------------------------


def test_creating_a_user_checks_as_you_type_and_adds_a_row(qtbot, sqlite_ctx):
    tab = make_tab(qtbot, sqlite_ctx)
    click(qtbot, tab.new_button)
    dialog = dialog_of(tab, NewUserDialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.username, "mi rae")
    assert "user name" in dialog.errors["username"].text()
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "mirae")
    assert dialog.errors["username"].isHidden()
    qtbot.keyClicks(dialog.display_name, "Park Mirae")
    dialog.role.setCurrentIndex(dialog.role.findData("counselor"))
    qtbot.keyClicks(dialog.password, "short")
    assert "at least 10" in dialog.errors["password"].text()
    qtbot.keyClicks(dialog.password, " and long")
    qtbot.keyClicks(dialog.repeat, "short and lon")
    assert "not the same" in dialog.errors["repeat"].text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.repeat, "g")
    assert dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)

    assert not dialog.isVisible()
    row = row_of(tab, "mirae")
    assert row[COL_ROLE] == "Counselor" and row[COL_MUST_CHANGE] == "Must change"
    selected = tab.selected()
    assert selected is not None and selected.username == "mirae"
    assert auth.login(sqlite_ctx.db, "mirae", "short and long").must_change_password


def test_a_taken_user_name_is_shown_in_the_dialog_which_stays(qtbot, sqlite_ctx):
    tab = make_tab(qtbot, sqlite_ctx)
    click(qtbot, tab.new_button)
    dialog = dialog_of(tab, NewUserDialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.display_name, "Another")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.repeat, PASSWORD)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.error_text() == "The user name 'admin' is taken."
    assert dialog.username.text() == "admin"  # what she typed is kept, to correct
    qtbot.keyClicks(dialog.username, "2")
    assert dialog.error_text() == ""  # the refusal was about the name she changed
    dialog.reject()


def test_a_reset_shows_must_change(qtbot, sqlite_ctx):
    somang = add(sqlite_ctx, "somang", must_change_password=False)
    tab = make_tab(qtbot, sqlite_ctx)
    choose(qtbot, tab, somang.id)
    assert tab.reset_button.isEnabled()
    click(qtbot, tab.reset_button)
    dialog = dialog_of(tab, TemporaryPasswordDialog)
    assert "next login" in dialog.intro.text()
    qtbot.keyClicks(dialog.password, TEMPORARY)
    qtbot.keyClicks(dialog.repeat, TEMPORARY)
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert row_of(tab, "somang")[COL_MUST_CHANGE] == "Must change"
    assert auth.login(sqlite_ctx.db, "somang", TEMPORARY).must_change_password


def test_changing_a_role(qtbot, sqlite_ctx):
    somang = add(sqlite_ctx, "somang")
    tab = make_tab(qtbot, sqlite_ctx)
    choose(qtbot, tab, somang.id)
    click(qtbot, tab.role_button)
    dialog = dialog_of(tab, RoleDialog)
    assert not dialog.ok_button.isEnabled()  # the same role
    dialog.set_role("manager")
    click(qtbot, dialog.ok_button)
    assert row_of(tab, "somang")[COL_ROLE] == "Manager"


def test_disabling_asks_first_then_enabling_sets_a_temporary_password(
    qtbot, sqlite_ctx, monkeypatch
):
    somang = add(sqlite_ctx, "somang")
    tab = make_tab(qtbot, sqlite_ctx)
    choose(qtbot, tab, somang.id)
    assert not tab.enable_button.isEnabled()
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(_parent: QWidget | None, _title: str, text: str) -> bool:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(messages, "confirm", confirm)
    click(qtbot, tab.disable_button)
    assert row_of(tab, "somang")[COL_ACTIVE] == "Yes"  # said no
    click(qtbot, tab.disable_button)
    assert "no longer opens the database" in asked[0]
    row = row_of(tab, "somang")
    assert row[COL_ACTIVE] == "Disabled"
    assert not any(a.has_key_slot for a in users.list_accounts(sqlite_ctx.db, sqlite_ctx.actor)
                   if a.username == "somang")
    assert tab.enable_button.isEnabled() and not tab.disable_button.isEnabled()
    assert not tab.reset_button.isEnabled()

    click(qtbot, tab.enable_button)
    dialog = dialog_of(tab, TemporaryPasswordDialog)
    qtbot.keyClicks(dialog.password, TEMPORARY)
    qtbot.keyClicks(dialog.repeat, TEMPORARY)
    click(qtbot, dialog.ok_button)
    row = row_of(tab, "somang")
    assert row[COL_ACTIVE] == "Yes"
    assert all(a.has_key_slot for a in users.list_accounts(sqlite_ctx.db, sqlite_ctx.actor)
               if a.username == "somang")
    assert row[COL_MUST_CHANGE] == "Must change"


def test_lifting_a_lock(qtbot, sqlite_ctx):
    somang = add(sqlite_ctx, "somang")
    for _ in range(auth.LOCK_AFTER_FAILURES):
        with pytest.raises(AuthenticationFailed):
            auth.login(sqlite_ctx.db, "somang", "wrong password!")
    tab = make_tab(qtbot, sqlite_ctx)
    assert row_of(tab, "somang")[COL_LOCKED] == "Locked"
    choose(qtbot, tab, somang.id)
    assert tab.lift_button.isEnabled()
    click(qtbot, tab.lift_button)
    assert row_of(tab, "somang")[COL_LOCKED] == ""
    assert not tab.lift_button.isEnabled()
    assert auth.login(sqlite_ctx.db, "somang", PASSWORD).id == somang.id


def test_ones_own_account_cannot_be_disabled_or_reset_here(qtbot, sqlite_ctx):
    tab = make_tab(qtbot, sqlite_ctx)
    choose(qtbot, tab, sqlite_ctx.actor.id)
    assert tab.role_button.isEnabled()
    assert not tab.disable_button.isEnabled() and not tab.reset_button.isEnabled()


# --- who sees what -----------------------------------------------------------------------


def context_as(db: Database, admin: Actor, role: str) -> AppContext:
    users.create_account(db, admin, username=f"as-{role}", display_name=role, role=role,
                         password=PASSWORD, must_change_password=False)
    return AppContext(db, auth.login(db, f"as-{role}", PASSWORD), ChangeHub(db))


def test_a_manager_sees_the_list_without_buttons(qtbot, sqlite_ctx):
    ctx = context_as(sqlite_ctx.db, sqlite_ctx.actor, "manager")
    try:
        tab = make_tab(qtbot, ctx)
        assert column(tab, COL_USERNAME) == ["admin", "as-manager"]
        assert all(not b.isVisible() for b in tab.manage_buttons())
    finally:
        ctx.hub.detach()


@pytest.mark.parametrize("role", ["staff", "counselor"])
def test_staff_and_counselors_never_see_the_users(qtbot, sqlite_ctx, role):
    ctx = context_as(sqlite_ctx.db, sqlite_ctx.actor, role)
    try:
        page = AdminPage(ctx)
        qtbot.addWidget(page)
        assert page.users_tab is None
        window = MainWindow(ctx, "Test House")
        qtbot.addWidget(window)
        names = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert "Admin" not in names and "admin" not in window.pages
        window.close()
    finally:
        ctx.hub.detach()
