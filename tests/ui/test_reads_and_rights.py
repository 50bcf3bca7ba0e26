"""In the window: a profile or a keep-away list opened by the user is audited once, its
refreshes are not; and an account disabled or demoted while its window is open is
refused at its next action, told so once, and logged out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from safehouse.models import AuditEntry
from safehouse.services import auth, keep_away, members, users
from safehouse.services.dto.accounts import Actor
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.storage.db import Database
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.main_window import MainWindow
from safehouse.ui.members import MembersPage
from safehouse.ui.members.member_form import MemberForm
from tests.conftest import TEST_PASSWORD
from tests.ui.test_members_page import admit, choose, dialog_of, make_page, type_text


def views(db: Database, action: str = "member.view") -> list[int | None]:
    with db.transaction() as s:
        return list(s.scalars(select(AuditEntry.member_id)
                              .where(AuditEntry.action == action).order_by(AuditEntry.id)))


@pytest.fixture
def two(sqlite_ctx: AppContext) -> list[MemberDetail]:
    return [admit(sqlite_ctx, "김하나", alias="Hana", status="active",
                  joined_on=date(2024, 3, 1)),
            admit(sqlite_ctx, "Park Somang", status="enquiry")]


# --- reads audited once ----------------------------------------------------------------


@pytest.mark.usefixtures("shown_errors", "no_confirmations")
def test_a_profile_opened_once_is_one_view_line_whatever_changes_after(
    qtbot, sqlite_ctx, two
):
    db, actor = sqlite_ctx.db, sqlite_ctx.actor
    hana, somang = two
    page = make_page(qtbot, sqlite_ctx)
    assert views(db) == []  # the list is not a view
    choose(page, hana.id)
    assert views(db) == [hana.id]

    # someone else's changes: the open profile reads her again, unaudited
    members.update_member(db, actor, somang.id, MemberInput(name="Park Somang",
                                                            alias="Somi"))
    members.update_member(db, actor, hana.id, MemberInput(
        name="김하나", alias="Hana K", status="active", joined_on=date(2024, 3, 1)))
    assert page.profile.text_of("alias") == "Hana K"  # it did read her again
    # the user's own edit, through the form
    qtbot.mouseClick(page.profile.edit_button, Qt.MouseButton.LeftButton)
    form = dialog_of(page, MemberForm)
    form.alias.clear()
    type_text(qtbot, form.alias, "Hana Kim")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert page.profile.text_of("alias") == "Hana Kim"
    assert views(db) == [hana.id]

    # the idle lock hides her and shows her again: not a new opening
    page.clear_personal_data()
    page.refresh()
    assert page.current_member_id() == hana.id
    assert views(db) == [hana.id]

    # choosing another member, then her again, are openings
    choose(page, somang.id)
    choose(page, hana.id)
    assert views(db) == [hana.id, somang.id, hana.id]


@pytest.mark.usefixtures("shown_errors", "no_confirmations")
def test_the_keep_away_tab_opened_once_is_one_view_line(qtbot, sqlite_ctx, two):
    db, actor = sqlite_ctx.db, sqlite_ctx.actor
    hana, somang = two
    entry = keep_away.save_keep_away(db, actor, hana.id, person_name="박철수",
                                     relation="broker")
    page = make_page(qtbot, sqlite_ctx)
    tab = page.member_tab("keep_away")
    assert tab is not None
    choose(page, hana.id)
    assert views(db, "keepaway.view") == []  # only the profile is showing
    page.tabs.setCurrentWidget(tab)
    assert views(db, "keepaway.view") == [hana.id]

    keep_away.save_keep_away(db, actor, hana.id, person_name="박철수", relation="broker",
                             description="Drives a grey van.", keep_away_id=entry.id)
    assert tab.model.index(0, 2).data() == "Drives a grey van."  # refreshed
    page.tabs.setCurrentWidget(page.profile)
    members.update_member(db, actor, hana.id, MemberInput(
        name="김하나", alias="Hana K", status="active", joined_on=date(2024, 3, 1)))
    page.tabs.setCurrentWidget(tab)  # back to the list she had open
    assert views(db, "keepaway.view") == [hana.id]

    choose(page, somang.id)  # the tab is on screen: Somang's list is opened
    choose(page, hana.id)
    assert views(db, "keepaway.view") == [hana.id, somang.id, hana.id]


# --- rights as they are now ------------------------------------------------------------


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The warnings shown (none expected but the one a test looks for)."""
    shown: list[str] = []

    def warning(_parent: QWidget | None, _title: str, text: str, *_rest: object) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    yield shown


def manager_window(qtbot, db: Database, admin: Actor) -> MainWindow:  # type: ignore[no-untyped-def]
    users.create_account(db, admin, username="bom", display_name="Lee Bom", role="manager",
                         password=TEST_PASSWORD, must_change_password=False)
    bom = auth.login(db, "bom", TEST_PASSWORD)
    window = MainWindow(AppContext(db, bom, ChangeHub(db)), "Test House")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def members_page(window: MainWindow) -> MembersPage:
    window.show_page("members")
    page = window.current_page()
    assert isinstance(page, MembersPage)
    return page


def test_a_disabled_account_is_logged_out_at_its_next_action(qtbot, sqlite_ctx, two, told):
    db, admin = sqlite_ctx.db, sqlite_ctx.actor
    window = manager_window(qtbot, db, admin)
    page = members_page(window)
    choose(page, two[0].id)  # she works as usual

    users.disable(db, admin, users.list_accounts(db, admin)[1].id)  # elsewhere
    with qtbot.waitSignal(window.sig_closed) as closed:
        page.select_member(two[1].id)  # her next action: opening a profile
    assert closed.args == [True]  # logged out, the login shows next
    assert len(told) == 1
    assert "disabled" in told[0] and "logs you out" in told[0]
    assert not window.isVisible()
    assert views(db) == [two[0].id]  # the refused opening read nothing


def test_a_manager_lowered_to_staff_is_refused_saving_and_logged_out(
    qtbot, sqlite_ctx, two, told
):
    db, admin = sqlite_ctx.db, sqlite_ctx.actor
    window = manager_window(qtbot, db, admin)
    page = members_page(window)
    page.create_new()
    form = dialog_of(page, MemberForm)
    type_text(qtbot, form.name, "Lee Sora")

    users.change_role(db, admin, users.list_accounts(db, admin)[1].id, "staff")
    with qtbot.waitSignal(window.sig_closed) as closed:
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert closed.args == [True]
    assert len(told) == 1
    assert "staff" in told[0] and "Log in again" in told[0]
    assert [m.name for m in members.list_members(db, admin)] == ["김하나", "Park Somang"]
