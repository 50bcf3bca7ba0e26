"""Pages and member tabs register themselves: a new one is a module and one line in a
list, and the window gives it what the others get (navigation, Ctrl+number, Ctrl+F and
Ctrl+N, the idle lock, roles)."""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QWidget

from safehouse.services import auth, members
from safehouse.services.dto.people import MemberInput
from safehouse.services.permissions import Action
from safehouse.services.reading import Read
from safehouse.storage.db import Database
from safehouse.ui import main_window, page_list, pages
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from safehouse.ui.members import page as members_page
from safehouse.ui.members import tabs
from safehouse.ui.members.page import MembersPage
from safehouse.ui.pages import PageEntry, PageView
from tests.conftest import TEST_PASSWORD, make_admin

pytestmark = pytest.mark.usefixtures("shown_errors")


@dataclass
class Calls:
    made: int = 0
    log: list[str] = field(default_factory=list)
    shown: list[tuple[int | None, Read]] = field(default_factory=list)


def sessions_page(calls: Calls, rights: tuple[Action, ...] = ()) -> PageEntry:
    """A page as a new module would write it (the one line is in the test)."""

    def make(_ctx: AppContext) -> PageView:
        calls.made += 1
        widget = QLabel("sessions")
        return PageView(widget, find=lambda: calls.log.append("find"),
                        new=lambda: calls.log.append("new"),
                        clear_personal_data=lambda: calls.log.append("clear"),
                        refresh=lambda: calls.log.append("refresh"))

    return PageEntry("sessions", str(QT_TRANSLATE_NOOP("MainWindow", "Sessions")), make,
                     rights=rights)


@pytest.fixture
def window_of(qtbot, sqlite_db: Database) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
    def make(role: str = "administrator") -> MainWindow:
        actor = make_admin(sqlite_db)
        if role != "administrator":
            auth.create_user(sqlite_db, actor, username=role, display_name=role, role=role,
                             password=TEST_PASSWORD)
            actor = auth.login(sqlite_db, role, TEST_PASSWORD)
        window = MainWindow(AppContext(sqlite_db, actor, ChangeHub(sqlite_db)), "Test House")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make


def test_a_new_page_is_one_line_and_gets_what_every_page_gets(qtbot, window_of, monkeypatch):
    calls = Calls()
    monkeypatch.setattr(page_list, "PAGES", (*page_list.PAGES, sessions_page(calls)))
    window = window_of()
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names[-1] == "Sessions"
    assert calls.made == 0  # made when first shown, not with the window
    go = window.go_actions[-1]
    assert go.shortcut().toString() == f"Ctrl+{len(names)}"
    go.trigger()
    assert isinstance(window.current_page(), QLabel) and calls.made == 1

    window.action_find.trigger()
    window.action_new.trigger()
    assert calls.log == ["find", "new"]
    assert isinstance(window.current_page(), QLabel)  # its own: no jump to Members

    window.lock()
    assert calls.log[-1] == "clear"
    panel = window.lock_panel
    panel.password.setText(TEST_PASSWORD)
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    assert calls.log[-1] == "refresh"
    window.close()


def test_a_page_is_made_only_for_the_roles_it_names(window_of, monkeypatch):
    calls = Calls()
    monkeypatch.setattr(page_list, "PAGES",
                        (*page_list.PAGES, sessions_page(calls, (Action.USER_MANAGE,))))
    staff = window_of("staff")
    assert "sessions" not in staff.pages and calls.made == 0
    assert "admin" not in staff.pages
    staff.close()


def test_without_find_of_its_own_ctrl_f_goes_to_the_member_search(window_of):
    window = window_of()
    window.show_page("dashboard")
    window.action_find.trigger()
    assert window.current_page() is window.pages["members"]
    window.close()


def test_every_page_and_tab_has_its_own_key_and_a_title():
    keys = [p.key for p in page_list.PAGES]
    assert len(set(keys)) == len(keys) and page_list.FALLBACK in keys
    assert all(p.title() for p in page_list.PAGES)
    tab_keys = [t.key for t in members_page.MEMBER_TABS]
    assert len(set(tab_keys)) == len(tab_keys)
    assert all(t.title() for t in members_page.MEMBER_TABS)


def test_the_window_and_pages_never_guess_what_a_page_can_do():
    """Pages say what they can do in their PageView; nothing probes with hasattr."""
    for module in (main_window, page_list, pages, members_page, tabs):
        tree = ast.parse(inspect.getsource(module))
        probes = [n.func.id for n in ast.walk(tree)
                  if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                  and n.func.id in ("hasattr", "getattr")]
        assert probes == [], module.__name__


# --- member tabs -------------------------------------------------------------------------


def sessions_tab(calls: Calls, right: Action | None = None) -> tabs.MemberTabEntry:
    def make(_ctx: AppContext, parent: QWidget) -> tabs.MemberTabView:
        calls.made += 1
        return tabs.MemberTabView(QLabel("sessions", parent),
                                  lambda member_id, why: calls.shown.append((member_id, why)))

    return tabs.MemberTabEntry("made_up", str(QT_TRANSLATE_NOOP("MembersPage", "&Sessions")),
                               make, right=right)


def test_a_new_member_tab_is_one_line_and_follows_the_chosen_member(
    qtbot, sqlite_ctx, monkeypatch
):
    hana = members.create_member(sqlite_ctx.db, sqlite_ctx.actor, MemberInput(
        name="김하나", status="active", joined_on=date(2024, 3, 1)))
    calls = Calls()
    monkeypatch.setattr(members_page, "MEMBER_TABS",
                        (*members_page.MEMBER_TABS, sessions_tab(calls)))
    page = MembersPage(sqlite_ctx)
    qtbot.addWidget(page)
    titles = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]
    assert titles[-1] == "Sessions"
    assert isinstance(page.member_tab("made_up"), QLabel)
    assert page.select_member(hana.id)
    assert calls.shown[-1] == (hana.id, Read.OPEN)  # she chose her: an opening
    page.clear_personal_data()
    assert calls.shown[-1][0] is None
    page.refresh()  # after the idle lock: the same member again, not a new opening
    assert calls.shown[-1] == (hana.id, Read.REFRESH)


def test_a_member_tab_is_made_only_for_the_roles_it_names(qtbot, sqlite_ctx, monkeypatch):
    calls = Calls()
    monkeypatch.setattr(members_page, "MEMBER_TABS",
                        (*members_page.MEMBER_TABS, sessions_tab(calls, Action.USER_MANAGE)))
    auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username="staff", display_name="S",
                     role="staff", password=TEST_PASSWORD)
    staff = AppContext(sqlite_ctx.db, auth.login(sqlite_ctx.db, "staff", TEST_PASSWORD),
                       ChangeHub(sqlite_ctx.db))
    try:
        page = MembersPage(staff)
        qtbot.addWidget(page)
        assert page.member_tab("made_up") is None and calls.made == 0
        assert page.member_tab("keep_away") is None  # staff never see keep-away lists
        assert page.member_tab("household") is not None
    finally:
        staff.hub.detach()
