"""The counselors' list and the meeting places through the window (issue 8, item 1):
add an outside counselor and an account, search, sort, edit, deactivate after asking;
add, rename and close meeting places; read-only for those who may not change them.
All data fictional."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from safehouse.services import auth, counselors, sessions
from safehouse.services.dto.counseling import CounselorInput
from safehouse.ui import messages
from safehouse.ui.context import AppContext
from safehouse.ui.schedule import counselors_dialog
from safehouse.ui.schedule.counselor_forms import CounselorDialog, PlaceDialog
from safehouse.ui.schedule.counselors_dialog import CounselorsDialog
from tests.conftest import TEST_PASSWORD
from tests.services.counseling_fixtures import House, house

pytestmark = [pytest.mark.usefixtures("shown_errors", "no_confirmations"),
              pytest.mark.qt_log_ignore(r"This plugin does not support")]


@pytest.fixture
def h(sqlite_ctx: AppContext) -> House:
    return house(sqlite_ctx.db, sqlite_ctx.actor)


def shown(view: QTableView, col: int = 0) -> list[str]:
    model = view.model()
    return [str(model.index(r, col).data()) for r in range(model.rowCount())]


def opened(qtbot, ctx: AppContext) -> CounselorsDialog:  # type: ignore[no-untyped-def]
    dialog = CounselorsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(view: QTableView, text: str) -> None:
    row = shown(view).index(text)
    view.selectRow(row)


def test_add_an_outside_counselor_and_see_her_in_the_list(qtbot, sqlite_ctx, h):
    dialog = opened(qtbot, sqlite_ctx)
    assert shown(dialog.counselors.view) == ["Jang Counselor", "Yoon Counselor"]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.active_form()
    assert isinstance(form, CounselorDialog)
    assert not form.ok_button.isEnabled()  # no name yet
    qtbot.keyClicks(form.name_edit, "Seo Mirae")
    qtbot.keyClicks(form.organisation_edit, "Hana Counseling Centre")
    qtbot.keyClicks(form.languages_edit, "Korean, English")
    qtbot.keyClicks(form.phone_edit, "010-0000-1234")
    qtbot.keyClick(form.phone_edit, Qt.Key.Key_Return)
    assert dialog.active_form() is None
    assert shown(dialog.counselors.view) == ["Jang Counselor", "Seo Mirae", "Yoon Counselor"]
    model = dialog.counselors.view.model()
    row = shown(dialog.counselors.view).index("Seo Mirae")
    assert [model.index(row, c).data() for c in range(6)] == [
        "Seo Mirae", "from outside", "Hana Counseling Centre", "Korean, English",
        "010-0000-1234", "active"]
    assert dialog.counselor() is not None and dialog.counselor().name == "Seo Mirae"
    assert dialog.counselors.status.text() == "Seo Mirae is on the list."
    # search by organisation, by language; sort by organisation
    qtbot.keyClicks(dialog.search, "hope")
    assert shown(dialog.counselors.view) == ["Jang Counselor"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "english")
    assert shown(dialog.counselors.view) == ["Seo Mirae"]
    dialog.search.clear()
    dialog.counselors.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # none, Hana, Hope
    assert shown(dialog.counselors.view) == ["Yoon Counselor", "Seo Mirae", "Jang Counselor"]


def test_an_account_with_the_counselor_role_is_put_on_the_list(qtbot, sqlite_ctx, h):
    auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username="sujin",
                     display_name="Counselor Sujin", role="counselor", password=TEST_PASSWORD)
    dialog = opened(qtbot, sqlite_ctx)
    dialog.add_counselor()
    form = dialog.active_form()
    assert isinstance(form, CounselorDialog)
    form.who.setCurrentIndex(form.who.findData(form.who.itemData(1)))
    assert form.who.currentText() == "Account: Counselor Sujin (sujin)"
    assert form.name_edit.text() == "Counselor Sujin" and form.name_edit.isReadOnly()
    form.ok_button.click()
    row = shown(dialog.counselors.view).index("Counselor Sujin")
    assert dialog.counselors.view.model().index(row, 1).data() == "account sujin"
    # she is on the list: not offered again
    dialog.add_counselor()
    again = dialog.active_form()
    assert isinstance(again, CounselorDialog) and again.who.count() == 1
    again.reject()


def test_edit_then_deactivate_after_asking_and_reactivate(qtbot, sqlite_ctx, h, monkeypatch):
    dialog = opened(qtbot, sqlite_ctx)
    choose(dialog.counselors.view, "Yoon Counselor")
    dialog.edit_counselor()
    form = dialog.active_form()
    assert isinstance(form, CounselorDialog) and form.name_edit.text() == "Yoon Counselor"
    form.phone_edit.setText("02-000-0000")
    form.ok_button.click()
    assert "02-000-0000" in shown(dialog.counselors.view, 4)
    asked: list[str] = []

    def answer(_parent: QWidget, _title: str, text: str, yes: bool) -> bool:
        asked.append(text)
        return yes

    monkeypatch.setattr(messages, "confirm", lambda p, t, x: answer(p, t, x, False))
    assert dialog.active_button.text() == "&Deactivate…"
    dialog.active_button.click()  # No: nothing changes
    assert "can no longer be booked" in asked[0]
    assert counselors.list_counselors(sqlite_ctx.db, sqlite_ctx.actor, active_only=True
                                      )[1].name == "Yoon Counselor"
    monkeypatch.setattr(messages, "confirm", lambda p, t, x: answer(p, t, x, True))
    dialog.active_button.click()
    assert [c.name for c in counselors.list_counselors(
        sqlite_ctx.db, sqlite_ctx.actor, active_only=True)] == ["Jang Counselor"]
    row = shown(dialog.counselors.view).index("Yoon Counselor")
    assert dialog.counselors.view.model().index(row, 5).data() == "inactive"
    assert dialog.counselors.status.text() == "Yoon Counselor is inactive."
    assert dialog.active_button.text() == "&Reactivate"
    dialog.active_button.click()  # reactivating asks nothing
    assert len(asked) == 2
    assert dialog.counselors.view.model().index(row, 5).data() == "active"


def test_meeting_places_are_added_renamed_and_closed(qtbot, sqlite_ctx, h, monkeypatch):
    dialog = opened(qtbot, sqlite_ctx)
    dialog.tabs.setCurrentWidget(dialog.places)
    assert shown(dialog.places.view) == ["Counseling room"]
    dialog.add_place()
    form = dialog.active_form()
    assert isinstance(form, PlaceDialog)
    qtbot.keyClicks(form.name_edit, "counseling ROOM")  # the same name in other case
    form.ok_button.click()
    assert form.error_text() == "There is a meeting place called counseling ROOM already."
    form.name_edit.setText("Living room")
    form.ok_button.click()
    assert shown(dialog.places.view) == ["Counseling room", "Living room"]
    choose(dialog.places.view, "Living room")
    dialog.rename_place()
    form = dialog.active_form()
    assert isinstance(form, PlaceDialog)
    form.name_edit.setText("Quiet room")
    form.ok_button.click()
    assert shown(dialog.places.view) == ["Counseling room", "Quiet room"]
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    choose(dialog.places.view, "Counseling room")
    dialog.open_button.click()
    assert shown(dialog.places.view, 1) == ["closed", "open"]
    assert dialog.places.status.text() == "Counseling room is closed."
    # a closed place takes no new session
    with pytest.raises(Exception, match="meeting place"):
        sessions.book(h.db, h.admin, h.session(datetime(2026, 5, 4, 10)))


def test_staff_see_the_lists_but_no_buttons_to_change_them(qtbot, sqlite_ctx, h):
    auth.create_user(sqlite_ctx.db, sqlite_ctx.actor, username="bora", display_name="Bora",
                     role="staff", password=TEST_PASSWORD)
    staff = AppContext(sqlite_ctx.db, auth.login(sqlite_ctx.db, "bora", TEST_PASSWORD),
                       sqlite_ctx.hub)
    parent = QWidget()
    qtbot.addWidget(parent)
    counselors_dialog.open_counselors(parent, staff)
    dialog = parent.findChild(CounselorsDialog)
    assert dialog is not None and dialog.isVisible()
    assert shown(dialog.counselors.view) == ["Jang Counselor", "Yoon Counselor"]
    hidden = (dialog.add_button, dialog.edit_button, dialog.active_button,
              dialog.add_place_button, dialog.rename_button, dialog.open_button)
    assert not any(b.isVisibleTo(dialog) for b in hidden)
    choose(dialog.counselors.view, "Yoon Counselor")
    dialog.counselors.view.activated.emit(dialog.counselors.view.currentIndex())
    assert dialog.active_form() is None  # Enter on a line opens no form for her


def test_the_admin_pages_users_tab_opens_the_list(qtbot, sqlite_ctx, h):
    from safehouse.ui.admin.users_tab import UsersTab

    tab = UsersTab(sqlite_ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.counselors_button.isVisible()
    qtbot.mouseClick(tab.counselors_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(CounselorsDialog)
    assert dialog is not None and dialog.isVisible()
    assert shown(dialog.counselors.view) == ["Jang Counselor", "Yoon Counselor"]
    dialog.reject()


def test_deactivating_from_a_list_read_earlier_keeps_details_changed_since(
        qtbot, sqlite_ctx, h, monkeypatch):
    stale = opened(qtbot, sqlite_ctx)
    choose(stale.counselors.view, "Yoon Counselor")
    yoon = stale.counselor()
    assert yoon is not None
    # another window (or workstation) changes her phone meanwhile; the hub is not shared
    counselors.save_counselor(sqlite_ctx.db, sqlite_ctx.actor, CounselorInput(
        name="Yoon Counselor", organisation="Hope Clinic", languages="ko, en",
        phone="02-123-4567"), yoon.id)
    stale.counselors.model.set_rows([yoon])  # what the stale list still shows
    choose(stale.counselors.view, "Yoon Counselor")
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    stale.active_button.click()
    now = next(c for c in counselors.list_counselors(sqlite_ctx.db, sqlite_ctx.actor)
               if c.id == yoon.id)
    assert (now.active, now.phone, now.organisation) == (False, "02-123-4567", "Hope Clinic")
