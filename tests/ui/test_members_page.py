"""The Members page, driven through its widgets as a person would."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from safehouse.errors import ValidationError
from safehouse.services import auth, keep_away, members, rooms
from safehouse.services.dto.people import MemberDetail, MemberInput
from safehouse.ui import messages
from safehouse.ui.context import AppContext, ChangeHub
from safehouse.ui.date_field import OptionalDateEdit
from safehouse.ui.members import MembersPage
from safehouse.ui.members.household_tab import AddToHouseholdDialog, RelationDialog
from safehouse.ui.members.keep_away_tab import KeepAwayDialog
from safehouse.ui.members.member_form import MemberForm
from safehouse.ui.members.member_table_model import (
    COL_CODE,
    COL_JOINED,
    COL_NAME,
    COL_ROOM,
    COL_STATUS,
    MemberTableModel,
)
from safehouse.ui.members.status_dialog import StatusDialog
from tests.conftest import TEST_PASSWORD

T = TypeVar("T", bound=QWidget)

# --- helpers ---------------------------------------------------------------------------


pytestmark = pytest.mark.usefixtures("shown_errors", "no_confirmations")


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a person would: keys for ASCII, and for Hangul what an input method
    commits (QTest cannot press keys that are not on an ASCII keyboard)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def answer_confirm(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def confirm(_parent: QWidget | None, title: str, text: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked


def admit(ctx: AppContext, name: str, **fields: object) -> MemberDetail:
    return members.create_member(ctx.db, ctx.actor, MemberInput(name=name, **fields))  # type: ignore[arg-type]


def make_page(qtbot, ctx: AppContext) -> MembersPage:  # type: ignore[no-untyped-def]
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def cell(page: MembersPage, row: int, column: int) -> str:
    proxy = page.member_list.model
    return str(proxy.index(row, column).data())


def column(page: MembersPage, col: int) -> list[str]:
    return [cell(page, r, col) for r in range(page.member_list.model.rowCount())]


def choose(page: MembersPage, member_id: int) -> None:
    assert page.select_member(member_id)
    assert page.current_member_id() == member_id


def dialog_of(parent: QWidget, kind: type[T]) -> T:
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, f"expected one open {kind.__name__}, found {len(found)}"
    return found[0]


def tab_titles(page: MembersPage) -> list[str]:
    return [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]


@pytest.fixture
def three(sqlite_ctx: AppContext) -> list[MemberDetail]:
    return [
        admit(sqlite_ctx, "김하나", alias="Hana", status="active", joined_on=date(2024, 3, 1)),
        admit(sqlite_ctx, "이소망", status="enquiry"),
        admit(sqlite_ctx, "Park Mirae", alias="미래", status="active",
              joined_on=date(2023, 5, 20)),
    ]


# --- the list ----------------------------------------------------------------------------


def test_empty_state_invites_to_choose_or_admit(qtbot, sqlite_ctx):
    page = make_page(qtbot, sqlite_ctx)
    assert page.stack.currentWidget() is page.empty_label
    assert "Ctrl+N" in page.empty_label.text()
    assert page.member_list.model.rowCount() == 0


def test_search_filters_as_you_type_on_code_name_and_alias(qtbot, sqlite_ctx, three):
    page = make_page(qtbot, sqlite_ctx)
    search = page.member_list.search
    assert column(page, COL_CODE) == ["M-0001", "M-0002", "M-0003"]
    assert search.placeholderText() and search.isClearButtonEnabled()

    type_text(qtbot, search, "소망")
    assert column(page, COL_NAME) == ["이소망"]
    assert page.member_list.count_label.text() == "1 of 3 members"

    search.clear()
    qtbot.keyClicks(search, "HANA")  # the alias, in another case
    assert column(page, COL_NAME) == ["김하나"]

    search.clear()
    qtbot.keyClicks(search, "m-0003")
    assert column(page, COL_NAME) == ["Park Mirae"]

    search.clear()
    qtbot.keyClicks(search, "nobody")
    assert page.member_list.model.rowCount() == 0
    search.clear()
    assert page.member_list.model.rowCount() == 3
    assert page.member_list.count_label.text() == "3 members"


def test_status_filter_shows_only_that_status(qtbot, sqlite_ctx, three):
    page = make_page(qtbot, sqlite_ctx)
    combo = page.member_list.status_filter
    assert combo.itemText(0) == "All statuses"
    combo.setCurrentIndex(combo.findText("Active"))
    assert sorted(column(page, COL_NAME)) == ["Park Mirae", "김하나"]
    assert set(column(page, COL_STATUS)) == {"Active"}
    combo.setCurrentIndex(combo.findText("Enquiry"))
    assert column(page, COL_NAME) == ["이소망"]
    type_text(qtbot, page.member_list.search, "하나")  # search and filter together
    assert page.member_list.model.rowCount() == 0
    combo.setCurrentIndex(0)
    assert column(page, COL_NAME) == ["김하나"]


def test_columns_sort_by_their_values(qtbot, sqlite_ctx, three):
    page = make_page(qtbot, sqlite_ctx)
    view = page.member_list.view
    assert view.isSortingEnabled()
    view.sortByColumn(COL_JOINED, Qt.SortOrder.DescendingOrder)
    assert column(page, COL_JOINED) == ["2024-03-01", "2023-05-20", ""]
    view.sortByColumn(COL_CODE, Qt.SortOrder.DescendingOrder)
    assert column(page, COL_CODE) == ["M-0003", "M-0002", "M-0001"]


def test_enter_in_the_search_opens_the_match(qtbot, sqlite_ctx, three):
    page = make_page(qtbot, sqlite_ctx)
    qtbot.keyClicks(page.member_list.search, "Mirae")
    qtbot.keyClick(page.member_list.search, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is not page.empty_label
    assert page.header.text().startswith("M-0003 · Park Mirae")
    assert page.profile.text_of("alias") == "미래"


def test_choosing_a_member_shows_her_profile(qtbot, sqlite_ctx, three):
    page = make_page(qtbot, sqlite_ctx)
    view = page.member_list.view
    view.selectRow(0)
    assert page.profile.text_of("code") == "M-0001"
    assert page.profile.text_of("name") == "김하나"
    assert page.profile.text_of("joined_on") == "2024-03-01"
    assert page.profile.text_of("status") == "Active"
    assert page.profile.text_of("left_on") == "—"


def test_member_model_is_a_well_behaved_model(qtmodeltester, sqlite_ctx, three):
    model = MemberTableModel()
    model.set_members(members.list_members(sqlite_ctx.db, sqlite_ctx.actor))
    qtmodeltester.check(model)
    assert model.headerData(COL_ROOM, Qt.Orientation.Horizontal) == "Room"


# --- new and edit ------------------------------------------------------------------------


def test_new_member_form_names_a_bad_birth_year_and_blocks_saving(qtbot, sqlite_ctx):
    page = make_page(qtbot, sqlite_ctx)
    page.create_new()
    form = dialog_of(page, MemberForm)
    assert not form.ok_button.isEnabled()  # no name yet
    assert form.errors["name"].text() == ""  # but no scolding before typing

    type_text(qtbot, form.name, "김하나")
    qtbot.keyClicks(form.birth_year, "1850")
    error = form.errors["birth_year"]
    assert "birth year" in error.text() and "1900" in error.text()
    assert error.isVisible()
    assert not form.ok_button.isEnabled()

    form.birth_year.clear()
    qtbot.keyClicks(form.birth_year, "1990")
    assert not form.errors["birth_year"].isVisible()
    assert form.ok_button.isEnabled()

    form.name.selectAll()
    qtbot.keyClick(form.name, Qt.Key.Key_Delete)
    assert form.errors["name"].text() == "A name is required."
    assert not form.ok_button.isEnabled()
    form.reject()


def test_status_rules_are_checked_as_you_type(qtbot, sqlite_ctx):
    page = make_page(qtbot, sqlite_ctx)
    page.create_new()
    form = dialog_of(page, MemberForm)
    type_text(qtbot, form.name, "이소망")
    form.status.setCurrentIndex(form.status.findData("active"))
    assert "joining date" in form.errors["joined_on"].text()
    assert not form.ok_button.isEnabled()
    form.joined_on.setDate(date(2024, 1, 2))
    assert form.errors["joined_on"].text() == ""
    assert form.ok_button.isEnabled()
    form.reject()


def test_creating_members_gives_codes_and_shows_them(qtbot, sqlite_ctx):
    page = make_page(qtbot, sqlite_ctx)
    for name in ("김하나", "Lee Somang"):
        page.create_new()
        form = dialog_of(page, MemberForm)
        type_text(qtbot, form.name, name)
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
        assert not form.isVisible()
    assert column(page, COL_CODE) == ["M-0001", "M-0002"]
    assert column(page, COL_NAME) == ["김하나", "Lee Somang"]
    # the one just admitted is opened
    assert page.header.text().startswith("M-0002 · Lee Somang")
    assert page.profile.text_of("status") == "Enquiry"


def test_referred_by_is_picked_from_members(qtbot, sqlite_ctx, three):
    page = make_page(qtbot, sqlite_ctx)
    page.create_new()
    form = dialog_of(page, MemberForm)
    type_text(qtbot, form.name, "최기쁨")
    qtbot.keyClicks(form.referred_by.lineEdit(), "M-0099")
    assert "Choose a member" in form.errors["referred_by"].text()
    assert not form.ok_button.isEnabled()
    form.referred_by.choose_code("M-0001")
    assert form.ok_button.isEnabled()
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert page.profile.text_of("referred_by") == "M-0001 김하나"


def test_an_error_from_the_service_is_shown_next_to_its_field(
    qtbot, sqlite_ctx, monkeypatch
):
    def refuse(*_args: object) -> MemberDetail:
        raise ValidationError("The phone number is not one we can dial.", field="phone")

    monkeypatch.setattr(members, "create_member", refuse)
    page = make_page(qtbot, sqlite_ctx)
    page.create_new()
    form = dialog_of(page, MemberForm)
    type_text(qtbot, form.name, "김하나")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()  # still open, to correct
    assert form.errors["phone"].text() == "The phone number is not one we can dial."


def test_editing_a_member_updates_profile_and_list(qtbot, sqlite_ctx, three):
    page = make_page(qtbot, sqlite_ctx)
    choose(page, three[1].id)
    qtbot.mouseClick(page.profile.edit_button, Qt.MouseButton.LeftButton)
    form = dialog_of(page, MemberForm)
    assert form.name.text() == "이소망"
    assert not form.status.isEnabled()  # status has its own dialog
    qtbot.keyClicks(form.alias, "Somang")
    qtbot.keyClicks(form.phone, "010-0000-0000")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert page.profile.text_of("alias") == "Somang"
    assert page.profile.text_of("phone") == "010-0000-0000"
    row = column(page, COL_CODE).index("M-0002")
    assert cell(page, row, 2) == "Somang"
    assert page.current_member_id() == three[1].id  # still chosen after the reload


# --- status ------------------------------------------------------------------------------


def test_changing_status_to_alumni_shows_in_list_and_profile(qtbot, sqlite_ctx, three):
    page = make_page(qtbot, sqlite_ctx)
    choose(page, three[0].id)
    qtbot.mouseClick(page.profile.status_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page, StatusDialog)
    dialog.set_new_status("alumni")
    assert "leaves" in dialog.hint.text()
    dialog.set_effective_date(date(2025, 1, 31))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.profile.text_of("status") == "Alumni"
    assert page.profile.text_of("left_on") == "2025-01-31"
    row = column(page, COL_CODE).index("M-0001")
    assert cell(page, row, COL_STATUS) == "Alumni"
    combo = page.member_list.status_filter
    combo.setCurrentIndex(combo.findText("Alumni"))
    assert column(page, COL_NAME) == ["김하나"]


def test_status_conflict_with_room_history_is_explained(qtbot, sqlite_ctx, three):
    room = rooms.create_room(sqlite_ctx.db, sqlite_ctx.actor, name="101", floor=1, capacity=2)
    rooms.assign(sqlite_ctx.db, sqlite_ctx.actor, three[0].id, room.id, date(2025, 2, 1))
    page = make_page(qtbot, sqlite_ctx)
    choose(page, three[0].id)
    qtbot.mouseClick(page.profile.status_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(page, StatusDialog)
    dialog.set_new_status("exited")
    dialog.set_effective_date(date(2025, 1, 15))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "room history" in dialog.error_text()
    assert dialog.isVisible()
    assert page.profile.text_of("status") == "Active"
    dialog.reject()


# --- household ---------------------------------------------------------------------------


def test_household_start_add_change_and_remove(qtbot, sqlite_ctx, three, monkeypatch):
    page = make_page(qtbot, sqlite_ctx)
    tab = page.member_tab("household")
    page.tabs.setCurrentWidget(tab)
    choose(page, three[0].id)
    assert tab.title.text() == "Not in a household."
    assert tab.start_button.isVisible() and not tab.add_button.isVisible()

    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    assert tab.title.text() == "Household: 김하나"
    assert tab.model.rowCount() == 1
    assert tab.view.model().index(0, 2).data() == "Head"

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    add = dialog_of(tab, AddToHouseholdDialog)
    assert not add.ok_button.isEnabled()
    qtbot.keyClicks(add.picker.lineEdit(), "M-0002")
    add.relation.setCurrentIndex(add.relation.findData("child"))
    assert add.ok_button.isEnabled()
    qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
    shown = {tab.view.model().index(r, 1).data(): tab.view.model().index(r, 2).data()
             for r in range(tab.view.model().rowCount())}
    assert shown == {"김하나": "Head", "이소망": "Child"}

    tab.view.selectRow([tab.view.model().index(r, 1).data()
                        for r in range(2)].index("이소망"))
    qtbot.mouseClick(tab.relation_button, Qt.MouseButton.LeftButton)
    rel = dialog_of(tab, RelationDialog)
    rel.relation.setCurrentIndex(rel.relation.findData("sibling"))
    qtbot.mouseClick(rel.ok_button, Qt.MouseButton.LeftButton)
    assert "Sibling" in [tab.view.model().index(r, 2).data() for r in range(2)]

    asked = answer_confirm(monkeypatch, False)
    tab.view.selectRow([tab.view.model().index(r, 1).data()
                        for r in range(2)].index("이소망"))
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and tab.model.rowCount() == 2  # said no: nothing changed

    answer_confirm(monkeypatch, True)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    assert tab.view.model().index(0, 1).data() == "김하나"


def test_a_member_in_a_household_is_not_offered_for_another(qtbot, sqlite_ctx, three):
    from safehouse.services import households

    households.create_household(sqlite_ctx.db, sqlite_ctx.actor, three[1].id)
    page = make_page(qtbot, sqlite_ctx)
    tab = page.member_tab("household")
    page.tabs.setCurrentWidget(tab)
    choose(page, three[0].id)
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    add = dialog_of(tab, AddToHouseholdDialog)
    offered = [add.picker.itemText(i) for i in range(add.picker.count())]
    assert offered == ["M-0003  Park Mirae (미래)"]
    add.reject()


# --- keep-away ---------------------------------------------------------------------------


def test_keep_away_add_edit_and_remove(qtbot, sqlite_ctx, three, monkeypatch):
    page = make_page(qtbot, sqlite_ctx)
    tab = page.member_tab("keep_away")
    assert tab is not None
    choose(page, three[0].id)
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 0

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(tab, KeepAwayDialog)
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.person_name, "박철수")
    dialog.relation.setCurrentIndex(dialog.relation.findData("broker"))
    qtbot.keyClicks(dialog.description, "Drives a grey van.")
    qtbot.keyClicks(dialog.linked_member.lineEdit(), "M-0042")
    assert "Choose a member" in dialog.errors["linked_member"].text()
    assert not dialog.ok_button.isEnabled()
    dialog.linked_member.choose_code("M-0003")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    model = tab.view.model()
    assert [model.index(0, c).data() for c in range(4)] == [
        "박철수", "Broker", "Drives a grey van.", "M-0003 Park Mirae"]

    tab.view.selectRow(0)
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    edit = dialog_of(tab, KeepAwayDialog)
    assert edit.person_name.text() == "박철수"
    edit.relation.setCurrentIndex(edit.relation.findData("former_partner"))
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    assert model.index(0, 1).data() == "Former partner"

    asked = answer_confirm(monkeypatch, True)
    tab.view.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert "박철수" in asked[0]
    assert tab.model.rowCount() == 0


def test_keep_away_list_is_read_only_when_its_tab_is_opened(
    qtbot, sqlite_ctx, three, monkeypatch
):
    keep_away.save_keep_away(sqlite_ctx.db, sqlite_ctx.actor, three[0].id,
                             person_name="박철수", relation="broker")
    reads: list[int] = []
    real = keep_away.list_keep_aways

    def counting(db, actor, member_id, *, purpose):  # type: ignore[no-untyped-def]
        reads.append(member_id)
        return real(db, actor, member_id, purpose=purpose)

    monkeypatch.setattr(keep_away, "list_keep_aways", counting)
    page = make_page(qtbot, sqlite_ctx)
    choose(page, three[0].id)
    assert reads == []  # the profile is showing, not the keep-away list
    tab = page.member_tab("keep_away")
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    assert reads == [three[0].id]
    assert tab.model.rowCount() == 1


# --- room history ------------------------------------------------------------------------


def test_room_history_and_room_column_follow_assignments(qtbot, sqlite_ctx, three, on_day):
    db, actor = sqlite_ctx.db, sqlite_ctx.actor
    r101 = rooms.create_room(db, actor, name="101", floor=1, capacity=2)
    r102 = rooms.create_room(db, actor, name="102", floor=1, capacity=2)
    today = on_day(date(2026, 3, 15)).date()
    rooms.assign(db, actor, three[0].id, r101.id, today - timedelta(days=30), bed_label="A")
    page = make_page(qtbot, sqlite_ctx)
    tab = page.member_tab("room_history")
    assert tab is not None
    page.tabs.setCurrentWidget(tab)
    choose(page, three[0].id)
    assert cell(page, column(page, COL_CODE).index("M-0001"), COL_ROOM) == "101"
    assert tab.model.rowCount() == 1
    assert tab.summary.text() == "Now in room 101."

    rooms.move(db, actor, three[0].id, r102.id, today - timedelta(days=10))  # elsewhere
    assert cell(page, column(page, COL_CODE).index("M-0001"), COL_ROOM) == "102"
    model = tab.view.model()
    stays = sorted((model.index(r, 0).data(), model.index(r, 3).data(),
                    model.index(r, 4).data()) for r in range(model.rowCount()))
    assert stays == [("101", (today - timedelta(days=10)).isoformat(), "20"),
                     ("102", "now", "10")]


# --- roles and privacy -------------------------------------------------------------------


def _login_as(ctx: AppContext, role: str) -> AppContext:
    auth.create_user(ctx.db, ctx.actor, username=role, display_name=f"Test {role}",
                     role=role, password=TEST_PASSWORD)
    return AppContext(ctx.db, auth.login(ctx.db, role, TEST_PASSWORD), ChangeHub(ctx.db))


def test_staff_sees_no_edit_buttons_and_no_keep_away(qtbot, sqlite_ctx, three):
    staff = _login_as(sqlite_ctx, "staff")
    members.update_member(sqlite_ctx.db, sqlite_ctx.actor, three[0].id,
                          MemberInput(name="김하나", phone="010-1111-2222", status="active",
                                      joined_on=date(2024, 3, 1)))
    page = make_page(qtbot, staff)
    assert tab_titles(page) == ["Profile", "Household", "Room history", "Counseling",
                                "Referrals and events", "Care plan", "Check-ins"]
    assert page.member_tab("keep_away") is None
    assert not page.new_button.isVisible()
    choose(page, three[0].id)
    assert not page.profile.edit_button.isVisible()
    assert not page.profile.status_button.isVisible()
    assert not page.member_tab("household").button_row.isVisible()
    assert page.profile.text_of("phone") == "(not shown for your role)"
    page.create_new()
    assert page.findChildren(MemberForm) == []
    staff.hub.detach()


def test_counselor_reads_keep_away_but_cannot_change_it(qtbot, sqlite_ctx, three):
    counselor = _login_as(sqlite_ctx, "counselor")
    keep_away.save_keep_away(sqlite_ctx.db, sqlite_ctx.actor, three[0].id,
                             person_name="박철수", relation="broker")
    page = make_page(qtbot, counselor)
    assert "Keep-away" in tab_titles(page)
    tab = page.member_tab("keep_away")
    assert tab is not None
    choose(page, three[0].id)
    page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 1
    assert not tab.button_row.isVisible()
    assert not page.profile.edit_button.isVisible()
    counselor.hub.detach()


def test_clearing_personal_data_empties_everything_until_refresh(qtbot, sqlite_ctx, three):
    page = make_page(qtbot, sqlite_ctx)
    type_text(qtbot, page.member_list.search, "하나")
    choose(page, three[0].id)
    page.create_new()
    form = dialog_of(page, MemberForm)
    type_text(qtbot, form.name, "최기쁨")

    page.clear_personal_data()
    assert page.member_list.model.rowCount() == 0
    assert page.member_list.search.text() == ""
    assert page.stack.currentWidget() is page.empty_label
    assert page.profile.text_of("name") == ""
    assert form.name.text() == "최기쁨"  # a half-typed form is left alone (the window hides it)

    admit(sqlite_ctx, "최기쁨")  # a change while locked does not bring the list back
    assert page.member_list.model.rowCount() == 0
    page.refresh()
    assert page.member_list.model.rowCount() == 4
    assert page.current_member_id() == three[0].id  # the same member is chosen again


def test_focus_search_puts_the_cursor_in_the_search_box(qtbot, sqlite_ctx, three):
    page = make_page(qtbot, sqlite_ctx)
    page.activateWindow()
    page.member_list.view.setFocus()
    page.focus_search()
    qtbot.waitUntil(lambda: isinstance(page.focusWidget(), QLineEdit))
    assert page.focusWidget() is page.member_list.search


# --- the optional date -------------------------------------------------------------------


def test_optional_date_can_be_empty_or_a_day(qtbot):
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    assert field.date() is None
    assert field.dateEdit().displayFormat() == "yyyy-MM-dd"
    with qtbot.waitSignal(field.sig_changed):
        field.setDate(date(2019, 7, 1))
    assert field.date() == date(2019, 7, 1)
    assert field.dateEdit().text() == "2019-07-01"
    with qtbot.waitSignal(field.sig_changed):
        field.checkBox().setChecked(False)
    assert field.date() is None
    assert not field.dateEdit().isEnabled()
    field.checkBox().setChecked(True)  # the day typed before comes back
    assert field.date() == date(2019, 7, 1)


def test_admit_and_find_on_each_database(qtbot, ctx):
    """The same flow on SQLite and (when configured) PostgreSQL."""
    page = make_page(qtbot, ctx)
    page.create_new()
    form = dialog_of(page, MemberForm)
    qtbot.keyClicks(form.name, "Han Sarang")
    form.status.setCurrentIndex(form.status.findData("active"))
    form.joined_on.setDate(date(2024, 6, 1))
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.member_list.search, "sarang")
    assert column(page, COL_CODE) == ["M-0001"]
    assert column(page, COL_JOINED) == ["2024-06-01"]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_list_shows_its_columns_whole_beside_a_member(qtbot, sqlite_ctx, three, request,
                                                          language):
    """The list was some 50 px narrower than its columns: the Joined date cut off behind
    a horizontal scroll bar, in English and Korean, with the wide pane beside it empty."""
    if language == "ko":
        request.getfixturevalue("korean")
    page = make_page(qtbot, sqlite_ctx)
    view = page.member_list.view
    header = view.horizontalHeader()
    qtbot.wait(20)
    last = header.count() - 1
    columns = sum(header.sectionSize(i) for i in range(last)) + header.sectionSize(last)
    assert columns <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    # the member's tabs keep the larger part
    left, right = page.splitter.sizes()
    assert right > left
